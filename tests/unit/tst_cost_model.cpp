// The cost model: each kind's monthly figure against arithmetic done by hand from the
// price book's unit prices (written in each row), reservations, spot, Multi-AZ, growth
// and the budget month, unknown prices never counting as zero, totals that are exactly
// the sum of their rows, and the Infracost golden figures of shared/facts/pricing.md.
#include "catalog/catalog.h"
#include "cost/cost_model.h"
#include "io/cwa_reader.h"
#include "model/architecture.h"

#include <QtTest>

using namespace cw;
using namespace cw::cost;

namespace {

Node makeNode(const QString& id, const QString& kind, const QString& provider, const char* props)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.provider = provider;
    n.props = Json::parse(props);
    return n;
}

// A diagram of the given nodes in meta.region (AWS's us-east-1 unless said).
void load(Architecture& model, std::vector<Node> nodes, const QString& provider = QStringLiteral("aws"),
    const QString& region = QStringLiteral("us-east-1"))
{
    Diagram d;
    d.meta.provider = provider;
    d.meta.region = region;
    d.nodes = std::move(nodes);
    model.reset(std::move(d));
}

NodeCost estimate(const Architecture& model, int index = 0, int month = 1)
{
    return estimateNode(Catalog::builtin(), PriceBook::builtin(), model, model.nodes()[size_t(index)], month);
}

Money usd(const char* text)
{
    return UnitPrice::fromDecimal(QString::fromLatin1(text))->cost(qint64(1'000'000));
}

} // namespace

namespace cw::cost {
// How QCOMPARE shows money that differs.
char* toString(const Money& m)
{
    return qstrdup(qPrintable(m.toDecimal()));
}
} // namespace cw::cost

class TestCostModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pricedKinds_data();
    void pricedKinds();
    void notPriced_data();
    void notPriced();
    void infracostGolden_data();
    void infracostGolden();
    void regionFallbackIsNoted();
    void growthAndBudgetMonth();
    void curveMatchesFullEstimate_data();
    void curveMatchesFullEstimate();
    void budgetsAddUp();
    void unknownIsNotZeroInTotals();
    void totalsAreSumsOfRows();
};

