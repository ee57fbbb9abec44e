// The .cwa reader and writer: golden files load as written, a load and save loses
// nothing (unknown fields included) and is stable, saving is atomic and reports
// failure, and a file without layout opens with a tidy automatic one.
#include "core_test_helpers.h"

#include "cost/price_book.h"
#include "edit/edits.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace cw;
using cw::test::dataPath;
using cw::test::idsOf;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList goldenFiles()
{
    QStringList files = QDir(dataPath(QStringLiteral("golden"))).entryList({QStringLiteral("v*.cwa")}, QDir::Files);
    files.sort();
    return files;
}

// The same document without any "layout" on groups and nodes.
QByteArray withoutLayout(const QByteArray& bytes)
{
    Json doc = Json::parse(bytes.constBegin(), bytes.constEnd());
    for (const char* list : {"groups", "nodes"}) {
        if (doc.contains(list)) {
            for (Json& item : doc[list])
                item.erase("layout");
        }
    }
    const std::string text = doc.dump(2);
    return QByteArray(text.data(), qsizetype(text.size()));
}

QRectF cardOf(const Node& n)
{
    return QRectF(n.pos, QSizeF(kNodeWidth, kNodeHeight));
}

// What a user would see wrong in a layout: cards on top of each other, members outside
// their group's frame, or something drawn inside a group it does not belong to.
QStringList layoutProblems(const Diagram& d)
{
    QStringList problems;
    QHash<Id, const Group*> groups;
    for (const Group& g : d.groups)
        groups.insert(g.id, &g);
    auto chainFrom = [&](Id g) {
        QSet<Id> chain;
        while (!g.isEmpty() && !chain.contains(g)) {
            chain.insert(g);
            const Group* group = groups.value(g);
            g = group ? group->parent : Id();
        }
        return chain;
    };
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        for (std::size_t j = i + 1; j < d.nodes.size(); ++j) {
            if (cardOf(d.nodes[i]).intersects(cardOf(d.nodes[j])))
                problems << QStringLiteral("nodes %1 and %2 overlap").arg(d.nodes[i].id, d.nodes[j].id);
        }
    }
    for (const Node& n : d.nodes) {
        const QSet<Id> chain = chainFrom(n.group);
        for (const Group& g : d.groups) {
            if (chain.contains(g.id) && !g.box.contains(cardOf(n)))
                problems << QStringLiteral("node %1 sticks out of its group %2").arg(n.id, g.id);
            else if (!chain.contains(g.id) && g.box.intersects(cardOf(n)))
                problems << QStringLiteral("node %1 lies on group %2, which it is not in").arg(n.id, g.id);
        }
    }
    for (const Group& g : d.groups) {
        if (!g.box.isValid())
            problems << QStringLiteral("group %1 has no size").arg(g.id);
        const QSet<Id> above = chainFrom(g.parent);
        for (const Group& h : d.groups) {
            if (h.id == g.id)
                continue;
            if (above.contains(h.id)) {
                if (!h.box.contains(g.box))
                    problems << QStringLiteral("group %1 sticks out of its parent %2").arg(g.id, h.id);
            } else if (!chainFrom(h.parent).contains(g.id) && h.id < g.id && g.box.intersects(h.box)) {
                problems << QStringLiteral("groups %1 and %2 overlap").arg(g.id, h.id);
            }
        }
    }
    return problems;
}

} // namespace

class TestSerializer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldenFilesAreNeverEdited();
    void roundTrip_data();
    void roundTrip();
    void everyFieldIsRead();
    void minimalFileGetsDefaults();
    void nullsAndAnyOrder();
    void edgeKindOmittedGetsTheProposedKind();
    void edgesToGroups();
    void scenariosAreRead();
    void unknownFieldsSurvive_data();
    void unknownFieldsSurvive();
    void edgeRouteOfOlderFileIsRead();
    void writerPutsOneEntityPerLine();
    void writerKeepsFileOrderAndExactNumbers();
    void saveThenOpen();
    void saveIsAtomic();
    void saveReportsUnwritablePath_data();
    void saveReportsUnwritablePath();
    void autoLayout_data();
    void autoLayout();
    void partialLayoutKeepsWhatTheFilePlaced();
    void laidOutFileSavesItsLayout();
};

