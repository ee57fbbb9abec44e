#pragma once

#include "exercise.h"

#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"
#include "rules/rule_book.h"

#include <vector>

namespace cw::teach {

/// One condition graded: whether the diagram meets it, and a sentence for the student
/// saying what is there or what is still missing.
struct ConditionResult {
    Condition condition;
    bool met = false;
    QString message;
};

/// An exercise graded, condition by condition in the exercise's order.
struct Grade {
    std::vector<ConditionResult> conditions;

    bool passed() const;
    int metCount() const;
};

/// Grades a diagram against an exercise. Pure: the findings come from the same
/// validator as `cloudwright validate` (suppressed findings do not count), run with
/// every rule the exercise names whatever the diagram's rule profile, and the cost
/// from the same model as `cloudwright cost` (month 1's total over the priced nodes,
/// the figure `cost` prints; a node whose price is unknown is named in the message).
Grade grade(const Catalog& catalog, const cost::PriceBook& prices, const RuleBook& rules, const Architecture& model,
    const Exercise& exercise);

/// What a condition asks, for a checklist: "No \"missing-iam\" finding (Workload
/// without IAM)", "At least 2 Secrets Manager nodes (security.secrets)". Service
/// names are those of provider ("generic" when empty).
QString describe(const Catalog& catalog, const RuleBook& rules, const Condition& condition,
    const QString& provider = QStringLiteral("generic"));

} // namespace cw::teach
