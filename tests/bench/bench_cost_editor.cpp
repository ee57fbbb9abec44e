// The cost update as the editor runs it on the 10,000-node diagram: one edit requested
// from the Document, then the CostController's flush (the update the event loop would run
// next), which re-prices what the edit touched, rebuilds the projection and redraws the
// cost panel (chart and table) and the costs on the cards. The bar: no freeze
// over 50 ms. The median and the slowest sample are both reported.
#include "bench_support.h"
#include "cost_controller.h"
#include "document.h"
#include "edit/edits.h"
#include "main_window.h"
#include "model/architecture.h"

#include <QAction>
#include <QUndoStack>
#include <QTest>

#include <functional>

using namespace cw;

class BenchCostEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    void measure(const char* what, const std::function<bool()>& edit)
    {
        double worst = 0;
        const double median = bench::median(15, [&] {
            if (!edit())
                qFatal("edit refused");
            const double ms = bench::timeMs([&] { m_window->costs().flush(); });
            worst = std::max(worst, ms);
            m_window->document().undoStack().undo();
            m_window->costs().flush();
            return ms;
        });
        bench::report(qPrintable(QStringLiteral("%1, cost flush in the editor").arg(QLatin1String(what))), median);
        bench::report(qPrintable(QStringLiteral("%1, slowest sample").arg(QLatin1String(what))), worst, 0);
        // The bar is about the slowest sample: that is what bench.sh reads.
        QTest::setBenchmarkResult(worst, QTest::WalltimeMilliseconds);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        m_window->document().openDiagram(test::syntheticDiagram());
        m_window->showCostsAction()->setChecked(true); // the pills on the cards follow every update too
        m_window->costs().flush();
        QCoreApplication::processEvents();
    }

    void bareJsonParse() { bench::measureParse(); }

    void costAfterSetProperty()
    {
        measure("property change", [this] {
            return m_window->document().request([](Architecture& m) {
                return edit::setProperty(m, Catalog::builtin(), QStringLiteral("n5000"), QStringLiteral("count"), 3);
            });
        });
    }

    void costAfterAddNode()
    {
        measure("added node", [this] {
            return m_window->document().request([](Architecture& m) {
                edit::NewNode spec;
                spec.kind = QStringLiteral("database.sql");
                spec.group = QStringLiteral("subnet0_0_1");
                spec.pos = QPointF(100, 100);
                return edit::addNode(m, Catalog::builtin(), spec);
            });
        });
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(BenchCostEditor)
#include "bench_cost_editor.moc"