// The golden files' contract: their bytes never change. SHA256SUMS is only appended to.
void TestSerializer::goldenFilesAreNeverEdited()
{
    const QByteArray sums = readAll(dataPath(QStringLiteral("golden/SHA256SUMS")));
    QVERIFY2(!sums.isEmpty(), "tests/data/golden/SHA256SUMS is missing");
    QStringList listed;
    for (const QByteArray& line : sums.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        QCOMPARE(parts.size(), 2);
        const QString file = QString::fromUtf8(parts[1]);
        listed << file;
        const QByteArray bytes = readAll(dataPath(QStringLiteral("golden/") + file));
        QVERIFY2(!bytes.isEmpty(), qPrintable(file + QStringLiteral(" is listed in SHA256SUMS but missing")));
        QVERIFY2(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == parts[0],
            qPrintable(QStringLiteral("golden file %1 was edited; golden files are never edited, a new case "
                                      "gets a new file (see tests/data/golden/README.md)")
                           .arg(file)));
    }
    for (const QString& file : goldenFiles())
        QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" is not listed in golden/SHA256SUMS")));
    QVERIFY(listed.size() >= 8);
}

void TestSerializer::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("built-in sample") << QStringLiteral(":/samples/ml-product.cwa");
    for (const QString& file : goldenFiles())
        QTest::newRow(qPrintable(file)) << dataPath(QStringLiteral("golden/") + file);
}

void TestSerializer::roundTrip()
{
    QFETCH(QString, path);
    const LoadResult first = readCwaFile(path, cw::test::catalog());
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));

    const QByteArray saved = writeCwa(*first.diagram);
    const LoadResult second = readCwa(saved, QStringLiteral("saved"), cw::test::catalog());
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QVERIFY(!second.laidOut); // everything has a place once saved
    CW_COMPARE_DIAGRAMS(*second.diagram, *first.diagram);
    // Saved twice, the bytes are the same: no churn in version control.
    QCOMPARE(writeCwa(*second.diagram), saved);

    const Json doc = Json::parse(saved.constBegin(), saved.constEnd());
    QCOMPARE(QString::fromStdString(doc["format"].get<std::string>()), QStringLiteral("cloudwright"));
    QCOMPARE(doc["formatVersion"].get<int>(), kFormatVersion);
    QVERIFY(saved.endsWith('\n'));
}

