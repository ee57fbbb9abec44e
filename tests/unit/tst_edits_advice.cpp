// The advisor's Apply (edit::applyAdvice): a workload node becomes the option the advisor
// sized for it, as one undoable edit that keeps its id, place, group, edges and
// suppressions; with critical reliability its replicas are spread over zones, which
// satisfies the single-point-of-failure rule. Refused edits change nothing.
#include "advice/advice.h"
#include "cost/price_book.h"
#include "edits_test_fixture.h"
#include "rules/validator.h"

using namespace cw;
using cw::advice::Option;

namespace {

const Id kApi = QStringLiteral("api");

bool firesOn(const Architecture& model, const QString& rule, const Id& node)
{
    for (const Finding& f : validate(model)) {
        if (f.rule == rule && f.nodes.contains(node) && !f.suppressed)
            return true;
    }
    return false;
}

QStringList edgesAt(const Architecture& model, const Id& id)
{
    QStringList out;
    for (const Edge& e : model.edges()) {
        if (e.from == id || e.to == id)
            out << QStringLiteral("%1:%2->%3").arg(e.id, e.from, e.to);
    }
    return out;
}

} // namespace

class TestEditsAdvice : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void vmBecomesFunction();
    void undoAndRedoAreExact();
    void everyFittingOptionApplies_data();
    void everyFittingOptionApplies();
    void criticalSpreadsReplicasOverZones_data();
    void criticalSpreadsReplicasOverZones();
    void criticalOnTheOptionItIsSpreadsIt();
    void refusals();

private:
    // The fixture's api VM, with the given props on top, in a diagram of that reliability.
    void setUp(const Json& props, const QString& reliability = QStringLiteral("standard"))
    {
        Diagram d = cw::test::smallDiagram();
        d.meta.reliability = reliability;
        for (Node& n : d.nodes) {
            if (n.id == kApi) {
                for (auto it = props.begin(); it != props.end(); ++it)
                    n.props[it.key()] = *it;
                n.suppress.push_back(Suppression{QStringLiteral("missing-secrets"), QStringLiteral("keys in a vault"), {}});
            }
        }
        m_model.reset(d);
        rebase();
    }
    advice::Advice adviceNow() const
    {
        const std::optional<advice::Advice> a = advice::advise(catalog(), cost::PriceBook::builtin(), m_model, kApi);
        return a.value_or(advice::Advice());
    }
};

void TestEditsAdvice::vmBecomesFunction()
{
    setUp(Json{{"requests_per_month", 2000000}, {"traffic_pattern", "spiky"}, {"ops_capacity", "small"},
        {"future_prop", "kept"}});
    const advice::Advice a = adviceNow();
    QCOMPARE(advice::toString(a.recommendation), QStringLiteral("serverless"));
    const Node before = node("api");
    const QStringList edgesBefore = edgesAt(m_model, kApi);
    QCOMPARE(edit::whyNotApplied(m_model, catalog(), a, Option::Serverless), QString());

    EditResult r = edit::applyAdvice(m_model, catalog(), a, Option::Serverless);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Run “EC2” on serverless functions (Lambda)"));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{kApi});

    const Node& after = node("api");
    QCOMPARE(after.kind, QStringLiteral("compute.function"));
    QCOMPARE(after.name, QStringLiteral("Lambda")); // it had the old service's name
    QCOMPARE(after.pos, before.pos);
    QCOMPARE(after.group, before.group);
    QCOMPARE(after.provider, before.provider);
    QCOMPARE(after.suppress, before.suppress);
    QCOMPARE(edgesAt(m_model, kApi), edgesBefore);
    // The option's properties, the load and team kept, the VM's own left behind.
    CW_COMPARE_JSON(after.props.value("requests_per_month", Json()), Json(2000000));
    CW_COMPARE_JSON(after.props.value("traffic_pattern", Json()), Json("spiky"));
    CW_COMPARE_JSON(after.props.value("ops_capacity", Json()), Json("small"));
    CW_COMPARE_JSON(after.props.value("future_prop", Json()), Json("kept"));
    QVERIFY(after.props.contains("duration_ms"));
    QVERIFY(after.props.contains("memory_mb"));
    QVERIFY(!after.props.contains("instance_type"));
    QVERIFY(!after.props.contains("count"));

    // Asked again, the advisor prices the node as drawn, at the figure it promised.
    const advice::Advice again = adviceNow();
    QVERIFY(again.option(Option::Serverless).asDrawn);
    QVERIFY(again.option(Option::Serverless).monthly() == a.option(Option::Serverless).monthly());
}

void TestEditsAdvice::undoAndRedoAreExact()
{
    setUp(Json{{"requests_per_month", 2000000}, {"traffic_pattern", "spiky"}});
    EditResult r = edit::applyAdvice(m_model, catalog(), adviceNow(), Option::Serverless);
    CW_VERIFY_APPLIED(r);
    const Diagram applied = m_model.diagram();
    r.record->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
    QCOMPARE(writeCwa(m_model.diagram()), m_bytesBefore);
    CW_VERIFY_INVARIANTS(m_model);
    r.record->redo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), applied);
    CW_VERIFY_INVARIANTS(m_model);
}

