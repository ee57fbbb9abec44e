// edit::arrange: an automatic layout applied as one undoable, layout-only step (Arrange ▸
// Tidy Up, `cloudwright layout`); stored routes at moved ends are dropped, frames hold
// what is in them, and a bad arrangement changes nothing.
#include "edits_test_fixture.h"

#include "layout/arrange.h"

#include <cmath>

using namespace cw;

class TestEditsArrange : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void wholeDiagramIsOneUndoableStep();
    void storedRoutesAtMovedEndsAreDropped();
    void framesHoldTheirMembers();
    void partKeepsItsTopLeft();
    void partGrowsTheGroupsAroundIt();
    void refusals_data();
    void refusals();
    void nothingToTidy();

private:
    const Edge& edge(const char* id) const { return *m_model.edge(QString::fromLatin1(id)); }
    // A shaped route for e3 (api → db) and one for e5 (iam → api), both stored in the model.
    void storeRoutes()
    {
        QVERIFY(edit::setEdgeRoute(
            m_model, QStringLiteral("e3"), {{660, 228}, {680, 228}, {680, 240}, {700, 240}}, EdgeStyle::Orthogonal)
                    .ok());
        QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e6"), {{-100, 528}, {40, 528}}, EdgeStyle::Straight).ok());
        rebase();
    }
};

