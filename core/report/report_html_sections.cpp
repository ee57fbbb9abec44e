// toHtml()'s sections after the diagram: inventory, plan, accepted findings, cost,
// scenarios, assumptions. Every text from the report is escaped here.
#include "cost_chart_svg.h"
#include "markup.h"
#include "report_html_parts.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report::html {

namespace {

QString e(const QString& text)
{
    return xmlEscaped(text);
}

// "Lambda, Orders DB": each a link to its card (or inventory row).
QString nodeLinks(const QList<Id>& ids, const QStringList& names, const Links& links)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size(); ++i)
        parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(links.href(ids[i]), e(names.value(i, ids[i])));
    return parts.isEmpty() ? e(ReportText::tr("the whole diagram")) : parts.join(QStringLiteral(", "));
}

} // namespace

QString Links::href(const Id& id) const
{
    return (cards.contains(id) ? QStringLiteral("#") : QStringLiteral("#inv-")) + nodeAnchor(id);
}

QString table(const QString& caption, const QStringList& headers, const QList<QStringList>& rows,
    const QList<int>& numericColumns, const QStringList& rowIds)
{
    QString s = QStringLiteral("<div class=\"table-wrap\">\n<table>\n");
    if (!caption.isEmpty())
        s += QStringLiteral("<caption>%1</caption>\n").arg(caption);
    s += QStringLiteral("<thead><tr>");
    for (int c = 0; c < headers.size(); ++c)
        s += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                 .arg(numericColumns.contains(c) ? QStringLiteral(" class=\"num\"") : QString(), headers[c]);
    s += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString id = rowIds.value(r);
        const bool total = id == QLatin1String("total"); // a totals row: styled, no id
        s += total         ? QStringLiteral("<tr class=\"total\">")
            : id.isEmpty() ? QStringLiteral("<tr>")
                           : QStringLiteral("<tr id=\"%1\">").arg(id);
        for (int c = 0; c < rows[r].size(); ++c)
            s += QStringLiteral("<td%1>%2</td>")
                     .arg(numericColumns.contains(c) ? QStringLiteral(" class=\"num\"") : QString(), rows[r][c]);
        s += QStringLiteral("</tr>\n");
    }
    return s + QStringLiteral("</tbody>\n</table>\n</div>\n");
}

QString inventory(const Report& r)
{
    if (r.inventory.empty())
        return QStringLiteral("<p>%1</p>\n").arg(e(ReportText::tr("The diagram has no nodes.")));
    QString s;
    for (const InventoryCategory& c : r.inventory) {
        QList<QStringList> rows;
        QStringList ids;
        for (const InventoryNode& n : c.nodes) {
            rows << QStringList{e(n.name), e(n.serviceName), e(n.serviceModel), e(n.provider), e(n.group),
                QStringLiteral("<code>%1</code>").arg(e(n.id))};
            ids << QStringLiteral("inv-") + nodeAnchor(n.id);
        }
        const QString caption = QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>%2 (%3)")
                                    .arg(safeColor(c.color), e(c.name))
                                    .arg(c.nodes.size());
        s += table(caption,
            {e(ReportText::tr("Name")), e(ReportText::tr("Service")), e(ReportText::tr("Model")),
                e(ReportText::tr("Provider")), e(ReportText::tr("Group")), e(ReportText::tr("Id"))},
            rows, {}, ids);
    }
    return s;
}

