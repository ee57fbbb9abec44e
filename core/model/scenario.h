#pragma once

#include "kinds.h"

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace cw {

/// One node of a kept scenario: what it was called and cost in month 1 when kept. The
/// node may since have been deleted, so the id is a name to match by, not a reference.
struct ScenarioNode {
    Id id;
    QString name; ///< its displayName() when kept
    QString kind;
    QString status;                      ///< "priced", "usage" or "unpriced" (docs/cost.md); other text is kept
    std::optional<qint64> monthlyMicros; ///< month 1 in micro-dollars; none unless priced
    nlohmann::json extra;                ///< fields this version does not know (null when none)

    bool operator==(const ScenarioNode& o) const
    {
        return id == o.id && name == o.name && kind == o.kind && status == o.status && monthlyMicros == o.monthlyMicros
            && extra == o.extra;
    }
    bool operator!=(const ScenarioNode& o) const { return !(*this == o); }
};

/// A cost estimate kept under a name (the file's "scenarios" entries): the monthly totals
/// and each node's month 1 as they were, to compare the diagram against after edits.
/// Amounts are integer micro-dollars, as core/cost's Money (which the model does not use).
struct Scenario {
    QString name;                      ///< unique within a diagram
    QString savedAt;                   ///< ISO date it was kept, e.g. "2026-12-02"; free text from a file
    bool complete = true;              ///< false when unknown prices were left out of the totals
    std::vector<qint64> monthlyMicros; ///< total of month 1..months()
    std::vector<ScenarioNode> nodes;   ///< in diagram order when kept
    nlohmann::json extra;              ///< fields this version does not know (null when none)

    int months() const { return int(monthlyMicros.size()); }

    bool operator==(const Scenario& o) const
    {
        return name == o.name && savedAt == o.savedAt && complete == o.complete && monthlyMicros == o.monthlyMicros
            && nodes == o.nodes && extra == o.extra;
    }
    bool operator!=(const Scenario& o) const { return !(*this == o); }
};

/// The scenario named `name`, or nullptr.
inline const Scenario* findScenario(const std::vector<Scenario>& list, const QString& name)
{
    for (const Scenario& s : list) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace cw
