#include "undo_adapter.h"

#include "model/architecture.h"

namespace cw {

namespace {
// QUndoStack merges only commands with equal ids; the core's merge key decides the rest.
constexpr int kMergeableId = 0x4357; // "CW"
} // namespace

UndoAdapter::UndoAdapter(Architecture& model, std::unique_ptr<UndoRecord> record)
    : m_model(model)
    , m_record(std::move(record))
{
    setText(m_record->text());
}

void UndoAdapter::undo()
{
    m_record->undo(m_model);
    m_applied = false;
}

void UndoAdapter::redo()
{
    if (m_applied)
        return; // pushed right after the edit applied itself
    m_record->redo(m_model);
    m_applied = true;
}

int UndoAdapter::id() const
{
    return m_record->mergeKey().isEmpty() ? -1 : kMergeableId;
}

bool UndoAdapter::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const UndoAdapter*>(other);
    if (!next || !m_record->mergeWith(*next->m_record))
        return false;
    setObsolete(m_record->isNoOp());
    return true;
}

} // namespace cw
