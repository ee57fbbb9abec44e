// Grading (core/teach/grading.h): each condition met and not met on real diagrams, with
// the sentence the student reads; suppressions honoured, the rule profile not a way out,
// the cost figure the one `cloudwright cost` prints.
#include "core_test_helpers.h"

#include "edit/edits.h"
#include "teach/grading.h"
#include "teach/lesson_reader.h"

#include <QtTest>

using namespace cw;
using namespace cw::teach;

namespace {

// The typical ML product (resources/templates/01): one no-cost-controls warning, no
// missing-iam, month 1 $244.00 over its priced nodes, its scheduler unpriced.
void loadTypical(Architecture& model)
{
    std::optional<Diagram> d = builtinTemplate(QStringLiteral("01-typical-ml-product"));
    QVERIFY(d);
    model.reset(std::move(*d));
}

ConditionResult gradeOne(const Architecture& model, const Condition& c)
{
    Exercise e;
    e.id = QStringLiteral("t");
    e.conditions = {c};
    const Grade g = grade(test::catalog(), cost::PriceBook::builtin(), RuleBook::builtin(), model, e);
    return g.conditions.front();
}

Condition rule(ConditionType type, const char* id)
{
    Condition c;
    c.type = type;
    c.rule = QLatin1String(id);
    return c;
}

Condition hasKind(const char* kind, int min = 1)
{
    Condition c;
    c.type = ConditionType::HasKind;
    c.kind = QLatin1String(kind);
    c.min = min;
    return c;
}

Condition connected(const char* from, const char* to, std::optional<EdgeKind> edge = std::nullopt)
{
    Condition c;
    c.type = ConditionType::Connected;
    c.from = QLatin1String(from);
    c.to = QLatin1String(to);
    c.edge = edge;
    return c;
}

Condition costBelow(qint64 cents)
{
    Condition c;
    c.type = ConditionType::MonthlyCostBelow;
    c.below = cost::Money::fromMicros(cents * 10'000);
    return c;
}

#define APPLY(edit)                                                                                                    \
    do {                                                                                                               \
        const EditResult applied = (edit);                                                                             \
        QVERIFY2(applied.ok(), qPrintable(applied.error));                                                             \
    } while (false)

} // namespace

class TestGrading : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noFinding()
    {
        Architecture model;
        loadTypical(model);
        ConditionResult r = gradeOne(model, rule(ConditionType::NoFinding, "missing-iam"));
        QVERIFY(r.met);
        QCOMPARE(r.message, QStringLiteral("No \"missing-iam\" finding (Workload without IAM)"));
        r = gradeOne(model, rule(ConditionType::NoFinding, "no-cost-controls"));
        QVERIFY(!r.met);
        QVERIFY2(r.message.startsWith(QStringLiteral("Still reported: a \"no-cost-controls\" finding (No budget or cost "
                                                     "alert): GPUs run in Weekly training")),
            qPrintable(r.message));
        // Take the IAM node away: the workloads have no role any more.
        APPLY(edit::removeItems(model, {QStringLiteral("iam")}));
        r = gradeOne(model, rule(ConditionType::NoFinding, "missing-iam"));
        QVERIFY(!r.met);
        QVERIFY2(r.message.contains(QStringLiteral("(and 1 more)")), qPrintable(r.message)); // api and train
    }

    void finding()
    {
        Architecture model;
        loadTypical(model);
        ConditionResult r = gradeOne(model, rule(ConditionType::Finding, "no-cost-controls"));
        QVERIFY(r.met);
        QVERIFY2(r.message.startsWith(QStringLiteral("Reported, as asked: a \"no-cost-controls\" finding")),
            qPrintable(r.message));
        r = gradeOne(model, rule(ConditionType::Finding, "missing-iam"));
        QVERIFY(!r.met);
        QCOMPARE(r.message, QStringLiteral("Not reported yet: a \"missing-iam\" finding (Workload without IAM)"));
    }

