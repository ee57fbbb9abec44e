#include "report_pdf.h"

#include "report/diagram_figure.h"
#include "report/report.h"
#include "report_body.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>

namespace cw::report {

namespace {

const QMarginsF kMarginsMm(16, 16, 16, 14);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Device units per point on this device.
qreal unitsPerPoint(const QPagedPaintDevice& device)
{
    return device.logicalDpiY() / 72.0;
}

QRectF paintArea(const QPagedPaintDevice& device)
{
    const QRect r = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return QRectF(0, 0, r.width(), r.height());
}

// The footer's height, kept free under the body text.
qreal footerHeight(const QPagedPaintDevice& device)
{
    return 16 * unitsPerPoint(device);
}

void paintFooter(QPainter& p, const QPagedPaintDevice& device, const Report& r, int page, int pages)
{
    const QRectF area = paintArea(device);
    p.save();
    p.setFont(font(7.5));
    p.setPen(QColor(0x55, 0x5f, 0x6d));
    const QRectF line(0, area.height() - 10 * unitsPerPoint(device), area.width(), 10 * unitsPerPoint(device));
    const QString right = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF fm(p.font(), &const_cast<QPagedPaintDevice&>(device));
    const QString left = fm.elidedText(r.title + QStringLiteral(" · ") + r.dateText, Qt::ElideMiddle,
        area.width() - fm.horizontalAdvance(right) - 20 * unitsPerPoint(device));
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    p.restore();
}

// Which body page (0-based) each section starts on.
QList<int> sectionPages(const ReportBody& body, qreal pageHeight)
{
    QList<int> pages;
    QAbstractTextDocumentLayout* layout = body.document->documentLayout();
    for (const auto& [anchor, title] : body.sections) {
        int page = 0;
        for (QTextBlock b = body.document->begin(); b.isValid(); b = b.next()) {
            bool found = false;
            for (auto it = b.begin(); !it.atEnd() && !found; ++it)
                found = it.fragment().charFormat().anchorNames().contains(anchor);
            if (found) {
                page = int(layout->blockBoundingRect(b).top() / pageHeight);
                break;
            }
        }
        pages.append(page);
    }
    return pages;
}

QString summaryHtml(const Report& r, const ReportBody& body, const QList<int>& bodyPages, int firstBodyPage)
{
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString where = r.provider;
    if (!r.region.isEmpty())
        where += QStringLiteral(" · ") + r.region;
    QString html = QStringLiteral("<p><font color=\"#55606d\">ARCHITECTURE REPORT</font></p>"
                                  "<h1 style=\"font-size:26pt; color:#1f3a5f\">%1</h1>"
                                  "<p style=\"font-size:11pt\">%2 · %3</p><p></p>")
                       .arg(esc(r.title), esc(r.dateText), esc(where));
    html += QStringLiteral("<table cellpadding=\"4\" style=\"font-size:10pt\">");
    auto row = [&](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(QStringLiteral("Diagram"), QStringLiteral("%1 nodes, %2 groups, %3 edges")
                                       .arg(r.nodeCount)
                                       .arg(r.groupCount)
                                       .arg(r.edgeCount));
    const auto count = [](qsizetype n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    row(QStringLiteral("Findings"), QStringList{count(r.errors, "error", "errors"),
                                        count(r.warnings, "warning", "warnings"), count(r.infos, "note", "notes"),
                                        count(qsizetype(r.suppressed.size()), "suppressed", "suppressed")}
                                        .join(QStringLiteral(", ")));
    row(QStringLiteral("Cost, month 1"), r.cost.month1TotalText);
    row(QStringLiteral("Cost over %1 months").arg(r.cost.months), r.cost.horizonTotalText);
    if (!r.cost.budgetText.isEmpty())
        row(QStringLiteral("Budget"), r.cost.budgetText);
    row(QStringLiteral("Coverage"), r.coverage.text);
    html += QStringLiteral("</table><p></p><h2 style=\"color:#1f3a5f\">Contents</h2>"
                           "<table cellpadding=\"3\" width=\"100%\" style=\"font-size:10.5pt\">");
    auto entry = [&](const QString& title, int page) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(title)).arg(page);
    };
    entry(QStringLiteral("Architecture diagram"), firstBodyPage - 1);
    for (int i = 0; i < body.sections.size(); ++i)
        entry(body.sections[i].second, firstBodyPage + bodyPages.value(i));
    return html + QStringLiteral("</table>");
}

void paintTitlePage(QPainter& p, QPagedPaintDevice& device, const QString& html)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font(10));
    doc.setDocumentMargin(0);
    const QRectF area = paintArea(device);
    doc.setTextWidth(area.width());
    doc.setHtml(html);
    p.save();
    p.translate(0, 40 * unitsPerPoint(device));
    doc.drawContents(&p, QRectF(0, 0, area.width(), area.height()));
    p.restore();
}

