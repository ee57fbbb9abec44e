// Where quick fixes put what they add: in the right group, next to what it serves, over
// no card and no frame of a group it is not in (frames that grow cover nothing new), a
// whole-diagram budget beside the diagram with routed wires; and the budget's limit.
#include "core_test_helpers.h"

#include "cost/cost_model.h"
#include "edit/edits.h"
#include "layout/model_routes.h"
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

// Nested and crowded: region > VPC > public subnet (lb) and private subnet > team (an
// environment packed with a 4 × 4 grid of services, the database among them), customers
// left of the region and a partner app just right of it, so the region cannot grow there.
Diagram nested()
{
    Diagram d;
    d.meta.provider = QStringLiteral("aws");
    auto group = [&](const char* id, GroupKind kind, const char* parent, QRectF box, Json props = Json::object()) {
        Group g;
        g.id = QString::fromLatin1(id);
        g.kind = kind;
        g.name = g.id;
        g.parent = QString::fromLatin1(parent);
        g.box = box;
        g.props = std::move(props);
        d.groups.push_back(g);
    };
    group("r", GroupKind::Region, "", QRectF(0, 0, 1400, 900));
    group("v", GroupKind::Vpc, "r", QRectF(20, 40, 1360, 600));
    group("pub", GroupKind::Subnet, "v", QRectF(40, 80, 300, 540), Json{{"public", true}});
    group("priv", GroupKind::Subnet, "v", QRectF(360, 80, 1000, 540), Json{{"public", false}});
    group("team", GroupKind::Environment, "priv", QRectF(380, 120, 960, 480));
    auto node = [&](const QString& id, const char* kind, const char* groupId, QPointF pos) {
        Node n;
        n.id = id;
        n.kind = QString::fromLatin1(kind);
        n.name = id;
        n.group = QString::fromLatin1(groupId);
        n.pos = pos;
        d.nodes.push_back(n);
    };
    node(QStringLiteral("users"), "external.users", "", QPointF(-300, 300));
    node(QStringLiteral("partner"), "external.app", "", QPointF(1460, 300));
    node(QStringLiteral("lb"), "network.load_balancer", "pub", QPointF(80, 300));
    for (int row = 0; row < 4; ++row) {
        for (int col = 0; col < 4; ++col) {
            const bool db = row == 1 && col == 3;
            node(db ? QStringLiteral("db") : QStringLiteral("c%1%2").arg(row).arg(col),
                db ? "database.sql" : "compute.container", "team", QPointF(400 + col * 240, 180 + row * 96));
        }
    }
    auto edge = [&](const char* id, const char* from, const char* to, EdgeKind kind) {
        Edge e;
        e.id = QString::fromLatin1(id);
        e.from = QString::fromLatin1(from);
        e.to = QString::fromLatin1(to);
        e.kind = kind;
        d.edges.push_back(e);
    };
    edge("e1", "users", "lb", EdgeKind::Request);
    edge("e2", "lb", "c00", EdgeKind::Request);
    edge("e3", "c00", "db", EdgeKind::Data);
    return d;
}

QRectF cardOf(const Architecture& model, const Id& id)
{
    const Node* n = model.node(id);
    return n ? nodeRect(*n) : QRectF();
}

double gapBetween(const QRectF& a, const QRectF& b)
{
    const double x = std::max(0.0, std::max(a.left() - b.right(), b.left() - a.right()));
    const double y = std::max(0.0, std::max(a.top() - b.bottom(), b.top() - a.bottom()));
    return std::hypot(x, y);
}

// Every card clear of every other and of the frame of each group it is not in; frames
// not nested in each other apart. Empty when so, else what is wrong.
QString overlaps(const Architecture& model)
{
    for (const Node& n : model.nodes()) {
        const QRectF card = cardOf(model, n.id);
        const QList<Id> around = model.ancestors(n.id);
        for (const Node& other : model.nodes()) {
            if (other.id != n.id && card.intersects(cardOf(model, other.id)))
                return QStringLiteral("%1 overlaps %2").arg(n.id, other.id);
        }
        for (const Group& g : model.groups()) {
            if (!around.contains(g.id) && card.intersects(g.box))
                return QStringLiteral("%1 is over the frame of %2").arg(n.id, g.id);
        }
    }
    for (const Group& a : model.groups()) {
        for (const Group& b : model.groups()) {
            if (a.id < b.id && !model.ancestors(a.id).contains(b.id) && !model.ancestors(b.id).contains(a.id)
                && a.box.intersects(b.box))
                return QStringLiteral("the frames of %1 and %2 overlap").arg(a.id, b.id);
        }
    }
    return {};
}

