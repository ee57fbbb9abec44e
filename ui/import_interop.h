#pragma once

#include "interop/import_result.h"

#include <QString>

#include <optional>

class QWidget;

namespace cw {

class Document;

/// Imports a draw.io file's page as a new, untitled diagram in doc (through
/// interop::drawioImport). Returns the summary, or nothing with error set to one line
/// naming the file and the place when the file cannot be read.
std::optional<interop::ImportSummary> importDrawioFile(
    Document& doc, const QString& path, const QString& page, QString* error);

/// File > Import > draw.io…: asks for the file, and for the page when it has several,
/// imports it and shows the summary (ImportSummaryDialog). A file that cannot be read is
/// shown in a message box and the open diagram is untouched. Returns the status-bar
/// message; empty when cancelled. The caller has offered to save the open diagram first.
QString importDrawio(QWidget* parent, Document& doc);

} // namespace cw
