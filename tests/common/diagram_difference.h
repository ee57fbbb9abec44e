#pragma once

// Where two diagrams differ, as the writer puts them (one entity a line), so a failed
// comparison can name the entity and the field. Core only (no Qt Test): the fuzz target
// uses it too.

#include "io/cwa_writer.h"
#include "model/diagram.h"

#include <QByteArray>
#include <QByteArrayList>

#include <algorithm>
#include <optional>

namespace cw::test {

struct LineDifference {
    qsizetype line = 0; ///< 1-based line of the written file
    QByteArray actual;  ///< that line in the actual diagram, trimmed ("<missing>" past its end)
    QByteArray expected;
};

/// The first written line where the diagrams differ; none when they write the same bytes.
inline std::optional<LineDifference> firstDifferingLine(const Diagram& actual, const Diagram& expected)
{
    const QByteArrayList a = writeCwa(actual).split('\n');
    const QByteArrayList e = writeCwa(expected).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = i < a.size() ? a[i].trimmed() : QByteArray("<missing>");
        const QByteArray right = i < e.size() ? e[i].trimmed() : QByteArray("<missing>");
        if (left != right)
            return LineDifference{i + 1, left, right};
    }
    return std::nullopt;
}

} // namespace cw::test
