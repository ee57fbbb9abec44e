// Copy and paste, fresh ids, and the EditBatch batch every edit is built on: what a
// fragment holds, how pasting remaps ids, that an inconsistent batch is refused whole
// and changes nothing at all, and that undo and redo signal mirrored summaries.
#include "edits_test_fixture.h"

#include <functional>

using namespace cw;
using cw::test::idsOf;
using cw::test::sorted;

using BatchChange = std::function<void(EditBatch&)>;
Q_DECLARE_METATYPE(BatchChange)

class TestEditsBatch : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void copyFragmentOfGroup();
    void copyFragmentOfNodes();
    void pasteRemapsClashingIds();
    void pasteTwiceGivesDistinctIds();
    void pasteIntoEmptyModelKeepsIds();
    void pasteKeepsReferenceToExistingGroup();
    void pasteDropsEdgesLeavingTheFragment();
    void pasteRenamesIdClashAcrossTypes();
    void pasteRefusesBrokenFragment();
    void freshId();

    void changeSetReadsThrough();
    void changeSetRefusesInconsistentBatch_data();
    void changeSetRefusesInconsistentBatch();
    void undoAndRedoSignalMirroredSummaries();
};

// ---- copy and paste -----------------------------------------------------------------

void TestEditsBatch::copyFragmentOfGroup()
{
    const Diagram f = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    QCOMPARE(idsOf(f.groups), (QStringList{"vpc", "pub", "priv"}));
    QCOMPARE(idsOf(f.nodes), (QStringList{"lb", "api", "db"}));
    QCOMPARE(idsOf(f.edges), (QStringList{"e2", "e3"})); // edges leaving the VPC stay behind
    QCOMPARE(f.meta, m_model.meta());
    QCOMPARE(f.nodes[1], m_before.nodes[2]); // values copied whole
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEditsBatch::copyFragmentOfNodes()
{
    Diagram f = edit::copyFragment(m_model, {QStringLiteral("db"), QStringLiteral("api"), QStringLiteral("e1")});
    QVERIFY(f.groups.empty());
    QCOMPARE(idsOf(f.nodes), (QStringList{"api", "db"})); // file order, not selection order
    QCOMPARE(idsOf(f.edges), QStringList{"e3"});
    f = edit::copyFragment(m_model, {});
    QVERIFY(f.nodes.empty() && f.groups.empty() && f.edges.empty());
}

void TestEditsBatch::pasteRemapsClashingIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    const QPointF offset(40, 30);
    EditResult r = edit::paste(m_model, fragment, offset);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, (QList<Id>{"vpc2", "pub2", "priv2", "lb2", "api2", "db2", "e7", "e8"}));
    QCOMPARE(r.record->text(), QStringLiteral("Paste 8 items"));

    // References inside the fragment follow the new ids; the one outside (r1) is kept.
    QCOMPARE(group("vpc2").parent, QStringLiteral("r1"));
    QCOMPARE(group("pub2").parent, QStringLiteral("vpc2"));
    QCOMPARE(group("priv2").parent, QStringLiteral("vpc2"));
    QCOMPARE(node("api2").group, QStringLiteral("priv2"));
    QCOMPARE(node("lb2").group, QStringLiteral("pub2"));
    const Edge* e7 = m_model.edge(QStringLiteral("e7"));
    const Edge* e8 = m_model.edge(QStringLiteral("e8"));
    QVERIFY(e7 && e8);
    QCOMPARE(e7->from, QStringLiteral("lb2"));
    QCOMPARE(e7->to, QStringLiteral("api2"));
    QCOMPARE(e8->from, QStringLiteral("api2"));
    QCOMPARE(e8->to, QStringLiteral("db2"));
    // Shifted by the offset, values otherwise copied.
    QCOMPARE(group("vpc2").box, QRectF(80, 90, 1000, 600));
    QCOMPARE(node("api2").pos, QPointF(500, 230));
    CW_COMPARE_JSON(node("api2").props, node("api").props);
    QCOMPARE(node("api2").name, node("api").name);
    // The originals are untouched.
    QCOMPARE(node("api"), m_before.nodes[2]);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv2"))), (QStringList{"api2", "db2"}));

    const ChangeSummary s = summaryAt(0);
    QCOMPARE(sorted(s.groupsAdded), (QStringList{"priv2", "pub2", "vpc2"}));
    QCOMPARE(sorted(s.nodesAdded), (QStringList{"api2", "db2", "lb2"}));
    QCOMPARE(sorted(s.edgesAdded), (QStringList{"e7", "e8"}));
    QVERIFY(s.nodesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsBatch::pasteTwiceGivesDistinctIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("api"), QStringLiteral("db")});
    EditResult first = edit::paste(m_model, fragment, QPointF(10, 10));
    CW_VERIFY_APPLIED(first);
    EditResult second = edit::paste(m_model, fragment, QPointF(20, 20));
    CW_VERIFY_APPLIED(second);
    QCOMPARE(first.created, (QList<Id>{"api2", "db2", "e7"}));
    QCOMPARE(second.created, (QList<Id>{"api3", "db3", "e8"}));
    QCOMPARE(m_model.edge(QStringLiteral("e8"))->from, QStringLiteral("api3"));
    second.record->undo(m_model);
    first.record->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
    first.record->redo(m_model);
    second.record->redo(m_model);
    QCOMPARE(m_model.edge(QStringLiteral("e8"))->to, QStringLiteral("db3"));
    CW_VERIFY_INVARIANTS(m_model);
}

