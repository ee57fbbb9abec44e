#pragma once

#include "model/architecture.h"

#include <QString>

#include <optional>
#include <vector>

namespace cw {

/// The undo record of every edit: for each touched entity its value before and after
/// (by id, never pointers) and its place in the file order, so undo restores the
/// model exactly, order included. Core keeps its own record because Qt 6 has
/// QUndoStack in QtGui; the ui puts each one on a QUndoStack (UndoAdapter).
class UndoRecord final {
public:
    template <typename T> struct Entry {
        Id id;
        std::optional<T> before;
        std::optional<T> after;
        int beforeIndex = -1; ///< place in the list before the change
        int afterIndex = -1;  ///< place after; -1 until first applied (then appended)
    };

    UndoRecord(QString text, QString mergeKey);

    /// What the edit did, for the Edit menu and the history ("Move 3 items").
    QString text() const { return m_text; }
    void redo(Architecture& model) { play(model, true); }
    void undo(Architecture& model) { play(model, false); }
    /// Non-empty when consecutive edits with the same key form one continuous edit
    /// (typing a value, nudging with the arrow keys) and may merge into one undo entry.
    QString mergeKey() const { return m_mergeKey; }
    /// Takes next into this record when both carry the same merge key and only update
    /// existing entities; returns false (and changes nothing) otherwise.
    bool mergeWith(const UndoRecord& next);
    /// Takes next into this record whatever the merge keys, when next only updates
    /// entities (the canvas fitting cards after an edit, part of that edit's undo step);
    /// returns false (and changes nothing) otherwise.
    bool absorb(const UndoRecord& next);
    /// True when, after merging, the record changes nothing and can be dropped.
    bool isNoOp() const;

    std::vector<Entry<Node>> nodes;
    std::vector<Entry<Group>> groups;
    std::vector<Entry<Edge>> edges;
    std::optional<Meta> metaBefore;
    std::optional<Meta> metaAfter;
    std::optional<std::vector<Scenario>> scenariosBefore;
    std::optional<std::vector<Scenario>> scenariosAfter;

private:
    /// Sets every entity to its after (forward) or before value, and tells listeners once.
    void play(Architecture& model, bool forward);
    bool isPureUpdate() const;

    QString m_text;
    QString m_mergeKey;
};

} // namespace cw