void TestCostModel::pricedKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("props");
    QTest::addColumn<QString>("expected"); // USD, worked out by hand in the row's name

    QTest::newRow("vm: 2 x m5.large x 730 h x 0.096 = 140.16") << "compute.vm"
                                                               << "aws"
                                                               << R"({"instance_type":"m5.large","count":2})"
                                                               << "140.16";
    QTest::newRow("vm reserved_1y: 0.096 x (1-0.373) x 730 = 43.94016")
        << "compute.vm"
        << "aws"
        << R"({"instance_type":"m5.large","pricing":"reserved_1y"})"
        << "43.94016";
    QTest::newRow("vm reserved_3y: 0.096 x (1-0.567) x 730 = 30.34464")
        << "compute.vm"
        << "aws"
        << R"({"instance_type":"m5.large","pricing":"reserved_3y"})"
        << "30.34464";
    QTest::newRow("vm spot: 0.096 x (1-0.57) x 730 = 30.1344") << "compute.vm"
                                                               << "aws"
                                                               << R"({"instance_type":"m5.large","pricing":"spot"})"
                                                               << "30.1344";
    QTest::newRow("gcp e2 spot: 0.06701142 x 0.60 x 730 = 29.351002") << "compute.vm"
                                                                      << "gcp"
                                                                      << R"({"pricing":"spot"})"
                                                                      << "29.351002";
    QTest::newRow("gcp n1 on demand, sustained use all month: 0.189999 x 0.70 x 730 = 97.089489")
        << "compute.vm"
        << "gcp"
        << R"({"instance_type":"n1-standard-4"})"
        << "97.089489";
    QTest::newRow("gcp n1 half the month: no sustained-use discount taken, 0.189999 x 365 = 69.349635")
        << "compute.vm"
        << "gcp"
        << R"({"instance_type":"n1-standard-4","hours_per_month":365})"
        << "69.349635";
    QTest::newRow("gcp e2 on demand: E2 has no sustained use, 0.06701142 x 730 = 48.918337")
        << "compute.vm"
        << "gcp"
        << "{}"
        << "48.918337";
    QTest::newRow("azure dsv5 reserved_1y: 0.096 x 0.617 x 730 = 43.23936") << "compute.vm"
                                                                            << "azure"
                                                                            << R"({"pricing":"reserved_1y"})"
                                                                            << "43.23936";
    QTest::newRow("azure D4as_v5 sourced spot rate: 0.01892 x 730 = 13.8116")
        << "compute.vm"
        << "azure"
        << R"({"instance_type":"Standard_D4as_v5","pricing":"spot"})"
        << "13.8116";
    QTest::newRow("vm 12 h a month: 0.096 x 12 = 1.152") << "compute.vm"
                                                         << "aws"
                                                         << R"({"hours_per_month":12})"
                                                         << "1.152";
    QTest::newRow("gpu_vm g4dn.xlarge: 0.526 x 730 = 383.98") << "compute.gpu_vm"
                                                              << "aws"
                                                              << "{}"
                                                              << "383.98";
    QTest::newRow("eks: 3 x 0.096 x 730 + 0.10 x 730 = 210.24 + 73 = 283.24") << "compute.kubernetes"
                                                                              << "aws"
                                                                              << R"({"count":3})"
                                                                              << "283.24";
    QTest::newRow("fargate: 2 x 730 x (1 vCPU x 0.04048 + 2 GB x 0.004445) = 59.1008 + 12.9794")
        << "compute.container"
        << "aws"
        << R"({"count":2,"memory_mb":2048})"
        << "72.0802";
    QTest::newRow("lambda: 10M x 0.20/M + 1.75M GB-s x 0.0000166667 = 2 + 29.166725")
        << "compute.function"
        << "aws"
        << R"({"requests_per_month":10000000,"duration_ms":175,"memory_mb":1024})"
        << "31.166725";
    QTest::newRow("s3 standard 500 GB x 0.023 = 11.5") << "storage.object"
                                                       << "aws"
                                                       << R"({"storage_gb":500})"
                                                       << "11.5";
    QTest::newRow("s3 infrequent 1000 GB x 0.0125 + 1M reads x 0.001/1k = 12.5 + 1")
        << "storage.object"
        << "aws"
        << R"({"storage_gb":1000,"storage_class":"infrequent","requests_per_month":1000000})"
        << "13.5";
    QTest::newRow("egress tiers: 10,000 GB x 0.09 + 10,000 GB x 0.085 = 900 + 850") << "storage.object"
                                                                                    << "aws"
                                                                                    << R"({"transfer_gb":20000})"
                                                                                    << "1750";
    QTest::newRow("egress past 150 TB at the last sourced rate: 900 + 3400 + 7000 + 50,000 GB x 0.07")
        << "storage.object"
        << "aws"
        << R"({"transfer_gb":200000})"
        << "14800";
    QTest::newRow("ebs gp3: 2 x 100 GB x 0.08 = 16") << "storage.block"
                                                     << "aws"
                                                     << R"({"count":2,"storage_gb":100})"
                                                     << "16";
    QTest::newRow("rds t3.large: 0.145 x 730 + 100 GB x 0.115 = 105.85 + 11.5")
        << "database.sql"
        << "aws"
        << R"({"instance_type":"db.t3.large","storage_gb":100})"
        << "117.35";
    QTest::newRow("rds m5.large multi_az, sourced: 0.356 x 730 = 259.88")
        << "database.sql"
        << "aws"
        << R"({"instance_type":"db.m5.large","multi_az":true})"
        << "259.88";
    QTest::newRow("rds t3.large multi_az, doubled: 2 x 0.145 x 730 = 211.70")
        << "database.sql"
        << "aws"
        << R"({"instance_type":"db.t3.large","multi_az":true})"
        << "211.70";
    QTest::newRow("cloud sql 2 vCPU 8 GB multi_az: 2 x (2 x 0.0413 + 8 x 0.007) x 730 = 202.356")
        << "database.sql"
        << "gcp"
        << R"({"multi_az":true})"
        << "202.356";
    QTest::newRow("rds reserved_1y: 0.145 x (1-0.296) x 730 = 74.5184")
        << "database.sql"
        << "aws"
        << R"({"instance_type":"db.t3.large","pricing":"reserved_1y"})"
        << "74.5184";
    QTest::newRow("dynamodb: 2M req half reads 0.125/M, half writes 0.625/M + 10 GB x 0.25")
        << "database.nosql"
        << "aws"
        << R"({"requests_per_month":2000000,"storage_gb":10})"
        << "3.25";
    QTest::newRow("alb: 0.0225 x 730 + 200 GB -> 200 LCU-h x 0.008 = 16.425 + 1.6") << "network.load_balancer"
                                                                                    << "aws"
                                                                                    << R"({"transfer_gb":200})"
                                                                                    << "18.025";
    QTest::newRow("nat: 0.045 x 730 + 100 GB x 0.045 = 32.85 + 4.5") << "network.nat_gateway"
                                                                     << "aws"
                                                                     << R"({"transfer_gb":100})"
                                                                     << "37.35";
    QTest::newRow("api gateway: 5M x 3.50/M = 17.5") << "network.api_gateway"
                                                     << "aws"
                                                     << R"({"requests_per_month":5000000})"
                                                     << "17.5";
    QTest::newRow("cloudfront: 1000 GB x 0.085 + 1M https x 0.01/10k = 85 + 1")
        << "network.cdn"
        << "aws"
        << R"({"transfer_gb":1000,"requests_per_month":1000000})"
        << "86";
    QTest::newRow("bedrock haiku: 10M tokens, 7.5M in x 1.00 + 2.5M out x 5.00 = 7.5 + 12.5")
        << "ml.llm_api"
        << "aws"
        << R"({"tokens_per_month":10000})"
        << "20";
    QTest::newRow("bedrock sonnet, 50 % out: 1M in x 3 + 1M out x 15 = 18")
        << "ml.llm_api"
        << "aws"
        << R"({"model":"claude-sonnet-4.6","tokens_per_month":2000,"output_share_pct":50})"
        << "18";
    QTest::newRow("sagemaker endpoint ml.m5.large: 2 x 0.115 x 730 = 167.9") << "ml.endpoint"
                                                                             << "aws"
                                                                             << R"({"count":2})"
                                                                             << "167.9";
    QTest::newRow("cloudwatch logs: 20 GB x 0.50 = 10") << "observability.logging"
                                                        << "aws"
                                                        << R"({"storage_gb":20})"
                                                        << "10";
    QTest::newRow("secrets: 3 x 0.40 + 100k calls x 0.05/10k = 1.2 + 0.5")
        << "security.secrets"
        << "aws"
        << R"({"count":3,"requests_per_month":100000})"
        << "1.7";
    QTest::newRow("kms: 1 key x 1.00 = 1") << "security.kms"
                                           << "aws"
                                           << "{}"
                                           << "1";
    QTest::newRow("ecr: 50 GB x 0.10 = 5") << "devops.registry"
                                           << "aws"
                                           << R"({"storage_gb":50})"
                                           << "5";
    QTest::newRow("codebuild small: 100 builds x 10 min x 0.005 = 5")
        << "devops.build"
        << "aws"
        << R"({"requests_per_month":100,"max_runtime_min":10})"
        << "5";
    QTest::newRow("sqs: 3M x 0.40/M = 1.2") << "integration.queue"
                                            << "aws"
                                            << R"({"requests_per_month":3000000})"
                                            << "1.2";
    // A stream on Google Cloud is a Pub/Sub topic: 1024 GiB published = 1 TiB x 40.
    QTest::newRow("pub/sub stream: 1024 GiB (1099.511627776 GB) = 1 TiB x 40 = 40")
        << "integration.stream"
        << "gcp"
        << R"({"transfer_gb":1099.511627776})"
        << "40";
}