void TestSerializer::everyFieldIsRead()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-every-field.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QVERIFY(!r.laidOut);
    const Diagram& d = *r.diagram;

    QCOMPARE(d.meta.title, QStringLiteral("Fraud scoring"));
    QCOMPARE(d.meta.provider, QStringLiteral("aws"));
    QCOMPARE(d.meta.region, QStringLiteral("eu-west-1"));
    QCOMPARE(d.meta.reliability, QStringLiteral("critical"));
    QCOMPARE(d.meta.currency, QStringLiteral("EUR"));
    QVERIFY(d.meta.extra.empty() && d.extra.empty());

    QCOMPARE(idsOf(d.groups), (QStringList{"region", "zone-a", "vpc", "public", "private", "prod"}));
    QStringList kinds;
    for (const Group& g : d.groups)
        kinds << toString(g.kind);
    QCOMPARE(kinds, (QStringList{"region", "zone", "vpc", "subnet", "subnet", "environment"}));
    QVERIFY(d.groups[0].parent.isEmpty()); // null
    QCOMPARE(d.groups[1].parent, QStringLiteral("region"));
    QCOMPARE(d.groups[3].parent, QStringLiteral("vpc"));
    QVERIFY(d.groups[5].parent.isEmpty()); // absent
    CW_COMPARE_JSON(d.groups[3].props, (Json{{"public", true}}));
    CW_COMPARE_JSON(d.groups[4].props, (Json{{"public", false}}));
    CW_COMPARE_JSON(d.groups[5].props, (Json{{"stage", "prod"}}));
    QCOMPARE(d.groups[1].box, QRectF(20, 40, 1200, 820));
    QCOMPARE(d.groups[5].name, QStringLiteral("Production"));

    QCOMPARE(d.nodes.size(), std::size_t(11));
    const Node& svc = d.nodes[2];
    QCOMPARE(svc.id, QStringLiteral("svc"));
    QCOMPARE(svc.kind, QStringLiteral("compute.vm"));
    QCOMPARE(svc.name, QStringLiteral("Scorer"));
    QCOMPARE(svc.group, QStringLiteral("private"));
    QVERIFY(svc.provider.isEmpty());
    QCOMPARE(svc.pos, QPointF(420, 400));
    // Properties of every type: string, int, number, enum, bool, and a fraction.
    CW_COMPARE_JSON(svc.props["instance_type"], Json("m5.xlarge"));
    CW_COMPARE_JSON(svc.props["count"], Json(3));
    QVERIFY(svc.props["count"].is_number_integer());
    CW_COMPARE_JSON(svc.props["hours_per_month"], Json(730));
    CW_COMPARE_JSON(svc.props["pricing"], Json("reserved_1y"));
    CW_COMPARE_JSON(svc.props["multi_az"], Json(true));
    CW_COMPARE_JSON(svc.props["gpu"], Json(false));
    CW_COMPARE_JSON(svc.props["max_runtime_min"], Json(0.5));
    QCOMPARE(svc.suppress.size(), std::size_t(2));
    QCOMPARE(svc.suppress[0].rule, QStringLiteral("single-point-of-failure"));
    QCOMPARE(svc.suppress[0].reason, QStringLiteral("three replicas across zones"));
    QCOMPARE(svc.suppress[1].rule, QStringLiteral("spot-for-serving"));
    QVERIFY(svc.suppress[1].reason.isEmpty());
    QCOMPARE(d.nodes[3].provider, QStringLiteral("azure"));
    QCOMPARE(d.nodes[4].provider, QStringLiteral("gcp"));
    CW_COMPARE_JSON(d.nodes[5].props["growth_pct_per_month"], Json(-1));
    CW_COMPARE_JSON(d.nodes[5].props["storage_class"], Json("infrequent"));
    CW_COMPARE_JSON(d.nodes[3].props["storage_gb"], Json(250.75));
    QVERIFY(d.nodes[5].name.isEmpty());
    QVERIFY(d.nodes[10].group.isEmpty()); // absent
    QCOMPARE(d.nodes[0].pos, QPointF(-240, 400));

    QCOMPARE(idsOf(d.edges), (QStringList{"e-req", "e-req2", "e-data", "e-event", "e-control", "e-group", "e-llm"}));
    QStringList edgeKinds;
    for (const Edge& e : d.edges)
        edgeKinds << toString(e.kind);
    QCOMPARE(edgeKinds, (QStringList{"request", "request", "data", "event", "control", "control", "request"}));
    QCOMPARE(d.edges[0].label, QStringLiteral("HTTPS"));
    QVERIFY(d.edges[1].label.isEmpty());
    QCOMPARE(d.edges[5].to, QStringLiteral("vpc")); // an edge to a group

    Architecture model;
    model.reset(d);
    CW_VERIFY_INVARIANTS(model);
    QCOMPARE(model.ancestors(QStringLiteral("svc")), (QList<Id>{"private", "vpc", "zone-a", "region"}));
    QCOMPARE(model.providerOf(*model.node(QStringLiteral("db"))), QStringLiteral("azure"));
    QCOMPARE(model.providerOf(*model.node(QStringLiteral("svc"))), QStringLiteral("aws"));
}

void TestSerializer::minimalFileGetsDefaults()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-minimal.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Diagram& d = *r.diagram;
    QVERIFY(d.nodes.empty() && d.groups.empty() && d.edges.empty());
    QCOMPARE(d.meta.provider, QStringLiteral("generic"));
    QCOMPARE(d.meta.reliability, QStringLiteral("standard"));
    QCOMPARE(d.meta.currency, QStringLiteral("USD"));
    QVERIFY(d.meta.title.isEmpty());
    QVERIFY(!r.laidOut);
}

