// Each quick fix makes its finding go away in one undoable step, and undo brings it back.
#include "core_test_helpers.h"

#include "cost/cost_model.h"
#include "edit/edits.h"
#include "rules/quick_fixes.h"
#include "rules/validator.h"

#include <QFile>

using namespace cw;

namespace {

Diagram sample()
{
    QFile file(QStringLiteral(":/samples/ml-product.cwa"));
    file.open(QIODevice::ReadOnly);
    LoadResult r = readCwa(file.readAll(), QStringLiteral("sample"), Catalog::builtin());
    return std::move(*r.diagram);
}

std::optional<Finding> findingOf(const Architecture& model, const QString& rule, const Id& subject = {})
{
    for (const Finding& f : validate(model)) {
        if (f.rule == rule && (subject.isEmpty() || f.nodes.value(0) == subject))
            return f;
    }
    return std::nullopt;
}

void applied(const EditResult& r)
{
    QVERIFY2(r.ok(), qPrintable(r.error));
}

} // namespace

class TestQuickFixes : public QObject {
    Q_OBJECT

    Architecture m_model;

    // Fixes the rule's finding about subject and checks: gone after, back after undo
    // with the diagram exactly as before, gone again after redo; one edit in all.
    void fixAndCheck(const QString& rule, const Id& subject)
    {
        const std::optional<Finding> before = findingOf(m_model, rule, subject);
        QVERIFY2(before, qPrintable(QStringLiteral("%1 does not fire on %2").arg(rule, subject)));
        QVERIFY(fix::canFix(*before));
        const Diagram original = m_model.diagram();
        EditResult r = fix::quickFix(m_model, Catalog::builtin(), *before);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        CW_VERIFY_INVARIANTS(m_model);
        QVERIFY2(!findingOf(m_model, rule, subject), qPrintable(rule + QStringLiteral(" still fires after its fix")));
        r.record->undo(m_model);
        CW_COMPARE_DIAGRAMS(m_model.diagram(), original);
        QVERIFY(findingOf(m_model, rule, subject));
        r.record->redo(m_model);
        QVERIFY(!findingOf(m_model, rule, subject));
    }

private Q_SLOTS:
    void init() { m_model.reset(sample()); }

