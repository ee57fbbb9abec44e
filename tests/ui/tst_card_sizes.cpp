// One truth for card sizes: a card the canvas draws bigger for its name has that size in
// the model, so its group's frame holds it, the router avoids all of it and the file
// saves it; opening a file is not an edit, whatever the cards need.
#include "canvas/diagram_scene.h"
#include "view/edge_item.h"
#include "view/node_item.h"
#include "document.h"
#include "edit/edits.h"
#include "io/cwa_reader.h"
#include "layout/model_routes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cw;

namespace {

const QString kLong = QStringLiteral("Customer orders, invoices and payment history database for every region");

// A VPC holding a subnet holding one card, both frames as tight as the core makes them
// for a default card, and a second card outside with an edge into the first.
Diagram subnetWithOneCard(const QString& name)
{
    Diagram d;
    Group vpc;
    vpc.id = QStringLiteral("vpc");
    vpc.kind = GroupKind::Vpc;
    vpc.box = QRectF(0, 0, 296, 190);
    Group subnet;
    subnet.id = QStringLiteral("subnet");
    subnet.kind = GroupKind::Subnet;
    subnet.parent = vpc.id;
    subnet.box = QRectF(24, 36, 248, 130);
    d.groups = {vpc, subnet};
    Node db;
    db.id = QStringLiteral("db");
    db.kind = QStringLiteral("database.sql");
    db.name = name;
    db.group = subnet.id;
    db.pos = QPointF(48, 72);
    Node api;
    api.id = QStringLiteral("api");
    api.kind = QStringLiteral("compute.container");
    api.name = QStringLiteral("API");
    api.pos = QPointF(600, 300);
    d.nodes = {db, api};
    Edge e;
    e.id = QStringLiteral("e");
    e.from = api.id;
    e.to = db.id;
    d.edges = {e};
    return d;
}

} // namespace

class TestCardSizes : public QObject {
    Q_OBJECT

    // The drawn card is inside every frame around it, and the model's rect (what the
    // core frames, routes and saves) is the drawn card.
    static void verifyOneTruth(const DiagramScene& scene, const Architecture& model, const Id& id)
    {
        const QRectF drawn = scene.cardRect(id);
        QVERIFY(!drawn.isEmpty());
        QCOMPARE(nodeRect(*model.node(id)), drawn);
        QCOMPARE(routing::rectInModel(model, id), drawn);
        for (const Id& g : model.ancestors(id)) {
            QVERIFY2(model.group(g)->box.contains(drawn), qPrintable(QStringLiteral("%1 does not hold %2").arg(g, id)));
            QCOMPARE(scene.rectOf(g), model.group(g)->box);
        }
    }

private Q_SLOTS:
    void renamedCardGrowsItsFrames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("grows");
        QTest::newRow("short: the default card") << QStringLiteral("Orders DB") << false;
        QTest::newRow("two lines: taller") << QStringLiteral("Customer orders and invoices database") << true;
        QTest::newRow("long: wider and taller") << kLong << true;
    }

    void renamedCardGrowsItsFrames()
    {
        QFETCH(QString, name);
        QFETCH(bool, grows);
        Document doc(Catalog::builtin());
        DiagramScene scene(doc);
        doc.openDiagram(subnetWithOneCard(QStringLiteral("DB")));
        const Diagram opened = doc.model().diagram();
        const QSizeF before = scene.cardRect(QStringLiteral("db")).size();
        QVERIFY(doc.request([&](Architecture& m) { return edit::rename(m, QStringLiteral("db"), name); }));
        verifyOneTruth(scene, doc.model(), QStringLiteral("db"));
        const QRectF card = scene.cardRect(QStringLiteral("db"));
        QCOMPARE(card.size() != before, grows);
        QCOMPARE(doc.model().group(QStringLiteral("subnet"))->box != opened.groups[1].box, grows);
        // The edge ends on the card's border as drawn, and both routers agree on it.
        const std::vector<QPointF> route = scene.edgeItem(QStringLiteral("e"))->route();
        QVERIFY(!route.empty());
        QVERIFY2(card.adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.back()), "the edge stops short of the card");
        QCOMPARE(routing::routeAll(doc.model()).front(), route);

        // One undo step: the name, the card's size and the frames it grew go back together.
        QCOMPARE(doc.undoStack().count(), 1);
        doc.undoStack().undo();
        QCOMPARE(doc.model().diagram(), opened);
        QCOMPARE(scene.cardRect(QStringLiteral("db")).size(), before);
        doc.undoStack().redo();
        verifyOneTruth(scene, doc.model(), QStringLiteral("db"));
        QCOMPARE(scene.cardRect(QStringLiteral("db")), card);
    }

    void providerSwitchFitsEveryCard()
    {
        // Service names change with the provider: cards named after their service follow.
        Document doc(Catalog::builtin());
        DiagramScene scene(doc);
        doc.openDiagram(subnetWithOneCard(QString()));
        Meta meta = doc.model().meta();
        for (const char* provider : {"aws", "gcp", "azure"}) {
            meta.provider = QString::fromLatin1(provider);
            QVERIFY(doc.request([&](Architecture& m) { return edit::setMeta(m, meta); }));
            for (const Node& n : doc.model().nodes())
                verifyOneTruth(scene, doc.model(), n.id);
        }
    }

    void openingIsNotAnEdit()
    {
        // A file from elsewhere: no sizes, and frames made for default cards.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.cwa"));
        {
            Document writer(Catalog::builtin());
            writer.openDiagram(subnetWithOneCard(kLong));
            QString error;
            QVERIFY2(writer.saveAs(path, &error), qPrintable(error));
        }
        Document doc(Catalog::builtin());
        DiagramScene scene(doc);
        LoadError error;
        QVERIFY2(doc.open(path, &error), qPrintable(error.toString()));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack().count(), 0);
        verifyOneTruth(scene, doc.model(), QStringLiteral("db"));
    }

    void sizesSurviveASave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.cwa"));
        Document doc(Catalog::builtin());
        DiagramScene scene(doc);
        doc.openDiagram(subnetWithOneCard(QStringLiteral("DB")));
        QVERIFY(doc.request([&](Architecture& m) { return edit::rename(m, QStringLiteral("db"), kLong); }));
        const QRectF card = scene.cardRect(QStringLiteral("db"));
        QString why;
        QVERIFY2(doc.saveAs(path, &why), qPrintable(why));

        // The file has the card as drawn (layout w and h) and the frames that hold it.
        LoadResult loaded = readCwaFile(path, Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(*loaded.diagram, doc.model().diagram());
        const auto db = std::find_if(loaded.diagram->nodes.begin(), loaded.diagram->nodes.end(),
            [](const Node& n) { return n.id == QLatin1String("db"); });
        QCOMPARE(nodeRect(*db), card);

        // Opened again, nothing needs fitting: the same model, unmodified.
        Document again(Catalog::builtin());
        DiagramScene scene2(again);
        LoadError error;
        QVERIFY2(again.open(path, &error), qPrintable(error.toString()));
        QVERIFY(!again.isModified());
        QCOMPARE(again.model().diagram(), *loaded.diagram);
        QCOMPARE(scene2.cardRect(QStringLiteral("db")), card);
        verifyOneTruth(scene2, again.model(), QStringLiteral("db"));
    }
};

QTEST_MAIN(TestCardSizes)
#include "tst_card_sizes.moc"