void TestSerializer::nullsAndAnyOrder()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-nulls-and-any-order.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Diagram& d = *r.diagram;
    QCOMPARE(idsOf(d.groups), (QStringList{"inner", "outer"}));
    QCOMPARE(d.groups[0].parent, QStringLiteral("outer")); // named before it is defined
    QVERIFY(d.groups[1].parent.isEmpty());
    QCOMPARE(d.nodes[0].group, QStringLiteral("inner"));
    QVERIFY(d.nodes[0].provider.isEmpty());
    QVERIFY(d.nodes[1].group.isEmpty());
    QCOMPARE(d.meta.provider, QStringLiteral("azure"));
    QCOMPARE(d.meta.region, QStringLiteral("westeurope"));
    QCOMPARE(toString(d.edges[0].kind), QStringLiteral("event"));
    // The writer puts the contract's keys in their usual order.
    const QByteArray saved = writeCwa(d);
    QVERIFY(saved.indexOf("\"format\"") < saved.indexOf("\"meta\""));
    QVERIFY(saved.indexOf("\"meta\"") < saved.indexOf("\"groups\""));
    QVERIFY(saved.indexOf("\"nodes\"") < saved.indexOf("\"edges\""));
}

void TestSerializer::edgeKindOmittedGetsTheProposedKind()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-edge-kind-omitted.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QHash<QString, QString> kinds;
    for (const Edge& e : r.diagram->edges)
        kinds.insert(e.id, toString(e.kind));
    QCOMPARE(kinds.value(QStringLiteral("to-api")), QStringLiteral("request"));
    QCOMPARE(kinds.value(QStringLiteral("to-db")), QStringLiteral("data"));
    QCOMPARE(kinds.value(QStringLiteral("to-q")), QStringLiteral("event"));
    QCOMPARE(kinds.value(QStringLiteral("governs")), QStringLiteral("control"));
}

void TestSerializer::scenariosAreRead()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-scenarios.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const std::vector<Scenario>& list = r.diagram->scenarios;
    QCOMPARE(list.size(), size_t(2));
    const Scenario& vms = list[0];
    QCOMPARE(vms.name, QStringLiteral("On VMs"));
    QCOMPARE(vms.savedAt, QStringLiteral("2026-12-02"));
    QCOMPARE(vms.monthlyMicros, (std::vector<qint64>{433'260'000, 433'260'000, 433'260'001}));
    QCOMPARE(vms.nodes.size(), size_t(4));
    QCOMPARE(vms.nodes[0].kind, QStringLiteral("compute.vm")); // a kind then, not checked now
    QCOMPARE(vms.nodes[1].monthlyMicros, std::optional<qint64>(152'940'000));
    QVERIFY(!vms.nodes[2].monthlyMicros);
    QVERIFY(vms.nodes[2].extra["reason"] == Json("no price"));
    QCOMPARE(vms.nodes[3].status, QStringLiteral("notBilled"));
    QVERIFY(vms.extra["x-note"]["by"] == Json("ana"));
    const Scenario& smallest = list[1];
    QCOMPARE(smallest.name, QStringLiteral("Smallest"));
    QVERIFY(!smallest.complete);
    QVERIFY(smallest.nodes.empty());
    QCOMPARE(smallest.monthlyMicros, std::vector<qint64>{1});
    // Written after the edges, before unknown top-level fields; read back the same.
    const QByteArray saved = writeCwa(*r.diagram);
    QVERIFY(saved.indexOf("\"edges\"") < saved.indexOf("\"scenarios\""));
    QVERIFY(saved.contains(R"("x-note": {"by":"ana"})"));
    const LoadResult again = readCwa(saved, QStringLiteral("saved"), cw::test::catalog());
    QVERIFY2(again.ok(), qPrintable(again.error.toString()));
    QVERIFY(again.diagram->scenarios == list);
}

void TestSerializer::edgesToGroups()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-edges-to-groups.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    Architecture model;
    model.reset(*r.diagram);
    CW_VERIFY_INVARIANTS(model);
    QCOMPARE(cw::test::sorted(model.edgesAt(QStringLiteral("prod"))), (QStringList{"limit", "out", "peer", "watch"}));
    QCOMPARE(cw::test::sorted(model.edgesAt(QStringLiteral("net"))), (QStringList{"guard", "peer"}));
    QCOMPARE(model.edge(QStringLiteral("limit"))->label, QStringLiteral("caps spend"));
    // Deleting a group takes the edges at it along, and undo brings them back.
    const Diagram before = model.diagram();
    EditResult removed = edit::removeItems(model, {QStringLiteral("net")});
    QVERIFY2(removed.ok() && removed.record, qPrintable(removed.error));
    QCOMPARE(idsOf(model.edges()), (QStringList{"watch", "limit", "out"}));
    CW_VERIFY_UNDO_REDO(model, *removed.record, before);
}

