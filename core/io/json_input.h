#pragma once

// Reading a hand-written JSON file (a .cwa, an exercise, a lesson) up to the parsed
// document, with the same checks and messages for all of them.

#include "load_error.h"
#include "model/diagram.h"

#include <QByteArray>

#include <optional>

namespace cw {

/// The largest input file any reader takes.
inline constexpr qint64 kMaxInputFileBytes = qint64(1) << 30;
/// The deepest JSON nesting any reader takes (every object and array is a level).
inline constexpr int kMaxJsonDepth = 200;

/// Parses bytes as one JSON document. Refuses an empty (or all-blank) input, a NUL
/// byte, nesting deeper than kMaxJsonDepth and invalid JSON, setting *place to
/// "line L, column C" (or empty) and *message to what is wrong.
std::optional<Json> parseJsonInput(const QByteArray& bytes, QString* place, QString* message);

/// The bytes of a file, or why not: no such file, a folder, larger than 1 GiB, unreadable.
std::optional<QByteArray> readInputFile(const QString& path, LoadError* error);

} // namespace cw
