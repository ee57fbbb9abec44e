#pragma once

#include <QString>

namespace cw {

class Architecture;

/// An undo record for one edit of the model. Core keeps its own interface because
/// Qt 6 has QUndoStack in QtGui; the ui wraps each Command in a QUndoCommand.
class Command {
public:
    virtual ~Command() = default;

    /// What the edit did, for the Edit menu and the history ("Move 3 items").
    virtual QString text() const = 0;
    virtual void undo(Architecture& model) = 0;
    virtual void redo(Architecture& model) = 0;

    /// Non-empty when consecutive edits with the same key form one continuous edit
    /// (typing a value, stepping a spin box) and may merge into one undo entry.
    virtual QString mergeKey() const { return {}; }
    virtual bool mergeWith(const Command& next)
    {
        Q_UNUSED(next);
        return false;
    }
    /// True when, after merging, the record changes nothing and can be dropped.
    virtual bool isNoOp() const { return false; }
};

} // namespace cw