void TestSerializer::unknownFieldsSurvive_data()
{
    QTest::addColumn<QString>("pointer");
    for (const char* p : {"/x-generator", "/x-zzz-last", "/meta/x-owner", "/meta/x-tags", "/groups/0/x-cidr",
             "/groups/0/props/x-peering", "/groups/0/layout/collapsed", "/groups/0/layout/z", "/nodes/0/x-team",
             "/nodes/0/props/x-autoscale", "/nodes/0/props/x-null", "/nodes/0/suppress/0/x-until", "/nodes/0/layout/z",
             "/nodes/0/layout/x-pinned", "/edges/0/x-protocol"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

// A newer Cloudwright or another tool may write fields this version does not know; a
// load and save here must hand them back unchanged, also after editing their owner.
void TestSerializer::unknownFieldsSurvive()
{
    QFETCH(QString, pointer);
    const QByteArray original = readAll(dataPath(QStringLiteral("golden/v1-unknown-fields.cwa")));
    const Json originalDoc = Json::parse(original.constBegin(), original.constEnd());
    const Json::json_pointer at(pointer.toStdString());
    QVERIFY2(originalDoc.contains(at), "the golden file lacks the field");

    const LoadResult r = readCwa(original, QStringLiteral("v1-unknown-fields.cwa"), cw::test::catalog());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const QByteArray saved = writeCwa(*r.diagram);
    const Json savedDoc = Json::parse(saved.constBegin(), saved.constEnd());
    QVERIFY2(savedDoc.contains(at), saved.constData());
    CW_COMPARE_JSON(savedDoc[at], originalDoc[at]);

    Architecture model;
    model.reset(*r.diagram);
    const Catalog& catalog = cw::test::catalog();
    const EditResult edits[] = {
        edit::moveItems(model, {QStringLiteral("vpc")}, QPointF(30, 40)),
        edit::rename(model, QStringLiteral("api"), QStringLiteral("Renamed")),
        edit::setProperty(model, catalog, QStringLiteral("api"), QStringLiteral("count"), 5),
        edit::setProperty(model, catalog, QStringLiteral("vpc"), QStringLiteral("public"), true),
        edit::setEdgeKind(model, QStringLiteral("e1"), EdgeKind::Event),
        edit::switchProvider(model, catalog, cost::PriceBook::builtin(), QStringLiteral("aws")),
    };
    for (const EditResult& e : edits)
        QVERIFY2(e.ok() && e.record, qPrintable(e.error));
    Meta meta = model.meta();
    meta.title = QStringLiteral("Edited");
    QVERIFY(edit::setMeta(model, meta).record);
    const QByteArray edited = writeCwa(model.diagram());
    const Json editedDoc = Json::parse(edited.constBegin(), edited.constEnd());
    QVERIFY2(editedDoc.contains(at), edited.constData());
    CW_COMPARE_JSON(editedDoc[at], originalDoc[at]);
}

// The golden file carried an edge route before routing read it (then kept as an unknown
// field): it is now the edge's route, written back the same, and it moves with its ends.
void TestSerializer::edgeRouteOfOlderFileIsRead()
{
    const QByteArray original = readAll(dataPath(QStringLiteral("golden/v1-unknown-fields.cwa")));
    const LoadResult r = readCwa(original, QStringLiteral("v1-unknown-fields.cwa"), cw::test::catalog());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.diagram->edges.at(0).points, (std::vector<QPointF>{{250, 90}, {280, 90}}));
    const Json originalDoc = Json::parse(original.constBegin(), original.constEnd());
    const QByteArray saved = writeCwa(*r.diagram);
    const Json savedDoc = Json::parse(saved.constBegin(), saved.constEnd());
    CW_COMPARE_JSON(savedDoc["edges"][0]["layout"], originalDoc["edges"][0]["layout"]);
    Architecture model;
    model.reset(*r.diagram);
    QVERIFY(edit::moveItems(model, {QStringLiteral("vpc")}, QPointF(30, 40)).record); // carries both ends
    QCOMPARE(model.edge(QStringLiteral("e1"))->points, (std::vector<QPointF>{{280, 130}, {310, 130}}));
}

void TestSerializer::writerPutsOneEntityPerLine()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-every-field.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const QByteArrayList lines = writeCwa(*r.diagram).split('\n');
    auto linesWith = [&](const QString& id) {
        const QByteArray needle = "{\"id\": " + QByteArray(Json(id.toStdString()).dump().c_str()) + ',';
        int n = 0;
        for (const QByteArray& line : lines)
            n += line.count(needle);
        return n;
    };
    for (const Group& g : r.diagram->groups)
        QCOMPARE(linesWith(g.id), 1);
    for (const Node& n : r.diagram->nodes)
        QCOMPARE(linesWith(n.id), 1);
    for (const Edge& e : r.diagram->edges)
        QCOMPARE(linesWith(e.id), 1);
    QVERIFY(lines.size() < int(r.diagram->nodes.size() + r.diagram->groups.size() + r.diagram->edges.size()) + 14);
}

void TestSerializer::writerKeepsFileOrderAndExactNumbers()
{
    Diagram d = cw::test::smallDiagram();
    std::swap(d.nodes[0], d.nodes[4]);
    d.nodes[1].pos = QPointF(0.1 + 0.2, -1e-7);
    d.groups[0].box = QRectF(1.0 / 3.0, 2.5, 1234.5678, 1e6);
    d.nodes[2].props["requests_per_month"] = 1e15;
    d.nodes[2].props["growth_pct_per_month"] = 0.1;
    d.meta.title = QStringLiteral("Ünïcode ✓ \"quoted\" \\ back\nslash");
    const LoadResult r = readCwa(writeCwa(d), QStringLiteral("t"), cw::test::catalog());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Diagram& back = *r.diagram;
    CW_COMPARE_DIAGRAMS(back, d);
    QCOMPARE(idsOf(back.nodes), idsOf(d.nodes));
    // Exact, not merely fuzzy-equal as QPointF compares.
    QCOMPARE(back.nodes[1].pos.x(), 0.1 + 0.2);
    QCOMPARE(back.nodes[1].pos.y(), -1e-7);
    QCOMPARE(back.groups[0].box.x(), 1.0 / 3.0);
    QCOMPARE(back.groups[0].box.width(), 1234.5678);
    QCOMPARE(back.meta.title, d.meta.title);
}

void TestSerializer::saveThenOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.cwa"));
    const Diagram d = cw::test::smallDiagram();
    QString error;
    QVERIFY2(saveCwaFile(path, d, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), writeCwa(d));
    const LoadResult r = readCwaFile(path, cw::test::catalog());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    CW_COMPARE_DIAGRAMS(*r.diagram, d);
}

