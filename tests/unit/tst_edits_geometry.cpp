// Edits that change where things are: moving (with regrouping on drop), resizing
// groups, aligning and distributing. For each: the places after it, that undo and redo
// restore and re-apply it exactly, that the model stays consistent, that a refused edit
// changes nothing at all, and what the changed() signal tells the views.
#include "edits_test_fixture.h"

using namespace cw;
using cw::test::sorted;

Q_DECLARE_METATYPE(cw::edit::Alignment)

namespace {

using PositionMap = QHash<QString, QPointF>;

} // namespace

class TestEditsGeometry : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void moveNode();
    void moveGroupCarriesMembers();
    void moveGroupAndMemberMovesMemberOnce();
    void moveAndRegroupOnDrop();
    void moveGroupAndRegroupIt();
    void movePastTheEdgeGrowsTheGroup();
    void moveWithoutChangeIsNoEdit();
    void moveIgnoresEdges();
    void moveRefusals();
    void resizeGroup();
    void resizeRefusals();
    void align_data();
    void align();
    void alignGroupCarriesMembers();
    void alignRefusals();
};

// ---- moving -------------------------------------------------------------------------

void TestEditsGeometry::moveNode()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(10, -20));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Move 1 item"));
    QCOMPARE(node("api").pos, QPointF(470, 180));
    QCOMPARE(node("db").pos, QPointF(700, 200));
    QCOMPARE(group("priv").box, QRectF(420, 120, 560, 400));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    QVERIFY(summaryAt(0).groupsChanged.isEmpty());
    // Only where it is drawn changed: what depends on the architecture alone can skip it.
    QVERIFY(summaryAt(0).layoutOnly);
    QCOMPARE(summaryAt(0).layoutChanged, QSet<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::moveGroupCarriesMembers()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("vpc")}, QPointF(100, 50));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("vpc").box, QRectF(140, 110, 1000, 600));
    QCOMPARE(group("pub").box, QRectF(180, 170, 300, 400));
    QCOMPARE(group("priv").box, QRectF(520, 170, 560, 400));
    QCOMPARE(node("lb").pos, QPointF(220, 250));
    QCOMPARE(node("api").pos, QPointF(560, 250));
    QCOMPARE(node("db").pos, QPointF(800, 250));
    // Outside the VPC nothing moves, not even the region around it.
    QCOMPARE(group("r1").box, QRectF(0, 0, 1400, 800));
    QCOMPARE(node("bucket").pos, QPointF(1100, 100));
    QCOMPARE(node("users").pos, QPointF(-300, 300));
    const ChangeSummary s = summaryAt(0);
    QCOMPARE(sorted(s.groupsChanged), (QStringList{"priv", "pub", "vpc"}));
    QCOMPARE(sorted(s.nodesChanged), (QStringList{"api", "db", "lb"}));
    QVERIFY(s.edgesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::moveGroupAndMemberMovesMemberOnce()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("vpc"), QStringLiteral("api")}, QPointF(100, 50));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Move 2 items"));
    QCOMPARE(node("api").pos, QPointF(560, 250));
    QCOMPARE(node("db").pos, QPointF(800, 250));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::moveAndRegroupOnDrop()
{
    const QHash<Id, Id> drop{{QStringLiteral("api"), QStringLiteral("pub")}};
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(-340, 120), drop);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(120, 320));
    QCOMPARE(node("api").group, QStringLiteral("pub"));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("pub"))), (QStringList{"api", "lb"}));
    QCOMPARE(m_model.nodesIn(QStringLiteral("priv")), QList<Id>{QStringLiteral("db")});
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    QVERIFY(!summaryAt(0).layoutOnly); // it changed group too
    QVERIFY(summaryAt(0).layoutChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    r.record->undo(m_model);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));

    // Dropped onto the empty canvas: out of every group.
    rebase();
    r = edit::moveItems(m_model, {QStringLiteral("lb")}, QPointF(-600, 0), {{QStringLiteral("lb"), Id()}});
    CW_VERIFY_APPLIED(r);
    QVERIFY(node("lb").group.isEmpty());
    QVERIFY(m_model.nodesIn(QString()).contains(QStringLiteral("lb")));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::moveGroupAndRegroupIt()
{
    EditResult r = edit::moveItems(
        m_model, {QStringLiteral("pub")}, QPointF(0, 300), {{QStringLiteral("pub"), QStringLiteral("r1")}});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("pub").parent, QStringLiteral("r1"));
    QCOMPARE(node("lb").pos, QPointF(120, 500)); // carried along
    QCOMPARE(node("lb").group, QStringLiteral("pub"));
    QCOMPARE(m_model.ancestors(QStringLiteral("lb")), (QList<Id>{QStringLiteral("pub"), QStringLiteral("r1")}));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::movePastTheEdgeGrowsTheGroup()
{
    // Nudged down past the bottom of its subnet, the card stays in it: the subnet grows.
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(0, 300));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").group, QStringLiteral("priv"));
    QCOMPARE(group("priv").box, QRectF(420, 120, 560, 500 + 56 + kGroupPadding - 120));
    QCOMPARE(group("vpc").box, QRectF(40, 60, 1000, 600)); // still holds the subnet
    QCOMPARE(sorted(summaryAt(0).groupsChanged), QStringList{"priv"});
    QVERIFY(summaryAt(0).layoutOnly); // growing is drawing too
    QCOMPARE(r.record->text(), QStringLiteral("Move 1 item"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before); // one step takes both back
}

