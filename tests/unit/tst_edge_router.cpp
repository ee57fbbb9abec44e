// The edge router (core/layout): ports chosen by direction, orthogonal routes that cross
// no card and no group title bar (in the built-in sample and in random diagrams, placed
// by hand or by the automatic layout), stored waypoints kept, the straight style,
// parallel edges apart, and the obstacle index agreeing with a plain scan.
#include "core_test_helpers.h"
#include "route_checks.h"

#include "io/auto_layout.h"
#include "io/cwa_reader.h"
#include "layout/model_routes.h"

#include <QtTest>

#include <random>

using namespace cw;
using namespace cw::routing;
using cw::test::crosses;
using cw::test::crossings;
using cw::test::onBorder;

Q_DECLARE_METATYPE(cw::routing::Side)

namespace {

using Points = std::vector<QPointF>;

bool orthogonal(const Points& p)
{
    for (std::size_t i = 1; i < p.size(); ++i) {
        if (std::abs(p[i].x() - p[i - 1].x()) > 1e-6 && std::abs(p[i].y() - p[i - 1].y()) > 1e-6)
            return false;
    }
    return true;
}

// Cards on a jittered grid, some in groups (with title bars), and random edges.
Diagram randomDiagram(unsigned seed, int nodes, int edges, bool placed)
{
    std::mt19937 rng(seed);
    Diagram d;
    const char* kinds[] = {"compute.vm", "database.sql", "storage.object", "network.load_balancer"};
    const int columns = 6;
    for (int g = 0; g < 2; ++g) {
        Group group;
        group.id = QStringLiteral("g%1").arg(g);
        group.kind = GroupKind::Vpc;
        group.box = QRectF(g * 3 * 300 - 20, 0, 3 * 300 - 40, 1000);
        d.groups.push_back(group);
    }
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = QString::fromLatin1(kinds[rng() % 4]);
        n.pos = QPointF((i % columns) * 300 + double(rng() % 60), 60 + (i / columns) * 160 + double(rng() % 50));
        if (i / columns < 5)
            n.group = QStringLiteral("g%1").arg((i % columns) / 3);
        d.nodes.push_back(n);
    }
    for (int i = 0; i < edges; ++i) {
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.from = d.nodes[rng() % d.nodes.size()].id;
        e.to = d.nodes[rng() % d.nodes.size()].id;
        if (e.from == e.to)
            continue;
        d.edges.push_back(e);
    }
    if (!placed) {
        LayoutNeeds needs;
        for (const Node& n : d.nodes)
            needs.position.insert(n.id);
        for (const Group& g : d.groups) {
            needs.position.insert(g.id);
            needs.size.insert(g.id);
        }
        autoLayout(d, needs);
    }
    return d;
}

RouteRequest request(const QRectF& from, const QRectF& to, const Id& fromKey = {}, const Id& toKey = {})
{
    RouteRequest r;
    r.from = from;
    r.to = to;
    r.fromKey = fromKey;
    r.toKey = toKey;
    return r;
}

} // namespace

class TestEdgeRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portsByDirection_data();
    void portsByDirection();
    void routeGoesAroundACard();
    void routeAvoidsTitleBars();
    void alignedPortsGiveOneSegment();
    void storedWaypointsKept();
    void straightStyle();
    void parallelEdgesApart();
    void zeroCrossings_data();
    void zeroCrossings();
    void sampleHasNoCrossings();
    void indexAgreesWithScan();
    void deterministic();
};

void TestEdgeRouter::portsByDirection_data()
{
    QTest::addColumn<QRectF>("to");
    QTest::addColumn<Side>("fromSide");
    QTest::addColumn<Side>("toSide");
    // From a 200 × 56 card at the origin.
    QTest::newRow("right") << QRectF(400, 10, 200, 56) << Side::Right << Side::Left;
    QTest::newRow("left") << QRectF(-500, -30, 200, 56) << Side::Left << Side::Right;
    QTest::newRow("below") << QRectF(50, 200, 200, 56) << Side::Bottom << Side::Top;
    QTest::newRow("above") << QRectF(-80, -300, 200, 56) << Side::Top << Side::Bottom;
    QTest::newRow("diagonal, wider across") << QRectF(500, 150, 200, 56) << Side::Right << Side::Left;
    QTest::newRow("diagonal, wider down") << QRectF(260, 400, 200, 56) << Side::Bottom << Side::Top;
}

