#pragma once

#include "interop/export_text.h"

#include <QString>

class QWidget;

namespace cw {

class Document;

/// File > Export > draw.io / Terraform / Mermaid: asks where (next to the diagram's file,
/// by the format's suffix), writes the export of the open diagram through core/interop,
/// and returns the status-bar message; an empty string when cancelled. A failed write is
/// shown in a message box and the diagram is untouched.
QString exportInterop(QWidget* parent, const Document& doc, interop::ExportFormat format);

} // namespace cw
