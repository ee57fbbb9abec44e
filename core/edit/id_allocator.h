#pragma once

#include "edit_batch.h"

#include <QHash>
#include <QSet>

namespace cw::edit {

/// Hands out ids unused in the model as changed so far. Remembers, per stem, where
/// it stopped, so that pasting thousands of clashing ids stays linear.
class IdAllocator {
public:
    explicit IdAllocator(const EditBatch& changes)
        : m_changes(changes)
    {
    }

    /// wanted itself if free, else its stem ("api", "e" of "e12") followed by 2, 3, ...
    Id take(const QString& wanted)
    {
        if (!wanted.isEmpty() && !m_changes.exists(wanted) && !m_taken.contains(wanted))
            return claim(wanted);
        QString stem = wanted;
        while (!stem.isEmpty() && stem.back().isDigit())
            stem.chop(1);
        if (stem.isEmpty())
            stem = QStringLiteral("n");
        int& next = m_next[stem];
        if (next < 2)
            next = 2;
        for (;; ++next) {
            const Id candidate = stem + QString::number(next);
            if (!m_changes.exists(candidate) && !m_taken.contains(candidate)) {
                ++next;
                return claim(candidate);
            }
        }
    }

private:
    Id claim(const Id& id)
    {
        m_taken.insert(id);
        return id;
    }

    const EditBatch& m_changes;
    QHash<QString, int> m_next;
    QSet<Id> m_taken;
};

} // namespace cw::edit
