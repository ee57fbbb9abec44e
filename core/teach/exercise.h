#pragma once

// An exercise that checks itself: conditions on a diagram, graded by grade()
// (grading.h). Exercise files (docs/lessons.md, design.md "Exercise files") and the
// exercises inside lesson steps both read into these values.

#include "cost/money.h"
#include "model/kinds.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace cw::teach {

/// The conditions an exercise can ask for; each is one key in the file.
enum class ConditionType {
    NoFinding,        ///< "noFinding": no unsuppressed finding of a rule
    Finding,          ///< "finding": at least one finding of a rule
    HasKind,          ///< "hasKind" (+ "min"): at least min nodes of a kind
    Connected,        ///< "connected": {from, to, edge?}: an edge between nodes of two kinds
    MonthlyCostBelow, ///< "monthlyCostBelow": month 1's total below a figure, in USD
};

/// The file's key for a condition type ("noFinding").
QString conditionKey(ConditionType type);
/// Every condition key, for messages: "noFinding, finding, hasKind, connected or monthlyCostBelow".
QString conditionKeyChoices();

/// One condition, as read: only the fields its type uses are set.
struct Condition {
    ConditionType type = ConditionType::HasKind;
    QString rule;                  ///< NoFinding, Finding: a rule id of the rule book
    QString kind;                  ///< HasKind: a node kind of the catalog
    int min = 1;                   ///< HasKind: at least this many (1 or more)
    QString from;                  ///< Connected: the node kind the edge leaves
    QString to;                    ///< Connected: the node kind the edge enters
    std::optional<EdgeKind> edge;  ///< Connected: the edge's kind; any when not set
    cost::Money below;             ///< MonthlyCostBelow: the figure, exact to the micro-dollar

    /// The condition as the file writes it (normalized: trimmed strings, min only when not 1).
    nlohmann::ordered_json toJson() const;
    bool operator==(const Condition& other) const;
    bool operator!=(const Condition& other) const { return !(*this == other); }
};

/// An exercise: what the student is asked to do and the conditions that grade it.
struct Exercise {
    QString id;
    QString title;
    QString text; ///< what the student is asked to do
    std::vector<Condition> conditions; ///< in the file's order; never empty once read
};

/// The format name and the newest version of exercise files this program reads.
inline const QString kExerciseFormat = QStringLiteral("cloudwright-exercise");
inline constexpr int kExerciseFormatVersion = 1;

} // namespace cw::teach
