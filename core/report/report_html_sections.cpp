// toHtml()'s sections after the diagram: inventory, plan, accepted findings, cost,
// scenarios, assumptions. Every text from the report is escaped here.
#include "cost_chart_svg.h"
#include "markup.h"
#include "report_html_parts.h"

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
    return parts.isEmpty() ? QStringLiteral("the whole diagram") : parts.join(QStringLiteral(", "));
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
        return QStringLiteral("<p>The diagram has no nodes.</p>\n");
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
            {QStringLiteral("Name"), QStringLiteral("Service"), QStringLiteral("Model"), QStringLiteral("Provider"),
                QStringLiteral("Group"), QStringLiteral("Id")},
            rows, {}, ids);
    }
    return s;
}

QString plan(const Report& r, const Links& links)
{
    if (r.plan.empty())
        return QStringLiteral("<p>No findings: the checks found nothing to improve.</p>\n");
    QString s = QStringLiteral("<p>Highest risk first: errors, then warnings, then suggestions; within each, by "
                               "Well-Architected pillar. Hover a step to outline its nodes in the diagram.</p>\n"
                               "<ol class=\"plan\">\n");
    for (const PlanItem& p : r.plan) {
        QString classes = QStringLiteral("finding ") + e(p.severityText);
        for (const Id& id : p.nodes)
            classes += QStringLiteral(" on-") + nodeAnchor(id);
        s += QStringLiteral("<li class=\"%1\" id=\"step-%2\">\n").arg(classes).arg(p.rank);
        s += QStringLiteral("<h3>%1. <span class=\"badge %2\">%2</span>%3 <span class=\"rule\">%4</span></h3>\n")
                 .arg(p.rank)
                 .arg(e(p.severityText), e(p.title), e(p.rule));
        s += QStringLiteral("<p>%1</p>\n<dl>\n").arg(e(p.message));
        s += QStringLiteral("<dt>Pillar</dt><dd>%1</dd>\n").arg(e(p.pillar));
        s += QStringLiteral("<dt>Nodes</dt><dd>%1</dd>\n").arg(nodeLinks(p.nodes, p.nodeNames, links));
        if (!p.why.isEmpty())
            s += QStringLiteral("<dt>Why it matters</dt><dd>%1</dd>\n").arg(e(p.why));
        s += QStringLiteral("<dt>How to fix it</dt><dd>%1</dd>\n").arg(e(p.fix));
        s += QStringLiteral("<dt>What the fix costs</dt><dd>%1</dd>\n")
                 .arg(p.fixCost.isEmpty() ? QStringLiteral("depends on the change (no quick fix to price)")
                                          : e(p.fixCost));
        if (!p.source.isEmpty())
            s += QStringLiteral("<dt>Source</dt><dd class=\"note\">%1</dd>\n").arg(e(p.source));
        s += QStringLiteral("</dl>\n</li>\n");
    }
    return s + QStringLiteral("</ol>\n");
}

QString suppressed(const Report& r, const Links& links)
{
    if (r.suppressed.empty())
        return QStringLiteral("<p>None: the diagram accepts no finding.</p>\n");
    QList<QStringList> rows;
    for (const SuppressedItem& f : r.suppressed)
        rows << QStringList{QStringLiteral("%1 <span class=\"rule\">%2</span>").arg(e(f.title), e(f.rule)),
            nodeLinks(f.nodes, f.nodeNames, links), e(f.message), e(f.reason)};
    return QStringLiteral("<p>Findings the diagram accepts, each with the reason it gives.</p>\n")
        + table({},
            {QStringLiteral("Finding"), QStringLiteral("Nodes"), QStringLiteral("Message"), QStringLiteral("Reason")},
            rows);
}

