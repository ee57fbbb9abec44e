#pragma once

#include "interop/import_result.h"

#include <QByteArray>

namespace cw {
class Catalog;
}

namespace cw::interop {

/// Reads a draw.io file (plain, compressed or multi-page) into a diagram
/// (docs/interop.md#import-from-drawio): provider shapes become typed nodes by the
/// catalog's mappings, containers groups (membership by geometry), edges between two
/// services edges of a proposed kind; positions are kept. A file Cloudwright exported
/// comes back as the same diagram (its cells carry "cloudwright" properties).
/// page: the page's 1-based number or name; empty for the first. Throws LoadError (file
/// left empty) for a file that is not draw.io, a damaged page or an unknown page.
ImportResult drawioImport(const QByteArray& bytes, const Catalog& catalog, const QString& page = QString());

} // namespace cw::interop