    void missingIamAddsARole()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("iam")}));
        fixAndCheck(QStringLiteral("missing-iam"), QStringLiteral("api"));
        const Node& iam = m_model.nodes().back();
        QCOMPARE(iam.kind, QStringLiteral("security.iam"));
        QCOMPARE(iam.group, QStringLiteral("region")); // account-wide, beside the workload's region
        const Edge& e = m_model.edges().back();
        QCOMPARE(e.from, iam.id);
        QCOMPARE(e.to, QStringLiteral("api"));
        QCOMPARE(toString(e.kind), QStringLiteral("control"));
    }

    void missingIamReusesTheRole()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("e8")})); // iam -> train
        const auto nodes = m_model.nodes().size();
        fixAndCheck(QStringLiteral("missing-iam"), QStringLiteral("train"));
        QCOMPARE(m_model.nodes().size(), nodes);
        QCOMPARE(m_model.edges().back().from, QStringLiteral("iam"));
    }

    void missingSecretsAddsManagerAndWiresUsers()
    {
        fixAndCheck(QStringLiteral("missing-secrets"), QStringLiteral("db"));
        const Node& secrets = m_model.nodes().back();
        QCOMPARE(secrets.kind, QStringLiteral("security.secrets"));
        bool apiReads = false;
        for (const Id& e : m_model.edgesAt(secrets.id))
            apiReads = apiReads || m_model.edge(e)->from == QLatin1String("api");
        QVERIFY(apiReads);
    }

    void noObservabilityAddsMonitoring()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("monitor")}));
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("no-observability"));
        QVERIFY(f);
        fixAndCheck(QStringLiteral("no-observability"), f->nodes.value(0));
        QCOMPARE(m_model.nodes().back().kind, QStringLiteral("observability.monitoring"));
    }

    // The sample's GPU training has no list price: the fix adds a budget that watches it,
    // leaves the limit unset and says so; the finding then asks that budget for a limit.
    void noCostControlsAddsBudget()
    {
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        QCOMPARE(f->nodes, QList<Id>{QStringLiteral("train")}); // the GPU job
        QVERIFY(!fix::proposedBudgetLimit(m_model, Catalog::builtin()));
        fixAndCheck(QStringLiteral("no-cost-controls"), QStringLiteral("train"));
        const Node& budget = m_model.nodes().back();
        QCOMPARE(budget.kind, QStringLiteral("cost.budget"));
        QCOMPARE(m_model.edgesAt(budget.id).size(), 1);
        QVERIFY(!budget.props.contains("monthly_limit"));
        const std::optional<Finding> after = findingOf(m_model, QStringLiteral("no-cost-controls"));
        QVERIFY(after);
        QCOMPARE(after->nodes.value(0), budget.id); // then the GPU job it is to watch
    }

    void noCostControlsSaysWhyNoLimit()
    {
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        EditResult r = fix::quickFix(m_model, Catalog::builtin(), *f);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        QVERIFY2(r.record->text().contains(QStringLiteral("no limit set")), qPrintable(r.record->text()));
    }

    // Without the unpriced training job the estimate is complete: the budget gets a limit.
    void noCostControlsProposesALimit()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("train")}));
        const std::optional<qint64> limit = fix::proposedBudgetLimit(m_model, Catalog::builtin());
        QVERIFY(limit);
        fixAndCheck(QStringLiteral("no-cost-controls"), Id());
        const Node& budget = m_model.nodes().back();
        QCOMPARE(budget.kind, QStringLiteral("cost.budget"));
        QVERIFY(budget.props.value("monthly_limit", Json()) == Json(*limit));
    }

    // Month 1's total plus 20%, rounded up to two significant figures (tst_fix_placement
    // has the table).
    void proposedLimitHasHeadroom()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("train")}));
        const cost::Projection p = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, 1);
        const double total = p.perMonth.front().total.toDouble();
        const std::optional<qint64> limit = fix::proposedBudgetLimit(m_model, Catalog::builtin());
        QVERIFY(limit);
        QCOMPARE(*limit % 10, qint64(0));
        QVERIFY2(double(*limit) >= total * 1.2, qPrintable(QString::number(*limit)));
        QVERIFY2(double(*limit) < total * 1.2 * 1.1 + 10, qPrintable(QString::number(*limit)));
    }

    // A budget already there without a limit: the fix gives it one instead of adding another.
    void noCostControlsSetsTheLimitOfABudgetWithout()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("train")}));
        edit::NewNode spec;
        spec.kind = QStringLiteral("cost.budget");
        spec.pos = QPointF(-400, -400);
        EditResult added = edit::addNode(m_model, Catalog::builtin(), spec);
        const Id budget = added.created.value(0);
        applied(added);
        applied(edit::connect(m_model, budget, QStringLiteral("api"), EdgeKind::Control));
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        QCOMPARE(f->nodes.value(0), budget);
        const qsizetype nodes = qsizetype(m_model.nodes().size());
        fixAndCheck(QStringLiteral("no-cost-controls"), budget);
        QCOMPARE(qsizetype(m_model.nodes().size()), nodes);
        QVERIFY(m_model.node(budget)->props.value("monthly_limit", Json()).is_number());
    }

    void noModelMonitoringAddsAlert()
    {
        edit::NewNode spec;
        spec.kind = QStringLiteral("ml.endpoint");
        spec.group = QStringLiteral("private");
        spec.pos = QPointF(800, 340);
        EditResult added = edit::addNode(m_model, Catalog::builtin(), spec);
        const Id endpoint = added.created.value(0);
        applied(added);
        applied(edit::connect(m_model, QStringLiteral("api"), endpoint, EdgeKind::Request));
        fixAndCheck(QStringLiteral("no-model-monitoring"), endpoint);
        QCOMPARE(m_model.nodes().back().kind, QStringLiteral("observability.alerting"));
    }

    void publicDatabaseMovesToPrivateSubnet()
    {
        applied(edit::regroup(m_model, {QStringLiteral("db")}, QStringLiteral("public")));
        fixAndCheck(QStringLiteral("public-database"), QStringLiteral("db"));
        const Node* db = m_model.node(QStringLiteral("db"));
        QCOMPARE(db->group, QStringLiteral("private"));
        QVERIFY(
            m_model.group(QStringLiteral("private"))->box.contains(QRectF(db->pos, QSizeF(kNodeWidth, kNodeHeight))));
    }

    void publicDatabaseMakesPrivateSubnetWhenNone()
    {
        applied(edit::regroup(m_model, {QStringLiteral("db")}, QStringLiteral("public")));
        applied(edit::removeItems(m_model, {QStringLiteral("private")}));
        const auto groups = m_model.groups().size();
        fixAndCheck(QStringLiteral("public-database"), QStringLiteral("db"));
        QCOMPARE(m_model.groups().size(), groups + 1);
        const Group& made = m_model.groups().back();
        QCOMPARE(made.parent, QStringLiteral("vpc"));
        QCOMPARE(made.props.value("public", true), false);
        QCOMPARE(m_model.node(QStringLiteral("db"))->group, made.id);
    }

    void publicDatabaseLosesDirectInternetEdge()
    {
        applied(edit::connect(m_model, QStringLiteral("users"), QStringLiteral("db"), EdgeKind::Request));
        fixAndCheck(QStringLiteral("public-database"), QStringLiteral("db"));
        for (const Id& e : m_model.edgesAt(QStringLiteral("db")))
            QVERIFY(m_model.edge(e)->from != QLatin1String("users"));
    }

    void staleFindingIsRefused()
    {
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("missing-secrets"));
        QVERIFY(f);
        applied(edit::removeItems(m_model, {QStringLiteral("db")}));
        const Diagram before = m_model.diagram();
        const EditResult r = fix::quickFix(m_model, Catalog::builtin(), *f);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("out of date")));
        CW_COMPARE_DIAGRAMS(m_model.diagram(), before);
    }

    void onlyTheListedRulesHaveFixes()
    {
        Finding f;
        f.rule = QStringLiteral("mixed-data-stores");
        QVERIFY(!fix::canFix(f));
        for (const RuleInfo& info : RuleBook::builtin().rules()) {
            Finding probe;
            probe.rule = info.id;
            QCOMPARE(fix::canFix(probe), info.quickFix); // the rule book tells the panel which rules have one
        }
    }
};

QTEST_GUILESS_MAIN(TestQuickFixes)
#include "tst_quick_fixes.moc"
