// Edits of how an edge is drawn (edit::setEdgeRoute) and what a stored route does when
// its ends move; the route and the card size in the file, read back as written.
#include "edits_test_fixture.h"

#include "io/cwa_reader.h"

using namespace cw;

namespace {
using Points = std::vector<QPointF>;
// e3 runs from api (460,200 200×56) to db (700,200): out of api's right side, a jog, into db's left.
const Points kShaped{{660, 228}, {680, 228}, {680, 240}, {700, 240}};
} // namespace

Q_DECLARE_METATYPE(Points)

class TestEditsRoute : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void setRouteIsLayoutOnlyAndUndoable();
    void straightAndReset();
    void refusals();
    void followEnds_data();
    void followEnds();
    void movingOneEndKeepsInnerWaypoints();
    void movingAGroupCarriesTheRoute();
    void pasteShiftsTheRoute();
    void fileRoundTrip();

private:
    const Edge& edge(const char* id) const { return *m_model.edge(QString::fromLatin1(id)); }
};

void TestEditsRoute::setRouteIsLayoutOnlyAndUndoable()
{
    EditResult r = edit::setEdgeRoute(m_model, QStringLiteral("e3"), kShaped, EdgeStyle::Orthogonal);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Shape Route"));
    QCOMPARE(edge("e3").points, kShaped);
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).edgesChanged, QList<Id>{QStringLiteral("e3")});
    // Validation and cost skip it: only where the edge is drawn changed.
    QVERIFY(summaryAt(0).layoutOnly);
    QCOMPARE(summaryAt(0).layoutChanged, QSet<Id>{QStringLiteral("e3")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsRoute::straightAndReset()
{
    QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e3"), kShaped, EdgeStyle::Orthogonal).ok());
    EditResult straight = edit::setEdgeRoute(m_model, QStringLiteral("e3"), {}, EdgeStyle::Straight);
    CW_VERIFY_APPLIED(straight);
    QCOMPARE(straight.record->text(), QStringLiteral("Straight Line"));
    QCOMPARE(toString(edge("e3").style), QStringLiteral("straight"));
    QVERIFY(edge("e3").points.empty());
    straight.record->undo(m_model);
    QCOMPARE(toString(edge("e3").style), QStringLiteral("orthogonal"));
    QCOMPARE(edge("e3").points, kShaped);
    EditResult reset = edit::setEdgeRoute(m_model, QStringLiteral("e3"), {}, EdgeStyle::Orthogonal);
    CW_VERIFY_APPLIED(reset);
    QCOMPARE(reset.record->text(), QStringLiteral("Reset Route"));
    QVERIFY(edge("e3").points.empty());
}

void TestEditsRoute::refusals()
{
    CW_VERIFY_REFUSED(edit::setEdgeRoute(m_model, QStringLiteral("nope"), kShaped, EdgeStyle::Orthogonal), "no edge");
    CW_VERIFY_REFUSED(edit::setEdgeRoute(m_model, QStringLiteral("api"), kShaped, EdgeStyle::Orthogonal), "no edge");
    CW_VERIFY_REFUSED(
        edit::setEdgeRoute(m_model, QStringLiteral("e3"), {{660, 228}}, EdgeStyle::Orthogonal), "at least two");
    CW_VERIFY_REFUSED(
        edit::setEdgeRoute(m_model, QStringLiteral("e3"), {{660, 228}, {700, 240}}, EdgeStyle::Orthogonal),
        "orthogonal");
    CW_VERIFY_REFUSED(
        edit::setEdgeRoute(m_model, QStringLiteral("e3"), {{660, 228}, {2e9, 228}}, EdgeStyle::Orthogonal), "beyond");
    CW_VERIFY_REFUSED(edit::setEdgeRoute(m_model, QStringLiteral("e3"), {}, EdgeStyle::Orthogonal), "already");
}

void TestEditsRoute::followEnds_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<QPointF>("fromDelta");
    QTest::addColumn<QPointF>("toDelta");
    QTest::addColumn<Points>("expected");
    QTest::newRow("both ends alike: the route moves")
        << kShaped << QPointF(10, 20) << QPointF(10, 20) << Points{{670, 248}, {690, 248}, {690, 260}, {710, 260}};
    QTest::newRow("source moves: its neighbour slides")
        << kShaped << QPointF(-30, 12) << QPointF() << Points{{630, 240}, {680, 240}, {680, 240}, {700, 240}};
    QTest::newRow("target moves") << kShaped << QPointF() << QPointF(40, -8)
                                  << Points{{660, 228}, {680, 228}, {680, 232}, {740, 232}};
    QTest::newRow("both differently, four points")
        << kShaped << QPointF(0, 10) << QPointF(0, -10) << Points{{660, 238}, {680, 238}, {680, 230}, {700, 230}};
    QTest::newRow("vertical first segment") << Points{{100, 56}, {100, 80}, {300, 80}, {300, 100}} << QPointF(7, 3)
                                            << QPointF() << Points{{107, 59}, {107, 80}, {300, 80}, {300, 100}};
    QTest::newRow("one segment cannot follow")
        << Points{{660, 228}, {700, 228}} << QPointF(0, 10) << QPointF() << Points{};
    QTest::newRow("three points, both ends: dropped")
        << Points{{660, 228}, {680, 228}, {680, 300}} << QPointF(0, 10) << QPointF(5, 0) << Points{};
    QTest::newRow("three points, one end") << Points{{660, 228}, {680, 228}, {680, 300}} << QPointF(0, 10) << QPointF()
                                           << Points{{660, 238}, {680, 238}, {680, 300}};
}

void TestEditsRoute::followEnds()
{
    QFETCH(Points, points);
    QFETCH(QPointF, fromDelta);
    QFETCH(QPointF, toDelta);
    QFETCH(Points, expected);
    QCOMPARE(edit::followEnds(points, fromDelta, toDelta), expected);
}

void TestEditsRoute::movingOneEndKeepsInnerWaypoints()
{
    QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e3"), kShaped, EdgeStyle::Orthogonal).ok());
    rebase();
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(-20, 20));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(edge("e3").points, (Points{{640, 248}, {680, 248}, {680, 240}, {700, 240}}));
    QVERIFY(summaryAt(0).edgesChanged.contains(QStringLiteral("e3")));
    QVERIFY(summaryAt(0).layoutOnly);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    // A nudge goes the same way.
    QVERIFY(edit::nudgeItems(m_model, {QStringLiteral("db")}, QPointF(20, 0), 1).ok());
    QCOMPARE(edge("e3").points.back(), QPointF(720, 240));
}

