#include "cost_controller.h"

#include "model/architecture.h"

namespace cw {

CostController::CostController(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_book(book)
    , m_model(model)
    , m_changes(model)
{
    // Any change that is not only a move can change a price (budgets and edges make it non-local).
    connect(&m_changes, &ChangeGatherer::ready, this, &CostController::recompute);
    connect(&model, &Architecture::modelReset, this, [this] {
        m_changes.clear();
        recompute();
    });
    ++m_passes;
    m_projection = cost::project(m_catalog, m_book, m_model, m_horizon);
}

const cost::NodeCost* CostController::nodeCost(const Id& id) const
{
    for (const cost::NodeCost& n : m_projection.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

void CostController::setHorizon(int months)
{
    months = std::clamp(months, 1, cost::kMaxMonths);
    if (months == m_horizon)
        return;
    m_horizon = months;
    m_changes.clear(); // a full projection takes the pending edits in too
    recompute();
}

void CostController::flush()
{
    m_changes.flush();
}

void CostController::recompute()
{
    // A whole projection of a few hundred nodes over 60 months takes well under a
    // millisecond's share of an idle moment; budgets and edges make it non-local anyway.
    ++m_passes;
    m_projection = cost::project(m_catalog, m_book, m_model, m_horizon);
    Q_EMIT costChanged();
}

} // namespace cw
