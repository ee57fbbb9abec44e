// Cross-provider equivalents of the price book: known mappings of instance types and
// regions, and every type the catalog suggests mapping there and back to the same class
// (a GPU type to a GPU type of the same tier and count), or saying why it cannot.
#include "catalog/catalog.h"
#include "cost/price_book.h"

#include <QtTest>

using namespace cw;
using namespace cw::cost;

namespace {

const QStringList kProviders{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")};

/// Kinds whose instance_type the catalog suggests per provider.
QStringList kindsWithInstanceTypes()
{
    QStringList kinds;
    for (const KindInfo& k : Catalog::builtin().kinds()) {
        if (k.suggestions.contains("instance_type"))
            kinds << k.kind;
    }
    return kinds;
}

} // namespace

class TestPriceEquivalents : public QObject {
    Q_OBJECT

private Q_SLOTS:

    void knownMappings_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("m5.large -> GCP") << "compute.vm"
                                         << "m5.large"
                                         << "aws"
                                         << "gcp"
                                         << "n2-standard-2";
        QTest::newRow("m5.large -> Azure") << "compute.vm"
                                           << "m5.large"
                                           << "aws"
                                           << "azure"
                                           << "Standard_D2s_v5";
        QTest::newRow("D2s_v5 -> AWS") << "compute.vm"
                                       << "Standard_D2s_v5"
                                       << "azure"
                                       << "aws"
                                       << "m5.large";
        QTest::newRow("p4d -> GCP") << "compute.gpu_vm"
                                    << "p4d.24xlarge"
                                    << "aws"
                                    << "gcp"
                                    << "a2-highgpu-8g";
        QTest::newRow("g2 -> AWS") << "compute.gpu_vm"
                                   << "g2-standard-4"
                                   << "gcp"
                                   << "aws"
                                   << "g6.xlarge";
        QTest::newRow("SageMaker -> Azure ML") << "ml.endpoint"
                                               << "ml.m5.large"
                                               << "aws"
                                               << "azure"
                                               << "Standard_D2s_v5";
        QTest::newRow("Vertex -> SageMaker") << "ml.training"
                                             << "n1-standard-4"
                                             << "gcp"
                                             << "aws"
                                             << "ml.m5.xlarge";
        QTest::newRow("RDS -> Cloud SQL") << "database.sql"
                                          << "db.m5.large"
                                          << "aws"
                                          << "gcp"
                                          << "db-custom-2-8192";
        QTest::newRow("same provider") << "compute.vm"
                                       << "m5.large"
                                       << "aws"
                                       << "aws"
                                       << "m5.large";
        QTest::newRow("A100 single, no AWS") << "compute.gpu_vm"
                                             << "a2-highgpu-1g"
                                             << "gcp"
                                             << "aws"
                                             << "";
        QTest::newRow("V100 on GCP is attached") << "compute.gpu_vm"
                                                 << "p3.2xlarge"
                                                 << "aws"
                                                 << "gcp"
                                                 << "";
        QTest::newRow("not a SageMaker type") << "ml.endpoint"
                                              << "m5.large"
                                              << "aws"
                                              << "gcp"
                                              << "";
        QTest::newRow("no instance types") << "storage.object"
                                           << "x"
                                           << "aws"
                                           << "gcp"
                                           << "";
    }
    void knownMappings()
    {
        QFETCH(QString, kind);
        QFETCH(QString, type);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const Mapping m = PriceBook::builtin().mapInstanceType(kind, type, from, to);
        QCOMPARE(m.target, expected);
        if (expected.isEmpty())
            QVERIFY2(!m.reason.isEmpty(), "a missing equivalent says why");
    }

    // Every suggested type maps to each other provider or says why not, and mapping there
    // and back lands on the same class: a GPU type on a GPU type of the same tier.
    void mappingsRoundTripToSameClass()
    {
        const PriceBook& book = PriceBook::builtin();
        const Equivalents& eq = book.equivalents();
        int mapped = 0;
        for (const QString& kind : kindsWithInstanceTypes()) {
            for (const QString& from : kProviders) {
                for (const QString& type :
                    Catalog::builtin().suggestions(kind, QStringLiteral("instance_type"), from)) {
                    const InstanceInfo* a = eq.instanceForKind(kind, from, type);
                    QVERIFY2(
                        a, qPrintable(QStringLiteral("%1 %2 %3 is not in equivalents.json").arg(kind, from, type)));
                    for (const QString& to : kProviders) {
                        if (to == from)
                            continue;
                        const Mapping there = book.mapInstanceType(kind, type, from, to);
                        const QString where = QStringLiteral("%1 %2 %3 -> %4").arg(kind, from, type, to);
                        if (!there.found()) {
                            QVERIFY2(!there.reason.isEmpty(), qPrintable(where));
                            continue;
                        }
                        const InstanceInfo* b = eq.instanceForKind(kind, to, there.target);
                        QVERIFY2(b, qPrintable(where));
                        QCOMPARE(b->cls, a->cls);
                        QCOMPARE(b->gpuTier, a->gpuTier);
                        const Mapping back = book.mapInstanceType(kind, there.target, to, from);
                        QVERIFY2(back.found(), qPrintable(where + QStringLiteral(" and back: ") + back.reason));
                        const InstanceInfo* c = eq.instanceForKind(kind, from, back.target);
                        QVERIFY2(c, qPrintable(where));
                        QCOMPARE(c->cls, a->cls);
                        QCOMPARE(c->gpuTier, a->gpuTier);
                        if (a->gpuCount > 0)
                            QCOMPARE(c->gpuCount, a->gpuCount);
                        ++mapped;
                    }
                }
            }
        }
        QVERIFY(mapped > 150);
    }

    void regions_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("us-east-1 -> GCP") << "us-east-1"
                                          << "aws"
                                          << "gcp"
                                          << "us-east1";
        QTest::newRow("us-east-1 -> Azure") << "us-east-1"
                                            << "aws"
                                            << "azure"
                                            << "eastus";
        QTest::newRow("eastus -> AWS") << "eastus"
                                       << "azure"
                                       << "aws"
                                       << "us-east-1";
        QTest::newRow("eu-west-1 -> Azure") << "eu-west-1"
                                            << "aws"
                                            << "azure"
                                            << "northeurope";
        QTest::newRow("westeurope -> GCP") << "westeurope"
                                           << "azure"
                                           << "gcp"
                                           << "europe-west4";
        QTest::newRow("us-central1 -> AWS") << "us-central1"
                                            << "gcp"
                                            << "aws"
                                            << "us-east-2";
        QTest::newRow("unknown region") << "mars-north-1"
                                        << "aws"
                                        << "gcp"
                                        << "";
    }
    void regions()
    {
        QFETCH(QString, region);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const Mapping m = PriceBook::builtin().mapRegion(region, from, to);
        QCOMPARE(m.target, expected);
        QCOMPARE(m.reason.isEmpty(), !expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPriceEquivalents)
#include "tst_price_equivalents.moc"
