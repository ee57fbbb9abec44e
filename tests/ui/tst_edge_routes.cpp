// Routed edges on the canvas: around the cards of the sample, re-routed incrementally
// as the routes a full re-route gives, a segment dragged into a shaped route (one undo
// entry, saved in the file), the straight style, and tooltips that name both ends.
#include "canvas/canvas_legend.h"
#include "view/edge_item.h"
#include "view/group_item.h"
#include "document.h"
#include "io/cwa_reader.h"
#include "layout/model_routes.h"
#include "route_checks.h"
#include "synthetic.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cw;

using cw::test::crosses;

class TestEdgeRoutes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    const Architecture& model() { return m_window->document().model(); }
    DiagramScene* scene() { return m_window->scene(); }
    DiagramView* view() { return m_window->view(); }

    // Every edge's route in the scene, by id.
    QHash<Id, std::vector<QPointF>> routes()
    {
        QHash<Id, std::vector<QPointF>> all;
        for (const Edge& e : model().edges())
            all.insert(e.id, scene()->edgeItem(e.id)->route());
        return all;
    }

    QStringList crossingsOnCanvas()
    {
        QStringList found;
        for (const Edge& e : model().edges()) {
            const std::vector<QPointF>& p = scene()->edgeItem(e.id)->route();
            for (std::size_t k = 1; k < p.size(); ++k) {
                for (const Node& n : model().nodes()) {
                    if (crosses(scene()->rectOf(n.id), p[k - 1], p[k]))
                        found << QStringLiteral("%1 crosses %2").arg(e.id, n.id);
                }
                for (const Group& g : model().groups()) {
                    if (crosses(routing::titleBar(scene()->rectOf(g.id)), p[k - 1], p[k]))
                        found << QStringLiteral("%1 crosses the title of %2").arg(e.id, g.id);
                }
            }
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanup()
    {
        doc().undoStack().setClean();
        m_window.reset();
    }

    void aBigDiagramShowsDraftsThenRoutesInSlices()
    {
        // Past kRouteAtOnceUpTo edges the canvas shows at once with plain routes and the
        // proper ones follow in slices of the event loop, ending as a full route gives.
        Document big(Catalog::builtin());
        big.openDiagram(test::syntheticDiagram(1500, 2500, 0.1));
        DiagramScene scene(big);
        QVERIFY(2500 > DiagramScene::kRouteAtOnceUpTo);
        QCOMPARE(scene.routesPending(), 2500);
        QTRY_COMPARE_WITH_TIMEOUT(scene.routesPending(), 0, 120000);
        QHash<Id, std::vector<QPointF>> sliced;
        for (const Edge& e : big.model().edges())
            sliced.insert(e.id, scene.edgeItem(e.id)->route());
        // Once the slices are done no edge is left crossing a card, long ones included
        // (they took the plain route across the diagram before the cards-only search).
        routing::ObstacleIndex cards;
        for (const Node& n : big.model().nodes())
            cards.set(n.id, scene.rectOf(n.id));
        QStringList found;
        for (const Edge& e : big.model().edges()) {
            const std::vector<QPointF>& p = sliced.value(e.id);
            for (std::size_t k = 1; k < p.size(); ++k) {
                for (int slot : cards.query(QRectF(p[k - 1], p[k]).normalized().adjusted(-1, -1, 1, 1))) {
                    const QRectF& card = cards.rect(slot);
                    if (card != scene.rectOf(e.from) && card != scene.rectOf(e.to) && crosses(card, p[k - 1], p[k]))
                        found << QStringLiteral("%1 crosses a card at %2,%3").arg(e.id).arg(card.x()).arg(card.y());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join(QStringLiteral("; "))));
        scene.rerouteAll();
        for (const Edge& e : big.model().edges())
            QVERIFY2(scene.edgeItem(e.id)->route() == sliced.value(e.id), qPrintable(e.id));
    }

    void sampleEdgesGoAroundCards()
    {
        QVERIFY(!model().edges().empty());
        const QStringList found = crossingsOnCanvas();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
        // The line that ran behind "Weekly training" (between its ends) now bends around it.
        QVERIFY(scene()->edgeItem(QStringLiteral("e7"))->route().size() > 2);
    }

    void tooltipNamesBothEnds()
    {
        const QString tip = scene()->edgeItem(QStringLiteral("e7"))->toolTipText();
        QCOMPARE(tip, QStringLiteral("Service roles → Prediction API (control)"));
        QVERIFY(doc().request(
            [](Architecture& m) { return edit::rename(m, QStringLiteral("iam"), QStringLiteral("Roles")); }));
        QCOMPARE(
            scene()->edgeItem(QStringLiteral("e7"))->toolTipText(), QStringLiteral("Roles → Prediction API (control)"));
    }

    void dashesShowGapsAndStayPutWhilePanning_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("gaps");
        QTest::newRow("request: solid") << int(EdgeKind::Request) << false;
        QTest::newRow("event: dashed") << int(EdgeKind::Event) << true;
        QTest::newRow("control: dotted") << int(EdgeKind::Control) << true;
    }

    void dashesShowGapsAndStayPutWhilePanning()
    {
        // Dashes are drawn only where in view (edge_item.cpp): they must still read as the
        // edge kind's pattern, and sit at the same scene points however the view is panned.
        QFETCH(int, kind);
        QFETCH(bool, gaps);
        Edge edge;
        edge.id = QStringLiteral("e");
        edge.from = QStringLiteral("a");
        edge.to = QStringLiteral("b");
        edge.kind = EdgeKind(kind);
        EdgeItem item(edge);
        item.setRoute({QPointF(0, 20), QPointF(3000, 20)});
        auto rowAt = [&](qreal pan) {
            QImage image(400, 40, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(-pan, 0);
            QStyleOptionGraphicsItem option;
            item.paint(&painter, &option, nullptr);
            painter.end();
            std::vector<bool> inked; // by scene x, from x = 1000
            for (int x = 0; x < 300; ++x)
                inked.push_back(qGray(image.pixel(int(1000 + x - pan), 20)) < 200);
            return inked;
        };
        const std::vector<bool> row = rowAt(1000 - 20);
        const auto blank = std::count(row.begin(), row.end(), false);
        QVERIFY2(gaps ? blank > 20 && blank < 200 : blank == 0, qPrintable(QString::number(blank)));
        for (const qreal pan : {987.0, 911.0, 950.0})
            QVERIFY(rowAt(pan) == row);
    }

    void movingACardReroutesLikeAFullRoute()
    {
        // Move "Weekly training" into the way of other edges (close under the API, then
        // under the database), and away again; cards never overlap.
        for (const QPointF delta : {QPointF(0, -100), QPointF(300, 0), QPointF(-600, 200)}) {
            QVERIFY(
                doc().request([&](Architecture& m) { return edit::moveItems(m, {QStringLiteral("train")}, delta); }));
            const auto incremental = routes();
            const QStringList found = crossingsOnCanvas();
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
            scene()->rerouteAll();
            QVERIFY(incremental == routes());
        }
    }

    void dragSegmentShapesRouteInOneUndoStep()
    {
        const Id id = QStringLiteral("e5"); // train → data
        EdgeItem* item = scene()->edgeItem(id);
        scene()->selectOnly({id});
        const std::vector<QPointF> before = item->route();
        QVERIFY(before.size() >= 2);
        // Grab the middle of the longest segment and drag it across by 60 units.
        std::size_t k = 0;
        for (std::size_t i = 1; i + 1 < before.size(); ++i) {
            if (QLineF(before[i], before[i + 1]).length() > QLineF(before[k], before[k + 1]).length())
                k = i;
        }
        const QPointF grab = QLineF(before[k], before[k + 1]).center();
        const bool horizontal = std::abs(before[k].y() - before[k + 1].y()) < 1e-6;
        const QPointF across = horizontal ? QPointF(0, 60) : QPointF(60, 0);
        const int entries = doc().undoStack().count();
        test::dragOnViewport(view(), test::viewportPoint(view(), grab), test::viewportPoint(view(), grab + across));
        QCOMPARE(doc().undoStack().count(), entries + 1);
        const Edge* e = model().edge(id);
        QVERIFY(!e->points.empty());
        QCOMPARE(e->points, item->route());
        QCOMPARE(e->points.front(), before.front()); // still leaves and enters at the same ports
        QCOMPARE(e->points.back(), before.back());
        bool moved = false;
        for (const QPointF& p : e->points)
            moved = moved || std::abs((horizontal ? p.y() - grab.y() : p.x() - grab.x()) - 60) < 11;
        QVERIFY2(moved, "no segment lies where it was dragged to");

        // Saved in the file's layout.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shaped.cwa"));
        QString error;
        QVERIFY2(doc().saveAs(path, &error), qPrintable(error));
        const LoadResult saved = readCwaFile(path, doc().catalog());
        QVERIFY(saved.ok());
        for (const Edge& s : saved.diagram->edges) {
            if (s.id == id)
                QCOMPARE(s.points, e->points);
        }

        doc().undoStack().undo();
        QVERIFY(model().edge(id)->points.empty());
        QCOMPARE(item->route(), before);
        doc().undoStack().redo();
        QCOMPARE(item->route(), model().edge(id)->points);
    }

    // Every label sits on its own route (or beside it, touching it), over no card and no
    // other label: the sample with a long label on every edge.
    void labelsCoverNoCardAndNoOtherLabel()
    {
        for (const Edge& e : std::vector<Edge>(model().edges())) {
            QVERIFY(doc().request([&](Architecture& m) {
                return edit::setEdgeLabel(m, e.id, QStringLiteral("reads %1 nightly").arg(e.id));
            }));
        }
        QStringList found;
        const auto check = [&](const Architecture& m, const DiagramScene& s) {
            for (const Edge& e : m.edges()) {
                const EdgeItem* item = s.edgeItem(e.id);
                const QRectF label = item->labelRect();
                if (label.isEmpty()) {
                    found << e.id + QStringLiteral(" has no label");
                    continue;
                }
                // On the line, or beside it touching it (where on it, it would cover a card).
                bool onRoute = false;
                const std::vector<QPointF>& p = item->route();
                for (std::size_t k = 1; k < p.size(); ++k)
                    onRoute = onRoute || crosses(label.adjusted(-2, -2, 2, 2), p[k - 1], p[k]);
                if (!onRoute)
                    found << e.id + QStringLiteral(" label is off its route");
                for (const Node& n : m.nodes()) {
                    if (s.rectOf(n.id).intersects(label))
                        found << QStringLiteral("%1 label covers %2").arg(e.id, n.id);
                }
                for (const Edge& other : m.edges()) {
                    if (other.id < e.id && s.edgeItem(other.id)->labelRect().intersects(label))
                        found << QStringLiteral("labels of %1 and %2 overlap").arg(e.id, other.id);
                }
            }
        };
        check(model(), *scene());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    void legendToggles()
    {
        auto* legend = view()->findChild<CanvasLegend*>();
        auto* action = m_window->findChild<QAction*>(QStringLiteral("showLegend"));
        QVERIFY(legend && action);
        QVERIFY(!legend->isVisible());
        action->trigger();
        QVERIFY(legend->isVisible());
        // In the canvas's lower left corner, whole.
        const QRect shown = view()->viewport()->geometry();
        QVERIFY2(shown.contains(legend->geometry()), "the legend is cut off");
        QVERIFY(legend->geometry().bottom() > shown.center().y());
        action->trigger();
        QVERIFY(!legend->isVisible());
    }

    void straightStyleAndResetRoute()
    {
        const Id id = QStringLiteral("e7");
        EdgeItem* item = scene()->edgeItem(id);
        QVERIFY(scene()->setEdgeRoute(id, {}, EdgeStyle::Straight));
        QVERIFY(item->style() == EdgeStyle::Straight);
        QCOMPARE(int(item->route().size()), 2);
        doc().undoStack().undo();
        QVERIFY(item->style() == EdgeStyle::Orthogonal);
        // A shaped route, then Reset Route: routed by the program again.
        const std::vector<QPointF> routed = item->route();
        std::vector<QPointF> shaped{routed.front(), routed.front() + QPointF(0, 40)};
        shaped.push_back(QPointF(routed.back().x(), shaped.back().y()));
        shaped.push_back(routed.back());
        QVERIFY(scene()->setEdgeRoute(id, shaped, EdgeStyle::Orthogonal) || routed.size() == 2);
        QVERIFY(scene()->setEdgeRoute(id, {}, EdgeStyle::Orthogonal) || model().edge(id)->points.empty());
        QCOMPARE(item->route(), routed);
    }
};

QTEST_MAIN(TestEdgeRoutes)
#include "tst_edge_routes.moc"
