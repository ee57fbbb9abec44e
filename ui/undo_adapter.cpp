#include "undo_adapter.h"

#include "model/architecture.h"

namespace cw {

namespace {
// QUndoStack merges only commands with equal ids; the core's merge key decides the rest.
constexpr int kMergeableId = 0x4357; // "CW"
} // namespace

UndoAdapter::UndoAdapter(Architecture& model, std::unique_ptr<Command> command)
    : m_model(model)
    , m_command(std::move(command))
{
    setText(m_command->text());
}

void UndoAdapter::undo()
{
    m_command->undo(m_model);
    m_applied = false;
}

void UndoAdapter::redo()
{
    if (m_applied)
        return; // pushed right after the edit applied itself
    m_command->redo(m_model);
    m_applied = true;
}

int UndoAdapter::id() const
{
    return m_command->mergeKey().isEmpty() ? -1 : kMergeableId;
}

bool UndoAdapter::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const UndoAdapter*>(other);
    if (!next || !m_command->mergeWith(*next->m_command))
        return false;
    setObsolete(m_command->isNoOp());
    return true;
}

} // namespace cw