void TestEdgeRouter::portsByDirection()
{
    QFETCH(QRectF, to);
    QFETCH(Side, fromSide);
    QFETCH(Side, toSide);
    const QRectF from(0, 0, 200, 56);
    const auto sides = portSides(from, to);
    QCOMPARE(sides.first, fromSide);
    QCOMPARE(sides.second, toSide);
    EdgeRouter router;
    router.obstacles().set(QStringLiteral("a"), from);
    router.obstacles().set(QStringLiteral("b"), to);
    const Points route = router.route(request(from, to, QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(route.size() >= 2);
    QVERIFY(orthogonal(route));
    // The route leaves by the chosen side and enters by the facing one.
    const QPointF s = route.front(), t = route.back();
    const auto on = [](const QRectF& r, QPointF p, Side side) {
        switch (side) {
        case Side::Left: return std::abs(p.x() - r.left()) < 1e-6;
        case Side::Right: return std::abs(p.x() - r.right()) < 1e-6;
        case Side::Top: return std::abs(p.y() - r.top()) < 1e-6;
        case Side::Bottom: return std::abs(p.y() - r.bottom()) < 1e-6;
        }
        return false;
    };
    QVERIFY(onBorder(from, s) && on(from, s, fromSide));
    QVERIFY(onBorder(to, t) && on(to, t, toSide));
}

void TestEdgeRouter::routeGoesAroundACard()
{
    const QRectF a(0, 0, 200, 56), b(600, 0, 200, 56), wall(300, -100, 200, 256);
    EdgeRouter router;
    router.obstacles().set(QStringLiteral("a"), a);
    router.obstacles().set(QStringLiteral("b"), b);
    router.obstacles().set(QStringLiteral("wall"), wall);
    const Points route = router.route(request(a, b, QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(!router.lastFellBack());
    QVERIFY(orthogonal(route));
    for (std::size_t i = 1; i < route.size(); ++i) {
        QVERIFY2(!crosses(wall.adjusted(-EdgeRouter::kClearance + 1, -EdgeRouter::kClearance + 1,
                              EdgeRouter::kClearance - 1, EdgeRouter::kClearance - 1),
                     route[i - 1], route[i]),
            "the route runs through the card in the way, or too close to it");
    }
    // Around, not far away: over or under the wall with four bends.
    QCOMPARE(int(route.size()), 6);
}

void TestEdgeRouter::routeAvoidsTitleBars()
{
    Diagram d;
    Group g;
    g.id = QStringLiteral("vpc");
    g.box = QRectF(-50, 150, 700, 300);
    d.groups.push_back(g);
    Node a, b;
    a.id = QStringLiteral("a");
    a.kind = QStringLiteral("compute.vm");
    a.pos = QPointF(0, 0);
    b = a;
    b.id = QStringLiteral("b");
    b.pos = QPointF(0, 250);
    b.group = g.id;
    d.nodes = {a, b};
    Edge e;
    e.id = QStringLiteral("e");
    e.from = a.id;
    e.to = b.id;
    d.edges = {e};
    Architecture model;
    model.reset(d);
    const auto routes = routeAll(model);
    QVERIFY(crossings(model, routes).isEmpty());
    QVERIFY(orthogonal(routes[0]));
}

void TestEdgeRouter::alignedPortsGiveOneSegment()
{
    const QRectF a(0, 0, 200, 56), b(400, 0, 200, 56);
    EdgeRouter router;
    const Points route = router.route(request(a, b));
    QCOMPARE(route, (Points{{200, 28}, {400, 28}}));
}

void TestEdgeRouter::storedWaypointsKept()
{
    const QRectF a(0, 0, 200, 56), b(400, 300, 200, 56);
    RouteRequest r = request(a, b);
    r.points = {{100, 56}, {100, 500}, {500, 500}, {500, 356}};
    EdgeRouter router;
    router.obstacles().set(QStringLiteral("x"), QRectF(50, 200, 100, 100)); // in the way: kept all the same
    QCOMPARE(router.route(r), r.points);
}

void TestEdgeRouter::straightStyle()
{
    const QRectF a(0, 0, 200, 56), b(400, 300, 200, 56);
    RouteRequest r = request(a, b);
    r.style = EdgeStyle::Straight;
    EdgeRouter router;
    const Points route = router.route(r);
    QCOMPARE(int(route.size()), 2);
    QVERIFY(onBorder(a, route[0]));
    QVERIFY(onBorder(b, route[1]));
    // On the line between the centres.
    const QLineF centres(a.center(), b.center());
    const QLineF first(a.center(), route[0]);
    QVERIFY(std::abs(first.angleTo(centres)) < 0.01 || std::abs(first.angleTo(centres) - 360) < 0.01);
}

void TestEdgeRouter::parallelEdgesApart()
{
    const QRectF a(0, 0, 200, 56), b(500, 200, 200, 56);
    EdgeRouter router;
    std::vector<Points> routes;
    for (int lane = 0; lane < 3; ++lane) {
        RouteRequest r = request(a, b);
        r.lane = lane;
        r.lanes = 3;
        routes.push_back(router.route(r));
    }
    // No two cross, and no two share a point: every lane runs apart from the others.
    auto meet = [](QPointF p1, QPointF p2, QPointF q1, QPointF q2) {
        const QRectF one = QRectF(p1, p2).normalized(), two = QRectF(q1, q2).normalized();
        return one.left() <= two.right() && two.left() <= one.right() && one.top() <= two.bottom()
            && two.top() <= one.bottom();
    };
    for (std::size_t i = 0; i < routes.size(); ++i) {
        for (std::size_t j = i + 1; j < routes.size(); ++j) {
            for (std::size_t k = 1; k < routes[i].size(); ++k) {
                for (std::size_t m = 1; m < routes[j].size(); ++m)
                    QVERIFY2(!meet(routes[i][k - 1], routes[i][k], routes[j][m - 1], routes[j][m]),
                        qPrintable(QStringLiteral("lanes %1 and %2 cross").arg(i).arg(j)));
            }
        }
    }
    // No two share a point: every lane runs apart from the others.
    for (std::size_t i = 0; i < routes.size(); ++i) {
        for (std::size_t j = i + 1; j < routes.size(); ++j) {
            for (const QPointF& p : routes[i]) {
                for (const QPointF& q : routes[j])
                    QVERIFY2(QLineF(p, q).length() >= EdgeRouter::kLaneSpacing - 1e-6, "two parallel edges meet");
            }
        }
    }
}

void TestEdgeRouter::zeroCrossings_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<bool>("placed");
    for (unsigned seed : {1u, 2u, 3u, 7u, 42u, 1234u}) {
        QTest::addRow("placed %u", seed) << seed << true;
        QTest::addRow("laid out %u", seed) << seed << false;
    }
}

void TestEdgeRouter::zeroCrossings()
{
    QFETCH(unsigned, seed);
    QFETCH(bool, placed);
    Architecture model;
    model.reset(randomDiagram(seed, 42, 60, placed));
    const auto routes = routeAll(model);
    for (std::size_t i = 0; i < routes.size(); ++i) {
        QVERIFY(routes[i].size() >= 2);
        QVERIFY2(orthogonal(routes[i]), qPrintable(model.edges()[i].id));
        QVERIFY(onBorder(rectInModel(model, model.edges()[i].from), routes[i].front()));
        QVERIFY(onBorder(rectInModel(model, model.edges()[i].to), routes[i].back()));
    }
    const QStringList found = crossings(model, routes);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestEdgeRouter::sampleHasNoCrossings()
{
    const LoadResult sample = readCwaFile(QStringLiteral(":/samples/ml-product.cwa"), cw::test::catalog());
    QVERIFY2(sample.ok(), qPrintable(sample.error.toString()));
    Architecture model;
    model.reset(*sample.diagram);
    QVERIFY(!model.edges().empty());
    const auto routes = routeAll(model);
    const QStringList found = crossings(model, routes);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestEdgeRouter::indexAgreesWithScan()
{
    std::mt19937 rng(5);
    ObstacleIndex index;
    std::vector<std::pair<Id, QRectF>> all;
    for (int i = 0; i < 300; ++i) {
        const QRectF r(double(rng() % 5000) - 2500, double(rng() % 5000) - 2500, 10 + rng() % 900, 10 + rng() % 300);
        all.emplace_back(QStringLiteral("r%1").arg(i), r);
        index.set(all.back().first, r);
    }
    index.set(QStringLiteral("huge"), QRectF(-1e8, -1e8, 2e8, 2e8));
    all.emplace_back(QStringLiteral("huge"), QRectF(-1e8, -1e8, 2e8, 2e8));
    for (int i = 0; i < 100; i += 3) { // move some, drop some
        all[std::size_t(i)].second.translate(333, -77);
        index.set(all[std::size_t(i)].first, all[std::size_t(i)].second);
    }
    for (int i = 1; i < 100; i += 7) {
        index.remove(all[std::size_t(i)].first);
        all[std::size_t(i)].second = QRectF();
    }
    for (int q = 0; q < 200; ++q) {
        const QRectF area(double(rng() % 6000) - 3000, double(rng() % 6000) - 3000, 1 + rng() % 2000, 1 + rng() % 2000);
        QSet<Id> expected, actual;
        for (const auto& [id, r] : all) {
            if (!r.isNull() && r.intersects(area))
                expected.insert(id);
        }
        for (int slot : index.query(area)) {
            for (const auto& [id, r] : all) {
                if (index.slotOf(id) == slot)
                    actual.insert(id);
            }
        }
        QCOMPARE(actual, expected);
    }
}

void TestEdgeRouter::deterministic()
{
    Architecture model;
    model.reset(randomDiagram(9, 30, 40, true));
    QCOMPARE(routeAll(model), routeAll(model));
}

QTEST_GUILESS_MAIN(TestEdgeRouter)
#include "tst_edge_router.moc"
