#pragma once

#include "model/architecture.h"

#include <QObject>
#include <QTimer>

namespace cw {

/// Gathers the model's changes until the event loop is free, so that a burst of edits
/// costs the views that work figures out (findings, cost) one update, and never blocks
/// typing or dragging. A burst that only moved or resized things is dropped: nothing
/// those views read depends on where things are drawn.
class ChangeGatherer : public QObject {
    Q_OBJECT

public:
    explicit ChangeGatherer(const Architecture& model, QObject* parent = nullptr);

    /// Hands the pending changes on now (ready()), if there are any that matter.
    void flush();
    /// Forgets the pending changes (a whole new diagram makes them moot).
    void clear();

Q_SIGNALS:
    void ready(const cw::ChangeSummary& summary);

private:
    ChangeSummary m_pending;
    bool m_hasPending = false;
    QTimer m_timer;
};

} // namespace cw