// The routes of the edges at node: in right angles, crossing no card but their ends'.
QString crookedWires(const Architecture& model, const Id& node)
{
    const std::vector<std::vector<QPointF>> routes = routing::routeAll(model);
    for (std::size_t i = 0; i < model.edges().size(); ++i) {
        const Edge& e = model.edges()[i];
        if (e.from != node && e.to != node)
            continue;
        const std::vector<QPointF>& path = routes[i];
        if (path.size() < 2)
            return QStringLiteral("%1 has no route").arg(e.id);
        for (std::size_t p = 1; p < path.size(); ++p) {
            const QPointF a = path[p - 1], b = path[p];
            if (std::abs(a.x() - b.x()) > 0.01 && std::abs(a.y() - b.y()) > 0.01)
                return QStringLiteral("%1 runs diagonally from (%2, %3) to (%4, %5)")
                    .arg(e.id)
                    .arg(a.x())
                    .arg(a.y())
                    .arg(b.x())
                    .arg(b.y());
            const QRectF segment = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const Node& n : model.nodes()) {
                if (n.id != e.from && n.id != e.to && segment.intersects(cardOf(model, n.id).adjusted(2, 2, -2, -2)))
                    return QStringLiteral("%1 crosses %2").arg(e.id, n.id);
            }
        }
    }
    return {};
}

