#pragma once

#include "undo_record.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    /// What an applied edit could not do as asked and kept as it was, one line each for
    /// the user (switchProvider: the instance types and the region with no equivalent at
    /// the new provider; setPricingModel: the nodes the book has no price for on the model).
    /// Empty when the edit did all it was asked; never set on failure.
    QStringList notes;

    bool ok() const { return error.isEmpty(); }
    static EditResult failure(QString why)
    {
        EditResult r;
        r.error = std::move(why);
        return r;
    }
};

} // namespace cw
