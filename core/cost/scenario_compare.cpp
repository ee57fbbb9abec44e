#include "cost/scenario_compare.h"

#include "catalog/effective_values.h"
#include "io/scenario_io.h"
#include "model/architecture.h"

#include <QHash>

#include <algorithm>

namespace cw::cost {

static_assert(kMaxScenarioMonths == kMaxMonths, "a scenario keeps as many months as a projection can have");

namespace {

const QString kNotBilled = QStringLiteral("notBilled");

// Month 1 of a side as the comparison counts it: a known amount, $0 for a kind not
// billed, none for an unknown.
std::optional<Money> knownAmount(const QString& status, std::optional<qint64> micros)
{
    if (status == kNotBilled)
        return Money();
    if (status == QLatin1String("priced") && micros)
        return Money::fromMicros(*micros);
    return std::nullopt;
}

} // namespace

QString scenarioStatus(const NodeCost& node)
{
    return node.status == NodeStatus::Unpriced && node.notBilled ? kNotBilled : toString(node.status);
}

Scenario scenarioFrom(
    const Projection& p, const Catalog& catalog, const Architecture& model, const QString& name, const QString& savedAt)
{
    Scenario s;
    s.name = name;
    s.savedAt = savedAt;
    s.complete = p.complete();
    for (const MonthTotal& m : p.perMonth)
        s.monthlyMicros.push_back(m.total.micros());
    for (const NodeCost& n : p.nodes) {
        ScenarioNode kept;
        kept.id = n.id;
        kept.name = displayName(catalog, model, n.id);
        kept.kind = n.kind;
        kept.status = scenarioStatus(n);
        if (n.status == NodeStatus::Priced)
            kept.monthlyMicros = n.monthly.micros();
        s.nodes.push_back(std::move(kept));
    }
    return s;
}

ScenarioDiff compareScenario(
    const Scenario& scenario, const Projection& p, const Catalog& catalog, const Architecture& model)
{
    ScenarioDiff diff;
    QHash<Id, const ScenarioNode*> kept;
    for (const ScenarioNode& n : scenario.nodes)
        kept.insert(n.id, &n);
    QHash<Id, bool> seenNow;
    for (const NodeCost& n : p.nodes) {
        seenNow.insert(n.id, true);
        ScenarioDiffRow row;
        row.id = n.id;
        row.name = displayName(catalog, model, n.id);
        row.kind = n.kind;
        row.inNow = true;
        row.nowStatus = scenarioStatus(n);
        row.now = knownAmount(
            row.nowStatus, n.status == NodeStatus::Priced ? std::optional(n.monthly.micros()) : std::nullopt);
        if (const ScenarioNode* then = kept.value(n.id)) {
            row.inScenario = true;
            row.thenKind = then->kind;
            row.thenStatus = then->status;
            row.then = knownAmount(then->status, then->monthlyMicros);
        }
        diff.rows.push_back(std::move(row));
    }
    for (const ScenarioNode& n : scenario.nodes) {
        if (seenNow.contains(n.id))
            continue;
        ScenarioDiffRow row;
        row.id = n.id;
        row.name = n.name.isEmpty() ? n.id : n.name;
        row.kind = n.kind;
        row.thenKind = n.kind;
        row.inScenario = true;
        row.thenStatus = n.status;
        row.then = knownAmount(n.status, n.monthlyMicros);
        diff.rows.push_back(std::move(row));
    }
    for (ScenarioDiffRow& row : diff.rows) {
        const bool thenKnown = !row.inScenario || row.then;
        const bool nowKnown = !row.inNow || row.now;
        if (thenKnown && nowKnown)
            row.change = row.now.value_or(Money()) - row.then.value_or(Money());
    }

    diff.months = std::min(scenario.months(), int(p.perMonth.size()));
    for (int m = 0; m < diff.months; ++m) {
        diff.thenMonthly.push_back(Money::fromMicros(scenario.monthlyMicros[size_t(m)]));
        diff.nowMonthly.push_back(p.perMonth[size_t(m)].total);
        diff.thenTotal += diff.thenMonthly.back();
        diff.nowTotal += diff.nowMonthly.back();
    }
    if (diff.months > 0) {
        diff.thenMonth1 = diff.thenMonthly.front();
        diff.nowMonth1 = diff.nowMonthly.front();
    }
    diff.complete = scenario.complete && p.complete();
    return diff;
}

} // namespace cw::cost
