#pragma once

#include "interop/export_text.h"

namespace cw::interop {

/// The diagram as an uncompressed draw.io file (mxfile > diagram > mxGraphModel): nodes
/// as draw.io's own provider shapes (catalog "interop.drawio"), groups as containers whose
/// children's geometry is relative to them, edges with source, target, label and arrow.
ExportResult drawioExport(const Diagram& diagram, const Catalog& catalog);

} // namespace cw::interop