void TestCostModel::pricedKinds()
{
    QFETCH(QString, kind);
    QFETCH(QString, provider);
    QFETCH(QString, props);
    QFETCH(QString, expected);
    Architecture model;
    load(model, {makeNode("n", kind, provider, props.toUtf8().constData())}, provider,
        PriceBook::builtin().regions(provider).first());
    const NodeCost c = estimate(model);
    QVERIFY2(c.status == NodeStatus::Priced, qPrintable(c.reason));
    QCOMPARE(c.monthly.toDecimal(), usd(expected.toLatin1().constData()).toDecimal());
    for (const LineItem& line : c.items) {
        QVERIFY(line.known);
        QVERIFY2(!line.source.isEmpty() && !line.asOf.isEmpty(), qPrintable(line.key));
    }
}

void TestCostModel::notPriced_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("props");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reasonPart");

    const int usage = int(NodeStatus::Usage);
    const int unpriced = int(NodeStatus::Unpriced);
    QTest::newRow("function without requests") << "compute.function"
                                               << "aws"
                                               << "{}" << usage << "requests_per_month";
    QTest::newRow("llm without tokens") << "ml.llm_api"
                                        << "aws"
                                        << "{}" << usage << "tokens_per_month";
    QTest::newRow("bucket without data") << "storage.object"
                                         << "aws"
                                         << "{}" << usage << "storage_gb";
    QTest::newRow("elasticache: no list price") << "database.cache"
                                                << "aws"
                                                << "{}" << unpriced << "not in the pricing facts";
    QTest::newRow("sagemaker training g4dn: no list price")
        << "ml.training"
        << "aws"
        << R"({"instance_type":"ml.g4dn.xlarge"})" << unpriced << "ml.g4dn.xlarge";
    QTest::newRow("iam is not billed") << "security.iam"
                                       << "aws"
                                       << "{}" << unpriced << "not billed";
    QTest::newRow("users are not billed") << "external.users"
                                          << "aws"
                                          << "{}" << unpriced << "not billed";
    QTest::newRow("generic provider") << "compute.vm"
                                      << "generic"
                                      << "{}" << unpriced << "give it a provider";
    QTest::newRow("reserved endpoint: no discount") << "ml.endpoint"
                                                    << "aws"
                                                    << R"({"pricing":"reserved_1y"})" << unpriced << "reserved_1y";
    QTest::newRow("type not in the book") << "compute.vm"
                                          << "aws"
                                          << R"({"instance_type":"x9.huge"})" << unpriced << "x9.huge";
    QTest::newRow("azure container apps") << "compute.container"
                                          << "azure"
                                          << "{}" << unpriced << "Container";
    // Streams, pipelines, device hubs, AI APIs and sign-in: unknown with the service named,
    // never zero (the facts price only Pub/Sub).
    QTest::newRow("kinesis shard hours") << "integration.stream"
                                         << "aws"
                                         << R"({"requests_per_month":1000000})" << unpriced << "Kinesis Data Streams";
    QTest::newRow("event hubs") << "integration.stream"
                                << "azure"
                                << R"({"requests_per_month":1000000})" << unpriced << "Event Hubs";
    QTest::newRow("pub/sub stream without data") << "integration.stream"
                                                 << "gcp"
                                                 << "{}" << usage << "transfer_gb";
    QTest::newRow("glue") << "integration.etl"
                          << "aws"
                          << "{}" << unpriced << "AWS Glue DPU-hours";
    QTest::newRow("dataflow") << "integration.etl"
                              << "gcp"
                              << "{}" << unpriced << "Dataflow";
    QTest::newRow("iot core") << "integration.iot"
                              << "aws"
                              << R"({"requests_per_month":500000})" << unpriced << "AWS IoT Core";
    QTest::newRow("cloud iot core is retired") << "integration.iot"
                                               << "gcp"
                                               << R"({"requests_per_month":500000})" << unpriced << "retired";
    QTest::newRow("rekognition") << "ml.ai_api"
                                 << "aws"
                                 << R"({"requests_per_month":10000})" << unpriced << "Rekognition";
    QTest::newRow("cognito is not the free IAM") << "security.user_identity"
                                                 << "aws"
                                                 << R"({"active_users":5000})" << unpriced << "Cognito";
    QTest::newRow("entra external id") << "security.user_identity"
                                       << "azure"
                                       << R"({"active_users":5000})" << unpriced << "Entra External ID";
}

