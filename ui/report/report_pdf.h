#pragma once

#include <QString>

class QPagedPaintDevice;

namespace cw::report {

struct DiagramFigure;
struct Report;

/// The report as pages: a title page with the contents, the diagram on a landscape page
/// scaled to fit, then the sections (report_body.h), every page numbered. It paints on
/// any paged device: a QPdfWriter for a file (text stays text, fonts embedded, the
/// diagram and the chart stay vector graphics) or the QPrinter of a print preview.
/// Returns the number of pages painted.
int paintReport(QPagedPaintDevice& device, const Report& report, const DiagramFigure& figure, const QString& chartSvg);

/// Writes the report as a PDF file; false with a message naming the file when it cannot.
bool writeReportPdf(const QString& path, const Report& report, const DiagramFigure& figure,
    const QString& chartSvg, QString* error);

} // namespace cw::report
