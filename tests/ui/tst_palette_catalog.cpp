// The palette and the canvas read kinds and group entries from the catalog they are
// given: a service or a group entry added to catalog.json shows up and drops with no
// code change.
#include "canvas/diagram_scene.h"
#include "catalog_test_helpers.h"
#include "document.h"
#include "panels/palette_widget.h"

#include <QTest>
#include <QTreeWidgetItem>

using namespace cw;

namespace {

/// The extended catalog, plus a palette entry for a production environment.
std::optional<Catalog> catalogWithProdEntry()
{
    return test::catalogWith([](Json& doc) {
        test::addExtraKind(doc);
        doc["paletteGroups"].push_back(Json{{"id", "environment:prod"}, {"kind", "environment"}, {"name", "Production"},
            {"names", {{"gcp", "Production project"}}}, {"description", "The environment customers use."},
            {"size", {900, 500}}, {"props", {{"stage", "prod"}}}});
    });
}

} // namespace

class TestPaletteCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paletteListsAnAddedKind()
    {
        const std::optional<Catalog> catalog = test::extendedCatalog();
        QVERIFY(catalog);
        PaletteWidget palette(*catalog);
        const QString entry = QStringLiteral("node:") + QString::fromLatin1(test::kExtraKind);
        QTreeWidgetItem* item = palette.itemFor(entry);
        QVERIFY2(item, "the added kind is not in the palette");
        QCOMPARE(item->text(0), QStringLiteral("Stream processor")); // provider-neutral until one is picked
        palette.setProvider(QStringLiteral("aws"));
        item = palette.itemFor(entry);
        QCOMPARE(item->text(0), QStringLiteral("Managed Flink"));
        QCOMPARE(item->parent()->text(0), QStringLiteral("Compute"));
        palette.setProvider(QStringLiteral("gcp"));
        QCOMPARE(palette.itemFor(entry)->text(0), QStringLiteral("Dataflow"));
        palette.setFilter(QStringLiteral("stream analytics")); // Azure's name finds it too
        QVERIFY(!palette.itemFor(entry)->isHidden());
        QVERIFY(palette.itemFor(QStringLiteral("node:compute.vm"))->isHidden());

        // The built-in catalog has no such kind.
        PaletteWidget builtin(Catalog::builtin());
        QVERIFY(!builtin.itemFor(entry));
    }

    void groupEntriesComeFromTheCatalog_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("name");
        QTest::newRow("vpc at aws") << "aws"
                                    << "group:vpc"
                                    << "VPC";
        QTest::newRow("vpc at gcp") << "gcp"
                                    << "group:vpc"
                                    << "VPC network";
        QTest::newRow("zone at azure") << "azure"
                                       << "group:zone"
                                       << "Availability zone";
        QTest::newRow("public subnet") << "gcp"
                                       << "group:subnet:public"
                                       << "Public subnet";
        QTest::newRow("private subnet") << "aws"
                                        << "group:subnet:private"
                                        << "Private subnet";
        QTest::newRow("added entry") << "aws"
                                     << "group:environment:prod"
                                     << "Production";
        QTest::newRow("added entry at gcp") << "gcp"
                                            << "group:environment:prod"
                                            << "Production project";
    }
    void groupEntriesComeFromTheCatalog()
    {
        QFETCH(QString, provider);
        QFETCH(QString, entry);
        QFETCH(QString, name);
        const std::optional<Catalog> catalog = catalogWithProdEntry();
        QVERIFY(catalog);
        PaletteWidget palette(*catalog);
        palette.setProvider(provider);
        QTreeWidgetItem* item = palette.itemFor(entry);
        QVERIFY(item);
        QCOMPARE(item->text(0), name);
    }

    // A drop makes what the catalog's entry says: kind, size, props and name.
    void droppedGroupTakesTheEntrysData()
    {
        const std::optional<Catalog> catalog = catalogWithProdEntry();
        QVERIFY(catalog);
        Document doc(*catalog);
        doc.openSample();
        DiagramScene scene(doc);
        QVERIFY(scene.dropPaletteEntry(QStringLiteral("group:environment:prod"), QPointF(-3000, -3000)));
        const Group& prod = doc.model().groups().back();
        QCOMPARE(toString(prod.kind), QStringLiteral("environment"));
        QVERIFY(prod.props.value("stage", "") == "prod");
        QCOMPARE(prod.name, QStringLiteral("Production")); // the sample is on AWS
        QCOMPARE(prod.box.size(), QSizeF(900, 500));

        QVERIFY(scene.dropPaletteEntry(QStringLiteral("group:subnet:public"), QPointF(-6000, -6000)));
        const Group& subnet = doc.model().groups().back();
        QCOMPARE(subnet.props.value("public", false), true);
        QCOMPARE(subnet.name, QStringLiteral("Public subnet"));
        QCOMPARE(subnet.box.size(), QSizeF(320, 240));

        QVERIFY(scene.dropPaletteEntry(QStringLiteral("group:vpc"), QPointF(-9000, -9000)));
        QCOMPARE(doc.model().groups().back().name, QStringLiteral("VPC")); // no name of its own: the kind's

        QVERIFY(!scene.dropPaletteEntry(QStringLiteral("group:subnet:dmz"), QPointF(0, 0)));
        QVERIFY(scene.dropPaletteEntry(
            QStringLiteral("node:") + QString::fromLatin1(test::kExtraKind), QPointF(-12000, -12000)));
        QCOMPARE(doc.model().nodes().back().kind, QString::fromLatin1(test::kExtraKind));
    }
};

QTEST_MAIN(TestPaletteCatalog)
#include "tst_palette_catalog.moc"
