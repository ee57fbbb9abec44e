#pragma once

#include "edit/undo_record.h"

#include <QUndoCommand>

#include <memory>

namespace cw {

class Architecture;

/// Puts a core UndoRecord on a QUndoStack. The edit is already applied when the
/// record is made, so the first redo() that QUndoStack::push() calls does nothing.
class UndoAdapter final : public QUndoCommand {
public:
    UndoAdapter(Architecture& model, std::unique_ptr<UndoRecord> record);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Architecture& m_model;
    std::unique_ptr<UndoRecord> m_record;
    bool m_applied = true;
};

} // namespace cw