void TestEditsRoute::movingAGroupCarriesTheRoute()
{
    QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e3"), kShaped, EdgeStyle::Orthogonal).ok());
    rebase();
    EditResult r = edit::moveItems(m_model, {QStringLiteral("priv")}, QPointF(0, 40));
    CW_VERIFY_APPLIED(r);
    Points expected = kShaped;
    for (QPointF& p : expected)
        p += QPointF(0, 40);
    QCOMPARE(edge("e3").points, expected);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsRoute::pasteShiftsTheRoute()
{
    QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e3"), kShaped, EdgeStyle::Orthogonal).ok());
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("api"), QStringLiteral("db")});
    EditResult r = edit::paste(m_model, fragment, QPointF(0, 100));
    CW_VERIFY_APPLIED(r);
    const Edge* copy = nullptr;
    for (const Id& id : r.created) {
        if (const Edge* e = m_model.edge(id))
            copy = e;
    }
    QVERIFY(copy);
    QCOMPARE(copy->points.front(), QPointF(660, 328));
    QCOMPARE(copy->points.back(), QPointF(700, 340));
}

void TestEditsRoute::fileRoundTrip()
{
    QVERIFY(edit::setEdgeRoute(
        m_model, QStringLiteral("e3"), {{660, 228.5}, {680, 228.5}, {680, 240}, {700, 240}}, EdgeStyle::Orthogonal)
                .ok());
    QVERIFY(edit::setEdgeRoute(m_model, QStringLiteral("e5"), {}, EdgeStyle::Straight).ok());
    Diagram d = m_model.diagram();
    d.nodes.front().size = QSizeF(240, 72);
    const QByteArray bytes = writeCwa(d);
    QVERIFY(bytes.contains(R"("layout": {"points": [[660, 228.5], [680, 228.5], [680, 240], [700, 240]]})"));
    QVERIFY(bytes.contains(R"("layout": {"style": "straight"})"));
    QVERIFY(bytes.contains(R"("w": 240, "h": 72)"));
    // An edge the program routes says nothing about its layout.
    QVERIFY(!bytes.contains(R"("id": "e4", "from": "api", "to": "bucket", "kind": "data", "layout")"));
    const LoadResult back = readCwa(bytes, QStringLiteral("round.cwa"), catalog());
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    CW_COMPARE_DIAGRAMS(*back.diagram, d);
}

QTEST_GUILESS_MAIN(TestEditsRoute)
#include "tst_edits_route.moc"
