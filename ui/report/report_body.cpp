#include "report_body.h"

#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextCursor>
#include <QTextDocument>

namespace cw::report {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& text, bool right = false)
{
    return right ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(text))
                 : QStringLiteral("<td>%1</td>").arg(esc(text));
}

// A header row; widths (percent of the table) where given, so that long sources and
// reasons wrap in their own column rather than squeezing a short one.
QString headerRow(const QStringList& titles, const QList<int>& widths = {})
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        row += QStringLiteral("<th bgcolor=\"#e8ecf2\" align=\"left\"%1>%2</th>").arg(width, esc(titles[i]));
    }
    return row + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral(
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse;"
    " border-color:#b8c0cc\">");

QString heading(QList<std::pair<QString, QString>>& sections, const QString& anchor, const QString& title)
{
    sections.append({anchor, title});
    return QStringLiteral("<h1><a name=\"%1\"></a>%2</h1>").arg(anchor, esc(title));
}

QString inventory(const Report& r)
{
    QString html;
    for (const InventoryCategory& c : r.inventory) {
        html += QStringLiteral("<h3><font color=\"%1\">&#9632;</font> %2 (%3)</h3>")
                    .arg(esc(c.color), esc(c.name))
                    .arg(c.nodes.size());
        html += kTable + headerRow({QStringLiteral("Name"), QStringLiteral("Service"), QStringLiteral("Model"),
                             QStringLiteral("Provider"), QStringLiteral("In")});
        for (const InventoryNode& n : c.nodes)
            html += QStringLiteral("<tr>") + cell(n.name) + cell(n.serviceName) + cell(n.serviceModel)
                + cell(n.provider) + cell(n.group) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }
    if (r.inventory.empty())
        html += QStringLiteral("<p>The diagram has no nodes.</p>");
    return html;
}

QString severityColor(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("#c62828");
    case Severity::Warning: return QStringLiteral("#b26a00");
    case Severity::Info: return QStringLiteral("#1565c0");
    }
    return QStringLiteral("#333333");
}

