#pragma once

#include "change_gatherer.h"

#include "cost/cost_model.h"
#include "cost/cost_tracker.h"
#include "model/architecture.h"

#include <QObject>

namespace cw {

class Architecture;
class Catalog;

/// Keeps the open diagram's cost estimate and projection current, as
/// ValidationController does for findings: a full estimate when a diagram is opened or
/// the horizon changes, edits gathered until the event loop is free (a burst costs one
/// update, which re-prices only the nodes it touched: cost::CostTracker), moves none.
class CostController : public QObject {
    Q_OBJECT

public:
    CostController(
        const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, QObject* parent = nullptr);

    /// Month 1 per node, months 1..horizon() in total, by category and by node.
    const cost::Projection& projection() const { return m_projection; }
    /// The month-1 figures of one node; nullptr when the diagram has no such node.
    const cost::NodeCost* nodeCost(const Id& id) const;
    int horizon() const { return m_horizon; }
    /// Clamped to 1..kMaxMonths; recomputes at once when it changes.
    void setHorizon(int months);
    /// Applies pending edits now (tests, and before anything reads the figures).
    void flush();
    /// How many times the figures were worked out: a burst of edits adds one, a move none.
    int passes() const { return m_passes; }

Q_SIGNALS:
    void costChanged();

private:
    void rerun();                                ///< prices everything again
    void update(const cw::ChangeSummary& change); ///< re-prices what a burst touched

    const Catalog& m_catalog;
    const cost::PriceBook& m_book;
    const Architecture& m_model;
    std::unique_ptr<cost::CostTracker> m_tracker;
    cost::Projection m_projection;
    int m_horizon = 12;
    ChangeGatherer m_changes;
    int m_passes = 0;
};

} // namespace cw
