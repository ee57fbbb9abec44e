#pragma once

#include "printable.h"

#include <QString>

namespace cw {

/// Why a file could not be opened: the file, the place in it, and what is wrong.
/// Printed as one line, "FILE: PLACE: MESSAGE", by the command line and the editor
/// (control characters from the file written as escapes, so it stays one line).
struct LoadError {
    QString file;
    QString place; ///< "line 3, column 14", "nodes[2] (id \"api\").props.count", or empty
    QString message;

    QString toString() const
    {
        QString out = file;
        if (!place.isEmpty())
            out += QStringLiteral(": ") + place;
        return printable(out + QStringLiteral(": ") + message);
    }
};

} // namespace cw
