#pragma once

#include "edit/command.h"

#include <QUndoCommand>

#include <memory>

namespace cw {

class Architecture;

/// Puts a core undo record on a QUndoStack. The edit is already applied when the
/// record is made, so the first redo() that QUndoStack::push() calls does nothing.
class UndoAdapter final : public QUndoCommand {
public:
    UndoAdapter(Architecture& model, std::unique_ptr<Command> command);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Architecture& m_model;
    std::unique_ptr<Command> m_command;
    bool m_applied = true;
};

} // namespace cw
