// Building the canvas for 10,000 nodes (design.md: 1.5 s) and drawing one frame while
// panning at the zoom that fits everything and at 100 % (16 ms); with routing on: routing
// every edge of it, re-routing after one card moves, and routing a dragged card's edges
// live. Medians, printed with their ratio to the bare JSON parse measured here in the same run.
#include "bench_support.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "view/edge_item.h"
#include "view/node_item.h"
#include "document.h"
#include "edit/edits.h"
#include "synthetic.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

using namespace cw;

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
} // namespace

class BenchCanvas : public QObject {
    Q_OBJECT

    Diagram m_diagram;

    void frame(DiagramView& view, qreal zoom, const char* what)
    {
        view.setZoom(zoom);
        QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
        int step = 0;
        bench::report(what, bench::medianMs(31, [&] {
            // Pan a little each frame, as a drag of the canvas would.
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (step++ % 2 ? 40 : -40));
            QPainter p(&image);
            view.render(&p);
        }));
    }

private Q_SLOTS:
    void initTestCase() { m_diagram = test::syntheticDiagram(); }

    void bareJsonParse() { bench::measureParse(); }

    void buildScene()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        bench::report("build the canvas", bench::medianMs(3, [&] {
            DiagramScene scene(doc);
            QCOMPARE(scene.itemCount(),
                qsizetype(m_diagram.nodes.size() + m_diagram.groups.size() + m_diagram.edges.size()));
        }));
    }

    void panFrameFitted()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        DiagramView view(&scene);
        view.resize(1280, 800);
        view.fitToView();
        frame(view, view.zoom(), "pan frame, fitted");
    }

    void panFrameActualSize_data()
    {
        QTest::addColumn<double>("longShare");
        QTest::newRow("10% long edges") << 0.1;
        QTest::newRow("all edges long (worst case)") << 1.0;
    }

    void panFrameActualSize()
    {
        QFETCH(double, longShare);
        Document doc(Catalog::builtin());
        doc.openDiagram(test::syntheticDiagram(10000, 15000, longShare));
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        DiagramView view(&scene);
        view.resize(1280, 800);
        view.centerOn(m_diagram.nodes[5000].pos);
        frame(view, 1.0, longShare < 1 ? "pan frame at 100 %, 10 % long edges" : "pan frame at 100 %, all edges long");
    }

    void routeAllEdges()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        bench::report("route all 15,000 edges", bench::medianMs(3, [&] { scene.rerouteAll(); }));
    }

    void rerouteAfterMove()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        const Id id = m_diagram.nodes[5000].id;
        int step = 0;
        qsizetype routed = 0;
        // The whole edit as the editor takes it: the move, the scene's update, the re-route.
        bench::report("move one card and re-route", bench::medianMs(21, [&] {
            const QPointF delta(0, step++ % 2 ? 40 : -40);
            doc.request([&](Architecture& m) { return edit::moveItems(m, {id}, delta); });
        }));
        routed = scene.rerouteAround({id});
        qInfo("edges re-routed around one card: %lld", qlonglong(routed));
    }

    void routeDuringDrag()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        NodeItem* item = scene.nodeItem(m_diagram.nodes[5000].id);
        const QPointF start = item->pos();
        int step = 0;
        // One mouse move of a drag: the card moves and its edges follow, routed live.
        bench::report("drag step with live routing", bench::medianMs(31, [&] {
            item->setPos(start + QPointF(step % 7 * 20, step % 3 * 20));
            ++step;
        }));
    }

    void residentMemory()
    {
        Document doc(Catalog::builtin());
        doc.openDiagram(m_diagram);
        DiagramScene scene(doc);
        scene.finishRoutes(); // the routed diagram, not its drafts (untimed)
        DiagramView view(&scene);
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        const long kib = residentKiB();
        if (kib < 0)
            QSKIP("no /proc/self/status to read the resident memory from");
        qInfo("resident memory with the 10,000-node diagram open: %ld MiB", kib / 1024);
        // Listed with the other figures (in bytes), so bench.sh finds it in the same file.
        QTest::setBenchmarkResult(double(kib) * 1024, QTest::BytesAllocated);
    }
};

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
