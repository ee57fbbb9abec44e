#pragma once

#include "model/diagram.h"

#include <QByteArray>
#include <QString>

namespace cw {

/// Writes a diagram as a .cwa document (format version kFormatVersion): the contract's
/// fields in a fixed order, one entity per line so that diffs stay readable, and every
/// field this version does not know written back as it was read. The one serializer
/// for files, the clipboard and autosave.
QByteArray writeCwa(const Diagram& diagram);

/// Saves atomically (QSaveFile): the old file stays whole until the new one is complete.
/// On failure returns false and sets error to a sentence naming the file.
bool saveCwaFile(const QString& path, const Diagram& diagram, QString* error);

} // namespace cw
