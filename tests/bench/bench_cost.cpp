// The cost model on 10,000 nodes and 15,000 edges: a 36-month projection from scratch
// (bar: within 0.5x the bare parse) and the cost tracker's update after one edit (0.05x),
// timed alone; the edit, its undo and the undo's update run untimed between samples.
#include "bench_support.h"
#include "cost/cost_tracker.h"
#include "edit/edits.h"

#include <QTest>

#include <functional>

using namespace cw;

class BenchCost : public QObject {
    Q_OBJECT

    Architecture m_model;
    ChangeSummary m_last;
    cost::CostTracker m_tracker{Catalog::builtin(), cost::PriceBook::builtin(), 36};

    double oneUpdate(const std::function<EditResult()>& edit)
    {
        return bench::median(31, [&] {
            EditResult r = edit();
            if (!r.ok() || !r.record)
                qFatal("edit refused: %s", qPrintable(r.error));
            const double ms = bench::timeMs([&] { m_tracker.update(m_model, m_last); });
            r.record->undo(m_model);
            m_tracker.update(m_model, m_last);
            return ms;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_model.reset(test::syntheticDiagram());
        QObject::connect(&m_model, &Architecture::changed, this, [this](const ChangeSummary& s) { m_last = s; });
        m_tracker.run(m_model);
    }

    void bareJsonParse() { bench::measureParse(); }

    void project36()
    {
        bench::report("36-month projection",
            bench::medianMs(7,
                [&] {
                    const cost::Projection p
                        = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, 36);
                    QCOMPARE(p.months, 36);
                }),
            0.5);
    }

    void costAfterSetProperty()
    {
        bench::report("cost update after a property change", oneUpdate([this] {
            return edit::setProperty(m_model, Catalog::builtin(), QStringLiteral("n5000"), QStringLiteral("count"), 3);
        }),
            0.05);
    }

    void costAfterAddNode()
    {
        bench::report("cost update after an added node", oneUpdate([this] {
            edit::NewNode spec;
            spec.kind = QStringLiteral("database.sql");
            spec.group = QStringLiteral("subnet0_0_1");
            spec.pos = QPointF(100, 100);
            return edit::addNode(m_model, Catalog::builtin(), spec);
        }),
            0.05);
    }

    void cleanupTestCase()
    {
        // The updates above must have left the totals a projection gives.
        const cost::Projection p = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, 36);
        for (int m = 1; m <= 36; ++m)
            QCOMPARE(m_tracker.total(m).micros(), p.perMonth[size_t(m - 1)].total.micros());
    }
};

QTEST_GUILESS_MAIN(BenchCost)
#include "bench_cost.moc"
