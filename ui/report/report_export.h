#pragma once

#include "rules/finding.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cw {
class Architecture;
class Catalog;
} // namespace cw

namespace cw::report {

enum class ReportFormat { Html, Markdown, Pdf };

/// The format a file name asks for by its extension (.html/.htm, .md/.markdown, .pdf).
std::optional<ReportFormat> reportFormatFor(const QString& path);

/// What a report is made from.
struct ReportRequest {
    const Architecture* model = nullptr;
    const Catalog* catalog = nullptr;
    std::vector<Finding> findings; ///< the validator's, suppressed ones included
    int months = 12;               ///< the cost horizon
    QDate date;                    ///< the report's day
};

/// The steps of exportReport, for a progress dialog: 0 drawing the diagram, 1 working
/// out the content, 2 writing the file(s). Return false to cancel.
using ReportProgress = std::function<bool(int step)>;
inline constexpr int kReportSteps = 3;

/// Writes the report the path's extension asks for. Markdown also writes its pictures
/// next to it, STEM-diagram.svg and STEM-cost.svg. Every file is written whole or not
/// at all (QSaveFile). `written` lists the files written. False with a message naming
/// the file when it cannot (or "cancelled").
bool exportReport(const QString& path, const ReportRequest& request, QStringList* written, QString* error,
    const ReportProgress& progress = {});

/// The day a report is dated: SOURCE_DATE_EPOCH when set (reproducible builds and CI),
/// else today (UTC).
QDate reportDate();

} // namespace cw::report
