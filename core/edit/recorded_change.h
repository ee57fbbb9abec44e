#pragma once

#include "command.h"
#include "model/architecture.h"

#include <optional>
#include <vector>

namespace cw {

/// The undo record of every edit: for each touched entity its value before and after
/// (by id, never pointers) and its place in the file order, so undo restores the
/// model exactly, order included.
class RecordedChange final : public Command {
public:
    template <typename T> struct Entry {
        Id id;
        std::optional<T> before;
        std::optional<T> after;
        int beforeIndex = -1; ///< place in the list before the change
        int afterIndex = -1;  ///< place after; -1 until first applied (then appended)
    };

    RecordedChange(QString text, QString mergeKey);

    QString text() const override { return m_text; }
    void redo(Architecture& model) override { apply(model, true); }
    void undo(Architecture& model) override { apply(model, false); }
    QString mergeKey() const override { return m_mergeKey; }
    bool mergeWith(const Command& next) override;
    bool isNoOp() const override;

    std::vector<Entry<Node>> nodes;
    std::vector<Entry<Group>> groups;
    std::vector<Entry<Edge>> edges;
    std::optional<Meta> metaBefore;
    std::optional<Meta> metaAfter;

private:
    void apply(Architecture& model, bool forward);
    bool isPureUpdate() const;

    QString m_text;
    QString m_mergeKey;
};

} // namespace cw