void TestCostModel::notPriced()
{
    QFETCH(QString, kind);
    QFETCH(QString, provider);
    QFETCH(QString, props);
    QFETCH(int, status);
    QFETCH(QString, reasonPart);
    Architecture model;
    load(model, {makeNode("n", kind, provider, props.toUtf8().constData())}, QStringLiteral("aws"),
        QStringLiteral("us-east-1"));
    const NodeCost c = estimate(model);
    QCOMPARE(toString(c.status), toString(NodeStatus(status)));
    QVERIFY2(c.reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(c.reason));
}

void TestCostModel::infracostGolden_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("props");
    QTest::addColumn<double>("golden"); // USD a month, as quoted in shared/facts/pricing.md

    QTest::newRow("IC aws/lb_test ALB $16.43/mo") << "network.load_balancer"
                                                  << "aws"
                                                  << "{}" << 16.43;
    QTest::newRow("IC aws/lb_test ALB + 1 LCU-month $16.43 + $5.84") << "network.load_balancer"
                                                                     << "aws"
                                                                     << R"({"transfer_gb":730})" << 16.43 + 5.84;
    QTest::newRow("IC azure/postgresql_flexible_server_test B1ms $12.41/mo")
        << "database.sql"
        << "azure"
        << R"({"instance_type":"Standard_B1ms"})" << 12.41;
    QTest::newRow("IC aws/instance_test 7 metrics $2.10") << "observability.monitoring"
                                                          << "aws"
                                                          << R"({"count":7})" << 2.10;
    QTest::newRow("IC azure/container_registry_test Basic $5.00") << "devops.registry"
                                                                  << "azure"
                                                                  << "{}" << 5.00;
    QTest::newRow("IC google/sql_database_instance_test memory $5.11 per GB-month: 2 vCPU, 8 GB")
        << "database.sql"
        << "gcp"
        << "{}" << 2 * 0.0413 * 730 + 8 * 5.11;
}