void TestEditsGeometry::moveWithoutChangeIsNoEdit()
{
    const EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(0, 0));
    QVERIFY(r.ok());
    QVERIFY(!r.record);
    const EditResult same = edit::moveItems(
        m_model, {QStringLiteral("api")}, QPointF(), {{QStringLiteral("api"), QStringLiteral("priv")}});
    QVERIFY(same.ok());
    QVERIFY(!same.record);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEditsGeometry::moveIgnoresEdges()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("e2"), QStringLiteral("api")}, QPointF(5, 5));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(465, 205));
    QCOMPARE(*m_model.edge(QStringLiteral("e2")), m_before.edges[1]);
}

void TestEditsGeometry::moveRefusals()
{
    const QPointF d(10, 10);
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("api"), QStringLiteral("nope")}, d), "no item \"nope\"");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("api"), QStringLiteral("nowhere")}}),
        "no group \"nowhere\"");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("api"), QStringLiteral("db")}}),
        "no group \"db\"");
    // Beyond ±1e9 a saved file could not be opened again; a group drags its members along.
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(2e9, 0)), "would leave the canvas");
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("vpc")}, QPointF(0, -2e9)), "would leave the canvas");
    // A group dropped into its own subnet would contain itself.
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("vpc")}, d, {{QStringLiteral("vpc"), QStringLiteral("pub")}}),
        "inside itself");
    // Regrouping something that is neither a node nor a group cannot half-apply.
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("nope"), QStringLiteral("pub")}}),
        "nope");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("e1"), QStringLiteral("pub")}}), "e1");
}

// ---- resizing -----------------------------------------------------------------------

void TestEditsGeometry::resizeGroup()
{
    const QRectF box(420, 120, 640, 450);
    EditResult r = edit::resizeGroup(m_model, QStringLiteral("priv"), box);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Resize Private"));
    QCOMPARE(group("priv").box, box);
    QCOMPARE(node("api").pos, QPointF(460, 200)); // members stay where they are
    // The VPC grows to hold the wider subnet, with its margin; the region already does.
    QCOMPARE(group("vpc").box, QRectF(40, 60, 1000 + 44, 600));
    QCOMPARE(group("r1").box, QRectF(0, 0, 1400, 800));
    QCOMPARE(sorted(summaryAt(0).groupsChanged), (QStringList{"priv", "vpc"}));
    QVERIFY(summaryAt(0).nodesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::resizeRefusals()
{
    const QRectF fine(0, 0, 10, 10);
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("nope"), fine), "no group");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("api"), fine), "no group");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("priv"), QRectF(0, 0, 0, 10)), "at least");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("priv"), QRectF(0, 0, 10, -10)), "at least");
    // Corners within ±1e9 but wider than the file format allows: the saved file would not open.
    CW_VERIFY_REFUSED(
        edit::resizeGroup(m_model, QStringLiteral("priv"), QRectF(-9e8, 0, 1.8e9, 200)), "leave the canvas");
}

