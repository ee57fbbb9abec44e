// The report's content (core/report/report.h): inventory, plan order, accepted findings,
// cost and coverage as cost::project gives them, scenarios, assumptions.
#include "cost/cost_export.h"
#include "report/report.h"
#include "report_fixture.h"
#include "rules/rule_book.h"

#include <QRegularExpression>
#include <QTest>

using namespace cw;

class TestReportContent : public QObject {
    Q_OBJECT

    Architecture m_model;
    report::Report m_report;

    const report::InventoryNode* inventoryNode(const Id& id, QString* category = nullptr) const
    {
        for (const report::InventoryCategory& c : m_report.inventory) {
            for (const report::InventoryNode& n : c.nodes) {
                if (n.id == id) {
                    if (category)
                        *category = c.id;
                    return &n;
                }
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::buildHostileSample(m_model));
        m_report = report::buildReport(
            m_model, Catalog::builtin(), cost::PriceBook::builtin(), validate(m_model), 12, QDate(2026, 12, 2));
    }

    void header()
    {
        QCOMPARE(m_report.title, m_model.meta().title);
        QCOMPARE(m_report.dateText, QStringLiteral("2026-12-02"));
        QCOMPARE(m_report.provider, QStringLiteral("AWS"));
        QCOMPARE(m_report.region, QStringLiteral("us-east-1"));
        QCOMPARE(m_report.nodeCount, int(m_model.nodes().size()));
        QCOMPARE(m_report.edgeCount, int(m_model.edges().size()));
    }

    void inventoryHoldsEveryNodeOnceByCategory()
    {
        int count = 0;
        QStringList order;
        for (const report::InventoryCategory& c : m_report.inventory) {
            QVERIFY2(!c.nodes.empty(), qPrintable(c.id));
            order << c.id;
            for (const report::InventoryNode& n : c.nodes) {
                ++count;
                const Node* node = m_model.node(n.id);
                QVERIFY(node);
                QCOMPARE(c.id, Catalog::builtin().kind(node->kind)->category);
            }
        }
        QCOMPARE(count, int(m_model.nodes().size()));
        // Categories in the catalog's order.
        QStringList catalogOrder;
        for (const Category& c : Catalog::builtin().categories()) {
            if (order.contains(c.id))
                catalogOrder << c.id;
        }
        QCOMPARE(order, catalogOrder);
    }

    void inventoryNamesServicesAndModels_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("serviceModel");
        QTest::newRow("renamed container") << "api" << test::kScriptName << "compute"
                                           << "CaaS";
        QTest::newRow("renamed database") << "db" << test::kStyleName << "database"
                                          << "PaaS";
        QTest::newRow("function") << "fn|1" << test::kPipeName << "compute"
                                  << "FaaS";
    }

