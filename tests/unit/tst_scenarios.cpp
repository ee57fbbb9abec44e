// Kept cost scenarios: built from a projection, compared with the diagram as edited
// (nodes in both, added, removed; totals exact), kept, renamed and deleted as undoable
// edits, and saved and reopened unchanged (unknown keys included).
#include "core_test_helpers.h"

#include "cost/scenario_compare.h"
#include "edit/edits.h"
#include "io/scenario_io.h"
#include "rules/validator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cw;
using namespace cw::cost;
using cw::test::catalog;
using cw::test::dataPath;

namespace {

const ScenarioDiffRow* rowOf(const ScenarioDiff& diff, const QString& id)
{
    for (const ScenarioDiffRow& r : diff.rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

Money usd(qint64 dollars, qint64 micros = 0)
{
    return Money::fromMicros(dollars * 1'000'000 + micros);
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

    Architecture m_model;

    Projection projectNow(int months) const { return project(catalog(), PriceBook::builtin(), m_model, months); }

private Q_SLOTS:
    void init()
    {
        LoadResult r = cw::test::loadFixture(QStringLiteral("cost/scenarios.cwa"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        m_model.reset(std::move(*r.diagram));
    }

    void readsTheFixture()
    {
        QCOMPARE(m_model.scenarios().size(), size_t(2));
        const Scenario& s = m_model.scenarios()[0];
        QCOMPARE(s.name, QStringLiteral("On VMs"));
        QCOMPARE(s.savedAt, QStringLiteral("2026-12-02"));
        QCOMPARE(s.months(), 3);
        QVERIFY(s.complete);
        // Parsed to the exact micro-dollar, including the last one.
        QCOMPARE(s.monthlyMicros, (std::vector<qint64>{140'160'000, 140'160'000, 140'160'001}));
        QCOMPARE(s.nodes.size(), size_t(3));
        QCOMPARE(s.nodes[0].monthlyMicros, std::optional<qint64>(140'160'000));
        QVERIFY(s.nodes[0].extra["note"] == Json("two m5.large"));
        QVERIFY(!s.nodes[1].monthlyMicros);
        QVERIFY(s.extra["author"]["who"] == Json("ana"));
        const Scenario& tiny = m_model.scenarios()[1];
        QCOMPARE(tiny.monthlyMicros, std::vector<qint64>{1});
        QVERIFY(tiny.nodes.empty());
        QVERIFY(tiny.savedAt.isEmpty());
    }

    void savedAndReopened()
    {
        Diagram d = m_model.diagram();
        d.scenarios.push_back(scenarioFrom(
            projectNow(36), catalog(), m_model, QStringLiteral("On functions \"β\""), QStringLiteral("2026-12-02")));
        const QByteArray bytes = writeCwa(d);
        LoadResult again = readCwa(bytes, QStringLiteral("saved.cwa"), catalog());
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QVERIFY(again.diagram->scenarios == d.scenarios);
        QVERIFY(*again.diagram == d);
        QCOMPARE(writeCwa(*again.diagram), bytes); // and written again byte for byte
        // Unknown keys of a scenario and of its nodes are written back.
        QVERIFY(bytes.contains(R"("author": {"who":"ana","why":"before the move to functions"})"));
        QVERIFY(bytes.contains(R"("note": "two m5.large")"));
        QVERIFY(bytes.contains(R"("monthly": [140.16,140.16,140.160001])"));
        QVERIFY(
            bytes.contains(R"({"name": "Tiny", "months": 1, "complete": true, "monthly": [0.000001], "nodes": []})"));
    }

    void dollarsText_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0";
        QTest::newRow("one micro-dollar") << qint64(1) << "0.000001";
        QTest::newRow("whole") << qint64(1'200'000'000) << "1200";
        QTest::newRow("cents") << qint64(70'080'000) << "70.08";
        QTest::newRow("every decimal") << qint64(12'345'678'901) << "12345.678901";
        QTest::newRow("negative") << qint64(-2'500'000) << "-2.5";
    }

    void dollarsText()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(cw::dollarsText(micros)), text);
        // And a JSON number read back gives the same micro-dollars.
        QCOMPARE(std::llround(Json::parse(text.toStdString()).get<double>() * 1e6), micros);
    }

    void builtFromProjection()
    {
        const Projection p = projectNow(12);
        const Scenario s = scenarioFrom(p, catalog(), m_model, QStringLiteral("Now"), QStringLiteral("2026-12-02"));
        QCOMPARE(s.months(), 12);
        QCOMPARE(s.complete, p.complete());
        for (int m = 0; m < 12; ++m)
            QCOMPARE(s.monthlyMicros[size_t(m)], p.perMonth[size_t(m)].total.micros());
        QCOMPARE(s.nodes.size(), p.nodes.size());
        QCOMPARE(s.nodes[0].name, QStringLiteral("API servers"));
        QCOMPARE(s.nodes[0].status, QStringLiteral("priced"));
        QCOMPARE(s.nodes[0].monthlyMicros, std::optional<qint64>(140'160'000)); // 2 × 730 h × $0.096
        QCOMPARE(s.nodes[1].status, QStringLiteral("usage"));                   // a function with no requests
        QVERIFY(!s.nodes[1].monthlyMicros);
        QCOMPARE(s.nodes[2].name, QStringLiteral("AWS Budgets"));
        QCOMPARE(s.nodes[2].status, QStringLiteral("notBilled"));
    }

    void differenceAfterEdits()
    {
        const Scenario kept
            = scenarioFrom(projectNow(12), catalog(), m_model, QStringLiteral("Before"), QStringLiteral("2026-12-02"));
        // Three VMs instead of two, the budget gone, a new m5.large VM added.
        QVERIFY(edit::setProperty(m_model, catalog(), QStringLiteral("vm"), QStringLiteral("count"), Json(3)).ok());
        QVERIFY(edit::removeItems(m_model, {QStringLiteral("budget")}).ok());
        edit::NewNode spec;
        spec.kind = QStringLiteral("compute.vm");
        spec.props = Json{{"instance_type", "m5.large"}};
        const EditResult added = edit::addNode(m_model, catalog(), spec);
        QVERIFY(added.ok());
        const Id newVm = added.created.value(0);

        const Projection now = projectNow(24);
        const ScenarioDiff diff = compareScenario(kept, now, catalog(), m_model);
        QCOMPARE(diff.rows.size(), size_t(4)); // vm, fn, the new VM, then the removed budget

        const ScenarioDiffRow* vm = rowOf(diff, QStringLiteral("vm"));
        QVERIFY(vm && vm->inScenario && vm->inNow);
        QCOMPARE(vm->then, std::optional(usd(140, 160'000)));
        QCOMPARE(vm->now, std::optional(usd(210, 240'000)));
        QCOMPARE(vm->change, std::optional(usd(70, 80'000)));
        QCOMPARE(vm->thenKind, QStringLiteral("compute.vm"));

        const ScenarioDiffRow* fn = rowOf(diff, QStringLiteral("fn"));
        QVERIFY(fn && fn->inScenario && fn->inNow);
        QVERIFY(!fn->then && !fn->now && !fn->change); // unknown both times: never a $0 change
        QCOMPARE(fn->nowStatus, QStringLiteral("usage"));

        const ScenarioDiffRow* added1 = rowOf(diff, newVm);
        QVERIFY(added1 && !added1->inScenario && added1->inNow);
        QVERIFY(!added1->then);
        QCOMPARE(added1->change, std::optional(usd(70, 80'000))); // counts in full

        const ScenarioDiffRow& removed = diff.rows.back();
        QCOMPARE(removed.id, QStringLiteral("budget"));
        QCOMPARE(removed.name, QStringLiteral("AWS Budgets")); // the kept name: the node is gone
        QVERIFY(removed.inScenario && !removed.inNow);
        QCOMPARE(removed.change, std::optional(Money())); // not billed: a known $0

        // Totals: the months both hold, exact.
        QCOMPARE(diff.months, 12);
        QCOMPARE(diff.thenMonth1, usd(140, 160'000));
        QCOMPARE(diff.nowMonth1, usd(280, 320'000));
        QCOMPARE(diff.month1Change(), usd(140, 160'000));
        QCOMPARE(diff.thenTotal, Money::fromMicros(12 * qint64(140'160'000)));
        QCOMPARE(diff.nowTotal, Money::fromMicros(12 * qint64(280'320'000)));
        QCOMPARE(diff.thenMonthly.size(), size_t(12));
        QVERIFY(diff.complete);
    }

    void keepRenameDeleteUndo()
    {
        QSignalSpy spy(&m_model, &Architecture::changed);
        const std::vector<Scenario> before = m_model.scenarios();
        Scenario s = scenarioFrom(projectNow(12), catalog(), m_model, QStringLiteral("  On functions "), {});
        QCOMPARE(edit::nextScenarioName(m_model), QStringLiteral("Scenario 1"));

        EditResult kept = edit::keepScenario(m_model, s);
        QVERIFY(kept.ok() && kept.record);
        QCOMPARE(kept.record->text(), QStringLiteral("Keep scenario \"On functions\""));
        QCOMPARE(m_model.scenarios().size(), size_t(3));
        QCOMPARE(m_model.scenarios().back().name, QStringLiteral("On functions")); // trimmed
        // The summary says scenarios and nothing the rules or prices read.
        QCOMPARE(spy.count(), 1);
        const ChangeSummary summary = spy.takeFirst().at(0).value<ChangeSummary>();
        QVERIFY(summary.scenariosChanged);
        QVERIFY(summary.layoutOnly);
        QVERIFY(summary.nodesChanged.isEmpty() && !summary.metaChanged);

        // Refused: a name taken, an empty name, a scenario that is not there. Nothing changes.
        QVERIFY(edit::keepScenario(m_model, s).error.contains(QStringLiteral("already a scenario \"On functions\"")));
        s.name = QStringLiteral("   ");
        QVERIFY(edit::keepScenario(m_model, s).error.contains(QStringLiteral("needs a name")));
        QVERIFY(edit::renameScenario(m_model, QStringLiteral("On functions"), QStringLiteral("On VMs"))
                    .error.contains(QStringLiteral("already a scenario")));
        QVERIFY(edit::deleteScenario(m_model, QStringLiteral("Nope")).error.contains(QStringLiteral("no scenario")));
        QCOMPARE(spy.count(), 0);

        EditResult renamed
            = edit::renameScenario(m_model, QStringLiteral("On functions"), QStringLiteral("Serverless"));
        QVERIFY(renamed.ok() && renamed.record);
        QVERIFY(findScenario(m_model.scenarios(), QStringLiteral("Serverless")));
        EditResult deleted = edit::deleteScenario(m_model, QStringLiteral("On VMs"));
        QVERIFY(deleted.ok() && deleted.record);
        QCOMPARE(m_model.scenarios().size(), size_t(2));
        QCOMPARE(m_model.scenarios()[0].name, QStringLiteral("Tiny"));

        deleted.record->undo(m_model);
        QCOMPARE(m_model.scenarios()[0].name, QStringLiteral("On VMs"));
        renamed.record->undo(m_model);
        QVERIFY(findScenario(m_model.scenarios(), QStringLiteral("On functions")));
        kept.record->undo(m_model);
        QVERIFY(m_model.scenarios() == before);
        kept.record->redo(m_model);
        renamed.record->redo(m_model);
        deleted.record->redo(m_model);
        QCOMPARE(m_model.scenarios().size(), size_t(2));
        QCOMPARE(m_model.scenarios()[1].name, QStringLiteral("Serverless"));
        QVERIFY(m_model.checkInvariants().isEmpty());
    }

    void validationSkipsAScenarioChange()
    {
        Validator validator;
        validator.run(m_model);
        const auto findings = validator.findings();
        QSignalSpy spy(&m_model, &Architecture::changed);
        QVERIFY(edit::deleteScenario(m_model, QStringLiteral("Tiny")).ok());
        const ChangeSummary s = spy.takeFirst().at(0).value<ChangeSummary>();
        // A scenario change merged with a move is still nothing for the rules.
        ChangeSummary merged = s;
        ChangeSummary move;
        move.layoutOnly = true;
        move.nodesChanged << QStringLiteral("vm");
        move.layoutChanged << QStringLiteral("vm");
        merged.merge(move);
        QVERIFY(merged.layoutOnly && merged.scenariosChanged);
        QVERIFY(!validator.update(m_model, s));
        QCOMPARE(validator.findings().size(), findings.size());
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
