#include "report_export.h"

#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"
#include "report/cost_chart_svg.h"
#include "report/report.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "report_pdf.h"
#include "view/diagram_image.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QDir>

namespace cw::report {

namespace {

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

bool step(const ReportProgress& progress, int n, QString* error)
{
    if (!progress || progress(n))
        return true;
    *error = QStringLiteral("cancelled");
    return false;
}

} // namespace

std::optional<ReportFormat> reportFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QDate reportDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDateTime::currentDateTimeUtc().date();
}

bool exportReport(const QString& path, const ReportRequest& request, QStringList* written, QString* error,
    const ReportProgress& progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<ReportFormat> format = reportFormatFor(path);
    if (!format) {
        *error = path + QStringLiteral(": a report is .html, .md or .pdf");
        return false;
    }
    if (!step(progress, 0, error))
        return false;
    image::ImageOptions options;
    options.legend = true;
    options.title = request.model->meta().title;
    const DiagramFigure figure = image::diagramFigure(
        *request.model, *request.catalog, request.findings, options, &cost::PriceBook::builtin());
    if (!step(progress, 1, error))
        return false;
    const Report report = buildReport(*request.model, *request.catalog, cost::PriceBook::builtin(), request.findings,
        request.months, request.date.isValid() ? request.date : reportDate());
    const QString chart = costChartSvg(report.cost);
    if (!step(progress, 2, error))
        return false;

    QStringList files;
    bool ok = false;
    switch (*format) {
    case ReportFormat::Html: ok = writeFile(path, toHtml(report, figure).toUtf8(), error); break;
    case ReportFormat::Pdf: ok = writeReportPdf(path, report, figure, chart, error); break;
    case ReportFormat::Markdown: {
        const QFileInfo info(path);
        // An empty diagram has no picture: the Markdown then leaves it out.
        const QString diagramName
            = figure.svg.isEmpty() ? QString() : info.completeBaseName() + QStringLiteral("-diagram.svg");
        const QString chartName = info.completeBaseName() + QStringLiteral("-cost.svg");
        const QString diagramPath = info.dir().filePath(diagramName);
        const QString chartPath = info.dir().filePath(chartName);
        ok = (diagramName.isEmpty() || writeFile(diagramPath, figure.svg, error))
            && writeFile(chartPath, chart.toUtf8(), error)
            && writeFile(path, toMarkdown(report, diagramName, chartName, figure.caption).toUtf8(), error);
        if (ok && !diagramName.isEmpty())
            files << diagramPath;
        if (ok)
            files << chartPath;
        break;
    }
    }
    if (!ok)
        return false;
    files.prepend(path);
    if (written)
        *written = files;
    return true;
}

} // namespace cw::report