QString plan(const Report& r, const Links& links)
{
    if (r.plan.empty())
        return QStringLiteral("<p>%1</p>\n")
            .arg(e(ReportText::tr("No findings: the checks found nothing to improve.")));
    QString s = QStringLiteral("<p>%1</p>\n<ol class=\"plan\">\n")
                    .arg(e(ReportText::tr("Highest risk first: errors, then warnings, then suggestions; within each, "
                                          "by Well-Architected pillar. Hover a step to outline its nodes in the "
                                          "diagram.")));
    for (const PlanItem& p : r.plan) {
        QString classes = QStringLiteral("finding ") + e(p.severityText);
        for (const Id& id : p.nodes)
            classes += QStringLiteral(" on-") + nodeAnchor(id);
        s += QStringLiteral("<li class=\"%1\" id=\"step-%2\">\n").arg(classes).arg(p.rank);
        s += QStringLiteral("<h3>%1. <span class=\"badge %2\">%3</span>%4 <span class=\"rule\">%5</span></h3>\n")
                 .arg(p.rank)
                 .arg(e(p.severityText), e(p.severityName), e(p.title), e(p.rule));
        s += QStringLiteral("<p>%1</p>\n<dl>\n").arg(e(p.message));
        s += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(e(ReportText::tr("Pillar")), e(p.pillar));
        s += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                 .arg(e(ReportText::tr("Nodes")), nodeLinks(p.nodes, p.nodeNames, links));
        if (!p.why.isEmpty())
            s += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(e(ReportText::tr("Why it matters")), e(p.why));
        s += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(e(ReportText::tr("How to fix it")), e(p.fix));
        s += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                 .arg(e(ReportText::tr("What the fix costs")),
                     e(p.fixCost.isEmpty() ? ReportText::tr("depends on the change (no quick fix to price)")
                                           : p.fixCost));
        if (!p.source.isEmpty())
            s += QStringLiteral("<dt>%1</dt><dd class=\"note\">%2</dd>\n")
                     .arg(e(ReportText::tr("Source")), e(p.source));
        s += QStringLiteral("</dl>\n</li>\n");
    }
    return s + QStringLiteral("</ol>\n");
}

QString suppressed(const Report& r, const Links& links)
{
    if (r.suppressed.empty())
        return QStringLiteral("<p>%1</p>\n").arg(e(ReportText::tr("None: the diagram accepts no finding.")));
    QList<QStringList> rows;
    for (const SuppressedItem& f : r.suppressed)
        rows << QStringList{QStringLiteral("%1 <span class=\"rule\">%2</span>").arg(e(f.title), e(f.rule)),
            nodeLinks(f.nodes, f.nodeNames, links), e(f.message), e(f.reason)};
    return QStringLiteral("<p>%1</p>\n")
               .arg(e(ReportText::tr("Findings the diagram accepts, each with the reason it gives.")))
        + table({},
            {e(ReportText::tr("Finding")), e(ReportText::tr("Nodes")), e(ReportText::tr("Message")),
                e(ReportText::tr("Reason"))},
            rows);
}

QString cost(const Report& r)
{
    const CostSection& c = r.cost;
    const QString last = ReportText::tr("Month %1").arg(c.months);
    const QString total = ReportText::tr("Total, %1 months").arg(c.months);
    QString s = QStringLiteral("<div class=\"chart\">\n%1</div>\n")
                    .arg(costChartSvg(c, ReportText::tr("Cost per month over %1 months (USD)").arg(c.months)));
    if (!c.budgetText.isEmpty())
        s += QStringLiteral("<p>%1</p>\n").arg(e(c.budgetText));
    s += QStringLiteral("<p>%1</p>\n")
             .arg(e(c.complete ? ReportText::tr("Prices: %1.").arg(r.coverage.text)
                               : ReportText::tr("Prices: %1. Totals leave out the nodes whose price is unknown; they "
                                                "are incomplete.")
                                     .arg(r.coverage.text)));

    QList<QStringList> rows;
    for (const CategoryRow& k : c.categories)
        rows << QStringList{QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>%2%3")
                                .arg(safeColor(k.color), e(k.name), k.incomplete ? QStringLiteral(" *") : QString()),
            e(k.month1Text), e(k.lastMonthText), e(k.totalText)};
    rows << QStringList{e(c.complete ? ReportText::tr("Total") : ReportText::tr("Total (incomplete)")),
        e(c.month1TotalText), e(c.lastMonthTotalText), e(c.horizonTotalText)};
    QStringList ids(rows.size() - 1);
    ids << QStringLiteral("total");
    s += table(e(ReportText::tr("By category")),
        {e(ReportText::tr("Category")), e(ReportText::tr("Month 1")), e(last), e(total)}, rows, {1, 2, 3}, ids);
    if (!c.complete)
        s += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(e(ReportText::tr("* leaves out nodes whose price is unknown.")));

    rows.clear();
    for (const CostRow& n : c.nodes)
        rows << QStringList{
            e(n.name), e(n.category), e(n.status), e(n.month1Text), e(n.lastMonthText), e(n.totalText), e(n.reason)};
    s += table(e(ReportText::tr("By node")),
        {e(ReportText::tr("Node")), e(ReportText::tr("Category")), e(ReportText::tr("Status")),
            e(ReportText::tr("Month 1")), e(last), e(total), e(ReportText::tr("Note"))},
        rows, {3, 4, 5});
    return s;
}