void TestCostModel::infracostGolden()
{
    QFETCH(QString, kind);
    QFETCH(QString, provider);
    QFETCH(QString, props);
    QFETCH(double, golden);
    Architecture model;
    load(model, {makeNode("n", kind, provider, props.toUtf8().constData())}, provider,
        PriceBook::builtin().regions(provider).first());
    const NodeCost c = estimate(model);
    QVERIFY2(c.status == NodeStatus::Priced, qPrintable(c.reason));
    const double got = c.monthly.toDouble();
    QVERIFY2(std::abs(got - golden) <= golden * 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(golden)));
}

void TestCostModel::regionFallbackIsNoted()
{
    Architecture model;
    load(model, {makeNode("n", "compute.vm", "gcp", "{}")}, QStringLiteral("aws"), QStringLiteral("us-east-1"));
    const NodeCost c = estimate(model);
    QCOMPARE(c.region, QStringLiteral("us-central1"));
    QVERIFY(c.items.at(0).note.contains(QStringLiteral("not a gcp region")));
    // An AWS region the book does not price is unknown, never borrowed from another.
    load(model, {makeNode("n", "compute.vm", "", "{}")}, QStringLiteral("aws"), QStringLiteral("eu-west-1"));
    QCOMPARE(toString(estimate(model).status), QStringLiteral("unpriced"));
    QVERIFY(estimate(model).reason.contains(QStringLiteral("eu-west-1")));
}

void TestCostModel::growthAndBudgetMonth()
{
    // 1000 GB x 0.023 = 23 growing 10 %/month, plus 0.096 x 730 = 70.08 that does not grow:
    // month 3 = 70.08 + 23 x 1.21 = 97.91; month 4 = 70.08 + 23 x 1.331 = 100.693 > 100.
    Architecture model;
    load(model,
        {makeNode("vm", "compute.vm", "", "{}"),
            makeNode("s3", "storage.object", "", R"({"storage_gb":1000,"growth_pct_per_month":10})"),
            makeNode("b", "cost.budget", "", R"({"monthly_limit":100})")});
    const Projection p = project(Catalog::builtin(), PriceBook::builtin(), model, 12);
    QCOMPARE(p.perMonth[0].byNode[1], usd("23"));
    QCOMPARE(p.perMonth[2].total, usd("97.91"));
    QCOMPARE(p.perMonth[3].total, usd("100.693"));
    QCOMPARE(p.perMonth[11].byNode[0], usd("70.08"));
    QVERIFY(p.budget.has_value());
    QCOMPARE(p.budget->limit, usd("100"));
    QCOMPARE(p.budget->firstMonthOver, std::optional<int>(4));

    load(model, {makeNode("vm", "compute.vm", "", "{}"), makeNode("b", "cost.budget", "", R"({"monthly_limit":500})")});
    const Projection within = project(Catalog::builtin(), PriceBook::builtin(), model, 60);
    QVERIFY(!within.budget->firstMonthOver.has_value());
}