    void inventoryNamesServicesAndModels()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, serviceModel);
        QString in;
        const report::InventoryNode* n = inventoryNode(id, &in);
        QVERIFY(n);
        QCOMPARE(n->name, name);
        QCOMPARE(in, category);
        QCOMPARE(n->serviceModel, serviceModel);
        QCOMPARE(n->serviceName, Catalog::builtin().serviceName(m_model.node(id)->kind, QStringLiteral("aws")));
        QCOMPARE(n->provider, QStringLiteral("AWS"));
    }

    void planIsHighestRiskFirst()
    {
        const std::vector<Finding> findings = validate(m_model);
        const auto open
            = std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return !f.suppressed; });
        QVERIFY(open >= 3);
        QCOMPARE(qsizetype(m_report.plan.size()), qsizetype(open));
        const RuleBook& book = RuleBook::builtin();
        for (size_t i = 0; i < m_report.plan.size(); ++i) {
            const report::PlanItem& p = m_report.plan[i];
            QCOMPARE(p.rank, int(i) + 1);
            QVERIFY2(!p.fix.isEmpty() && !p.why.isEmpty(), qPrintable(p.rule));
            if (i == 0)
                continue;
            const report::PlanItem& q = m_report.plan[i - 1];
            const Finding* a = nullptr;
            const Finding* b = nullptr;
            for (const Finding& f : findings) {
                if (f.rule == q.rule && f.message == q.message)
                    a = &f;
                if (f.rule == p.rule && f.message == p.message)
                    b = &f;
            }
            QVERIFY(a && b);
            const auto key
                = [&](const Finding* f) { return std::tuple(int(f->severity), int(f->pillar), book.order(f->rule)); };
            QVERIFY2(key(a) <= key(b), qPrintable(q.rule + QStringLiteral(" before ") + p.rule));
        }
        QVERIFY(m_report.plan.front().severity == Severity::Error);
        QCOMPARE(m_report.errors + m_report.warnings + m_report.infos, int(m_report.plan.size()));
    }

    void quickFixesArePriced()
    {
        // missing-secrets has a quick fix that adds a secret manager: its cost is named.
        bool found = false;
        for (const report::PlanItem& p : m_report.plan) {
            if (p.rule == QLatin1String("missing-secrets")) {
                found = true;
                QVERIFY2(p.fixCost.startsWith(QLatin1String("adds ")), qPrintable(p.fixCost));
            }
        }
        QVERIFY(found);
    }

    void suppressedKeepTheirReason()
    {
        QCOMPARE(m_report.suppressed.size(), size_t(1));
        const report::SuppressedItem& s = m_report.suppressed.front();
        QCOMPARE(s.nodes.value(0), QStringLiteral("data"));
        QCOMPARE(s.reason, test::kSuppressReason);
        for (const report::PlanItem& p : m_report.plan)
            QVERIFY(!(p.rule == s.rule && p.nodes.value(0) == QLatin1String("data")));
    }

    void costAndCoverageMatchTheProjection()
    {
        const cost::Projection p = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, 12);
        QCOMPARE(m_report.coverage.priced, p.priced);
        QCOMPARE(m_report.coverage.usage, p.usage);
        QCOMPARE(m_report.coverage.unpriced, p.unpriced);
        QCOMPARE(m_report.coverage.text, cost::coverageText(p));
        QVERIFY(m_report.coverage.usage >= 1); // the function's requests are not set
        QCOMPARE(m_report.cost.months, 12);
        QCOMPARE(m_report.cost.perMonth.size(), size_t(12));
        QCOMPARE(m_report.cost.month1Total, p.perMonth.front().total);
        QCOMPARE(m_report.cost.horizonTotal, p.horizonTotal());
        QCOMPARE(m_report.cost.complete, p.complete());
        QCOMPARE(m_report.cost.budget, std::optional(cost::Money::fromMicros(150'000'000)));
        QVERIFY(m_report.cost.budgetText.contains(QLatin1String("$150.00")));
    }

    void unknownIsNeverZero()
    {
        for (const report::CostRow& row : m_report.cost.nodes) {
            if (row.status == QLatin1String("usage") || row.status == QLatin1String("unpriced")) {
                QVERIFY2(!row.month1, qPrintable(row.id));
                QVERIFY(!row.month1Text.startsWith(QLatin1Char('$')));
                QVERIFY(!row.reason.isEmpty());
            }
        }
        const auto fn = std::find_if(m_report.cost.nodes.begin(), m_report.cost.nodes.end(),
            [](const report::CostRow& r) { return r.id == QLatin1String("fn|1"); });
        QVERIFY(fn != m_report.cost.nodes.end());
        QCOMPARE(fn->month1Text, QStringLiteral("usage?"));
    }

    void scenariosCompared()
    {
        QCOMPARE(m_report.scenarios.size(), size_t(1));
        const report::ScenarioRow& s = m_report.scenarios.front();
        QCOMPARE(s.name, QStringLiteral("Before <i>functions</i>"));
        QCOMPARE(s.savedAt, QStringLiteral("2026-11-30"));
        QCOMPARE(s.months, 12);
        QVERIFY2(s.changes.filter(QStringLiteral("(fn|1): added")).size() == 1, qPrintable(s.changes.join('\n')));
    }

    void assumptionsNameSourcesAndDates()
    {
        const QString all = m_report.assumptions.statements.join(QLatin1Char(' '));
        QVERIFY(all.contains(QLatin1String("730 hours")));
        QVERIFY(all.contains(QLatin1String("no free tiers")));
        QVERIFY(all.contains(QLatin1String("list prices")));
        QCOMPARE(m_report.assumptions.hoursPerMonth, 730);
        QVERIFY(m_report.assumptions.prices.size() >= 3);
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
        QSet<QString> keys;
        for (const report::PriceSource& s : m_report.assumptions.prices) {
            QVERIFY2(!s.source.isEmpty(), qPrintable(s.key));
            QVERIFY2(date.match(s.asOf).hasMatch(), qPrintable(s.key + QLatin1Char(' ') + s.asOf));
            QVERIFY(s.unitPrice.startsWith(QLatin1Char('$')));
            QVERIFY2(!keys.contains(s.provider + s.region + s.key), qPrintable(s.key)); // each price once
            keys.insert(s.provider + s.region + s.key);
        }
    }

    void monthsAreClamped_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("months");
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("a year") << 12 << 12;
        QTest::newRow("too many") << 100 << cost::kMaxMonths;
    }

    void monthsAreClamped()
    {
        QFETCH(int, asked);
        QFETCH(int, months);
        const report::Report r = report::buildReport(
            m_model, Catalog::builtin(), cost::PriceBook::builtin(), {}, asked, QDate(2026, 1, 1));
        QCOMPARE(r.cost.months, months);
        QCOMPARE(int(r.cost.perMonth.size()), months);
        QVERIFY(r.plan.empty());
    }

    void emptyDiagram()
    {
        Architecture empty;
        const report::Report r
            = report::buildReport(empty, Catalog::builtin(), cost::PriceBook::builtin(), {}, 12, QDate(2026, 1, 1));
        QCOMPARE(r.title, QStringLiteral("Untitled architecture"));
        QVERIFY(r.inventory.empty());
        QCOMPARE(r.cost.month1Total, cost::Money());
        QVERIFY(r.assumptions.prices.empty());
    }

    void nodeAnchors_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("plain") << "api-2"
                               << "node-api-2";
        QTest::newRow("pipe") << "fn|1"
                              << "node-fn_007c1";
        QTest::newRow("underscore kept apart") << "a_b"
                                               << "node-a_005fb";
        QTest::newRow("quote and space") << "a\" b"
                                         << "node-a_0022_0020b";
        QTest::newRow("non-latin") << QStringLiteral("n\u00e9\u4e2d") << "node-n_00e9_4e2d";
    }

    void nodeAnchors()
    {
        QFETCH(QString, id);
        QFETCH(QString, anchor);
        QCOMPARE(report::nodeAnchor(id), anchor);
    }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_report_content.moc"
