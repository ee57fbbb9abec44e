#pragma once

// The pages of a draw.io file (.drawio, or .xml as draw.io also saves): an <mxfile> of
// <diagram> pages, each holding an <mxGraphModel> as XML or, as draw.io saves by default,
// compressed (raw deflate, then base64, of the URL-encoded model); or a bare
// <mxGraphModel>. https://www.drawio.com/doc/faq/save-file-formats

#include "io/load_error.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cw::interop {

struct DrawioPage {
    QString name;       ///< the page's name ("Page-1"); may be empty
    QByteArray model;   ///< the <mxGraphModel> element, as XML
    bool compressed = false;
};

/// The file's pages in order, never empty. Throws LoadError (file left empty: the
/// caller fills it in) naming the place ("line 3, column 5", "page 2 (\"Network\")")
/// when the bytes are not a draw.io file or a page does not decompress.
std::vector<DrawioPage> readDrawioPages(const QByteArray& bytes);

/// Raw-deflate data inflated (zlib, no header); nullopt-like empty result with ok false
/// when it is not valid deflate data or would inflate past limit bytes.
QByteArray inflateRaw(const QByteArray& data, bool* ok, qsizetype limit = 256 * 1024 * 1024);

} // namespace cw::interop
