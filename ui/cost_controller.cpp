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
    connect(&m_changes, &ChangeGatherer::ready, this, &CostController::update);
    connect(&model, &Architecture::modelReset, this, [this] {
        m_changes.clear();
        rerun();
        Q_EMIT costChanged();
    });
    rerun();
}

const cost::NodeCost* CostController::nodeCost(const Id& id) const
{
    return m_tracker->node(id);
}

void CostController::setHorizon(int months)
{
    months = std::clamp(months, 1, cost::kMaxMonths);
    if (months == m_horizon)
        return;
    m_horizon = months;
    m_changes.clear(); // a full projection takes the pending edits in too
    rerun();
    Q_EMIT costChanged();
}

void CostController::flush()
{
    m_changes.flush();
}

void CostController::rerun()
{
    ++m_passes;
    m_tracker = std::make_unique<cost::CostTracker>(m_catalog, m_book, m_horizon);
    m_tracker->run(m_model);
    m_projection = m_tracker->projection(m_model);
}

void CostController::update(const ChangeSummary& change)
{
    // A node's price depends on the node and the diagram's meta alone (the tracker
    // re-prices everything when meta changes), so a burst re-prices what it touched and
    // the projection is put together again from the kept figures.
    ++m_passes;
    m_tracker->update(m_model, change);
    m_projection = m_tracker->projection(m_model);
    Q_EMIT costChanged();
}

} // namespace cw
