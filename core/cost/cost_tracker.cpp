#include "cost_tracker.h"

#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "model/architecture.h"

#include <algorithm>
#include <cmath>

namespace cw::cost {

CostTracker::CostTracker(const Catalog& catalog, const PriceBook& book, int months)
    : m_catalog(catalog)
    , m_book(book)
    , m_months(std::clamp(months, 1, kMaxMonths))
{
}

CostTracker::Entry CostTracker::price(const Architecture& model, const Node& node) const
{
    Entry e;
    e.first = estimateNode(m_catalog, m_book, model, node, 1);
    if (e.first.status == NodeStatus::Priced) {
        e.byMonth.reserve(size_t(m_months));
        e.byMonth.push_back(e.first.monthly);
        for (int m = 2; m <= m_months; ++m)
            e.byMonth.push_back(e.first.monthlyIn(m));
    }
    if (node.kind == QLatin1String("cost.budget")) {
        const Json limit = effectiveValue(m_catalog, model, node, "monthly_limit");
        e.limit = limit.is_number()
            ? std::optional<Money>(Money::fromMicros(qint64(std::llround(limit.get<double>() * 1e6))))
            : std::optional<Money>();
        if (!e.limit)
            e.limit = Money::fromMicros(-1); // marks a budget node without a limit
    }
    return e;
}

// Adds (sign 1) or takes away (sign -1) an entry's share of every total.
void CostTracker::add(const Id& id, Entry entry, int sign)
{
    const NodeStatus s = entry.first.status;
    (s == NodeStatus::Priced ? m_priced : s == NodeStatus::Usage ? m_usage : m_unpriced) += sign;
    if (s == NodeStatus::Unpriced && !entry.first.notBilled)
        m_unknown += sign;
    if (!entry.byMonth.empty()) {
        std::vector<Money>& category = m_byCategory[entry.first.category];
        category.resize(size_t(m_months));
        for (size_t m = 0; m < entry.byMonth.size(); ++m) {
            const Money amount = sign > 0 ? entry.byMonth[m] : Money() - entry.byMonth[m];
            m_totals[m] += amount;
            category[m] += amount;
        }
    }
    if (entry.limit) {
        m_budgetNodes += sign;
        if (entry.limit->micros() >= 0) {
            m_limits += sign;
            m_limit += sign > 0 ? *entry.limit : Money() - *entry.limit;
        }
    }
    if (sign > 0)
        m_entries.insert(id, std::move(entry));
}

void CostTracker::remove(const Id& id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry old = std::move(*it);
    m_entries.erase(it);
    add(id, std::move(old), -1);
}

void CostTracker::run(const Architecture& model)
{
    m_entries.clear();
    m_entries.reserve(qsizetype(model.nodes().size()));
    m_totals.assign(size_t(m_months), Money());
    m_byCategory.clear();
    m_priced = m_usage = m_unpriced = m_unknown = m_budgetNodes = m_limits = 0;
    m_limit = Money();
    for (const Node& node : model.nodes())
        add(node.id, price(model, node), 1);
}

void CostTracker::update(const Architecture& model, const ChangeSummary& change)
{
    if (change.layoutOnly)
        return;
    if (change.metaChanged) {
        run(model); // provider and region price every node
        return;
    }
    for (const Id& id : change.nodesRemoved)
        remove(id);
    for (const QList<Id>* ids : {&change.nodesChanged, &change.nodesAdded}) {
        for (const Id& id : *ids) {
            if (change.layoutChanged.contains(id))
                continue;
            remove(id);
            if (const Node* node = model.node(id))
                add(id, price(model, *node), 1);
        }
    }
}

Money CostTracker::categoryTotal(const QString& category, int month) const
{
    const auto it = m_byCategory.constFind(category);
    return it == m_byCategory.constEnd() ? Money() : (*it)[size_t(month - 1)];
}

const NodeCost* CostTracker::node(const Id& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it->first;
}

std::optional<Budget> CostTracker::budget() const
{
    if (m_budgetNodes == 0)
        return std::nullopt;
    Budget b;
    b.limit = m_limit;
    b.nodes = m_limits;
    if (m_limits > 0) {
        for (int m = 1; m <= m_months; ++m) {
            if (b.limit < total(m)) {
                b.firstMonthOver = m;
                break;
            }
        }
    }
    return b;
}

Projection CostTracker::projection(const Architecture& model) const
{
    Projection p;
    p.months = m_months;
    p.priced = m_priced;
    p.usage = m_usage;
    p.unpriced = m_unpriced;
    p.unknown = m_unknown;
    p.budget = budget();
    const std::vector<Node>& nodes = model.nodes();
    std::vector<const std::vector<Money>*> byMonth(nodes.size(), nullptr);
    p.nodes.reserve(nodes.size());
    QSet<QString> categoriesUsed;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const auto it = m_entries.constFind(nodes[i].id);
        if (it == m_entries.constEnd()) { // not run or updated for this model: price it now
            p.nodes.push_back(estimateNode(m_catalog, m_book, model, nodes[i], 1));
        } else {
            p.nodes.push_back(it->first);
            if (!it->byMonth.empty())
                byMonth[i] = &it->byMonth;
        }
        categoriesUsed.insert(p.nodes.back().category);
    }
    std::vector<QString> categories; // the catalog's order, as project() gives them
    for (const Category& category : m_catalog.categories()) {
        if (categoriesUsed.contains(category.id))
            categories.push_back(category.id);
    }
    p.perMonth.resize(size_t(m_months));
    for (int m = 1; m <= m_months; ++m) {
        MonthTotal& row = p.perMonth[size_t(m - 1)];
        row.month = m;
        row.total = total(m);
        row.byNode.resize(nodes.size());
        for (size_t i = 0; i < nodes.size(); ++i)
            row.byNode[i] = byMonth[i] ? (*byMonth[i])[size_t(m - 1)] : Money();
        row.byCategory.reserve(categories.size());
        for (const QString& category : categories)
            row.byCategory.emplace_back(category, categoryTotal(category, m));
    }
    return p;
}

} // namespace cw::cost