// QSaveFile writes a new file and renames it over the old one, so anyone holding the
// old file (a hard link here, an open reader or a crash in practice) sees it whole.
void TestSerializer::saveIsAtomic()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.cwa"));
    const QString link = dir.filePath(QStringLiteral("old-copy.cwa"));
    const QByteArray old = readAll(dataPath(QStringLiteral("golden/v1-every-field.cwa")));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);

    const Diagram d = cw::test::smallDiagram();
    QString error;
    QVERIFY2(saveCwaFile(path, d, &error), qPrintable(error));
    QCOMPARE(readAll(path), writeCwa(d));
    QCOMPARE(readAll(link), old); // replaced, not overwritten in place
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
        (QStringList{"old-copy.cwa", "shop.cwa"}));
#else
    QSKIP("needs hard links");
#endif
}

void TestSerializer::saveReportsUnwritablePath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("folder that is a file") << "plain-file/shop.cwa";
    QTest::newRow("missing folder") << "no/such/folder/shop.cwa";
    QTest::newRow("a folder itself") << "folder";
}

void TestSerializer::saveReportsUnwritablePath()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile f(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(relative);
    QString error;
    QVERIFY(!saveCwaFile(path, cw::test::smallDiagram(), &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": could not save")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!saveCwaFile(path, cw::test::smallDiagram(), nullptr)); // no error text wanted: no crash
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{"plain-file"});
}

