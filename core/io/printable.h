#pragma once

#include <QString>

namespace cw {

/// Text safe to print as part of one line on a terminal or in a log: control characters
/// (line breaks, tabs, terminal escape sequences, ...) are written the way JSON writes
/// them ("\n", "\u001b"), so a name or an id from a file cannot break a line or forge one.
QString printable(const QString& text);

} // namespace cw