void TestEditsBatch::pasteIntoEmptyModelKeepsIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    Architecture empty;
    EditResult r = edit::paste(empty, fragment, QPointF());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(empty.groups()), (QStringList{"vpc", "pub", "priv"}));
    QCOMPARE(idsOf(empty.nodes()), (QStringList{"lb", "api", "db"}));
    QCOMPARE(idsOf(empty.edges()), (QStringList{"e2", "e3"}));
    // Its parent region is not in this diagram: the VPC lands at the top level.
    QVERIFY(empty.group(QStringLiteral("vpc"))->parent.isEmpty());
    QCOMPARE(*empty.node(QStringLiteral("api")), m_before.nodes[2]);
    CW_VERIFY_UNDO_REDO(empty, *r.record, Diagram());
}

void TestEditsBatch::pasteKeepsReferenceToExistingGroup()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("api")});
    EditResult r = edit::paste(m_model, fragment, QPointF(0, 80));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api2").group, QStringLiteral("priv"));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "api2", "db"}));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsBatch::pasteDropsEdgesLeavingTheFragment()
{
    Diagram fragment;
    fragment.nodes.push_back(m_before.nodes[2]); // api
    fragment.edges.push_back(m_before.edges[2]); // e3 api -> db, db not in the fragment
    EditResult r = edit::paste(m_model, fragment, QPointF(0, 80));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("api2")});
    QVERIFY(m_model.edgesAt(QStringLiteral("api2")).isEmpty());
    QCOMPARE(m_model.edges().size(), m_before.edges.size());
}

void TestEditsBatch::pasteRenamesIdClashAcrossTypes()
{
    Diagram fragment;
    Node n = m_before.nodes[0];
    n.id = QStringLiteral("e1"); // an edge's id in the target diagram
    n.group.clear();
    fragment.nodes.push_back(n);
    EditResult r = edit::paste(m_model, fragment, QPointF());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created.size(), 1);
    const Id id = r.created.first();
    QVERIFY(id != QStringLiteral("e1"));
    QCOMPARE(m_model.typeOf(id), EntityType::Node);
    QCOMPARE(m_model.typeOf(QStringLiteral("e1")), EntityType::Edge);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsBatch::pasteRefusesBrokenFragment()
{
    // Clipboard text from elsewhere may be inconsistent; then nothing is pasted at all.
    Diagram fragment;
    Group a;
    a.id = QStringLiteral("a");
    a.parent = QStringLiteral("b");
    a.box = QRectF(0, 0, 100, 100);
    Group b = a;
    b.id = QStringLiteral("b");
    b.parent = QStringLiteral("a");
    fragment.groups = {a, b};
    fragment.nodes.push_back(m_before.nodes[0]);
    CW_VERIFY_REFUSED(edit::paste(m_model, fragment, QPointF()), "inside itself");
}

void TestEditsBatch::freshId()
{
    const EditBatch changes(m_model);
    QCOMPARE(edit::freshId(changes, QStringLiteral("cache")), QStringLiteral("cache"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("api")), QStringLiteral("api2"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("e1")), QStringLiteral("e7"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("vpc")), QStringLiteral("vpc2"));
    QVERIFY(!edit::freshId(changes, QString()).isEmpty());
}

// ---- the batch every edit is built on -----------------------------------------------

