#include "cost_controller.h"

#include "model/architecture.h"

namespace cw {

CostController::CostController(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_book(book)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CostController::flush);
    connect(&model, &Architecture::modelReset, this, [this] {
        m_timer.stop();
        m_pending = ChangeSummary();
        m_hasPending = false;
        recompute();
    });
    connect(&model, &Architecture::changed, this, &CostController::onChanged);
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
    flush(); // pending edits are in the new figures too
    recompute();
}

void CostController::onChanged(const ChangeSummary& s)
{
    m_pending.merge(s);
    m_hasPending = true;
    m_timer.start();
}

void CostController::flush()
{
    m_timer.stop();
    if (!m_hasPending)
        return;
    const ChangeSummary summary = std::exchange(m_pending, ChangeSummary());
    m_hasPending = false;
    // Where a card is drawn changes no price.
    if (summary.layoutOnly)
        return;
    recompute();
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