// ---- aligning and distributing ------------------------------------------------------

void TestEditsGeometry::align_data()
{
    QTest::addColumn<edit::Alignment>("how");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<PositionMap>("expected");
    // bucket (1100,100), backup (1100,300), db (700,200). Every card has the same size,
    // so the expected places do not depend on it.
    const QStringList three{"bucket", "backup", "db"};
    using A = edit::Alignment;
    QTest::newRow("left") << A::Left << three
                          << PositionMap{{"bucket", {700, 100}}, {"backup", {700, 300}}, {"db", {700, 200}}};
    QTest::newRow("centre") << A::HCenter << three
                            << PositionMap{{"bucket", {900, 100}}, {"backup", {900, 300}}, {"db", {900, 200}}};
    QTest::newRow("right") << A::Right << three
                           << PositionMap{{"bucket", {1100, 100}}, {"backup", {1100, 300}}, {"db", {1100, 200}}};
    QTest::newRow("top") << A::Top << three
                         << PositionMap{{"bucket", {1100, 100}}, {"backup", {1100, 100}}, {"db", {700, 100}}};
    QTest::newRow("middle") << A::VCenter << three
                            << PositionMap{{"bucket", {1100, 200}}, {"backup", {1100, 200}}, {"db", {700, 200}}};
    QTest::newRow("bottom") << A::Bottom << three
                            << PositionMap{{"bucket", {1100, 300}}, {"backup", {1100, 300}}, {"db", {700, 300}}};
    // users x -300, lb 120, db 700: the ends stay, lb goes where the gaps are equal.
    QTest::newRow("distribute horizontally")
        << A::DistributeH << QStringList{"db", "users", "lb"}
        << PositionMap{{"users", {-300, 300}}, {"lb", {200, 200}}, {"db", {700, 200}}};
    // lb y 200, users 300, iam 500.
    QTest::newRow("distribute vertically")
        << A::DistributeV << QStringList{"iam", "users", "lb"}
        << PositionMap{{"lb", {120, 200}}, {"users", {-300, 350}}, {"iam", {-300, 500}}};
}

void TestEditsGeometry::align()
{
    QFETCH(edit::Alignment, how);
    QFETCH(QStringList, ids);
    QFETCH(PositionMap, expected);
    EditResult r = edit::alignItems(m_model, ids, how);
    CW_VERIFY_APPLIED(r);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(m_model.node(it.key())->pos, it.value());
    // Nothing outside the selection moved.
    for (const Node& n : m_before.nodes) {
        if (!expected.contains(n.id))
            QCOMPARE(m_model.node(n.id)->pos, n.pos);
    }
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::alignGroupCarriesMembers()
{
    EditResult r = edit::alignItems(m_model, {QStringLiteral("vpc"), QStringLiteral("users")}, edit::Alignment::Left);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("vpc").box.left(), -300.0);
    QCOMPARE(group("pub").box.left(), -260.0);
    QCOMPARE(node("lb").pos, QPointF(-220, 200));
    QCOMPARE(node("users").pos, QPointF(-300, 300));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsGeometry::alignRefusals()
{
    CW_VERIFY_REFUSED(edit::alignItems(m_model, {QStringLiteral("api")}, edit::Alignment::Left), "at least two");
    CW_VERIFY_REFUSED(edit::alignItems(m_model, {QStringLiteral("api"), QStringLiteral("e1"), QStringLiteral("nope")},
                          edit::Alignment::Top),
        "at least two");
    CW_VERIFY_REFUSED(
        edit::alignItems(m_model, {QStringLiteral("api"), QStringLiteral("db")}, edit::Alignment::DistributeH),
        "at least three");
}

QTEST_GUILESS_MAIN(TestEditsGeometry)
#include "tst_edits_geometry.moc"