void TestEditsAdvice::everyFittingOptionApplies_data()
{
    QTest::addColumn<int>("option");
    QTest::addColumn<QString>("kind");
    QTest::newRow("serverless") << int(Option::Serverless) << QStringLiteral("compute.function");
    QTest::newRow("containers") << int(Option::Containers) << QStringLiteral("compute.container");
}

void TestEditsAdvice::everyFittingOptionApplies()
{
    QFETCH(int, option);
    QFETCH(QString, kind);
    setUp(Json{{"requests_per_month", 400000000}, {"traffic_pattern", "steady"}, {"memory_mb", 1024}});
    const advice::Advice a = adviceNow();
    QVERIFY(a.recommendation != Option(option)); // not only the recommended one can be applied
    EditResult r = edit::applyAdvice(m_model, catalog(), a, Option(option));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").kind, kind);
    // The option's sizing: the props priced are the props now drawn.
    const advice::OptionAdvice& o = a.option(Option(option));
    for (auto it = o.node.props.begin(); it != o.node.props.end(); ++it)
        CW_COMPARE_JSON(node("api").props.value(it.key(), Json()), *it);
    QCOMPARE(node("api").group, QStringLiteral("priv"));
}

void TestEditsAdvice::criticalSpreadsReplicasOverZones_data()
{
    QTest::addColumn<int>("option");
    QTest::addColumn<QString>("kind");
    QTest::newRow("containers") << int(Option::Containers) << QStringLiteral("compute.container");
    QTest::newRow("kubernetes for GPU work") << int(Option::Containers) << QStringLiteral("compute.kubernetes");
}

void TestEditsAdvice::criticalSpreadsReplicasOverZones()
{
    QFETCH(int, option);
    QFETCH(QString, kind);
    const bool gpu = kind == QLatin1String("compute.kubernetes");
    setUp(Json{{"count", 1}, {"requests_per_month", 1000000}, {"gpu", gpu},
              {"instance_type", gpu ? "g4dn.xlarge" : "m5.large"}},
        QStringLiteral("critical"));
    // One VM serving users while reliability is critical: the rule fires.
    QVERIFY(firesOn(m_model, QStringLiteral("single-point-of-failure"), kApi));
    const advice::Advice a = adviceNow();
    QVERIFY(a.multiZone);
    EditResult r = edit::applyAdvice(m_model, catalog(), a, Option(option));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").kind, kind);
    QVERIFY(node("api").props.value("count", 0) >= 2);
    CW_COMPARE_JSON(node("api").props.value("multi_az", Json()), Json(true));
    QVERIFY(!firesOn(m_model, QStringLiteral("single-point-of-failure"), kApi));
}

void TestEditsAdvice::criticalOnTheOptionItIsSpreadsIt()
{
    setUp(Json{{"count", 1}, {"requests_per_month", 1000000}}, QStringLiteral("critical"));
    const advice::Advice a = adviceNow();
    QCOMPARE(advice::toString(a.recommendation), QStringLiteral("vms"));
    QVERIFY(a.option(Option::Vms).asDrawn);
    EditResult r = edit::applyAdvice(m_model, catalog(), a, Option::Vms);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Spread “EC2” over zones"));
    QCOMPARE(node("api").kind, QStringLiteral("compute.vm"));
    CW_COMPARE_JSON(node("api").props.value("count", Json()), Json(2));
    CW_COMPARE_JSON(node("api").props.value("multi_az", Json()), Json(true));
    CW_COMPARE_JSON(node("api").props.value("instance_type", Json()), Json("m5.large"));
    QVERIFY(!firesOn(m_model, QStringLiteral("single-point-of-failure"), kApi));
    // Once spread, the same advice has nothing left to do.
    rebase();
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), adviceNow(), Option::Vms), "already runs");
}

void TestEditsAdvice::refusals()
{
    // The option the node already is, as advised: nothing to do.
    setUp(Json{{"requests_per_month", 1000000}});
    QVERIFY(edit::whyNotApplied(m_model, catalog(), adviceNow(), Option::Vms).contains(QStringLiteral("already runs")));
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), adviceNow(), Option::Vms), "already runs on virtual");

    // An option that does not fit says why.
    setUp(Json{{"gpu", true}, {"instance_type", "g4dn.xlarge"}, {"requests_per_month", 1000}});
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), adviceNow(), Option::Serverless), "GPU");

    // Advice for what the node was before another edit is out of date.
    setUp(Json{{"requests_per_month", 2000000}});
    const advice::Advice old = adviceNow();
    EditResult changed = edit::applyAdvice(m_model, catalog(), old, Option::Containers);
    CW_VERIFY_APPLIED(changed);
    rebase();
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), old, Option::Serverless), "out of date");

    // Advice for a node that is gone.
    EditResult removed = edit::removeItems(m_model, {kApi});
    CW_VERIFY_APPLIED(removed);
    rebase();
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), old, Option::Serverless), "no node");

    // Advice with no options (default-constructed) is refused, not read past its end.
    advice::Advice empty;
    empty.workload.id = QStringLiteral("db");
    empty.workload.kind = QStringLiteral("database.sql");
    empty.workload.provider = QStringLiteral("aws");
    CW_VERIFY_REFUSED(edit::applyAdvice(m_model, catalog(), empty, Option::Serverless), "no options");
}

QTEST_GUILESS_MAIN(TestEditsAdvice)
#include "tst_edits_advice.moc"
