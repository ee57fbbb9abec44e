#include "validation_controller.h"

#include "model/architecture.h"

namespace cw {

ValidationController::ValidationController(const Architecture& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ValidationController::flush);
    connect(&model, &Architecture::modelReset, this, &ValidationController::runAll);
    connect(&model, &Architecture::changed, this, &ValidationController::onChanged);
    m_validator.run(model);
}

void ValidationController::runAll()
{
    m_timer.stop();
    m_pending = ChangeSummary();
    m_hasPending = false;
    m_validator.run(m_model);
    Q_EMIT findingsChanged();
}

void ValidationController::onChanged(const ChangeSummary& s)
{
    // Several edits before the next update: their summaries add up (an id that comes
    // and goes is looked at and found missing, which is right).
    m_pending.nodesAdded += s.nodesAdded;
    m_pending.nodesRemoved += s.nodesRemoved;
    m_pending.nodesChanged += s.nodesChanged;
    m_pending.groupsAdded += s.groupsAdded;
    m_pending.groupsRemoved += s.groupsRemoved;
    m_pending.groupsChanged += s.groupsChanged;
    m_pending.edgesAdded += s.edgesAdded;
    m_pending.edgesRemoved += s.edgesRemoved;
    m_pending.edgesChanged += s.edgesChanged;
    m_pending.metaChanged = m_pending.metaChanged || s.metaChanged;
    m_hasPending = true;
    m_timer.start();
}

void ValidationController::flush()
{
    m_timer.stop();
    if (!m_hasPending)
        return;
    const ChangeSummary summary = std::exchange(m_pending, ChangeSummary());
    m_hasPending = false;
    if (m_validator.update(m_model, summary))
        Q_EMIT findingsChanged();
}

} // namespace cw
