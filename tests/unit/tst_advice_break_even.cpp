// The break-even of docs/advice.md: the monthly request count at which serverless costs
// as much as an always-on option, against figures worked out by hand from the price
// book's rows (resources/pricing/pricing.json) in each row's comment.
#include "advice/advice.h"
#include "advice/cost_curve.h"
#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"

#include <QtTest>

using namespace cw;
using namespace cw::advice;

namespace {

Node makeNode(const QString& id, const QString& kind, const char* props)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.props = Json::parse(props);
    return n;
}

void load(Architecture& model, const QString& provider, const QString& region)
{
    Diagram d;
    d.meta.provider = provider;
    d.meta.region = region;
    model.reset(std::move(d));
}

} // namespace

class TestAdviceBreakEven : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void byHand_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("alwaysOnKind");
        QTest::addColumn<QString>("alwaysOn");
        QTest::addColumn<double>("expected");

        // Lambda, 128 MB and 100 ms: $0.20 per million requests + 0.0125 GB-s x $0.0000166667
        // = $0.000000408333375 a request. One t3.medium: 730 h x $0.0416 = $30.368 a month.
        // 30.368 / 0.000000408333375 = 74,370,536.4 requests a month.
        QTest::newRow("Lambda 128 MB vs one t3.medium")
            << QStringLiteral("aws") << QStringLiteral("us-east-1")
            << QStringLiteral(R"({"duration_ms":100,"memory_mb":128})") << QStringLiteral("compute.vm")
            << QStringLiteral(R"({"instance_type":"t3.medium"})") << 74370536.4;
        // Lambda, 1,024 MB and 200 ms: $0.0000002 + 0.2 GB-s x $0.0000166667 = $0.00000353334 a
        // request. Two m5.large: 2 x 730 h x $0.096 = $140.16. 140.16 / 0.00000353334 = 39,667,849.7.
        QTest::newRow("Lambda 1 GB vs two m5.large")
            << QStringLiteral("aws") << QStringLiteral("us-east-1")
            << QStringLiteral(R"({"duration_ms":200,"memory_mb":1024})") << QStringLiteral("compute.vm")
            << QStringLiteral(R"({"instance_type":"m5.large","count":2})") << 39667849.7;
        // Lambda 128 MB, 100 ms against a Fargate task of 0.25 vCPU and 0.5 GB:
        // 0.25 x 730 x $0.04048 + 0.5 x 730 x $0.004445 = $9.010025; / 0.000000408333375 = 22,065,344.8.
        QTest::newRow("Lambda 128 MB vs one Fargate task")
            << QStringLiteral("aws") << QStringLiteral("us-east-1")
            << QStringLiteral(R"({"duration_ms":100,"memory_mb":128})") << QStringLiteral("compute.container")
            << QStringLiteral(R"({"memory_mb":512,"count":1})") << 22065344.8;
        // Azure Functions, 128 MB and 100 ms: $0.20 per million + 0.0125 GB-s x $0.000016 =
        // $0.0000004 a request. One Standard_B1s: 730 h x $0.0104 = $7.592. 7.592 / 0.0000004 = 18,980,000.
        QTest::newRow("Azure Functions vs one B1s")
            << QStringLiteral("azure") << QStringLiteral("eastus")
            << QStringLiteral(R"({"duration_ms":100,"memory_mb":128})") << QStringLiteral("compute.vm")
            << QStringLiteral(R"({"instance_type":"Standard_B1s"})") << 18980000.0;
    }

    void byHand()
    {
        QFETCH(QString, provider);
        QFETCH(QString, region);
        QFETCH(QString, function);
        QFETCH(QString, alwaysOnKind);
        QFETCH(QString, alwaysOn);
        QFETCH(double, expected);
        Architecture model;
        load(model, provider, region);
        const Node fn
            = makeNode(QStringLiteral("fn"), QStringLiteral("compute.function"), function.toUtf8().constData());
        const Node on = makeNode(QStringLiteral("on"), alwaysOnKind, alwaysOn.toUtf8().constData());
        const std::optional<double> found = breakEven(Catalog::builtin(), cost::PriceBook::builtin(), model, fn, on);
        QVERIFY(found);
        // Each line is rounded to the micro-dollar, a few requests' worth at these prices.
        QVERIFY2(std::abs(*found - expected) <= 5, qPrintable(QString::number(*found, 'f', 1)));
    }

    // The advice's break-even is against the cheapest always-on option that fits.
    void adviceUsesTheCheapestAlwaysOn()
    {
        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.meta.region = QStringLiteral("us-east-1");
        d.nodes = {makeNode(QStringLiteral("fn"), QStringLiteral("compute.function"),
            R"({"requests_per_month":3000000,"duration_ms":100,"memory_mb":128})")};
        Architecture model;
        model.reset(std::move(d));
        const std::optional<Advice> a
            = advise(Catalog::builtin(), cost::PriceBook::builtin(), model, QStringLiteral("fn"));
        QVERIFY(a);
        QVERIFY(a->breakEvenAgainst);
        QCOMPARE(toString(*a->breakEvenAgainst), QStringLiteral("containers")); // $9.01 beats $30.37
        QVERIFY(std::abs(*a->breakEvenRequestsPerMonth - 22065344.8) <= 5);
        // 3 M requests is below it: serverless is recommended and the checklist's load item does not hold.
        QCOMPARE(toString(a->recommendation), QStringLiteral("serverless"));
    }

    // No break-even when an option has no price, or functions do not fit.
    void none()
    {
        Architecture model;
        load(model, QStringLiteral("azure"), QStringLiteral("eastus"));
        const Node fn = makeNode(QStringLiteral("fn"), QStringLiteral("compute.function"), "{}");
        // Azure Container Apps has no sourced price: unknown, so no crossing.
        const Node apps = makeNode(QStringLiteral("c"), QStringLiteral("compute.container"), "{}");
        QVERIFY(!breakEven(Catalog::builtin(), cost::PriceBook::builtin(), model, fn, apps));

        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.nodes = {makeNode(QStringLiteral("fn"), QStringLiteral("compute.function"), R"({"gpu":true})")};
        Architecture gpu;
        gpu.reset(std::move(d));
        const std::optional<Advice> a
            = advise(Catalog::builtin(), cost::PriceBook::builtin(), gpu, QStringLiteral("fn"));
        QVERIFY(a);
        QVERIFY(!a->breakEvenRequestsPerMonth);
        QVERIFY(a->breakEvenNote.contains(QStringLiteral("do not fit")));
    }

    // The chart's curves: each option re-priced at each count, crossing where breakEven() says.
    void curvesCrossAtTheBreakEven()
    {
        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.meta.region = QStringLiteral("us-east-1");
        d.nodes = {makeNode(QStringLiteral("fn"), QStringLiteral("compute.function"),
            R"({"requests_per_month":3000000,"duration_ms":100,"memory_mb":128})")};
        Architecture model;
        model.reset(std::move(d));
        const Catalog& catalog = Catalog::builtin();
        const cost::PriceBook& book = cost::PriceBook::builtin();
        const std::optional<Advice> a = advise(catalog, book, model, QStringLiteral("fn"));
        QVERIFY(a && a->breakEvenRequestsPerMonth);
        const double even = *a->breakEvenRequestsPerMonth;

        const std::vector<CostCurve> curves = costCurves(catalog, book, model, *a, {1e6, even - 1, even, 1e9});
        QCOMPARE(curves.size(), size_t(3));
        const CostCurve& serverless = curves[0];
        const CostCurve& containers = curves[1];
        QCOMPARE(toString(serverless.option), QStringLiteral("serverless"));
        QCOMPARE(toString(containers.option), QStringLiteral("containers"));
        for (const CostCurve& c : curves) {
            QCOMPARE(c.monthly.size(), size_t(4));
            for (const auto& m : c.monthly)
                QVERIFY(m);
        }
        // Below the break-even serverless is the cheaper, from it on not.
        QVERIFY(*serverless.monthly[0] < *containers.monthly[0]);
        QVERIFY(*serverless.monthly[1] < *containers.monthly[1]);
        QVERIFY(!(*serverless.monthly[2] < *containers.monthly[2]));
        QVERIFY(*containers.monthly[3] < *serverless.monthly[3]);
        // Lambda by hand at 1 M: $0.20 + 12,500 GB-s x $0.0000166667 = $0.408333.
        QVERIFY(std::abs(serverless.monthly[0]->toDouble() - 0.408333) < 0.00001);
        // Fargate keeps its size: $9.010025 whatever the load.
        QVERIFY(std::abs(containers.monthly[3]->toDouble() - 9.010025) < 0.00001);
        // At the workload's own load the curve is the option's figure.
        const std::vector<CostCurve> now = costCurves(catalog, book, model, *a, {3000000});
        for (size_t i = 0; i < now.size(); ++i)
            QVERIFY(now[i].monthly[0] == a->options[i].monthly());
    }

    void curveRequestsSpanTheLoadAndTheBreakEven_data()
    {
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("breakEven");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        QTest::newRow("both") << 3e6 << 2.2e7 << 1e5 << 1e9;
        QTest::newRow("load only") << 5e4 << 0.0 << 1e3 << 1e6;
        QTest::newRow("neither") << 0.0 << 0.0 << 1e4 << 1e9;
        QTest::newRow("tiny load clamps") << 3.0 << 0.0 << 1e2 << 1e3;
    }

    void curveRequestsSpanTheLoadAndTheBreakEven()
    {
        QFETCH(double, load);
        QFETCH(double, breakEven);
        QFETCH(double, first);
        QFETCH(double, last);
        Advice a;
        a.workload.requestsPerMonth = load;
        if (breakEven > 0)
            a.breakEvenRequestsPerMonth = breakEven;
        const std::vector<double> points = curveRequests(a, 4);
        QCOMPARE(points.front(), first);
        QCOMPARE(points.back(), last);
        QVERIFY(std::is_sorted(points.begin(), points.end()));
        QCOMPARE(points.size(), size_t(std::lround(std::log10(last / first) * 4)) + 1);
    }
};

QTEST_GUILESS_MAIN(TestAdviceBreakEven)
#include "tst_advice_break_even.moc"
