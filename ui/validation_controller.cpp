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
    ++m_passes;
    m_validator.run(model);
}

void ValidationController::runAll()
{
    m_timer.stop();
    m_pending = ChangeSummary();
    m_hasPending = false;
    ++m_passes;
    m_validator.run(m_model);
    Q_EMIT findingsChanged();
}

void ValidationController::onChanged(const ChangeSummary& s)
{
    // Several edits before the next update add up to one change; moves alone stay
    // layout-only, so a drag re-validates nothing.
    m_pending.merge(s);
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
    // No rule looks at where things are drawn.
    if (summary.layoutOnly)
        return;
    ++m_passes;
    if (m_validator.update(m_model, summary))
        Q_EMIT findingsChanged();
}

} // namespace cw