void TestEditsBatch::changeSetReadsThrough()
{
    EditBatch changes(m_model);
    QVERIFY(changes.isEmpty());
    Node moved = *m_model.node(QStringLiteral("api"));
    moved.pos = QPointF(1, 2);
    changes.put(moved);
    changes.remove(QStringLiteral("e3"));
    QCOMPARE(changes.node(QStringLiteral("api"))->pos, QPointF(1, 2));
    QVERIFY(!changes.exists(QStringLiteral("e3")));
    QVERIFY(changes.exists(QStringLiteral("e2")));
    QCOMPARE(changes.typeOf(QStringLiteral("vpc")), EntityType::Group);
    // Nothing reaches the model before commit.
    QCOMPARE(node("api").pos, QPointF(460, 200));
    QVERIFY(m_model.contains(QStringLiteral("e3")));
    QCOMPARE(m_spy->count(), 0);

    EditResult r = changes.commit(m_model, QStringLiteral("Test"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(1, 2));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    const EditResult nothing = EditBatch(m_model).commit(m_model, QStringLiteral("Nothing"));
    QVERIFY(nothing.ok() && !nothing.record);
}

void TestEditsBatch::changeSetRefusesInconsistentBatch_data()
{
    QTest::addColumn<BatchChange>("change");
    QTest::addColumn<QString>("phrase");
    auto nodeNamed = [](const char* id, const char* group) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.kind = QStringLiteral("compute.vm");
        n.group = QString::fromLatin1(group);
        return n;
    };
    QTest::newRow("node in missing group")
        << BatchChange([=](EditBatch& c) { c.put(nodeNamed("n", "nowhere")); }) << "does not exist";
    QTest::newRow("edge to missing node") << BatchChange([](EditBatch& c) {
        Edge e;
        e.id = QStringLiteral("x");
        e.from = QStringLiteral("api");
        e.to = QStringLiteral("nope");
        c.put(e);
    }) << "does not exist";
    QTest::newRow("node takes an edge's id")
        << BatchChange([=](EditBatch& c) { c.put(nodeNamed("e1", "")); }) << "already in use";
    QTest::newRow("node takes a group's id")
        << BatchChange([=](EditBatch& c) { c.put(nodeNamed("pub", "")); }) << "already in use";
    QTest::newRow("empty id") << BatchChange([=](EditBatch& c) { c.put(nodeNamed("", "")); }) << "needs an id";
    QTest::newRow("group removed, members left")
        << BatchChange([](EditBatch& c) { c.remove(QStringLiteral("priv")); }) << "still inside removed group";
    QTest::newRow("group removed, child groups left") << BatchChange([](EditBatch& c) {
        c.remove(QStringLiteral("vpc"));
        for (const char* id : {"lb", "api", "db"})
            c.remove(QString::fromLatin1(id));
    }) << "still";
    QTest::newRow("node removed, edges left")
        << BatchChange([](EditBatch& c) { c.remove(QStringLiteral("db")); }) << "still connects";
    QTest::newRow("group cycle") << BatchChange([](EditBatch& c) {
        Group g = *c.group(QStringLiteral("r1"));
        g.parent = QStringLiteral("pub");
        c.put(g);
    }) << "inside itself";
    // An id changes its type only across edits, never inside one.
    QTest::newRow("edge id reused for a node in one batch") << BatchChange([=](EditBatch& c) {
        c.remove(QStringLiteral("e1"));
        c.put(nodeNamed("e1", ""));
    }) << "already in use";
}

void TestEditsBatch::changeSetRefusesInconsistentBatch()
{
    QFETCH(BatchChange, change);
    QFETCH(QString, phrase);
    EditBatch changes(m_model);
    change(changes);
    QVERIFY(!changes.check().isEmpty());
    CW_VERIFY_REFUSED(changes.commit(m_model, QStringLiteral("Test")), phrase);
}

void TestEditsBatch::undoAndRedoSignalMirroredSummaries()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("api")});
    CW_VERIFY_APPLIED(r);
    r.record->undo(m_model);
    r.record->redo(m_model);
    QCOMPARE(m_spy->count(), 3);
    const ChangeSummary done = summaryAt(0);
    const ChangeSummary undone = summaryAt(1);
    const ChangeSummary redone = summaryAt(2);
    QCOMPARE(undone.nodesAdded, done.nodesRemoved);
    QCOMPARE(sorted(undone.edgesAdded), sorted(done.edgesRemoved));
    QVERIFY(undone.nodesRemoved.isEmpty() && undone.edgesRemoved.isEmpty());
    QCOMPARE(redone.nodesRemoved, done.nodesRemoved);
    QCOMPARE(sorted(redone.edgesRemoved), sorted(done.edgesRemoved));
}

QTEST_GUILESS_MAIN(TestEditsBatch)
#include "tst_edits_batch.moc"
