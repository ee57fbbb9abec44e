// The keyboard's way around a diagram (core/layout/navigation.h): reading order for Tab,
// the nearest card in a direction for Alt+arrows, a free place for a card added by Enter.
#include "core_test_helpers.h"

#include "layout/navigation.h"

#include <QtTest>

using namespace cw;
using namespace cw::layout;

namespace {

// a b c on a row (b a little lower: still the same row), d below a, e far right of d.
Diagram grid()
{
    Diagram d;
    const auto add = [&d](const char* id, double x, double y) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.kind = QStringLiteral("compute.vm");
        n.pos = QPointF(x, y);
        d.nodes.push_back(n);
    };
    add("c", 600, 0);
    add("a", 0, 0);
    add("b", 300, 10);
    add("d", 0, 200);
    add("e", 900, 220);
    return d;
}

} // namespace

class TestNavigation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tabGoesInReadingOrderAndLeavesAtTheEnds()
    {
        const Diagram d = grid();
        QCOMPARE(nextInReadingOrder(d, Id(), true), QStringLiteral("a"));
        QCOMPARE(nextInReadingOrder(d, Id(), false), QStringLiteral("e"));
        QStringList order{QStringLiteral("a")};
        for (Id at = QStringLiteral("a"); !(at = nextInReadingOrder(d, at, true)).isEmpty();)
            order << at;
        QCOMPARE(order, (QStringList{"a", "b", "c", "d", "e"}));
        QCOMPARE(nextInReadingOrder(d, QStringLiteral("a"), false), Id());
        QCOMPARE(nextInReadingOrder(d, QStringLiteral("d"), false), QStringLiteral("c"));
        QCOMPARE(nextInReadingOrder(Diagram{}, Id(), true), Id());
    }

    void altArrowsGoToTheNearestCardThatWay_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("to");
        QTest::newRow("a right") << "a" << int(Direction::Right) << "b";
        QTest::newRow("b right") << "b" << int(Direction::Right) << "c";
        QTest::newRow("a down") << "a" << int(Direction::Down) << "d";
        QTest::newRow("d up") << "d" << int(Direction::Up) << "a";
        QTest::newRow("d right: e, not the row above") << "d" << int(Direction::Right) << "e";
        QTest::newRow("a left: nothing") << "a" << int(Direction::Left) << "";
        QTest::newRow("c down: e") << "c" << int(Direction::Down) << "e";
    }
    void altArrowsGoToTheNearestCardThatWay()
    {
        QFETCH(QString, from);
        QFETCH(int, direction);
        QFETCH(QString, to);
        QCOMPARE(nearestInDirection(grid(), from, Direction(direction)), to);
    }

    void aNewCardGoesToTheNearestFreePlace()
    {
        const Diagram d = grid();
        const QSizeF card(kNodeWidth, kNodeHeight);
        // Free: exactly there, on the grid.
        QCOMPARE(freePlaceNear(d, QPointF(400, 600), card, 20), QPointF(300, 580));
        // On top of "a": moved off every card, and not far.
        const QPointF p = freePlaceNear(d, nodeRect(d.nodes[1]).center(), card, 20);
        const QRectF placed(p, card);
        for (const Node& n : d.nodes)
            QVERIFY2(!placed.intersects(nodeRect(n)), qPrintable(n.id));
        QVERIFY(QLineF(placed.center(), nodeRect(d.nodes[1]).center()).length() < 400);
    }
};

QTEST_GUILESS_MAIN(TestNavigation)
#include "tst_navigation.moc"