void paintDiagramPage(QPainter& p, QPagedPaintDevice& device, const DiagramFigure& figure)
{
    const QRectF area = paintArea(device);
    const qreal pt = unitsPerPoint(device);
    p.save();
    p.setFont(font(15, true));
    p.setPen(QColor(0x1f, 0x3a, 0x5f));
    const QRectF head(0, 0, area.width(), 24 * pt);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Architecture diagram"));
    qreal top = head.bottom() + 8 * pt;
    if (!figure.caption.isEmpty()) {
        p.setFont(font(8.5));
        p.setPen(QColor(0x55, 0x5f, 0x6d));
        const QRectF line(0, top, area.width(), 24 * pt);
        p.drawText(line, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figure.caption);
        top += 26 * pt;
    }
    const QRectF room(0, top, area.width(), area.height() - top - footerHeight(device));
    QSvgRenderer svg(figure.svg);
    if (figure.svg.isEmpty() || !svg.isValid()) {
        p.setFont(font(10));
        p.drawText(room, Qt::AlignCenter, QStringLiteral("The diagram has nothing to draw."));
    } else {
        QSizeF size = figure.size.isEmpty() ? QSizeF(svg.defaultSize()) : figure.size;
        size.scale(room.size(), Qt::KeepAspectRatio);
        const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(), size.height());
        svg.render(&p, target);
    }
    p.restore();
}

} // namespace

int paintReport(QPagedPaintDevice& device, const Report& r, const DiagramFigure& figure, const QString& chartSvg)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    const QRectF area = paintArea(device);
    const qreal bodyHeight = area.height() - footerHeight(device);
    const ReportBody body = reportBody(r, chartSvg, &device, QSizeF(area.width(), bodyHeight));
    const int bodyPages = qMax(1, body.document->pageCount());
    const int firstBodyPage = 3; // title, diagram, then the body
    const int pages = firstBodyPage - 1 + bodyPages;

    QPainter p;
    if (!p.begin(&device))
        return 0;
    paintTitlePage(p, device, summaryHtml(r, body, sectionPages(body, bodyHeight), firstBodyPage));
    paintFooter(p, device, r, 1, pages);

    // The diagram gets a landscape page: diagrams are wider than tall.
    device.setPageOrientation(QPageLayout::Landscape);
    device.newPage();
    paintDiagramPage(p, device, figure);
    paintFooter(p, device, r, 2, pages);

    device.setPageOrientation(QPageLayout::Portrait);
    for (int i = 0; i < bodyPages; ++i) {
        device.newPage();
        p.save();
        p.setClipRect(QRectF(0, 0, area.width(), bodyHeight));
        p.translate(0, -i * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodyHeight, area.width(), bodyHeight);
        body.document->documentLayout()->draw(&p, context);
        p.restore();
        paintFooter(p, device, r, firstBodyPage + i, pages);
    }
    p.end();
    return pages;
}

bool writeReportPdf(
    const QString& path, const Report& r, const DiagramFigure& figure, const QString& chartSvg, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(r.title);
        writer.setCreator(QStringLiteral("Cloudwright"));
        if (paintReport(writer, r, figure, chartSvg) == 0) {
            if (error)
                *error = path + QStringLiteral(": cannot paint the PDF");
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace cw::report
