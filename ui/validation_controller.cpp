#include "validation_controller.h"

#include "model/architecture.h"

namespace cw {

ValidationController::ValidationController(const Architecture& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_changes(model)
{
    connect(&m_changes, &ChangeGatherer::ready, this, &ValidationController::update);
    connect(&model, &Architecture::modelReset, this, &ValidationController::runAll);
    ++m_passes;
    m_validator.run(model);
}

void ValidationController::runAll()
{
    m_changes.clear();
    ++m_passes;
    m_validator.run(m_model);
    Q_EMIT findingsChanged();
}

void ValidationController::flush()
{
    m_changes.flush();
}

void ValidationController::update(const ChangeSummary& summary)
{
    ++m_passes;
    if (m_validator.update(m_model, summary))
        Q_EMIT findingsChanged();
}

} // namespace cw