std::optional<Finding> findingOf(const Architecture& model, const QString& rule, const Id& subject = {})
{
    for (const Finding& f : validate(model)) {
        if (f.rule == rule && (subject.isEmpty() || f.nodes.value(0) == subject))
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestFixPlacement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placesNextToWhatItServes_data()
    {
        QTest::addColumn<bool>("useSample");
        QTest::addColumn<QStringList>("remove"); // taken out first, so that the rule fires
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("served"); // the finding's subject, next to which the card goes
        QTest::addColumn<QString>("group");  // where the added card belongs
        QTest::addColumn<double>("maxGap");  // from the served card

        QTest::newRow("sample: secrets for the database") << true << QStringList() << "missing-secrets"
                                                          << "db"
                                                          << "region" << 240.0;
        QTest::newRow("sample: IAM for the API") << true << QStringList{"iam"} << "missing-iam"
                                                 << "api"
                                                 << "region" << 240.0;
        QTest::newRow("sample: monitoring for the API") << true << QStringList{"monitor"} << "no-observability"
                                                        << ""
                                                        << "region" << 240.0;
        QTest::newRow("nested: secrets for a packed database") << false << QStringList() << "missing-secrets"
                                                               << "db"
                                                               << "r" << 400.0;
        QTest::newRow("nested: IAM for a packed service") << false << QStringList() << "missing-iam"
                                                          << "c00"
                                                          << "r" << 400.0;
        QTest::newRow("nested: monitoring") << false << QStringList() << "no-observability"
                                            << ""
                                            << "r" << 400.0;
    }

    void placesNextToWhatItServes()
    {
        QFETCH(bool, useSample);
        QFETCH(QStringList, remove);
        QFETCH(QString, rule);
        QFETCH(QString, served);
        QFETCH(QString, group);
        QFETCH(double, maxGap);
        Architecture model;
        model.reset(useSample ? sample() : nested());
        if (!remove.isEmpty())
            QVERIFY(edit::removeItems(model, remove).ok());
        QCOMPARE(overlaps(model), QString()); // the fixture is clean to begin with
        const std::optional<Finding> f = findingOf(model, rule, served);
        QVERIFY2(f, qPrintable(rule + QStringLiteral(" does not fire")));
        const Id subject = f->nodes.value(0);
        const EditResult r = fix::quickFix(model, Catalog::builtin(), *f);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.created.size(), 1);
        const Node* added = model.node(r.created.first());
        QCOMPARE(added->group, group);
        QCOMPARE(overlaps(model), QString());
        const double gap = gapBetween(cardOf(model, added->id), cardOf(model, subject));
        QVERIFY2(gap <= maxGap, qPrintable(QStringLiteral("%1 is %2 from %3").arg(added->id).arg(gap).arg(subject)));
        QVERIFY2(gap >= 20, qPrintable(QStringLiteral("no room for a wire: %1").arg(gap)));
        QCOMPARE(crookedWires(model, added->id), QString());
    }

    // A budget about the whole diagram goes beside it, on the side of what it watches, and
    // its wire runs in right angles around the cards, not diagonally across the groups.
    void budgetGoesBesideTheDiagram_data()
    {
        QTest::addColumn<bool>("useSample");
        QTest::newRow("sample") << true;
        QTest::newRow("nested") << false;
    }

    void budgetGoesBesideTheDiagram()
    {
        QFETCH(bool, useSample);
        Architecture model;
        model.reset(useSample ? sample() : nested());
        QRectF before;
        for (const Node& n : model.nodes())
            before |= cardOf(model, n.id);
        for (const Group& g : model.groups())
            before |= g.box;
        const std::optional<Finding> f = findingOf(model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        fix::FixOptions options;
        options.budgetLimit = 500;
        const EditResult r = fix::quickFix(model, Catalog::builtin(), *f, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Node* budget = model.node(r.created.value(0));
        QVERIFY(budget);
        QCOMPARE(budget->group, Id());
        const QRectF card = cardOf(model, budget->id);
        QVERIFY2(!card.intersects(before), "the budget is inside the diagram's bounds");
        QVERIFY(gapBetween(card, before) <= 120);
        QCOMPARE(overlaps(model), QString());

        QVERIFY(!model.edgesAt(budget->id).isEmpty());
        QCOMPARE(crookedWires(model, budget->id), QString());
    }

    // The limit the user chose lands on the budget with the budget and its wires: one undo
    // step takes all of it back.
    void chosenLimitIsPartOfTheOneStep()
    {
        Architecture model;
        model.reset(sample());
        const Diagram original = model.diagram();
        const std::optional<Finding> f = findingOf(model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        QVERIFY(fix::fixAsksForBudgetLimit(model, Catalog::builtin(), *f));
        fix::FixOptions options;
        options.budgetLimit = 1234;
        EditResult r = fix::quickFix(model, Catalog::builtin(), *f, options);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        const Node* budget = model.node(r.created.value(0));
        QVERIFY(budget->props.value("monthly_limit", Json()) == Json(1234));
        QVERIFY(!model.edgesAt(budget->id).isEmpty());
        QVERIFY(!findingOf(model, QStringLiteral("no-cost-controls")));
        r.record->undo(model);
        CW_COMPARE_DIAGRAMS(model.diagram(), original);
        r.record->redo(model);
        QVERIFY(model.node(budget->id)->props.value("monthly_limit", Json()) == Json(1234));
        // A budget that has its limit is only wired: nothing to ask.
        QVERIFY(!fix::fixAsksForBudgetLimit(
            model, Catalog::builtin(), *findingOf(model, QStringLiteral("missing-secrets"))));
    }

    void friendlyLimit_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("nothing") << qint64(0) << qint64(10);
        QTest::newRow("$5") << qint64(500) << qint64(10);
        QTest::newRow("$72.50 (87 with headroom)") << qint64(7250) << qint64(90);
        QTest::newRow("$100 exactly (120)") << qint64(10000) << qint64(120);
        QTest::newRow("$412.30 (494.76)") << qint64(41230) << qint64(500);
        QTest::newRow("$1,234 (1,480.80)") << qint64(123400) << qint64(1500);
        QTest::newRow("$8,333.34 (10,000.01)") << qint64(833334) << qint64(11000);
        QTest::newRow("$23,456 (28,147.20)") << qint64(2345600) << qint64(29000);
    }

    void friendlyLimit()
    {
        QFETCH(qint64, cents);
        QFETCH(qint64, limit);
        QCOMPARE(fix::friendlyLimit(cost::Money::fromMicros(cents * 10'000)), limit);
    }

    // The proposal is month 1's estimate with headroom; on the sample, whose GPU training
    // has no list price, it says how much it leaves out, and nobody-asked gets no limit.
    void proposalFollowsTheEstimate()
    {
        Architecture model;
        model.reset(sample());
        const fix::BudgetProposal p = fix::proposeBudgetLimit(model, Catalog::builtin());
        const cost::Projection projection = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), model, 1);
        QCOMPARE(p.estimate, projection.perMonth.front().total);
        QCOMPARE(p.limit, fix::friendlyLimit(p.estimate));
        QVERIFY(!p.complete());
        QVERIFY(!fix::proposedBudgetLimit(model, Catalog::builtin()));
        QVERIFY(edit::removeItems(model, {QStringLiteral("train")}).ok());
        const fix::BudgetProposal full = fix::proposeBudgetLimit(model, Catalog::builtin());
        QVERIFY(full.complete());
        QCOMPARE(fix::proposedBudgetLimit(model, Catalog::builtin()), std::optional<qint64>(full.limit));
        QVERIFY(double(full.limit) >= full.estimate.toDouble() * 1.2);
    }
};

QTEST_GUILESS_MAIN(TestFixPlacement)
#include "tst_fix_placement.moc"
