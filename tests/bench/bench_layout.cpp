// The automatic layout weighed: Graphviz's dot against the column layout, on the sample
// with its layout taken away and on synthetic diagrams of growing size without layout.
// For each: time to lay out, then, with every edge routed, route crossings, routes
// through cards, total route length and the drawing's area.
#include "bench_support.h"
#include "io/cwa_reader.h"
#include "layout/arrange.h"
#include "route_metrics.h"

#include "io/cwa_writer.h"

#include <QFile>
#include <QTest>

using namespace cw;

namespace {

Diagram withoutLayout(Diagram d)
{
    for (Node& n : d.nodes) {
        n.pos = QPointF();
        n.size = QSizeF();
    }
    for (Edge& e : d.edges)
        e.points.clear();
    return d;
}

Diagram sample()
{
    const LoadResult r = readCwaFile(QStringLiteral(CW_TEST_DATA "/../../resources/samples/ml-product.cwa"), Catalog::builtin());
    if (!r.ok())
        qFatal("sample does not load");
    return withoutLayout(*r.diagram);
}

} // namespace

class BenchLayout : public QObject {
    Q_OBJECT

    void weigh(const char* name, const Diagram& input, layout::Engine engine, bool crossings)
    {
        layout::ArrangeOptions options;
        options.engine = engine;
        options.catalog = &Catalog::builtin();
        layout::Arrangement a;
        const double ms = bench::medianMs(3, [&] { a = layout::arrange(input, options); });
        Diagram d = input;
        for (Node& n : d.nodes)
            n.pos = a.nodePos.value(n.id, n.pos);
        for (Group& g : d.groups)
            g.box = a.groupBox.value(g.id, g.box);
        Architecture model;
        model.reset(d);
        const auto routes = routing::routeAll(model);
        const test::RouteMetrics m = test::measureRoutes(model, routes, crossings);
        // CW_LAYOUT_DUMP=DIR keeps each laid-out diagram, to look at in the app.
        if (const QByteArray dir = qgetenv("CW_LAYOUT_DUMP"); !dir.isEmpty()) {
            QFile out(QString::fromLocal8Bit(dir) + QStringLiteral("/%1-%2.cwa").arg(QString::fromLatin1(name).replace(QLatin1Char(' '), QLatin1Char('-')), a.engine.section(QLatin1Char(' '), 0, 0)));
            if (out.open(QIODevice::WriteOnly))
                out.write(writeCwa(d));
        }
        qInfo("%-14s %-30s %9.1f ms  crossings %6d  through cards %4d  length %9.0f  area %6.2f Mpx (%4.0f x %4.0f)",
            name, qPrintable(a.engine.left(30)), ms, crossings ? m.edgeCrossings : -1, m.cardCrossings, m.length,
            m.bounds.width() * m.bounds.height() / 1e6, m.bounds.width(), m.bounds.height());
    }

private Q_SLOTS:
    void sampleWithoutLayout()
    {
        const Diagram d = sample();
        weigh("sample", d, layout::Engine::Dot, true);
        weigh("sample", d, layout::Engine::Columns, true);
    }

    void synthetic_data()
    {
        QTest::addColumn<int>("nodes");
        for (int n : {100, 400, 1000, 1500})
            QTest::addRow("%d", n) << n;
    }

    void synthetic()
    {
        QFETCH(int, nodes);
        const Diagram d = withoutLayout(test::syntheticDiagram(nodes, nodes * 3 / 2));
        const QByteArray name = "synthetic " + QByteArray::number(nodes);
        weigh(name.constData(), d, layout::Engine::Dot, nodes <= 1000);
        weigh(name.constData(), d, layout::Engine::Columns, nodes <= 1000);
    }
};

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
