#pragma once

#include "cost/cost_model.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace cw {
struct ChangeSummary;
}

namespace cw::cost {

/// The projection of a diagram kept up to date edit by edit, for views that show cost
/// while the user draws. A node's cost depends only on the node and the diagram's meta
/// (node_estimate.cpp), so an edit re-prices the nodes it added or changed and moves the
/// totals by the difference; a change of meta re-prices everything. The totals equal
/// project()'s exactly (integer money).
class CostTracker {
public:
    CostTracker(const Catalog& catalog, const PriceBook& book, int months);

    /// Prices every node (what a reset model or a new horizon needs).
    void run(const Architecture& model);
    /// After an applied edit: re-prices what it touched. Moves cost nothing.
    void update(const Architecture& model, const ChangeSummary& change);

    int months() const { return m_months; }
    /// The total of month (1..months()), over priced nodes.
    Money total(int month) const { return m_totals[size_t(month - 1)]; }
    /// A category's total in a month (zero for a category with no priced node).
    Money categoryTotal(const QString& category, int month) const;
    /// Month 1's cost of a node, or null for an id the diagram does not have.
    const NodeCost* node(const Id& id) const;
    int priced() const { return m_priced; }
    int usage() const { return m_usage; }
    int unpriced() const { return m_unpriced; }
    int unknown() const { return m_unknown; }
    bool complete() const { return m_unknown == 0; }
    /// As project() gives it: only when the diagram has a cost.budget node.
    std::optional<Budget> budget() const;
    /// The whole projection, equal to project(model, months()), assembled from the kept
    /// figures: nothing is priced again, so a view can have it after every edit.
    Projection projection(const Architecture& model) const;

private:
    struct Entry {
        NodeCost first;             ///< month 1
        std::vector<Money> byMonth; ///< months() amounts when priced, else empty
        std::optional<Money> limit; ///< a cost.budget node's monthly_limit
    };

    Entry price(const Architecture& model, const Node& node) const;
    void add(const Id& id, Entry entry, int sign);
    void remove(const Id& id);

    const Catalog& m_catalog;
    const PriceBook& m_book;
    int m_months;
    QHash<Id, Entry> m_entries;
    std::vector<Money> m_totals;
    QHash<QString, std::vector<Money>> m_byCategory;
    int m_priced = 0, m_usage = 0, m_unpriced = 0, m_unknown = 0;
    int m_budgetNodes = 0; ///< cost.budget nodes, with or without a limit
    int m_limits = 0;      ///< of them, those that set a limit
    Money m_limit;         ///< the sum of the limits
};

} // namespace cw::cost
