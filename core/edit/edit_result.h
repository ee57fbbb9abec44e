#pragma once

#include "undo_record.h"

#include <QList>
#include <QString>

#include <memory>

namespace cw {

/// What an edit returns: on success the change is already applied and record is its
/// undo record (null when nothing needed to change); on failure nothing changed and
/// error says why. Dropping one on the floor loses the undo step, hence [[nodiscard]]:
/// in the editor every edit goes through Document::request(), which pushes the record.
struct [[nodiscard]] EditResult {
    std::unique_ptr<UndoRecord> record;
    QString error;
    QList<Id> created; ///< ids the edit made (new nodes, pasted items, ...)

    bool ok() const { return error.isEmpty(); }
    static EditResult failure(QString why)
    {
        EditResult r;
        r.error = std::move(why);
        return r;
    }
};

} // namespace cw
