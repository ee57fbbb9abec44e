// Switching the diagram's provider maps what the user chose for the old provider to the
// new one's nearest equivalent from the price book (resources/pricing/equivalents.json):
// every instance type the catalog suggests, and the diagram's region. What has no
// equivalent is kept and named in the edit's notes; a node with its own provider is left
// alone; the whole switch is one undo step that restores everything exactly.
#include "core_test_helpers.h"
#include "cost/price_book.h"
#include "edit/edits.h"

#include <optional>

using namespace cw;
using cw::test::catalog;

namespace {

const QStringList kProviders = {QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")};

const cost::PriceBook& prices()
{
    return cost::PriceBook::builtin();
}

// The first row of the region table: a region every provider has an equivalent for.
QString homeRegion(const QString& provider)
{
    if (provider == QLatin1String("gcp"))
        return QStringLiteral("us-east1");
    if (provider == QLatin1String("azure"))
        return QStringLiteral("eastus");
    return QStringLiteral("us-east-1");
}

Node makeNode(const char* id, const QString& kind, const QString& type, const QString& provider = QString())
{
    Node n;
    n.id = QString::fromLatin1(id);
    n.kind = kind;
    n.provider = provider;
    n.pos = QPointF(100, 100);
    if (!type.isEmpty())
        n.props["instance_type"] = type.toStdString();
    return n;
}

// One node of `kind` with `type` following the diagram, and the same with its own provider.
Diagram diagramWith(const QString& kind, const QString& provider, const QString& type)
{
    Diagram d;
    d.meta.provider = provider;
    d.meta.region = homeRegion(provider);
    d.nodes.push_back(makeNode("n", kind, type));
    d.nodes.push_back(makeNode("own", kind, type, provider));
    d.nodes.back().pos = QPointF(400, 100);
    return d;
}

QString typeOf(const Architecture& model, const char* id)
{
    const Json& props = model.node(QString::fromLatin1(id))->props;
    const auto it = props.find("instance_type");
    return it != props.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString defaultType(const QString& kind, const QString& provider)
{
    const Json v = catalog().defaultValue(kind, QStringLiteral("instance_type"), provider);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

} // namespace

class TestSwitchProviderTypes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySuggestedType_data();
    void everySuggestedType();
    void knownEquivalents_data();
    void knownEquivalents();
    void regions_data();
    void regions();
    void wholeDiagramInOneStep();
    void toGenericKeepsTypesAndRegion();
};

void TestSwitchProviderTypes::everySuggestedType_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("to");
    int rows = 0;
    for (const KindInfo& k : catalog().kinds()) {
        for (const QString& from : kProviders) {
            for (const QString& type : catalog().suggestions(k.kind, QStringLiteral("instance_type"), from)) {
                for (const QString& to : kProviders) {
                    if (to == from)
                        continue;
                    QTest::addRow(
                        "%s %s %s to %s", qPrintable(k.kind), qPrintable(from), qPrintable(type), qPrintable(to))
                        << k.kind << from << type << to;
                    ++rows;
                }
            }
        }
    }
    QVERIFY2(rows > 300, "the catalog suggests instance types for the VM, GPU, ML, SQL, cache... kinds");
}

void TestSwitchProviderTypes::everySuggestedType()
{
    QFETCH(QString, kind);
    QFETCH(QString, from);
    QFETCH(QString, type);
    QFETCH(QString, to);
    Architecture model;
    model.reset(diagramWith(kind, from, type));
    const Diagram before = model.diagram();

    EditResult there = edit::switchProvider(model, catalog(), prices(), to);
    QVERIFY2(there.ok(), qPrintable(there.error));
    QVERIFY(there.record);
    QCOMPARE(model.meta().region, homeRegion(to));
    QCOMPARE(*model.node(QStringLiteral("own")), before.nodes[1]);

    const cost::Mapping mapped = prices().mapInstanceType(kind, type, from, to);
    const QString now = typeOf(model, "n");
    if (type == defaultType(kind, from)) {
        // The old provider's default becomes the new one's, as for every default.
        QCOMPARE(now, defaultType(kind, to));
        QVERIFY(there.notes.isEmpty());
    } else if (mapped.found()) {
        QCOMPARE(now, mapped.target);
        QVERIFY2(there.notes.isEmpty(), qPrintable(there.notes.join(QLatin1Char('\n'))));
        // The new type is one the book lists at the new provider, of the same class:
        // a GPU type becomes a GPU type of the same tier.
        const cost::InstanceInfo* was = prices().equivalents().instanceForKind(kind, from, type);
        const cost::InstanceInfo* is = prices().equivalents().instanceForKind(kind, to, now);
        QVERIFY2(was && is, qPrintable(now));
        QCOMPARE(is->cls, was->cls);
        if (was->cls == QLatin1String("gpu")) {
            QVERIFY(is->gpuCount > 0);
            QCOMPARE(is->gpuTier, was->gpuTier);
        }
    } else {
        // No equivalent: kept, and said.
        QCOMPARE(now, type);
        QCOMPARE(there.notes.size(), 1);
        QVERIFY2(there.notes.first().contains(QStringLiteral("1 type has no equivalent: %1 (n)").arg(type)),
            qPrintable(there.notes.first()));
    }
    CW_VERIFY_UNDO_REDO(model, *there.record, before);

    // And back: the original where the map round-trips.
    const Diagram atTarget = model.diagram();
    EditResult back = edit::switchProvider(model, catalog(), prices(), from);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(model.meta(), before.meta);
    QCOMPARE(*model.node(QStringLiteral("own")), before.nodes[1]);
    const bool roundTrips = mapped.found() && prices().mapInstanceType(kind, mapped.target, to, from).target == type
        && now == mapped.target && now != defaultType(kind, to);
    // A default comes back as the default, unless the new provider had none (the
    // property was dropped: BigQuery has no node types).
    const bool defaultComesBack = type == defaultType(kind, from) && !defaultType(kind, to).isEmpty();
    if (roundTrips || defaultComesBack || (!mapped.found() && type != defaultType(kind, from)))
        QCOMPARE(typeOf(model, "n"), type);
    QVERIFY(back.record);
    CW_VERIFY_UNDO_REDO(model, *back.record, atTarget);
}

void TestSwitchProviderTypes::knownEquivalents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // empty: no equivalent, kept and noted
    QTest::newRow("general vm") << "compute.vm"
                                << "aws"
                                << "m5.2xlarge"
                                << "gcp"
                                << "n2-standard-8";
    QTest::newRow("general vm to azure") << "compute.vm"
                                         << "aws"
                                         << "m5.2xlarge"
                                         << "azure"
                                         << "Standard_D8s_v5";
    QTest::newRow("gcp to aws") << "compute.kubernetes"
                                << "gcp"
                                << "n2-standard-4"
                                << "aws"
                                << "m5.xlarge";
    QTest::newRow("arm stays arm") << "compute.vm"
                                   << "aws"
                                   << "m7g.large"
                                   << "azure"
                                   << "Standard_D2ps_v5";
    QTest::newRow("H200 to H200") << "compute.gpu_vm"
                                  << "aws"
                                  << "p5en.48xlarge"
                                  << "gcp"
                                  << "a3-ultragpu-8g";
    QTest::newRow("one H100, none at aws") << "compute.gpu_vm"
                                           << "gcp"
                                           << "a3-highgpu-1g"
                                           << "aws"
                                           << "";
    QTest::newRow("inferentia") << "compute.vm"
                                << "aws"
                                << "inf2.xlarge"
                                << "gcp"
                                << "";
    QTest::newRow("sagemaker to vertex") << "ml.endpoint"
                                         << "aws"
                                         << "ml.g5.xlarge"
                                         << "gcp"
                                         << "g2-standard-4";
    QTest::newRow("azure ml to sagemaker") << "ml.training"
                                           << "azure"
                                           << "Standard_NC4as_T4_v3"
                                           << "aws"
                                           << "ml.g4dn.xlarge";
    QTest::newRow("sql") << "database.sql"
                         << "aws"
                         << "db.m5.xlarge"
                         << "gcp"
                         << "db-custom-4-16384";
    QTest::newRow("warehouse") << "database.warehouse"
                               << "aws"
                               << "ra3.4xlarge"
                               << "azure"
                               << "";
    QTest::newRow("not in the table") << "compute.vm"
                                      << "aws"
                                      << "x9z.huge"
                                      << "gcp"
                                      << "";
}

