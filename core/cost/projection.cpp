// Cost over months 1..N: per node, per category and in total, in integer money.
#include "cost_model.h"

#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "model/architecture.h"

namespace cw::cost {

Money Projection::horizonTotal() const
{
    Money sum;
    for (const MonthTotal& m : perMonth)
        sum += m.total;
    return sum;
}

Money Projection::horizonTotalOfNode(size_t index) const
{
    Money sum;
    for (const MonthTotal& m : perMonth)
        sum += m.byNode[index];
    return sum;
}

Projection project(const Catalog& catalog, const PriceBook& book, const Architecture& model, int months)
{
    Projection p;
    p.months = std::clamp(months, 1, kMaxMonths);
    const std::vector<Node>& nodes = model.nodes();
    p.nodes.reserve(nodes.size());
    for (const Node& node : nodes) {
        p.nodes.push_back(estimateNode(catalog, book, model, node, 1));
        const NodeStatus s = p.nodes.back().status;
        (s == NodeStatus::Priced ? p.priced : s == NodeStatus::Usage ? p.usage : p.unpriced)++;
        if (s == NodeStatus::Unpriced && !p.nodes.back().notBilled)
            ++p.unknown;
    }

    // Category columns in the catalog's order; a node of an unknown category has none.
    std::vector<QString> categories;
    std::vector<int> categoryOf(nodes.size(), -1);
    for (const Category& category : catalog.categories()) {
        bool used = false;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (p.nodes[i].category == category.id) {
                categoryOf[i] = int(categories.size());
                used = true;
            }
        }
        if (used)
            categories.push_back(category.id);
    }

    p.perMonth.resize(size_t(p.months));
    for (int m = 1; m <= p.months; ++m) {
        MonthTotal& row = p.perMonth[size_t(m - 1)];
        row.month = m;
        row.byNode.assign(nodes.size(), Money());
        std::vector<Money> byCategory(categories.size());
        for (size_t i = 0; i < nodes.size(); ++i) {
            const NodeCost& first = p.nodes[i];
            if (first.status != NodeStatus::Priced)
                continue; // an unknown is never a zero: it stays out and the total says so
            // Usage follows its price curve, so a volume tier crossed by growth is priced right.
            const Money amount = first.monthlyIn(m);
            row.byNode[i] = amount;
            row.total += amount;
            if (categoryOf[i] >= 0)
                byCategory[size_t(categoryOf[i])] += amount;
        }
        for (size_t k = 0; k < categories.size(); ++k)
            row.byCategory.emplace_back(categories[k], byCategory[k]);
    }

    Budget budget;
    bool hasBudgetNode = false;
    for (const Node& node : nodes) {
        if (node.kind != QLatin1String("cost.budget"))
            continue;
        hasBudgetNode = true;
        const Json limit = effectiveValue(catalog, model, node, "monthly_limit");
        if (limit.is_number()) {
            budget.limit += Money::fromMicros(qint64(std::llround(limit.get<double>() * 1e6)));
            ++budget.nodes;
        }
    }
    if (hasBudgetNode) {
        if (budget.nodes > 0) {
            for (const MonthTotal& row : p.perMonth) {
                if (budget.limit < row.total) {
                    budget.firstMonthOver = row.month;
                    break;
                }
            }
        }
        p.budget = budget;
    }
    return p;
}

} // namespace cw::cost