QString plan(const Report& r)
{
    const auto count = [](int n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QString html = QStringLiteral("<p>%1, %2, %3. The steps are ordered by risk: errors first, then warnings, then "
                                  "notes; within each, by Well-Architected pillar.</p>")
                       .arg(count(r.errors, "error", "errors"), count(r.warnings, "warning", "warnings"),
                           count(r.infos, "note", "notes"));
    if (r.plan.empty())
        html += QStringLiteral("<p>No open findings: every pitfall rule passes.</p>");
    for (const PlanItem& p : r.plan) {
        html += QStringLiteral("<h3>%1. <font color=\"%2\">[%3]</font> %4</h3>")
                    .arg(p.rank)
                    .arg(severityColor(p.severity), esc(p.severityText.toUpper()), esc(p.title));
        html += QStringLiteral("<p>%1</p>").arg(esc(p.message));
        if (!p.why.isEmpty())
            html += QStringLiteral("<p><b>Why it matters.</b> %1</p>").arg(esc(p.why));
        html += QStringLiteral("<p><b>How to fix.</b> %1</p>").arg(esc(p.fix));
        if (!p.fixCost.isEmpty())
            html += QStringLiteral("<p><b>What the fix costs.</b> %1</p>").arg(esc(p.fixCost));
        QString meta = p.pillar + QStringLiteral(" · rule ") + p.rule;
        if (!p.nodeNames.isEmpty())
            meta += QStringLiteral(" · ") + p.nodeNames.join(QStringLiteral(", "));
        if (!p.source.isEmpty())
            meta += QStringLiteral(" · source: ") + p.source;
        html += QStringLiteral("<p><font color=\"#555555\" size=\"-1\">%1</font></p>").arg(esc(meta));
    }
    return html;
}

QString suppressed(const Report& r)
{
    if (r.suppressed.empty())
        return QStringLiteral("<p>None: the diagram suppresses no finding.</p>");
    QString html = kTable + headerRow({QStringLiteral("Rule"), QStringLiteral("Finding"), QStringLiteral("Nodes"),
                                QStringLiteral("Reason given")});
    for (const SuppressedItem& s : r.suppressed)
        html += QStringLiteral("<tr>") + cell(s.rule) + cell(s.message.isEmpty() ? s.title : s.message)
            + cell(s.nodeNames.join(QStringLiteral(", "))) + cell(s.reason) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

// Before the chart.
QString costTotals(const Report& r)
{
    const CostSection& c = r.cost;
    QString html = QStringLiteral("<p>Month 1: <b>%1</b>. Month %2: <b>%3</b>. Over %2 months: <b>%4</b>.%5</p>")
                       .arg(esc(c.month1TotalText))
                       .arg(c.months)
                       .arg(esc(c.lastMonthTotalText), esc(c.horizonTotalText),
                           c.complete ? QString()
                                      : QStringLiteral(" These totals leave out nodes whose price is unknown."));
    if (!c.budgetText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(c.budgetText));
    return html;
}

// After the chart.
QString costTables(const Report& r)
{
    const CostSection& c = r.cost;
    const QString last = QStringLiteral("Month %1").arg(c.months);
    const QString total = QStringLiteral("%1 months").arg(c.months);
    QString html = QStringLiteral("<h3>By category</h3>") + kTable
        + headerRow({QStringLiteral("Category"), QStringLiteral("Month 1"), last, total});
    for (const CategoryRow& row : c.categories)
        html += QStringLiteral("<tr>") + cell(row.name + (row.incomplete ? QStringLiteral(" *") : QString()))
            + cell(row.month1Text, true) + cell(row.lastMonthText, true) + cell(row.totalText, true)
            + QStringLiteral("</tr>");
    html += QStringLiteral("<tr><td><b>Total</b></td><td align=\"right\"><b>%1</b></td><td align=\"right\"><b>%2</b>"
                           "</td><td align=\"right\"><b>%3</b></td></tr></table>")
                .arg(esc(c.month1TotalText), esc(c.lastMonthTotalText), esc(c.horizonTotalText));
    html += QStringLiteral("<h3>By node</h3>") + kTable
        + headerRow({QStringLiteral("Node"), QStringLiteral("Category"), QStringLiteral("Month 1"), last, total,
            QStringLiteral("Note")});
    for (const CostRow& row : c.nodes)
        html += QStringLiteral("<tr>") + cell(row.name) + cell(row.category) + cell(row.month1Text, true)
            + cell(row.lastMonthText, true) + cell(row.totalText, true) + cell(row.reason) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString scenarios(const Report& r)
{
    if (r.scenarios.empty())
        return QStringLiteral("<p>The diagram keeps no scenarios. Keep one from the cost panel to compare a "
                              "later version against it.</p>");
    QString html = kTable
        + headerRow({QStringLiteral("Scenario"), QStringLiteral("Kept"), QStringLiteral("Month 1 then"),
            QStringLiteral("Month 1 now"), QStringLiteral("Change"), QStringLiteral("Total then"),
            QStringLiteral("Total now"), QStringLiteral("Change")});
    for (const ScenarioRow& s : r.scenarios)
        html += QStringLiteral("<tr>") + cell(s.name) + cell(s.savedAt) + cell(s.thenMonth1Text, true)
            + cell(s.nowMonth1Text, true) + cell(s.month1ChangeText, true) + cell(s.thenTotalText, true)
            + cell(s.nowTotalText, true) + cell(s.totalChangeText, true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    for (const ScenarioRow& s : r.scenarios) {
        if (s.changes.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b>, what changed:</p><ul>").arg(esc(s.name));
        for (const QString& line : s.changes)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString assumptions(const Report& r)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& s : r.assumptions.statements)
        html += QStringLiteral("<li>%1</li>").arg(esc(s));
    html += QStringLiteral("<li>Coverage: %1.</li></ul>").arg(esc(r.coverage.text));
    if (r.assumptions.prices.empty())
        return html + QStringLiteral("<p>No list price was used.</p>");
    html += QStringLiteral("<h3>Prices used</h3>") + kTable
        + headerRow({QStringLiteral("Price"), QStringLiteral("Region"), QStringLiteral("Unit price"),
            QStringLiteral("Source"), QStringLiteral("As of"), QStringLiteral("Conf.")},
            {20, 9, 20, 33, 11, 7});
    for (const PriceSource& p : r.assumptions.prices)
        html += QStringLiteral("<tr>") + cell(p.item.isEmpty() ? p.key : p.item) + cell(p.region)
            + cell(p.unitPrice) + cell(p.source) + cell(p.asOf) + cell(p.confidence) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

} // namespace

SvgTextObject::SvgTextObject(const QByteArray& svg, qreal width, QObject* parent)
    : QObject(parent)
    , m_renderer(std::make_unique<QSvgRenderer>(svg))
    , m_width(width)
{
}

SvgTextObject::~SvgTextObject() = default;

QSizeF SvgTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    const QSizeF s = m_renderer->defaultSize();
    if (!m_renderer->isValid() || s.isEmpty())
        return QSizeF(m_width, 1);
    return QSizeF(m_width, m_width * s.height() / s.width());
}

void SvgTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    if (m_renderer->isValid())
        m_renderer->render(painter, rect);
}

ReportBody reportBody(const Report& r, const QString& chartSvg, QPaintDevice* device, QSizeF page)
{
    const qreal pageWidth = page.width();
    const qreal pageHeight = page.height();
    ReportBody body;
    body.document = std::make_unique<QTextDocument>();
    QTextDocument* doc = body.document.get();
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(QSizeF(pageWidth, pageHeight)); // the layout breaks pages between lines and rows
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 17pt; color: #1f3a5f; margin-top: 18px; }"
                                             "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }"
                                             "th, td { font-size: 8.5pt; }"));

    // Built piece by piece so that the sections are listed in the order they appear.
    auto& s = body.sections;
    QString before = heading(s, QStringLiteral("sec-inventory"), QStringLiteral("Inventory"));
    before += inventory(r);
    before += heading(s, QStringLiteral("sec-plan"), QStringLiteral("Improvement plan"));
    before += plan(r);
    before += heading(s, QStringLiteral("sec-suppressed"), QStringLiteral("Suppressed findings"));
    before += suppressed(r);
    before += heading(s, QStringLiteral("sec-cost"), QStringLiteral("Cost over time"));
    before += costTotals(r);
    QTextCursor cursor(doc);
    cursor.insertHtml(before);

    // The chart, as an object in the flow: vector graphics wherever the document is painted.
    if (!chartSvg.isEmpty()) {
        auto chart = std::make_unique<SvgTextObject>(chartSvg.toUtf8(), pageWidth);
        doc->documentLayout()->registerHandler(SvgTextObject::kType, chart.get());
        body.chart = std::move(chart);
        cursor.insertBlock();
        QTextCharFormat object;
        object.setObjectType(SvgTextObject::kType);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        cursor.insertBlock();
    }
    QString after = costTables(r);
    after += heading(s, QStringLiteral("sec-scenarios"), QStringLiteral("Scenarios"));
    after += scenarios(r);
    after += heading(s, QStringLiteral("sec-assumptions"), QStringLiteral("Assumptions and coverage"));
    after += assumptions(r);
    cursor.insertHtml(after);
    return body;
}

} // namespace cw::report