void TestSwitchProviderTypes::knownEquivalents()
{
    QFETCH(QString, kind);
    QFETCH(QString, from);
    QFETCH(QString, type);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QVERIFY(type != defaultType(kind, from)); // a type the user chose, not the default
    Architecture model;
    model.reset(diagramWith(kind, from, type));
    const Diagram before = model.diagram();
    EditResult r = edit::switchProvider(model, catalog(), prices(), to);
    QVERIFY2(r.ok(), qPrintable(r.error));
    if (expected.isEmpty()) {
        QCOMPARE(typeOf(model, "n"), type);
        QCOMPARE(r.notes, QStringList{QStringLiteral("1 type has no equivalent: %1 (n)").arg(type)});
    } else {
        QCOMPARE(typeOf(model, "n"), expected);
        QVERIFY(r.notes.isEmpty());
    }
    QCOMPARE(typeOf(model, "own"), type);
    CW_VERIFY_UNDO_REDO(model, *r.record, before);
}

void TestSwitchProviderTypes::regions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // empty: kept and noted
    QTest::newRow("virginia to carolina") << "aws"
                                          << "us-east-1"
                                          << "gcp"
                                          << "us-east1";
    QTest::newRow("virginia to virginia") << "aws"
                                          << "us-east-1"
                                          << "azure"
                                          << "eastus";
    QTest::newRow("carolina to virginia") << "gcp"
                                          << "us-east1"
                                          << "aws"
                                          << "us-east-1";
    QTest::newRow("eastus back") << "azure"
                                 << "eastus"
                                 << "aws"
                                 << "us-east-1";
    QTest::newRow("ohio to iowa") << "aws"
                                  << "us-east-2"
                                  << "azure"
                                  << "centralus";
    QTest::newRow("iowa to ohio") << "gcp"
                                  << "us-central1"
                                  << "aws"
                                  << "us-east-2";
    QTest::newRow("not in the table") << "aws"
                                      << "ap-south-9"
                                      << "gcp"
                                      << "";
    QTest::newRow("another provider's name") << "aws"
                                             << "eastus"
                                             << "gcp"
                                             << "";
}

