#pragma once

#include "catalog/catalog.h"
#include "model/diagram.h"

#include <optional>

class QMimeData;

namespace cw {

/// The clipboard carries a fragment as a .cwa document (the one serializer), under
/// its own mime type and as plain text, so it can be pasted into another window or
/// looked at in a text editor.
QString fragmentMimeType();
QMimeData* fragmentToMime(const Diagram& fragment);
/// The fragment on the clipboard, or nothing if it holds none (or a broken one).
std::optional<Diagram> fragmentFromMime(const QMimeData* mime, const Catalog& catalog);

} // namespace cw