QString scenarios(const Report& r)
{
    if (r.scenarios.empty())
        return QStringLiteral("<p>%1</p>\n")
            .arg(e(ReportText::tr(
                "The diagram keeps no scenarios. Keep one in the cost panel to compare later versions against it.")));
    QList<QStringList> rows;
    for (const ScenarioRow& sc : r.scenarios)
        rows << QStringList{e(sc.name), e(sc.savedAt), e(sc.thenMonth1Text), e(sc.nowMonth1Text),
            e(sc.month1ChangeText), QString::number(sc.months), e(sc.thenTotalText), e(sc.nowTotalText),
            e(sc.complete ? sc.totalChangeText : ReportText::tr("%1 (incomplete)").arg(sc.totalChangeText))};
    QString s = QStringLiteral("<p>%1</p>\n")
                    .arg(e(ReportText::tr("Each kept scenario (then) against the diagram as it is (now).")))
        + table({},
            {e(ReportText::tr("Scenario")), e(ReportText::tr("Kept")), e(ReportText::tr("Month 1 then")),
                e(ReportText::tr("Month 1 now")), e(ReportText::tr("Change")), e(ReportText::tr("Months")),
                e(ReportText::tr("Total then")), e(ReportText::tr("Total now")), e(ReportText::tr("Change"))},
            rows, {2, 3, 4, 5, 6, 7, 8});
    for (const ScenarioRow& sc : r.scenarios) {
        if (sc.changes.isEmpty())
            continue;
        s += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(e(ReportText::tr("What changed since “%1”").arg(sc.name)));
        for (const QString& line : sc.changes)
            s += QStringLiteral("<li>%1</li>\n").arg(e(line));
        s += QStringLiteral("</ul>\n");
    }
    return s;
}

QString assumptions(const Report& r)
{
    QString s = QStringLiteral("<ul>\n");
    for (const QString& line : r.assumptions.statements)
        s += QStringLiteral("<li>%1</li>\n").arg(e(line));
    s += QStringLiteral("<li>%1</li>\n</ul>\n").arg(e(ReportText::tr("Coverage: %1.").arg(r.coverage.text)));
    if (r.assumptions.prices.empty())
        return s + QStringLiteral("<p>%1</p>\n").arg(e(ReportText::tr("No list price was used.")));
    QList<QStringList> rows;
    for (const PriceSource& p : r.assumptions.prices)
        rows << QStringList{e(p.provider), e(p.region), QStringLiteral("<code>%1</code>").arg(e(p.key)), e(p.item),
            e(p.unitPrice), e(p.asOf), e(p.confidence), e(p.source)};
    return s
        + table(e(ReportText::tr("Prices used")),
            {e(ReportText::tr("Provider")), e(ReportText::tr("Region")), e(ReportText::tr("Price key")),
                e(ReportText::tr("Item")), e(ReportText::tr("Unit price")), e(ReportText::tr("As of")),
                e(ReportText::tr("Confidence")), e(ReportText::tr("Source"))},
            rows);
}

} // namespace cw::report::html
