// Validating 10,000 nodes and 15,000 edges (design.md: 50 ms), and again after one
// edit (5 ms). Each incremental case times an edit and its undo, each followed by the
// validator's update: two updates per iteration.
#include "edit/edits.h"
#include "rules/rule_context.h"
#include "rules/validator.h"
#include "synthetic.h"

#include <QTest>

using namespace cw;

class BenchRules : public QObject {
    Q_OBJECT

    Architecture m_model;
    Validator m_validator;
    ChangeSummary m_last;

    void editAndUndo(const std::function<EditResult()>& edit)
    {
        QBENCHMARK
        {
            EditResult r = edit();
            QVERIFY(r.ok() && r.record);
            m_validator.update(m_model, m_last);
            r.record->undo(m_model);
            m_validator.update(m_model, m_last);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_model.reset(test::syntheticDiagram());
        connect(&m_model, &Architecture::changed, this, [this](const ChangeSummary& s) { m_last = s; });
        m_validator.run(m_model);
        qInfo("findings on the synthetic diagram: %zu", m_validator.findings().size());
    }

    void fullValidation()
    {
        QBENCHMARK
        {
            m_validator.run(m_model);
        }
        QVERIFY(!m_validator.findings().empty());
    }

    // The diagram-wide facts (request flows) the incremental checks build on.
    void requestFlows()
    {
        QBENCHMARK
        {
            const RuleContext context(m_model, Catalog::builtin());
            QVERIFY(!context.serving().isEmpty());
        }
    }

    void afterSetProperty()
    {
        editAndUndo([this] {
            return edit::setProperty(m_model, Catalog::builtin(), QStringLiteral("n5000"), QStringLiteral("count"), 3);
        });
    }

    void afterConnect()
    {
        editAndUndo(
            [this] { return edit::connect(m_model, QStringLiteral("n100"), QStringLiteral("n9000"), EdgeKind::Data); });
    }

    void afterMove()
    {
        editAndUndo([this] { return edit::moveItems(m_model, {QStringLiteral("n5000")}, QPointF(20, 0)); });
    }

    void afterAddNode()
    {
        editAndUndo([this] {
            edit::NewNode spec;
            spec.kind = QStringLiteral("database.sql");
            spec.group = QStringLiteral("subnet0_0_1");
            spec.pos = QPointF(100, 100);
            return edit::addNode(m_model, Catalog::builtin(), spec);
        });
    }
};

QTEST_GUILESS_MAIN(BenchRules)
#include "bench_rules.moc"