QString cost(const Report& r)
{
    const CostSection& c = r.cost;
    const QString last = QStringLiteral("Month %1").arg(c.months);
    const QString total = QStringLiteral("Total, %1 months").arg(c.months);
    QString s = QStringLiteral("<div class=\"chart\">\n%1</div>\n")
                    .arg(costChartSvg(c, QStringLiteral("Cost per month over %1 months (USD)").arg(c.months)));
    if (!c.budgetText.isEmpty())
        s += QStringLiteral("<p>%1</p>\n").arg(e(c.budgetText));
    s += QStringLiteral("<p>Prices: %1.%2</p>\n")
             .arg(e(r.coverage.text),
                 c.complete
                     ? QString()
                     : QStringLiteral(" Totals leave out the nodes whose price is unknown; they are incomplete."));

    QList<QStringList> rows;
    for (const CategoryRow& k : c.categories)
        rows << QStringList{QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>%2%3")
                                .arg(safeColor(k.color), e(k.name), k.incomplete ? QStringLiteral(" *") : QString()),
            e(k.month1Text), e(k.lastMonthText), e(k.totalText)};
    rows << QStringList{c.complete ? QStringLiteral("Total") : QStringLiteral("Total (incomplete)"),
        e(c.month1TotalText), e(c.lastMonthTotalText), e(c.horizonTotalText)};
    QStringList ids(rows.size() - 1);
    ids << QStringLiteral("total");
    s += table(QStringLiteral("By category"),
        {QStringLiteral("Category"), QStringLiteral("Month 1"), e(last), e(total)}, rows, {1, 2, 3}, ids);
    if (!c.complete)
        s += QStringLiteral("<p class=\"note\">* leaves out nodes whose price is unknown.</p>\n");

    rows.clear();
    for (const CostRow& n : c.nodes)
        rows << QStringList{
            e(n.name), e(n.category), e(n.status), e(n.month1Text), e(n.lastMonthText), e(n.totalText), e(n.reason)};
    s += table(QStringLiteral("By node"),
        {QStringLiteral("Node"), QStringLiteral("Category"), QStringLiteral("Status"), QStringLiteral("Month 1"),
            e(last), e(total), QStringLiteral("Note")},
        rows, {3, 4, 5});
    return s;
}

QString scenarios(const Report& r)
{
    if (r.scenarios.empty())
        return QStringLiteral("<p>The diagram keeps no scenarios. Keep one in the cost panel to compare later "
                              "versions against it.</p>\n");
    QList<QStringList> rows;
    for (const ScenarioRow& sc : r.scenarios)
        rows << QStringList{e(sc.name), e(sc.savedAt), e(sc.thenMonth1Text), e(sc.nowMonth1Text),
            e(sc.month1ChangeText), QString::number(sc.months), e(sc.thenTotalText), e(sc.nowTotalText),
            e(sc.totalChangeText) + (sc.complete ? QString() : QStringLiteral(" (incomplete)"))};
    QString s = QStringLiteral("<p>Each kept scenario (then) against the diagram as it is (now).</p>\n")
        + table({},
            {QStringLiteral("Scenario"), QStringLiteral("Kept"), QStringLiteral("Month 1 then"),
                QStringLiteral("Month 1 now"), QStringLiteral("Change"), QStringLiteral("Months"),
                QStringLiteral("Total then"), QStringLiteral("Total now"), QStringLiteral("Change")},
            rows, {2, 3, 4, 5, 6, 7, 8});
    for (const ScenarioRow& sc : r.scenarios) {
        if (sc.changes.isEmpty())
            continue;
        s += QStringLiteral("<h3>What changed since “%1”</h3>\n<ul>\n").arg(e(sc.name));
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
    s += QStringLiteral("<li>Coverage: %1.</li>\n</ul>\n").arg(e(r.coverage.text));
    if (r.assumptions.prices.empty())
        return s + QStringLiteral("<p>No list price was used.</p>\n");
    QList<QStringList> rows;
    for (const PriceSource& p : r.assumptions.prices)
        rows << QStringList{e(p.provider), e(p.region), QStringLiteral("<code>%1</code>").arg(e(p.key)), e(p.item),
            e(p.unitPrice), e(p.asOf), e(p.confidence), e(p.source)};
    return s
        + table(QStringLiteral("Prices used"),
            {QStringLiteral("Provider"), QStringLiteral("Region"), QStringLiteral("Price key"), QStringLiteral("Item"),
                QStringLiteral("Unit price"), QStringLiteral("As of"), QStringLiteral("Confidence"),
                QStringLiteral("Source")},
            rows);
}

} // namespace cw::report::html
