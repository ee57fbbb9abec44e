// The scaling simulation (docs/advice.md, "Scaling over a day"): Joe and all his friends
// (seeds/003) arrive as a burst; an autoscaler that needs two minutes to add replicas
// queues requests, functions with enough concurrency do not, fixed VMs never grow.
#include "advice/advice.h"
#include "advice/option_scaling.h"
#include "advice/scaling.h"
#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"

#include <QtTest>

using namespace cw;
using namespace cw::advice;

class TestScaling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinShapes()
    {
        const LoadCurve office = builtinCurve(CurveShape::OfficeHours, 10);
        QCOMPARE(office.rps.size(), size_t(kMinutesPerDay));
        QCOMPARE(office.rps[3 * 60], 10.0);  // 03:00, night
        QCOMPARE(office.rps[12 * 60], 40.0); // noon, 4x
        QCOMPARE(office.peak(), 40.0);
        const LoadCurve evening = builtinCurve(CurveShape::EveningPeak, 10);
        QCOMPARE(evening.rps[12 * 60], 10.0);
        QCOMPARE(evening.rps[20 * 60], 50.0);
        const LoadCurve burst = builtinCurve(CurveShape::Burst, 10);
        QCOMPARE(burst.rps[12 * 60 - 1], 10.0);
        QCOMPARE(burst.rps[12 * 60], 500.0); // 50x the base
        QCOMPARE(burst.rps[12 * 60 + 10], 10.0);
        QCOMPARE(burst.requests(), (10.0 * 1430 + 500.0 * 10) * 60);
    }

    void points_data()
    {
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<QList<double>>("rates");
        QTest::addColumn<QString>("error");
        QTest::newRow("line") << QList<int>{0, 100} << QList<double>{0, 100} << QString();
        QTest::newRow("none") << QList<int>{} << QList<double>{} << QStringLiteral("at least one point");
        QTest::newRow("past the day") << QList<int>{0, 1440} << QList<double>{1, 1}
                                      << QStringLiteral("outside the day");
        QTest::newRow("out of order") << QList<int>{10, 5} << QList<double>{1, 1}
                                      << QStringLiteral("does not come after");
        QTest::newRow("negative") << QList<int>{0} << QList<double>{-1} << QStringLiteral("not a rate");
    }

    void points()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(QList<double>, rates);
        QFETCH(QString, error);
        std::vector<std::pair<int, double>> pts;
        for (qsizetype i = 0; i < minutes.size(); ++i)
            pts.emplace_back(minutes[i], rates[i]);
        QString why;
        const std::optional<LoadCurve> c = curveFromPoints(pts, &why);
        if (!error.isEmpty()) {
            QVERIFY(!c);
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QVERIFY(c);
        QCOMPARE(c->rps[0], 0.0);
        QCOMPARE(c->rps[50], 50.0);   // straight between the points
        QCOMPARE(c->rps[900], 100.0); // flat after the last
    }

    // A 50x burst against an autoscaler with a 2-minute delay: requests queue while the
    // new replicas start, and the replicas follow the burst two minutes late.
    void burstQueuesBehindASlowAutoscaler()
    {
        ScalingSettings s;
        s.capacityPerReplica = 20; // each replica serves 20 req/s
        s.minReplicas = 1;
        s.maxReplicas = 100;
        s.scaleUpDelayMin = 2;
        const ScalingResult r = simulate(builtinCurve(CurveShape::Burst, 10), s);
        const int noon = 12 * 60;
        QCOMPARE(r.replicas[size_t(noon - 1)], 1);
        QCOMPARE(r.replicas[size_t(noon)], 1); // the burst arrives, nothing new serves yet
        QCOMPARE(r.replicas[size_t(noon + 1)], 1);
        QVERIFY(r.replicas[size_t(noon + 2)] >= 25); // 500 req/s over 20 per replica, two minutes on
        QVERIFY(r.queued[size_t(noon)] > 0);
        QVERIFY(r.queuedPeak > 0);
        QVERIFY(r.minutesQueued >= 2);
        // 30 s of waiting at 20 req/s is 600 requests; the rest of 30,000 a minute fails.
        QVERIFY(r.failedTotal > 0);
        QVERIFY(std::abs(r.served + r.failedTotal + r.queued.back() - r.requests) < 1e-6);
    }

    // Functions scale per request: with enough concurrency a burst neither queues nor fails.
    void functionsAbsorbABurst()
    {
        ScalingSettings s;
        s.perRequest = true;
        s.capacityPerReplica = 10; // 100 ms a request: 10 req/s per concurrent execution
        s.minReplicas = 0;
        s.maxReplicas = 1000;
        s.timeoutSeconds = 0;
        const ScalingResult r = simulate(builtinCurve(CurveShape::Burst, 10), s);
        QCOMPARE(r.queuedPeak, 0.0);
        QCOMPARE(r.failedTotal, 0.0);
        QCOMPARE(r.replicas[12 * 60], 50); // 500 req/s at once
        // A concurrency limit below the burst throttles: those requests fail.
        s.maxReplicas = 20;
        const ScalingResult limited = simulate(builtinCurve(CurveShape::Burst, 10), s);
        QCOMPARE(limited.failedTotal, (500.0 - 200.0) * 60 * 10);
    }

    // VMs with a fixed count never grow: the burst queues and fails all along.
    void fixedVmsDoNotScale()
    {
        ScalingSettings s;
        s.capacityPerReplica = 20;
        s.minReplicas = s.maxReplicas = 2;
        s.scaleUpDelayMin = 4;
        const ScalingResult r = simulate(builtinCurve(CurveShape::Burst, 10), s);
        for (int n : r.replicas)
            QCOMPARE(n, 2);
        QVERIFY(r.minutesQueued >= 10);
    }

    void costOfTheDay()
    {
        ScalingSettings s;
        s.capacityPerReplica = 20;
        s.replicaHourUsd = 0.0416; // one t3.medium
        const ScalingResult r = simulate(burstCurve(10, 1, 0, 0), s);
        QCOMPARE(r.replicaHours, 24.0);
        QCOMPARE(r.dayCostUsd, 24 * 0.0416);
        QCOMPARE(r.monthCostUsd, 730 * 0.0416); // a month of such days is the cost model's 730 h
        ScalingSettings perRequest;
        perRequest.perRequest = true;
        perRequest.capacityPerReplica = 10;
        perRequest.minReplicas = 0;
        perRequest.maxReplicas = 1000;
        perRequest.perRequestUsd = 0.000000408333375; // Lambda, 128 MB and 100 ms
        const ScalingResult f = simulate(burstCurve(10, 1, 0, 0), perRequest);
        QVERIFY(std::abs(f.dayCostUsd - 864000 * 0.000000408333375) < 1e-9);
    }

    // The advisor's options through the same burst: the function keeps up, containers queue.
    void optionsThroughABurst()
    {
        Node n;
        n.id = QStringLiteral("api");
        n.kind = QStringLiteral("compute.function");
        n.props = Json::parse(R"({"requests_per_month":26280000,"duration_ms":100,"memory_mb":1769})");
        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.meta.region = QStringLiteral("us-east-1");
        d.nodes = {n};
        Architecture model;
        model.reset(std::move(d));
        const std::optional<Advice> a = advise(Catalog::builtin(), cost::PriceBook::builtin(), model, n.id);
        QVERIFY(a);
        // 10 req/s on average, 500 in the burst.
        const std::vector<OptionScaling> runs = simulateOptions(*a, builtinCurve(CurveShape::Burst, 10));
        QCOMPARE(runs.size(), size_t(3));
        QCOMPARE(runs[0].result.queuedPeak, 0.0);
        QCOMPARE(runs[0].result.failedTotal, 0.0);
        QVERIFY(runs[0].result.dayCostUsd > 0);
        QVERIFY(runs[1].result.queuedPeak > 0); // containers start a minute late
        QVERIFY(runs[2].result.queuedPeak > 0); // VMs boot for four
        for (const OptionScaling& run : runs)
            QVERIFY(run.priced);
    }

    // The user's floor and ceiling for always-on replicas; 0 keeps the sized defaults.
    // Fixed VMs stay at their sized count whatever the floor and ceiling say.
    void replicaBounds()
    {
        Node n;
        n.id = QStringLiteral("api");
        n.kind = QStringLiteral("compute.vm");
        n.props = Json::parse(R"({"instance_type":"t3.medium"})"); // no requests_per_month
        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.meta.region = QStringLiteral("us-east-1");
        d.nodes = {n};
        Architecture model;
        model.reset(std::move(d));
        const std::optional<Advice> a = advise(Catalog::builtin(), cost::PriceBook::builtin(), model, n.id);
        QVERIFY(a);
        ScalingAssumptions assume;
        QCOMPARE(scalingSettings(*a, Option::Containers, assume).minReplicas, 1);
        assume.minReplicas = 3;
        assume.maxReplicas = 5;
        ScalingSettings s = scalingSettings(*a, Option::Containers, assume);
        QCOMPARE(s.minReplicas, 3);
        QCOMPARE(s.maxReplicas, 5);
        assume.maxReplicas = 2; // below the floor: the floor wins
        QCOMPARE(scalingSettings(*a, Option::Vms, assume).maxReplicas, 3);
        assume.vmsFixed = true;
        s = scalingSettings(*a, Option::Vms, assume);
        QCOMPARE(s.minReplicas, std::max(1, a->option(Option::Vms).replicas));
        QCOMPARE(s.maxReplicas, s.minReplicas);
        // Without requests_per_month a request's price is unknown: serverless is not priced.
        const std::vector<OptionScaling> runs = simulateOptions(*a, builtinCurve(CurveShape::Burst, 1));
        QVERIFY(!runs[0].priced);
        QVERIFY(runs[0].unpricedWhy.contains(QStringLiteral("requests_per_month")));
        QVERIFY(runs[2].priced);
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