void TestEditsArrange::wholeDiagramIsOneUndoableStep()
{
    storeRoutes();
    const layout::Arrangement a = layout::arrange(m_model.diagram());
    QCOMPARE(a.nodePos.size(), qsizetype(m_model.nodes().size()));
    QCOMPARE(a.groupBox.size(), qsizetype(m_model.groups().size()));
    EditResult r = edit::arrange(m_model, a, QStringLiteral("Tidy Up Diagram"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Tidy Up Diagram"));
    // One change, and one only the drawing sees: validation and cost skip it.
    QCOMPARE(m_spy->count(), 1);
    QVERIFY(summaryAt(0).layoutOnly);
    for (const Node& n : m_model.nodes())
        QCOMPARE(n.pos, a.nodePos.value(n.id));
    int moved = 0;
    for (const Node& n : m_before.nodes)
        moved += m_model.node(n.id)->pos != n.pos ? 1 : 0;
    QVERIFY(moved > 0);
    // Undo gives back every position and every stored route; redo the arrangement again.
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    r.record->undo(m_model);
    QCOMPARE(edge("e3").points.size(), std::size_t(4));
    QCOMPARE(edge("e6").points.size(), std::size_t(2));
    QCOMPARE(toString(edge("e6").style), QStringLiteral("straight"));
}

void TestEditsArrange::storedRoutesAtMovedEndsAreDropped()
{
    storeRoutes();
    // Only db moves: e3 (api → db) loses its shape, e6 (iam → vpc) keeps its own.
    layout::Arrangement a;
    a.nodePos.insert(QStringLiteral("db"), node("db").pos + QPointF(0, 100));
    EditResult r = edit::arrange(m_model, a);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Tidy Up"));
    QVERIFY(edge("e3").points.empty());
    QCOMPARE(edge("e6").points.size(), std::size_t(2));
    // The straight style is the user's choice and stays.
    QCOMPARE(toString(edge("e6").style), QStringLiteral("straight"));
    QVERIFY(summaryAt(0).layoutOnly);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsArrange::framesHoldTheirMembers()
{
    // A layout that puts a card outside its subnet: the subnet, and the VPC and region
    // around it, grow in the same step.
    layout::Arrangement a;
    a.nodePos.insert(QStringLiteral("api"), QPointF(1500, 900));
    EditResult r = edit::arrange(m_model, a);
    CW_VERIFY_APPLIED(r);
    const QRectF card(node("api").pos, QSizeF(kNodeWidth, kNodeHeight));
    QVERIFY(group("priv").box.contains(card));
    QVERIFY(group("vpc").box.contains(group("priv").box));
    QVERIFY(group("r1").box.contains(group("vpc").box));
    QCOMPARE(m_spy->count(), 1);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    // The whole diagram arranged: every card inside every group it belongs to.
    r.record->undo(m_model);
    EditResult whole = edit::arrange(m_model, layout::arrange(m_model.diagram()));
    CW_VERIFY_APPLIED(whole);
    for (const Node& n : m_model.nodes()) {
        const QRectF rect(n.pos, QSizeF(kNodeWidth, kNodeHeight));
        for (Id g = n.group; !g.isEmpty(); g = m_model.group(g)->parent)
            QVERIFY2(m_model.group(g)->box.contains(rect), qPrintable(n.id + QStringLiteral(" outside ") + g));
    }
}

void TestEditsArrange::partKeepsItsTopLeft()
{
    // The private subnet with what is in it: arranged where it was.
    const QList<Id> part{QStringLiteral("priv")};
    layout::ArrangeOptions options;
    options.only = part;
    // Scramble it first, so that the layout has something to do.
    QVERIFY(edit::moveItems(m_model, {QStringLiteral("db")}, QPointF(-200, 220)).ok());
    rebase();
    const QPointF topLeft = group("priv").box.topLeft();
    const layout::Arrangement a = layout::arrange(m_model.diagram(), options);
    QVERIFY(a.groupBox.contains(QStringLiteral("priv")));
    QVERIFY(a.nodePos.contains(QStringLiteral("api")) && a.nodePos.contains(QStringLiteral("db")));
    QVERIFY(!a.nodePos.contains(QStringLiteral("lb")));
    EditResult r = edit::arrange(m_model, a, QStringLiteral("Tidy Up Selection"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("priv").box.topLeft(), topLeft);
    // What was not in the part stays.
    QCOMPARE(node("lb").pos, m_before.nodes[1].pos);
    QCOMPARE(node("users").pos, m_before.nodes[0].pos);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsArrange::partGrowsTheGroupsAroundIt()
{
    // Two cards of the region, laid out as a part: the region holds them after.
    layout::ArrangeOptions options;
    options.only = {QStringLiteral("bucket"), QStringLiteral("backup")};
    const layout::Arrangement a = layout::arrange(m_model.diagram(), options);
    QCOMPARE(a.nodePos.size(), qsizetype(2));
    layout::Arrangement far = a;
    for (auto it = far.nodePos.begin(); it != far.nodePos.end(); ++it)
        *it += QPointF(600, 0); // past the region's right side
    EditResult r = edit::arrange(m_model, far);
    CW_VERIFY_APPLIED(r);
    for (const char* id : {"bucket", "backup"})
        QVERIFY(group("r1").box.contains(QRectF(node(id).pos, QSizeF(kNodeWidth, kNodeHeight))));
    QVERIFY(group("r1").box.width() > m_before.groups[0].box.width());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsArrange::refusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isGroup");
    QTest::addColumn<QRectF>("place");
    QTest::addColumn<QString>("phrase");
    const QRectF ok(10, 10, 300, 200);
    QTest::newRow("unknown node") << QStringLiteral("ghost") << false << ok << QStringLiteral("not a node");
    QTest::newRow("group as node") << QStringLiteral("vpc") << false << ok << QStringLiteral("not a node");
    QTest::newRow("node as group") << QStringLiteral("api") << true << ok << QStringLiteral("not a group");
    QTest::newRow("node too far") << QStringLiteral("api") << false << QRectF(2e9, 0, 1, 1)
                                  << QStringLiteral("beyond the canvas");
    QTest::newRow("node not a number") << QStringLiteral("api") << false << QRectF(std::nan(""), 0, 1, 1)
                                       << QStringLiteral("beyond the canvas");
    QTest::newRow("group too far") << QStringLiteral("vpc") << true << QRectF(0, -2e9, 500, 300)
                                   << QStringLiteral("beyond the canvas");
    QTest::newRow("group too big") << QStringLiteral("vpc") << true << QRectF(0, 0, 3e9, 300)
                                   << QStringLiteral("beyond the canvas");
}

void TestEditsArrange::refusals()
{
    QFETCH(QString, id);
    QFETCH(bool, isGroup);
    QFETCH(QRectF, place);
    QFETCH(QString, phrase);
    // Everything else in the arrangement is fine: the one bad entry refuses the whole.
    layout::Arrangement a = layout::arrange(m_model.diagram());
    if (isGroup)
        a.groupBox.insert(id, place);
    else
        a.nodePos.insert(id, place.topLeft());
    CW_VERIFY_REFUSED(edit::arrange(m_model, a), phrase);
}

void TestEditsArrange::nothingToTidy()
{
    CW_VERIFY_REFUSED(edit::arrange(m_model, layout::Arrangement()), QStringLiteral("nothing to tidy"));
    // A layout applied once: the same layout again moves nothing.
    const layout::Arrangement a = layout::arrange(m_model.diagram());
    QVERIFY(edit::arrange(m_model, a).ok());
    rebase();
    layout::Arrangement same;
    for (const Node& n : m_model.nodes())
        same.nodePos.insert(n.id, n.pos);
    for (const Group& g : m_model.groups())
        same.groupBox.insert(g.id, g.box);
    CW_VERIFY_REFUSED(edit::arrange(m_model, same), QStringLiteral("nothing to tidy"));
}

QTEST_GUILESS_MAIN(TestEditsArrange)
#include "tst_edits_arrange.moc"
