#include "change_gatherer.h"

namespace cw {

ChangeGatherer::ChangeGatherer(const Architecture& model, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChangeGatherer::flush);
    connect(&model, &Architecture::changed, this, [this](const ChangeSummary& s) {
        // Several edits add up to one change; moves alone stay layout-only.
        m_pending.merge(s);
        m_hasPending = true;
        m_timer.start();
    });
}

void ChangeGatherer::flush()
{
    m_timer.stop();
    if (!m_hasPending)
        return;
    const ChangeSummary summary = std::exchange(m_pending, ChangeSummary());
    m_hasPending = false;
    if (!summary.layoutOnly)
        Q_EMIT ready(summary);
}

void ChangeGatherer::clear()
{
    m_timer.stop();
    m_pending = ChangeSummary();
    m_hasPending = false;
}

} // namespace cw
