// The edge router at scale: on a generated diagram of 2,000 cards in regions, VPCs and
// subnets, every orthogonal edge the program routes (design.md: "a routed edge crosses
// no card but its own two ends") keeps off every other card, long edges across the
// whole diagram included. The router once gave up on those and drew the plain route.
#include "layout/model_routes.h"
#include "route_checks.h"
#include "model/architecture.h"
#include "synthetic.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace cw;
using namespace cw::routing;

using cw::test::crosses;

class TestEdgeRouterLarge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noEdgeCrossesACard_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<double>("longShare");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("2,000 nodes, 10% long edges") << 2000 << 1200 << 0.1 << 42u;
        QTest::newRow("2,000 nodes, all edges long") << 2000 << 120 << 1.0 << 7u;
    }

    void noEdgeCrossesACard()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(double, longShare);
        QFETCH(unsigned, seed);
        Architecture model;
        model.reset(test::syntheticDiagram(nodes, edges, longShare, seed));
        QElapsedTimer clock;
        clock.start();
        const std::vector<std::vector<QPointF>> routes = routeAll(model);
        qInfo("routed %d edges in %lld ms", int(routes.size()), qlonglong(clock.elapsed()));
        QCOMPARE(routes.size(), model.edges().size());

        // Each segment against the cards near it (an index of the same rects, so the count
        // does not take minutes), described for the failure message.
        ObstacleIndex cards;
        for (const Node& n : model.nodes())
            cards.set(n.id, nodeRect(n));
        QStringList found;
        for (std::size_t i = 0; i < routes.size(); ++i) {
            const Edge& e = model.edges()[i];
            const std::vector<QPointF>& p = routes[i];
            QVERIFY(p.size() >= 2);
            for (std::size_t k = 1; k < p.size(); ++k) {
                QVERIFY2(p[k].x() == p[k - 1].x() || p[k].y() == p[k - 1].y(), qPrintable(e.id + " is not orthogonal"));
                for (int slot : cards.query(QRectF(p[k - 1], p[k]).normalized().adjusted(-1, -1, 1, 1))) {
                    const QRectF& card = cards.rect(slot);
                    if (card != nodeRect(*model.node(e.from)) && card != nodeRect(*model.node(e.to))
                        && crosses(card, p[k - 1], p[k]))
                        found << QStringLiteral("%1 (%2 -> %3) crosses a card at %4,%5")
                                     .arg(e.id, e.from, e.to)
                                     .arg(card.x())
                                     .arg(card.y());
                }
            }
        }
        QVERIFY2(found.isEmpty(),
            qPrintable(
                QStringLiteral("%1 crossings: %2").arg(found.size()).arg(found.mid(0, 10).join(QStringLiteral("; ")))));
    }
};

QTEST_GUILESS_MAIN(TestEdgeRouterLarge)
#include "tst_edge_router_large.moc"
