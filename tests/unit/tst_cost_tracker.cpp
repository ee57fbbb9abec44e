// The cost tracker: after every kind of edit, and after undo, its totals, counts and
// budget equal a fresh project() of the same model exactly (integer money).
#include "catalog/catalog.h"
#include "cost/cost_tracker.h"
#include "edit/edits.h"
#include "io/cwa_reader.h"
#include "model/architecture.h"

#include <QFile>
#include <QtTest>

#include <functional>

using namespace cw;
using namespace cw::cost;

class TestCostTracker : public QObject {
    Q_OBJECT

    Architecture m_model;
    ChangeSummary m_last;

    void sameAsProjection(const CostTracker& tracker)
    {
        const Projection p = project(Catalog::builtin(), PriceBook::builtin(), m_model, tracker.months());
        for (int m = 1; m <= tracker.months(); ++m) {
            const MonthTotal& row = p.perMonth[size_t(m - 1)];
            QCOMPARE(tracker.total(m).micros(), row.total.micros());
            for (const auto& [category, amount] : row.byCategory)
                QCOMPARE(tracker.categoryTotal(category, m).micros(), amount.micros());
        }
        QCOMPARE(tracker.priced(), p.priced);
        QCOMPARE(tracker.usage(), p.usage);
        QCOMPARE(tracker.unpriced(), p.unpriced);
        QCOMPARE(tracker.unknown(), p.unknown);
        QCOMPARE(tracker.budget().has_value(), p.budget.has_value());
        if (p.budget) {
            QCOMPARE(tracker.budget()->limit.micros(), p.budget->limit.micros());
            QCOMPARE(tracker.budget()->nodes, p.budget->nodes);
            QCOMPARE(tracker.budget()->firstMonthOver, p.budget->firstMonthOver);
        }
        for (size_t i = 0; i < m_model.nodes().size(); ++i) {
            const NodeCost* n = tracker.node(m_model.nodes()[i].id);
            QVERIFY(n);
            QCOMPARE(n->monthly.micros(), p.nodes[i].monthly.micros());
        }

        // The projection the editor shows, put together from the tracker, is project()'s.
        const Projection q = tracker.projection(m_model);
        QCOMPARE(q.months, p.months);
        QCOMPARE(q.nodes.size(), p.nodes.size());
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            QCOMPARE(q.nodes[i].id, p.nodes[i].id);
            QVERIFY(q.nodes[i].status == p.nodes[i].status);
            QCOMPARE(q.nodes[i].items.size(), p.nodes[i].items.size());
        }
        QCOMPARE(q.perMonth.size(), p.perMonth.size());
        for (size_t m = 0; m < p.perMonth.size(); ++m) {
            QCOMPARE(q.perMonth[m].month, p.perMonth[m].month);
            QCOMPARE(q.perMonth[m].total.micros(), p.perMonth[m].total.micros());
            QCOMPARE(q.perMonth[m].byCategory.size(), p.perMonth[m].byCategory.size());
            for (size_t k = 0; k < p.perMonth[m].byCategory.size(); ++k) {
                QCOMPARE(q.perMonth[m].byCategory[k].first, p.perMonth[m].byCategory[k].first);
                QCOMPARE(q.perMonth[m].byCategory[k].second.micros(), p.perMonth[m].byCategory[k].second.micros());
            }
            for (size_t i = 0; i < p.nodes.size(); ++i)
                QCOMPARE(q.perMonth[m].byNode[i].micros(), p.perMonth[m].byNode[i].micros());
        }
        QCOMPARE(q.priced, p.priced);
        QCOMPARE(q.unknown, p.unknown);
        QCOMPARE(q.budget.has_value(), p.budget.has_value());
        if (p.budget)
            QCOMPARE(q.budget->firstMonthOver, p.budget->firstMonthOver);
    }

private Q_SLOTS:
    void init()
    {
        QFile file(QStringLiteral(":/samples/ml-product.cwa"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        LoadResult r = readCwa(file.readAll(), QStringLiteral("sample"), Catalog::builtin());
        QVERIFY(r.diagram);
        m_model.reset(std::move(*r.diagram));
        QObject::connect(&m_model, &Architecture::changed, this, [this](const ChangeSummary& s) { m_last = s; });
    }

    void followsEdits_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("a bigger database") << 0;
        QTest::newRow("storage that grows") << 1;
        QTest::newRow("an added VM") << 2;
        QTest::newRow("a removed node") << 3;
        QTest::newRow("a move") << 4;
        QTest::newRow("another region") << 5;
        QTest::newRow("a budget with a limit") << 6;
    }

    void followsEdits()
    {
        QFETCH(int, which);
        const Catalog& catalog = Catalog::builtin();
        const std::vector<std::function<EditResult()>> edits{
            [&] {
                return edit::setProperty(
                    m_model, catalog, QStringLiteral("db"), QStringLiteral("instance_type"), Json("db.m5.xlarge"));
            },
            [&] {
                return edit::setProperty(
                    m_model, catalog, QStringLiteral("data"), QStringLiteral("growth_pct_per_month"), 15);
            },
            [&] {
                edit::NewNode spec;
                spec.kind = QStringLiteral("compute.vm");
                spec.group = QStringLiteral("private");
                spec.pos = QPointF(800, 340);
                return edit::addNode(m_model, catalog, spec);
            },
            [&] { return edit::removeItems(m_model, {QStringLiteral("db")}); },
            [&] { return edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(20, 0)); },
            [&] {
                Meta meta = m_model.meta();
                meta.region = QStringLiteral("eu-west-1");
                return edit::setMeta(m_model, meta);
            },
            [&] {
                edit::NewNode spec;
                spec.kind = QStringLiteral("cost.budget");
                spec.pos = QPointF(-400, -400);
                EditResult r = edit::addNode(m_model, catalog, spec);
                if (!r.ok())
                    return r;
                return edit::setProperty(m_model, catalog, r.created.value(0), QStringLiteral("monthly_limit"), 100);
            },
        };
        CostTracker tracker(catalog, PriceBook::builtin(), 24);
        tracker.run(m_model);
        sameAsProjection(tracker);
        const Money before = tracker.total(1);
        EditResult r = edits[size_t(which)]();
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        tracker.update(m_model, m_last);
        sameAsProjection(tracker);
        r.record->undo(m_model);
        tracker.update(m_model, m_last);
        sameAsProjection(tracker);
        if (which != 6) // the budget case undoes only the limit; its own node stays
            QCOMPARE(tracker.total(1).micros(), before.micros());
    }
};

QTEST_GUILESS_MAIN(TestCostTracker)
#include "tst_cost_tracker.moc"
