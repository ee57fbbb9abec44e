#pragma once

#include "catalog/catalog.h"
#include "load_error.h"
#include "model/diagram.h"

#include <QByteArray>

#include <optional>

namespace cw {

/// The newest .cwa format version this program reads and writes.
inline constexpr int kFormatVersion = 1;

struct LoadResult {
    std::optional<Diagram> diagram; ///< set on success; never a partial diagram
    LoadError error;                ///< set on failure
    bool laidOut = false;           ///< some positions came from the automatic layout
    /// Nothing in the file had a place: the quick column layout stands in, and a reader
    /// with time for it (opening in the editor) runs layout::arrange for a real one.
    bool unplaced = false;

    bool ok() const { return diagram.has_value(); }
};

/// Reads a .cwa document. Checks everything the contract fixes (format, version,
/// kinds, ids, references, group tree, property types and ranges) and either returns
/// the whole diagram or one error naming the place. fileName only labels messages.
LoadResult readCwa(const QByteArray& bytes, const QString& fileName, const Catalog& catalog);
/// Reads a .cwa file from disk; a missing or unreadable file is a LoadError too.
LoadResult readCwaFile(const QString& path, const Catalog& catalog);

} // namespace cw
