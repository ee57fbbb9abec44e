// Validating 10,000 nodes and 15,000 edges (design.md: within 1x the bare parse), and
// one update after one edit (0.1x). Each update figure times the validator's update
// alone, after the edit is applied (the undo and its update run untimed between samples);
// bench_validation_controller times the same through the editor's path.
#include "bench_support.h"
#include "edit/edits.h"
#include "rules/rule_context.h"
#include "rules/validator.h"

#include <QTest>

#include <functional>

using namespace cw;

class BenchRules : public QObject {
    Q_OBJECT

    Architecture m_model;
    Validator m_validator;
    ChangeSummary m_last;

    // One update after the edit, timed; then the undo and its update, untimed.
    double oneUpdate(const std::function<EditResult()>& edit)
    {
        return bench::median(31, [&] {
            EditResult r = edit();
            if (!r.ok() || !r.record)
                qFatal("edit refused: %s", qPrintable(r.error));
            const double ms = bench::timeMs([&] { m_validator.update(m_model, m_last); });
            r.record->undo(m_model);
            m_validator.update(m_model, m_last);
            return ms;
        });
    }

    // The undo's update, timed (the edit's update untimed).
    double undoUpdate(const std::function<EditResult()>& edit)
    {
        return bench::median(31, [&] {
            EditResult r = edit();
            if (!r.ok() || !r.record)
                qFatal("edit refused: %s", qPrintable(r.error));
            m_validator.update(m_model, m_last);
            r.record->undo(m_model);
            return bench::timeMs([&] { m_validator.update(m_model, m_last); });
        });
    }

    EditResult setProperty()
    {
        return edit::setProperty(m_model, Catalog::builtin(), QStringLiteral("n5000"), QStringLiteral("count"), 3);
    }
    EditResult connect()
    {
        return edit::connect(m_model, QStringLiteral("n100"), QStringLiteral("n9000"), EdgeKind::Data);
    }
    EditResult addNode()
    {
        edit::NewNode spec;
        spec.kind = QStringLiteral("database.sql");
        spec.group = QStringLiteral("subnet0_0_1");
        spec.pos = QPointF(100, 100);
        return edit::addNode(m_model, Catalog::builtin(), spec);
    }
    EditResult move() { return edit::moveItems(m_model, {QStringLiteral("n5000")}, QPointF(20, 0)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_model.reset(test::syntheticDiagram());
        QObject::connect(&m_model, &Architecture::changed, this, [this](const ChangeSummary& s) { m_last = s; });
        m_validator.run(m_model);
        qInfo("findings on the synthetic diagram: %zu", m_validator.findings().size());
    }

    void bareJsonParse() { bench::measureParse(); }

    void fullValidation()
    {
        bench::report("full validation", bench::medianMs(7, [&] { m_validator.run(m_model); }), 1.0);
        QVERIFY(!m_validator.findings().empty());
    }

    // The diagram-wide facts (request flows) the incremental checks build on.
    void requestFlows()
    {
        bench::report("request flows", bench::medianMs(7, [&] {
            const RuleContext context(m_model, Catalog::builtin());
            QVERIFY(!context.serving().isEmpty());
        }));
    }

    void updateAfterSetProperty()
    {
        bench::report("one update after a property change", oneUpdate([this] { return setProperty(); }), 0.1);
    }
    void updateAfterAddNode()
    {
        bench::report("one update after an added node", oneUpdate([this] { return addNode(); }), 0.1);
    }
    void updateAfterConnect()
    {
        bench::report("one update after a connect", oneUpdate([this] { return connect(); }), 0.1);
    }
    void updateAfterMove()
    {
        bench::report("one update after a move", oneUpdate([this] { return move(); }), 0.1);
    }
    void updateAfterUndoConnect()
    {
        bench::report("one update after undoing a connect", undoUpdate([this] { return connect(); }), 0.1);
    }
    void updateAfterUndoAddNode()
    {
        bench::report("one update after undoing an added node", undoUpdate([this] { return addNode(); }), 0.1);
    }

    void cleanupTestCase()
    {
        // The updates above must have left the findings a full run gives.
        const std::vector<Finding> incremental = m_validator.findings();
        QVERIFY(incremental == validate(m_model));
    }
};

QTEST_GUILESS_MAIN(BenchRules)
#include "bench_rules.moc"