void TestCostModel::curveMatchesFullEstimate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("props");
    // Growth that carries usage across volume bands within the horizon.
    QTest::newRow("egress crosses from the 10 TB band into the next two")
        << "storage.object" << R"({"storage_gb":500,"transfer_gb":8000,"growth_pct_per_month":12})";
    QTest::newRow("lambda GB-seconds cross their tiers")
        << "compute.function"
        << R"({"requests_per_month":50000000,"avg_duration_ms":800,"memory_mb":2048,"growth_pct_per_month":15})";
    QTest::newRow("llm tokens, input and output") << "ml.llm_api"
                                                  << R"({"tokens_per_month":2000000,"growth_pct_per_month":7.5})";
    QTest::newRow("vm with no usage line does not grow") << "compute.vm" << R"({"growth_pct_per_month":20})";
    QTest::newRow("shrinking usage") << "database.nosql"
                                     << R"({"storage_gb":300,"requests_per_month":9000000,"growth_pct_per_month":-4})";
}

void TestCostModel::curveMatchesFullEstimate()
{
    // Months 2..60 come from the month-1 curve (monthlyIn) in project() and the tracker:
    // it must give exactly what pricing the grown node from scratch gives.
    QFETCH(QString, kind);
    QFETCH(QString, props);
    Architecture model;
    load(model, {makeNode("n", kind, "", props.toUtf8().constData())});
    const NodeCost first = estimate(model);
    QVERIFY2(first.status == NodeStatus::Priced, qPrintable(first.reason));
    for (int month = 1; month <= kMaxMonths; ++month) {
        const NodeCost full = estimate(model, 0, month);
        QVERIFY2(full.status == NodeStatus::Priced, qPrintable(full.reason));
        QCOMPARE(first.monthlyIn(month), full.monthly);
    }
}

void TestCostModel::budgetsAddUp()
{
    Architecture model;
    load(model,
        {makeNode("a", "cost.budget", "", R"({"monthly_limit":40})"),
            makeNode("b", "cost.budget", "", R"({"monthly_limit":60.5})")});
    const Projection p = project(Catalog::builtin(), PriceBook::builtin(), model, 3);
    QCOMPARE(p.budget->limit, usd("100.5"));
    QCOMPARE(p.budget->nodes, 2);
    load(model, {makeNode("vm", "compute.vm", "", "{}")});
    QVERIFY(!project(Catalog::builtin(), PriceBook::builtin(), model, 3).budget.has_value());
}

void TestCostModel::unknownIsNotZeroInTotals()
{
    Architecture model;
    load(model, {makeNode("vm", "compute.vm", "", "{}"), makeNode("cache", "database.cache", "", "{}")});
    const Projection p = project(Catalog::builtin(), PriceBook::builtin(), model, 2);
    QCOMPARE(p.unpriced, 1);
    QVERIFY(!p.complete());
    QCOMPARE(toString(p.nodes[1].status), QStringLiteral("unpriced"));
    QVERIFY(!p.nodes[1].reason.isEmpty());
    QCOMPARE(p.perMonth[0].total, usd("70.08")); // the priced rows only, and said to be incomplete

    // A kind that is not billed is unpriced with its reason but leaves no gap in the total.
    load(model, {makeNode("vm", "compute.vm", "", "{}"), makeNode("iam", "security.iam", "", "{}")});
    const Projection free = project(Catalog::builtin(), PriceBook::builtin(), model, 2);
    QCOMPARE(free.unpriced, 1);
    QVERIFY(free.complete());
}

void TestCostModel::totalsAreSumsOfRows()
{
    LoadResult loaded = readCwaFile(QStringLiteral(":/samples/ml-product.cwa"), Catalog::builtin());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    Architecture model;
    model.reset(std::move(*loaded.diagram));
    const Projection p = project(Catalog::builtin(), PriceBook::builtin(), model, 36);
    QCOMPARE(int(p.perMonth.size()), 36);
    Money horizon;
    for (const MonthTotal& m : p.perMonth) {
        Money nodes;
        for (const Money& n : m.byNode)
            nodes += n;
        Money categories;
        for (const auto& [category, amount] : m.byCategory)
            categories += amount;
        QCOMPARE(m.total, nodes);
        QCOMPARE(m.total, categories);
        horizon += m.total;
    }
    QCOMPARE(p.horizonTotal(), horizon);
    Money byNode;
    for (size_t i = 0; i < p.nodes.size(); ++i)
        byNode += p.horizonTotalOfNode(i);
    QCOMPARE(byNode, horizon);
    // The sample's 500 GB growing 3 %/month: month 36 stores 500 x 1.03^35 GB.
    QVERIFY(p.perMonth[35].total.micros() > p.perMonth[0].total.micros());
}

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_cost_model.moc"
