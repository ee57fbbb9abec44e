// The advisor's rules (docs/advice.md), one row per reason, each built from a statement
// of the course material: seeds/001's helper and exercise, seeds/003's scaling story and
// seeds/004's "when to use serverless". Each row is one workload node on AWS.
#include "advice/advice.h"
#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"

#include <QtTest>

using namespace cw;
using namespace cw::advice;

Q_DECLARE_METATYPE(cw::advice::Option)

namespace {

Advice adviceFor(const QString& kind, const char* props, const QString& reliability = QStringLiteral("standard"),
    const QString& provider = QStringLiteral("aws"))
{
    Node n;
    n.id = QStringLiteral("w");
    n.kind = kind;
    n.props = Json::parse(props);
    Diagram d;
    d.meta.provider = provider;
    d.meta.region = provider == QLatin1String("aws") ? QStringLiteral("us-east-1") : QString();
    d.meta.reliability = reliability;
    d.nodes = {n};
    Architecture model;
    model.reset(std::move(d));
    const std::optional<Advice> a = advise(Catalog::builtin(), cost::PriceBook::builtin(), model, n.id);
    return a ? *a : Advice{};
}

bool anyContains(const QStringList& list, const QString& part)
{
    for (const QString& s : list) {
        if (s.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestAdviceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("props");
        QTest::addColumn<QString>("reliability");
        QTest::addColumn<Option>("recommendation");
        QTest::addColumn<bool>("multiZone");
        QTest::addColumn<bool>("serverlessFits");
        QTest::addColumn<QString>("reason");

        const QString standard = QStringLiteral("standard");
        const QString fn = QStringLiteral("compute.function");
        // seeds/004 "Not Good for Serverless: GPU computation".
        QTest::newRow("GPU computation") << fn << QStringLiteral(R"({"gpu":true,"requests_per_month":1000})")
                                         << standard << Option::Vms << false << false << QStringLiteral("no GPUs");
        // seeds/004 "Short-running tasks (<15 min)" / "Not good: Long-running jobs".
        QTest::newRow("long-running jobs")
            << fn << QStringLiteral(R"({"max_runtime_min":30,"requests_per_month":1000})") << standard
            << Option::Containers << false << false << QStringLiteral("over the 15-minute limit");
        QTest::newRow("long average run") << fn << QStringLiteral(R"({"duration_ms":1200000})") << standard
                                          << Option::Containers << false << false << QStringLiteral("20 minutes");
        // seeds/004 "Not good: Stateful applications".
        QTest::newRow("stateful applications")
            << fn << QStringLiteral(R"({"stateful":true,"requests_per_month":1000})") << standard << Option::Containers
            << false << false << QStringLiteral("keeps state");
        // seeds/004 "Not good: Constant high load (cost)"; seeds/001 "lower steady-state cost at scale".
        QTest::newRow("constant high load")
            << fn << QStringLiteral(R"({"requests_per_month":500000000,"memory_mb":512,"traffic_pattern":"steady"})")
            << standard << Option::Vms << false << true << QStringLiteral("constant high load");
        // seeds/001 "great for spiky or unpredictable traffic"; seeds/004 "Variable/unpredictable load".
        QTest::newRow("spiky load")
            << fn << QStringLiteral(R"({"requests_per_month":500000000,"memory_mb":512,"traffic_pattern":"spiky"})")
            << standard << Option::Serverless << false << true << QStringLiteral("spiky");
        // seeds/001 "Choose cloud services that match your team's operational capacity", "low ops".
        QTest::newRow("small operations team")
            << QStringLiteral("compute.vm")
            << QStringLiteral(R"({"requests_per_month":1000000,"ops_capacity":"small"})") << standard
            << Option::Serverless << false << true << QStringLiteral("small operations team");
        // seeds/004 "Use serverless for intermittent workloads": cheaper at low use.
        QTest::newRow("intermittent load") << fn << QStringLiteral(R"({"requests_per_month":100000})") << standard
                                           << Option::Serverless << false << true << QStringLiteral("cheaper");
        QTest::newRow("no load set") << fn << QStringLiteral("{}") << standard << Option::Serverless << false << true
                                     << QStringLiteral("no load is set");
        // seeds/001 exercise: "prefer VMs with multiple AZs when reliability is critical".
        QTest::newRow("critical reliability")
            << fn << QStringLiteral(R"({"requests_per_month":3000000})") << QStringLiteral("critical") << Option::Vms
            << true << true << QStringLiteral("reliability is critical");
        QTest::newRow("critical, small team")
            << fn << QStringLiteral(R"({"requests_per_month":3000000,"ops_capacity":"small"})")
            << QStringLiteral("critical") << Option::Containers << true << true << QStringLiteral("small operations");
        // seeds/003: Joe and all his friends, served by autoscaled replicas behind a load balancer.
        QTest::newRow("GPU, spiky") << QStringLiteral("compute.gpu_vm")
                                    << QStringLiteral(R"({"requests_per_month":1000000,"traffic_pattern":"spiky"})")
                                    << standard << Option::Containers << false << false
                                    << QStringLiteral("autoscale replicas");
    }

    void rules()
    {
        QFETCH(QString, kind);
        QFETCH(QString, props);
        QFETCH(QString, reliability);
        QFETCH(Option, recommendation);
        QFETCH(bool, multiZone);
        QFETCH(bool, serverlessFits);
        QFETCH(QString, reason);
        const Advice a = adviceFor(kind, props.toUtf8().constData(), reliability);
        QCOMPARE(a.options.size(), size_t(3));
        QCOMPARE(toString(a.recommendation), toString(recommendation));
        QCOMPARE(a.multiZone, multiZone);
        QCOMPARE(a.option(Option::Serverless).fits, serverlessFits);
        QVERIFY2(anyContains(a.reasons, reason), qPrintable(a.reasons.join(QStringLiteral(" | "))));
        // The recommended option always fits, and an option that does not fit says why.
        QVERIFY(a.option(a.recommendation).fits);
        for (const OptionAdvice& o : a.options)
            QCOMPARE(o.whyNot.isEmpty(), o.fits);
        // With critical reliability the always-on options run at least two replicas.
        if (multiZone) {
            QVERIFY(a.option(Option::Containers).replicas >= 2);
            QVERIFY(a.option(Option::Vms).replicas >= 2);
        }
    }

    // Each option is priced by the cost model: the node as drawn, or one made for it.
    void optionsArePricedLikeCost()
    {
        const Advice a = adviceFor(
            QStringLiteral("compute.function"), R"({"requests_per_month":3000000,"duration_ms":100,"memory_mb":128})");
        const OptionAdvice& s = a.option(Option::Serverless);
        QVERIFY(s.asDrawn);
        // 3 M x $0.20/M = $0.60; 3e6 x 0.1 s x 0.125 GB = 37,500 GB-s x $0.0000166667 = $0.625001.
        QCOMPARE(s.monthly()->micros(), qint64(1'225'001));
        const OptionAdvice& c = a.option(Option::Containers);
        QCOMPARE(c.node.kind, QStringLiteral("compute.container"));
        QCOMPARE(c.replicas, 1);
        // Fargate 0.25 vCPU x 730 h x $0.04048 = $7.3876, 0.5 GB x 730 h x $0.004445 = $1.622425.
        QCOMPARE(c.monthly()->micros(), qint64(9'010'025));
        const OptionAdvice& v = a.option(Option::Vms);
        QCOMPARE(v.node.props.value("instance_type", ""), std::string("t3.medium"));
        QCOMPARE(v.monthly()->micros(), qint64(30'368'000)); // 730 h x $0.0416
        QVERIFY(!v.cost.items.empty());
    }

    // A larger load is served by more replicas: peak vCPUs over a replica's vCPUs.
    void sizingFollowsThePeak()
    {
        // 2,628 M requests a month = 1,000 req/s on average, 2,000 at a steady peak; 1,769 MB
        // buys one vCPU, so 100 ms a request needs 2,000 x 0.1 / 0.7 = 285.7 vCPUs.
        const Advice a = adviceFor(QStringLiteral("compute.function"),
            R"({"requests_per_month":2628000000,"duration_ms":100,"memory_mb":1769,"traffic_pattern":"steady"})");
        QCOMPARE(a.option(Option::Vms).replicas, 143);        // t3.medium: 2 vCPUs
        QCOMPARE(a.option(Option::Containers).replicas, 331); // 1,769 MB tasks: 0.864 vCPU each
        QVERIFY(a.option(Option::Containers).replicaVcpus > 0.86);
    }

    void checklistFilledIn()
    {
        const Advice a = adviceFor(QStringLiteral("compute.function"),
            R"({"gpu":true,"stateful":true,"traffic_pattern":"steady","ops_capacity":"large"})");
        QCOMPARE(a.checklist.size(), size_t(8));
        int holds = 0;
        for (const ChecklistItem& item : a.checklist)
            holds += item.holds ? 1 : 0;
        // GPU, state, steady traffic, a team that can run containers, functions no longer fit.
        QCOMPARE(holds, 5);
        QVERIFY(!a.checklist.front().holds); // runs of 100 ms are far from 15 minutes
    }

    void notAWorkload()
    {
        Diagram d;
        Node db;
        db.id = QStringLiteral("db");
        db.kind = QStringLiteral("database.sql");
        d.nodes = {db};
        Architecture model;
        model.reset(std::move(d));
        QVERIFY(whyNotAdvisable(Catalog::builtin(), model, QStringLiteral("db"))
                    .contains(QStringLiteral("not a workload")));
        QVERIFY(whyNotAdvisable(Catalog::builtin(), model, QStringLiteral("nope")).contains(QStringLiteral("no node")));
        QVERIFY(!advise(Catalog::builtin(), cost::PriceBook::builtin(), model, QStringLiteral("db")));
    }

    // A provider-neutral diagram has no list prices: unknown, never zero, and no break-even.
    void genericProviderIsUnknown()
    {
        const Advice a = adviceFor(QStringLiteral("compute.function"), R"({"requests_per_month":1000})",
            QStringLiteral("standard"), QStringLiteral("generic"));
        for (const OptionAdvice& o : a.options)
            QVERIFY(!o.monthly());
        QVERIFY(!a.breakEvenRequestsPerMonth);
        QVERIFY(!a.breakEvenNote.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdviceRules)
#include "tst_advice_rules.moc"
