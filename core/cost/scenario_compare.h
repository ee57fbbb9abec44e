#pragma once

#include "cost/cost_model.h"
#include "model/scenario.h"

#include <optional>
#include <vector>

namespace cw {
class Architecture;
class Catalog;
} // namespace cw

namespace cw::cost {

/// A node's status as a kept scenario writes it: toString(NodeStatus), or "notBilled" for
/// an unpriced kind that costs nothing itself (a $0 that is known, unlike an unknown).
QString scenarioStatus(const NodeCost& node);

/// The projection as it stands, kept under `name`: the total of every month, and each
/// node's month 1 with its displayName(). savedAt is the day, e.g. "2026-12-02".
Scenario scenarioFrom(const Projection& p, const Catalog& catalog, const Architecture& model, const QString& name,
    const QString& savedAt);

/// One node of a comparison between a kept scenario ("then") and the projection ("now").
struct ScenarioDiffRow {
    Id id;
    QString name;     ///< now's displayName() when the node is still there, else the kept one
    QString kind;     ///< now's kind, else the kept one
    QString thenKind; ///< the kind kept (a node may have changed kind: a VM become a function)
    bool inScenario = false;
    bool inNow = false;
    QString thenStatus, nowStatus;  ///< scenarioStatus(); empty where the node is absent
    std::optional<Money> then, now; ///< month 1; 0 when not billed; none when absent or unknown
    /// now - then, an absent node counting as $0 (added or removed in full); none when
    /// either side is present but has no price.
    std::optional<Money> change;
};

/// A kept scenario against the projection: per node (the diagram's order, then the nodes
/// only the scenario has, in its order), and in total per month over the months both hold.
struct ScenarioDiff {
    std::vector<ScenarioDiffRow> rows;
    int months = 0;                             ///< min(scenario's months, projection's): the months compared
    std::vector<Money> thenMonthly, nowMonthly; ///< months 1..months
    Money thenMonth1, nowMonth1;                ///< the totals (unknown prices left out)
    Money thenTotal, nowTotal;                  ///< over months 1..months
    bool complete = true;                       ///< both totals leave no unknown out

    Money month1Change() const { return nowMonth1 - thenMonth1; }
    Money totalChange() const { return nowTotal - thenTotal; }
};

ScenarioDiff compareScenario(
    const Scenario& scenario, const Projection& p, const Catalog& catalog, const Architecture& model);

} // namespace cw::cost