    // noFinding holds when no UNSUPPRESSED finding of the rule is left; finding needs one.
    void suppressionIsHonoured()
    {
        Architecture model;
        loadTypical(model);
        APPLY(edit::suppress(model, test::catalog(), QStringLiteral("train"), QStringLiteral("no-cost-controls"),
            QStringLiteral("the course account has a budget outside this diagram")));
        ConditionResult r = gradeOne(model, rule(ConditionType::NoFinding, "no-cost-controls"));
        QVERIFY2(r.met, qPrintable(r.message));
        QVERIFY2(r.message.endsWith(QStringLiteral("(1 suppressed with a reason)")), qPrintable(r.message));
        r = gradeOne(model, rule(ConditionType::Finding, "no-cost-controls"));
        QVERIFY(!r.met);
        QVERIFY2(r.message.contains(QStringLiteral("the diagram suppresses it")), qPrintable(r.message));
    }

    // A rule profile that leaves the rule out does not make its findings go away.
    void theProfileIsNoWayOut()
    {
        Architecture model;
        loadTypical(model);
        Meta meta = model.meta();
        meta.ruleProfile = QStringLiteral("security"); // no cost rules
        APPLY(edit::setMeta(model, meta));
        QVERIFY(!gradeOne(model, rule(ConditionType::NoFinding, "no-cost-controls")).met);
        QVERIFY(gradeOne(model, rule(ConditionType::Finding, "no-cost-controls")).met);
        QCOMPARE(model.meta().ruleProfile, QStringLiteral("security")); // grading changed nothing
    }