void TestSwitchProviderTypes::regions()
{
    QFETCH(QString, from);
    QFETCH(QString, region);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    Diagram d;
    d.meta.provider = from;
    d.meta.region = region;
    Architecture model;
    model.reset(d);
    EditResult r = edit::switchProvider(model, catalog(), prices(), to);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(model.meta().provider, to);
    if (expected.isEmpty()) {
        QCOMPARE(model.meta().region, region);
        QCOMPARE(r.notes, QStringList{QStringLiteral("region %1 has no equivalent; kept").arg(region)});
    } else {
        QCOMPARE(model.meta().region, expected);
        QVERIFY(r.notes.isEmpty());
    }
    CW_VERIFY_UNDO_REDO(model, *r.record, d);
}

void TestSwitchProviderTypes::wholeDiagramInOneStep()
{
    Diagram d;
    d.meta.provider = QStringLiteral("aws");
    d.meta.region = QStringLiteral("us-east-1");
    const QString vm = QStringLiteral("compute.vm");
    d.nodes.push_back(makeNode("web", vm, QStringLiteral("m5.2xlarge")));
    d.nodes.push_back(makeNode("gpu-api", QStringLiteral("compute.gpu_vm"), QStringLiteral("p3.2xlarge")));
    d.nodes.push_back(makeNode("infer", vm, QStringLiteral("inf2.xlarge")));
    d.nodes.push_back(makeNode("train", QStringLiteral("ml.training"), QStringLiteral("ml.p4d.24xlarge")));
    d.nodes.push_back(makeNode("plain", vm, QString()));
    d.nodes.push_back(makeNode("pinned", vm, QStringLiteral("m5.2xlarge"), QStringLiteral("aws")));
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        d.nodes[i].pos = QPointF(200.0 * static_cast<double>(i), 0);
    Architecture model;
    model.reset(d);

    EditResult r = edit::switchProvider(model, catalog(), prices(), QStringLiteral("gcp"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.record->text(), QStringLiteral("Switch provider to Google Cloud"));
    QCOMPARE(model.meta().region, QStringLiteral("us-east1"));
    QCOMPARE(typeOf(model, "web"), QStringLiteral("n2-standard-8"));
    QCOMPARE(typeOf(model, "train"), QStringLiteral("a2-highgpu-8g"));
    QCOMPARE(typeOf(model, "gpu-api"), QStringLiteral("p3.2xlarge"));
    QCOMPARE(typeOf(model, "infer"), QStringLiteral("inf2.xlarge"));
    QCOMPARE(typeOf(model, "plain"), QString());
    QCOMPARE(*model.node(QStringLiteral("pinned")), d.nodes[5]);
    QCOMPARE(
        r.notes, QStringList{QStringLiteral("2 types have no equivalent: p3.2xlarge (gpu-api), inf2.xlarge (infer)")});
    // One undo step puts back every type, the region and the provider.
    CW_VERIFY_UNDO_REDO(model, *r.record, d);
}

void TestSwitchProviderTypes::toGenericKeepsTypesAndRegion()
{
    Architecture model;
    model.reset(diagramWith(QStringLiteral("compute.gpu_vm"), QStringLiteral("aws"), QStringLiteral("p5.48xlarge")));
    const Diagram before = model.diagram();
    EditResult r = edit::switchProvider(model, catalog(), prices(), QStringLiteral("generic"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // The generic provider names no types or regions: nothing to map, nothing to report.
    QCOMPARE(typeOf(model, "n"), QStringLiteral("p5.48xlarge"));
    QCOMPARE(model.meta().region, QStringLiteral("us-east-1"));
    QVERIFY(r.notes.isEmpty());
    CW_VERIFY_UNDO_REDO(model, *r.record, before);
}

QTEST_GUILESS_MAIN(TestSwitchProviderTypes)
#include "tst_switch_provider_types.moc"
