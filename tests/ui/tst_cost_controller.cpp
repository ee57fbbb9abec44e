// The editor's cost figures: edits gathered until the event loop is free cost one
// update, moves cost none, and the figures after edits equal a fresh estimate.
#include "core_test_helpers.h"
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "edit/edits.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestCostController : public QObject {
    Q_OBJECT

    Architecture m_model;
    std::unique_ptr<CostController> m_controller;
    std::vector<std::unique_ptr<UndoRecord>> m_done;

    void apply(const std::function<EditResult(Architecture&)>& edit)
    {
        EditResult r = edit(m_model);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        m_done.push_back(std::move(r.record));
    }

    static void idle() { QTest::qWait(20); }

    // The JSON carries every figure, status and reason: equal text, equal figures.
    void verifyEqualsFreshEstimate()
    {
        m_controller->flush();
        const cost::Projection fresh
            = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, m_controller->horizon());
        QCOMPARE(cost::projectionJson(m_controller->projection()), cost::projectionJson(fresh));
    }

private Q_SLOTS:
    void init()
    {
        m_model.reset(test::smallDiagram());
        m_controller = std::make_unique<CostController>(Catalog::builtin(), cost::PriceBook::builtin(), m_model);
        m_done.clear();
    }

    void cleanup() { m_controller.reset(); }

    void burstOfEditsGivesOneUpdate()
    {
        QSignalSpy changed(m_controller.get(), &CostController::costChanged);
        const int before = m_controller->passes();
        const cost::Money month1 = m_controller->projection().perMonth.front().total;
        apply([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("api"), QStringLiteral("count"), 4);
        });
        apply([](Architecture& m) {
            return edit::setProperty(
                m, Catalog::builtin(), QStringLiteral("bucket"), QStringLiteral("storage_gb"), 900);
        });
        apply([](Architecture& m) { return edit::rename(m, QStringLiteral("api"), QStringLiteral("Orders API")); });
        QCOMPARE(m_controller->passes(), before); // the editor is still busy
        idle();
        QCOMPARE(m_controller->passes(), before + 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(month1 < m_controller->projection().perMonth.front().total);
        verifyEqualsFreshEstimate();
    }

    void moveRecomputesNothing()
    {
        QSignalSpy changed(m_controller.get(), &CostController::costChanged);
        const int before = m_controller->passes();
        apply([](Architecture& m) { return edit::moveItems(m, {QStringLiteral("api")}, QPointF(10, 0)); });
        apply([](Architecture& m) { return edit::moveItems(m, {QStringLiteral("db")}, QPointF(0, 20)); });
        idle();
        QCOMPARE(m_controller->passes(), before);
        QCOMPARE(changed.count(), 0);
    }

    void figuresFollowEditsAndUndo()
    {
        apply([](Architecture& m) { return edit::removeItems(m, {QStringLiteral("db")}); });
        idle();
        QVERIFY(!m_controller->nodeCost(QStringLiteral("db")));
        verifyEqualsFreshEstimate();
        m_done.back()->undo(m_model);
        idle();
        QVERIFY(m_controller->nodeCost(QStringLiteral("db")));
        verifyEqualsFreshEstimate();
    }

    void horizonSetsTheMonths_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("months");
        QTest::newRow("12") << 12 << 12;
        QTest::newRow("36") << 36 << 36;
        QTest::newRow("60") << 60 << 60;
        QTest::newRow("too many") << 99 << cost::kMaxMonths;
        QTest::newRow("none") << 0 << 1;
    }

    void horizonSetsTheMonths()
    {
        QFETCH(int, asked);
        QFETCH(int, months);
        m_controller->setHorizon(asked);
        QCOMPARE(m_controller->horizon(), months);
        QCOMPARE(int(m_controller->projection().perMonth.size()), months);
        verifyEqualsFreshEstimate();
    }
};

QTEST_GUILESS_MAIN(TestCostController)
#include "tst_cost_controller.moc"
