#pragma once

#include "change_gatherer.h"
#include "rules/validator.h"

#include <QObject>

namespace cw {

class Architecture;

/// Keeps the findings of the open diagram current: a full run when a diagram is
/// opened, an incremental update after edits (gathered until the event loop is free,
/// so a burst of edits costs one update and never blocks typing or dragging).
class ValidationController : public QObject {
    Q_OBJECT

public:
    explicit ValidationController(const Architecture& model, QObject* parent = nullptr);

    const std::vector<Finding>& findings() const { return m_validator.findings(); }
    FindingCounts counts() const { return m_validator.counts(); }
    std::vector<Finding> findingsFor(const Id& id) const { return m_validator.findingsFor(id); }
    /// Applies pending edits now (tests, and before anything reads the findings).
    void flush();
    /// How many times the findings were worked out (full runs and updates): a burst of
    /// edits adds one, a move none.
    int passes() const { return m_passes; }

Q_SIGNALS:
    void findingsChanged();

private:
    void update(const ChangeSummary& summary);
    void runAll();

    const Architecture& m_model;
    Validator m_validator;
    ChangeGatherer m_changes;
    int m_passes = 0;
};

} // namespace cw