void TestSerializer::autoLayout_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("v1-no-layout") << readAll(dataPath(QStringLiteral("golden/v1-no-layout.cwa")));
    QTest::newRow("sample, layout removed") << withoutLayout(readAll(QStringLiteral(":/samples/ml-product.cwa")));
    QTest::newRow("every field, layout removed")
        << withoutLayout(readAll(dataPath(QStringLiteral("golden/v1-every-field.cwa"))));
    QTest::newRow("unknown fields, layout removed")
        << withoutLayout(readAll(dataPath(QStringLiteral("golden/v1-unknown-fields.cwa"))));

    // Many nodes in one group and at the top, so that columns wrap.
    Json big = Json::parse(R"({"format": "cloudwright", "formatVersion": 1,
        "groups": [{"id": "g", "kind": "vpc"}, {"id": "h", "kind": "subnet", "parent": "g"}], "nodes": [], "edges": []})");
    for (int i = 0; i < 60; ++i) {
        const std::string id = "n" + std::to_string(i);
        big["nodes"].push_back({{"id", id}, {"kind", "compute.vm"},
            {"group",
                i % 3 == 0       ? "g"
                    : i % 3 == 1 ? "h"
                                 : ""}});
        if (i > 0)
            big["edges"].push_back(
                {{"id", "e" + id}, {"from", "n" + std::to_string(i / 2)}, {"to", id}, {"kind", "request"}});
    }
    QTest::newRow("60 nodes") << QByteArray(big.dump().c_str());
}

void TestSerializer::autoLayout()
{
    QFETCH(QByteArray, bytes);
    const LoadResult r = readCwa(bytes, QStringLiteral("no-layout.cwa"), cw::test::catalog());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QVERIFY(r.laidOut);
    const QStringList problems = layoutProblems(*r.diagram);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    // The same file lays out the same way every time.
    const LoadResult again = readCwa(bytes, QStringLiteral("no-layout.cwa"), cw::test::catalog());
    CW_COMPARE_DIAGRAMS(*again.diagram, *r.diagram);
}

void TestSerializer::partialLayoutKeepsWhatTheFilePlaced()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-partial-layout.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QVERIFY(r.laidOut);
    Architecture model;
    model.reset(*r.diagram);
    CW_VERIFY_INVARIANTS(model);
    auto nodePos = [&](const char* id) { return model.node(QString::fromLatin1(id))->pos; };
    auto box = [&](const char* id) { return model.group(QString::fromLatin1(id))->box; };
    QCOMPARE(nodePos("users"), QPointF(-200, 300));
    QCOMPARE(nodePos("web"), QPointF(180, 220));
    QCOMPARE(nodePos("pinned"), QPointF(-880, 160));
    QCOMPARE(box("vnet"), QRectF(100, 100, 900, 500));
    QCOMPARE(box("apps"), QRectF(140, 160, 420, 400));
    QCOMPARE(box("placed-unsized").topLeft(), QPointF(-900, 100));
    QCOMPARE(box("sized-unplaced").size(), QSizeF(400, 260));
    const QStringList problems = layoutProblems(*r.diagram);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void TestSerializer::laidOutFileSavesItsLayout()
{
    const LoadResult r = cw::test::loadFixture(QStringLiteral("golden/v1-no-layout.cwa"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const QByteArray saved = writeCwa(*r.diagram);
    const Json doc = Json::parse(saved.constBegin(), saved.constEnd());
    for (const Json& g : doc["groups"]) {
        QVERIFY(g.contains("layout"));
        QVERIFY(g["layout"]["w"].get<double>() > 0 && g["layout"]["h"].get<double>() > 0);
    }
    for (const Json& n : doc["nodes"])
        QVERIFY(n["layout"].contains("x") && n["layout"].contains("y"));
    const LoadResult back = readCwa(saved, QStringLiteral("saved"), cw::test::catalog());
    QVERIFY(back.ok());
    QVERIFY(!back.laidOut);
    CW_COMPARE_DIAGRAMS(*back.diagram, *r.diagram);
}

QTEST_GUILESS_MAIN(TestSerializer)
#include "tst_serializer.moc"