    void hasKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("min");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("message");
        QTest::newRow("one there") << "security.secrets" << 1 << true
                                   << "Has a Secrets Manager node (security.secrets)";
        QTest::newRow("none there") << "cost.budget" << 1 << false
                                    << "Still missing: an AWS Budgets node (cost.budget)";
        QTest::newRow("an before a vowel") << "security.kms" << 1 << false << "Still missing: a KMS node (security.kms)";
        QTest::newRow("two of three") << "observability.monitoring" << 3 << false
                                      << "Still missing: 2 more CloudWatch nodes (observability.monitoring); 1 of the 3 "
                                         "asked is there";
        QTest::newRow("at least one of min 1") << "compute.container" << 1 << true
                                               << "Has a Fargate node (compute.container)";
    }

    void hasKind()
    {
        QFETCH(QString, kind);
        QFETCH(int, min);
        QFETCH(bool, met);
        QFETCH(QString, message);
        Architecture model;
        loadTypical(model);
        const ConditionResult r = gradeOne(model, ::hasKind(qPrintable(kind), min));
        QCOMPARE(r.met, met);
        QCOMPARE(r.message, message);
    }

    void hasKindCountsEveryNode()
    {
        Architecture model;
        loadTypical(model);
        edit::NewNode spec;
        spec.kind = QStringLiteral("security.secrets");
        APPLY(edit::addNode(model, test::catalog(), spec));
        const ConditionResult r = gradeOne(model, ::hasKind("security.secrets", 2));
        QVERIFY(r.met);
        QCOMPARE(r.message, QStringLiteral("Has 2 Secrets Manager nodes (security.secrets), at least 2 asked"));
    }

    void connected_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("edge"); // empty: any
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("message"); // a part of it
        QTest::newRow("request edge there") << "network.load_balancer" << "compute.container" << "request" << true
                                            << "Connected: lb → api is a request edge from";
        QTest::newRow("any edge") << "compute.container" << "database.sql" << "" << true
                                  << "Connected: api → db is an edge from";
        QTest::newRow("wrong kind") << "compute.container" << "database.sql" << "request" << false
                                    << "; api → db is a data edge";
        QTest::newRow("backwards") << "compute.container" << "network.load_balancer" << "request" << false
                                   << "; lb → api runs the other way round";
        QTest::newRow("no such node") << "cost.budget" << "ml.training" << "control" << false
                                      << "Still missing: a control edge from an AWS Budgets node (cost.budget) to a "
                                         "SageMaker training node (ml.training); the diagram has no AWS Budgets node yet";
        QTest::newRow("not connected") << "security.secrets" << "compute.container" << "" << false
                                       << "; the two are not connected";
    }

    void connected()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, edge);
        QFETCH(bool, met);
        QFETCH(QString, message);
        Architecture model;
        loadTypical(model);
        const ConditionResult r = gradeOne(model,
            ::connected(qPrintable(from), qPrintable(to), edge.isEmpty() ? std::nullopt : edgeKindFromString(edge)));
        QCOMPARE(r.met, met);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }

    // Month 1's total over the priced nodes, as `cloudwright cost` prints it: $244.00
    // ($243.9952 to the micro-dollar, compared in cents as shown); "below" is strict, and
    // the unpriced scheduler is named, never a silent zero.
    void monthlyCostBelow_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("message");
        QTest::newRow("above the total") << qint64(30000) << true
                                         << "Month 1 costs $244.00 (Weekly schedule (sched) not counted: its price is "
                                            "unknown), below the goal of $300.00";
        QTest::newRow("a cent above") << qint64(24401) << true << "";
        QTest::newRow("equal is not below") << qint64(24400) << false
                                            << "Month 1 costs $244.00 (Weekly schedule (sched) not counted: its price "
                                               "is unknown); the goal is below $244.00";
        QTest::newRow("far below") << qint64(5000) << false << "";
    }

    void monthlyCostBelow()
    {
        QFETCH(qint64, cents);
        QFETCH(bool, met);
        QFETCH(QString, message);
        Architecture model;
        loadTypical(model);
        const ConditionResult r = gradeOne(model, costBelow(cents));
        QCOMPARE(r.met, met);
        if (!message.isEmpty())
            QCOMPARE(r.message, message);
    }

    void costFollowsEdits()
    {
        Architecture model;
        loadTypical(model);
        QVERIFY(gradeOne(model, costBelow(30000)).met);
        // Four API containers instead of two: $72.08 more.
        APPLY(edit::setProperty(model, test::catalog(), QStringLiteral("api"), QStringLiteral("count"), 4));
        const ConditionResult r = gradeOne(model, costBelow(30000));
        QVERIFY(!r.met);
        QVERIFY2(r.message.startsWith(QStringLiteral("Month 1 costs $316.08")), qPrintable(r.message));
    }

    void aCostGoalNeedsDollars()
    {
        // The editor refuses another currency, a file may still carry one.
        std::optional<Diagram> d = builtinTemplate(QStringLiteral("01-typical-ml-product"));
        QVERIFY(d);
        d->meta.currency = QStringLiteral("EUR");
        Architecture model;
        model.reset(std::move(*d));
        const ConditionResult r = gradeOne(model, costBelow(30000));
        QVERIFY(!r.met);
        QVERIFY2(r.message.startsWith(QStringLiteral("Cannot check the cost goal")), qPrintable(r.message));
    }

    void gradeKeepsTheExercisesOrder()
    {
        Architecture model;
        loadTypical(model);
        Exercise e;
        e.conditions = {::hasKind("cost.budget"), rule(ConditionType::NoFinding, "missing-iam"), costBelow(30000)};
        const Grade g = grade(test::catalog(), cost::PriceBook::builtin(), RuleBook::builtin(), model, e);
        QCOMPARE(g.conditions.size(), std::size_t(3));
        QCOMPARE(g.conditions[0].condition, e.conditions[0]);
        QCOMPARE(g.conditions[2].condition, e.conditions[2]);
        QCOMPARE(g.metCount(), 2);
        QVERIFY(!g.passed());
    }

    void describeSaysWhatIsAsked()
    {
        const Catalog& c = test::catalog();
        const RuleBook& b = RuleBook::builtin();
        QCOMPARE(describe(c, b, ::hasKind("security.secrets", 2), QStringLiteral("aws")),
            QStringLiteral("At least 2 Secrets Manager nodes (security.secrets)"));
        QCOMPARE(describe(c, b, rule(ConditionType::NoFinding, "missing-iam")),
            QStringLiteral("No \"missing-iam\" finding (Workload without IAM)"));
        QCOMPARE(describe(c, b, ::connected("network.load_balancer", "compute.kubernetes", EdgeKind::Request)),
            QStringLiteral("A request edge from a Load balancer node (network.load_balancer) to a Kubernetes cluster "
                           "node (compute.kubernetes)"));
        QCOMPARE(describe(c, b, costBelow(50000)), QStringLiteral("Month 1 costs less than $500.00"));
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
