#include "report_markdown.h"

#include <QCoreApplication>
#include <QUrl>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report {

namespace {

QString e(const QString& text)
{
    return markdownEscaped(text);
}

// A link destination that stays one token: spaces, brackets and parentheses encoded.
QString destination(const QString& path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/._-~"));
}

// GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
QString slug(const QString& heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

QString row(const QStringList& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

// A table: cells escaped by the caller; numeric columns right-aligned.
QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& numeric = {})
{
    QStringList rule;
    for (int c = 0; c < headers.size(); ++c)
        rule << (numeric.contains(c) ? QStringLiteral("---:") : QStringLiteral("---"));
    QString s = row(headers) + row(rule);
    for (const QStringList& r : rows)
        s += row(r);
    return s + QLatin1Char('\n');
}

QString names(const QStringList& nodeNames)
{
    QStringList out;
    for (const QString& n : nodeNames)
        out << e(n);
    return out.isEmpty() ? ReportText::tr("the whole diagram") : out.join(QStringLiteral(", "));
}

QString plan(const Report& r)
{
    if (r.plan.empty())
        return ReportText::tr("No findings: the checks found nothing to improve.") + QStringLiteral("\n\n");
    QString s = ReportText::tr("Highest risk first: errors, then warnings, then suggestions; within each, by "
                               "Well-Architected pillar.")
        + QStringLiteral("\n\n");
    for (const PlanItem& p : r.plan) {
        s += QStringLiteral("%1. **%2: %3** (%4): %5\n")
                 .arg(p.rank)
                 .arg(e(p.severityName.toUpper()), e(p.title), e(p.rule), e(p.message));
        const auto item
            = [&](const QString& label, const QString& text) { s += QStringLiteral("   - %1: %2\n").arg(label, text); };
        item(ReportText::tr("Pillar"), e(p.pillar));
        item(ReportText::tr("Nodes"), names(p.nodeNames));
        if (!p.why.isEmpty())
            item(ReportText::tr("Why it matters"), e(p.why));
        item(ReportText::tr("How to fix it"), e(p.fix));
        item(ReportText::tr("What the fix costs"),
            p.fixCost.isEmpty() ? ReportText::tr("depends on the change (no quick fix to price)") : e(p.fixCost));
        if (!p.source.isEmpty())
            item(ReportText::tr("Source"), e(p.source));
    }
    return s + QLatin1Char('\n');
}

QString cost(const Report& r, const QString& chartImage)
{
    const CostSection& c = r.cost;
    QString s;
    if (!chartImage.isEmpty())
        s += QStringLiteral("![%1](%2)\n\n")
                 .arg(e(ReportText::tr("Cost per month over %1 months").arg(c.months)), destination(chartImage));
    if (!c.budgetText.isEmpty())
        s += e(c.budgetText) + QStringLiteral("\n\n");
    s += (c.complete ? ReportText::tr("Prices: %1.").arg(e(r.coverage.text))
                     : ReportText::tr("Prices: %1. Totals leave out the nodes whose price is unknown; they "
                                      "are incomplete.")
                           .arg(e(r.coverage.text)))
        + QStringLiteral("\n\n");
    const QString last = ReportText::tr("Month %1").arg(c.months);
    const QString total = ReportText::tr("Total, %1 months").arg(c.months);
    QList<QStringList> rows;
    for (const CategoryRow& k : c.categories)
        rows << QStringList{e(k.name) + (k.incomplete ? QStringLiteral(" \\*") : QString()), e(k.month1Text),
            e(k.lastMonthText), e(k.totalText)};
    rows << QStringList{
        QStringLiteral("**%1**").arg(c.complete ? ReportText::tr("Total") : ReportText::tr("Total (incomplete)")),
        e(c.month1TotalText), e(c.lastMonthTotalText), e(c.horizonTotalText)};
    s += QStringLiteral("### %1\n\n").arg(ReportText::tr("By category"))
        + table({ReportText::tr("Category"), ReportText::tr("Month 1"), last, total}, rows, {1, 2, 3});
    if (!c.complete)
        s += e(ReportText::tr("* leaves out nodes whose price is unknown.")) + QStringLiteral("\n\n");
    rows.clear();
    for (const CostRow& n : c.nodes)
        rows << QStringList{
            e(n.name), e(n.category), e(n.status), e(n.month1Text), e(n.lastMonthText), e(n.totalText), e(n.reason)};
    s += QStringLiteral("### %1\n\n").arg(ReportText::tr("By node"))
        + table({ReportText::tr("Node"), ReportText::tr("Category"), ReportText::tr("Status"),
                    ReportText::tr("Month 1"), last, total, ReportText::tr("Note")},
            rows, {3, 4, 5});
    return s;
}

QString scenarios(const Report& r)
{
    if (r.scenarios.empty())
        return ReportText::tr("The diagram keeps no scenarios.") + QStringLiteral("\n\n");
    QList<QStringList> rows;
    for (const ScenarioRow& sc : r.scenarios)
        rows << QStringList{e(sc.name), e(sc.savedAt), e(sc.thenMonth1Text), e(sc.nowMonth1Text),
            e(sc.month1ChangeText), QString::number(sc.months), e(sc.thenTotalText), e(sc.nowTotalText),
            e(sc.complete ? sc.totalChangeText : ReportText::tr("%1 (incomplete)").arg(sc.totalChangeText))};
    QString s = ReportText::tr("Each kept scenario (then) against the diagram as it is (now).") + QStringLiteral("\n\n")
        + table({ReportText::tr("Scenario"), ReportText::tr("Kept"), ReportText::tr("Month 1 then"),
                    ReportText::tr("Month 1 now"), ReportText::tr("Change"), ReportText::tr("Months"),
                    ReportText::tr("Total then"), ReportText::tr("Total now"), ReportText::tr("Change")},
            rows, {2, 3, 4, 5, 6, 7, 8});
    for (const ScenarioRow& sc : r.scenarios) {
        if (sc.changes.isEmpty())
            continue;
        s += ReportText::tr("What changed since “%1”:").arg(e(sc.name)) + QStringLiteral("\n\n");
        for (const QString& line : sc.changes)
            s += QStringLiteral("- %1\n").arg(e(line));
        s += QLatin1Char('\n');
    }
    return s;
}

QString assumptions(const Report& r)
{
    QString s;
    for (const QString& line : r.assumptions.statements)
        s += QStringLiteral("- %1\n").arg(e(line));
    s += QStringLiteral("- %1\n\n").arg(ReportText::tr("Coverage: %1.").arg(e(r.coverage.text)));
    if (r.assumptions.prices.empty())
        return s + ReportText::tr("No list price was used.") + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const PriceSource& p : r.assumptions.prices)
        rows << QStringList{
            e(p.provider), e(p.region), e(p.key), e(p.item), e(p.unitPrice), e(p.asOf), e(p.confidence), e(p.source)};
    return s + QStringLiteral("### %1\n\n").arg(ReportText::tr("Prices used"))
        + table({ReportText::tr("Provider"), ReportText::tr("Region"), ReportText::tr("Price key"),
                    ReportText::tr("Item"), ReportText::tr("Unit price"), ReportText::tr("As of"),
                    ReportText::tr("Confidence"), ReportText::tr("Source")},
            rows);
}

} // namespace

QString markdownEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    // A list marker or "1." only counts at the start: "usage-dependent" stays readable.
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit())
        ++digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const ushort u = c.unicode();
        if (u == '\n' || u == '\r' || u == '\t') {
            out += QLatin1Char(' ');
            continue;
        }
        if (u < 0x20 || u == 0x7f)
            continue;
        const bool atStart = i == 0 && (u == '-' || u == '+' || u == '=');
        const bool listNumber = i == digits && i > 0 && (u == '.' || u == ')');
        switch (u) {
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '&': out += QLatin1String("&amp;"); break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '{':
        case '}':
        case '[':
        case ']':
        case '(':
        case ')':
        case '#':
        case '!':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            if (atStart || listNumber)
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out;
}

QString toMarkdown(const Report& r, const QString& diagramImage, const QString& chartImage, const QString& diagramCaption)
{
    QString subtitle = QStringLiteral("%1 · %2").arg(r.dateText, r.provider);
    if (!r.region.isEmpty())
        subtitle += QStringLiteral(" · ") + r.region;
    QString s = QStringLiteral("# %1\n\n_%2_\n\n")
                    .arg(e(r.title), ReportText::tr("Architecture report · %1").arg(e(subtitle)));
    // The headings in the user's language; the contents link to them by GitHub's slugs of the same words.
    const QString summary = ReportText::tr("Summary");
    const QString diagram = ReportText::tr("Diagram");
    const QString inventory = ReportText::tr("Inventory");
    const QString plan = ReportText::tr("Improvement plan");
    const QString suppressed = ReportText::tr("Suppressed findings");
    const QString costTitle = ReportText::tr("Cost");
    const QString scenariosTitle = ReportText::tr("Scenarios");
    const QString assumptionsTitle = ReportText::tr("Assumptions and sources");
    s += QStringLiteral("## %1\n\n").arg(ReportText::tr("Contents"));
    for (const QString& title :
        {summary, diagram, inventory, plan, suppressed, costTitle, scenariosTitle, assumptionsTitle})
        s += QStringLiteral("- [%1](#%2)\n").arg(title, slug(title));
    s += QLatin1Char('\n');
    const auto heading = [](const QString& title) { return QStringLiteral("## %1\n\n").arg(title); };
    s += heading(summary);
    s += QStringLiteral("- %1\n").arg(ReportText::tr("%1 nodes, %2 groups, %3 edges; reliability %4")
                                          .arg(r.nodeCount)
                                          .arg(r.groupCount)
                                          .arg(r.edgeCount)
                                          .arg(e(r.reliability)));
    s += QStringLiteral("- %1\n").arg(ReportText::tr("Findings: errors %1, warnings %2, infos %3; suppressed %4")
                                          .arg(r.errors)
                                          .arg(r.warnings)
                                          .arg(r.infos)
                                          .arg(r.suppressed.size()));
    s += QStringLiteral("- %1\n").arg(r.cost.complete
            ? ReportText::tr("Cost: %1 in month 1, %2 over %3 months")
                  .arg(e(r.cost.month1TotalText), e(r.cost.horizonTotalText))
                  .arg(r.cost.months)
            : ReportText::tr("Cost: %1 in month 1, %2 over %3 months (incomplete: unknown prices "
                             "left out)")
                  .arg(e(r.cost.month1TotalText), e(r.cost.horizonTotalText))
                  .arg(r.cost.months));
    s += QStringLiteral("- %1\n\n").arg(ReportText::tr("Prices: %1").arg(e(r.coverage.text)));

    s += heading(diagram);
    s += diagramImage.isEmpty() ? ReportText::tr("No picture of the diagram.") + QStringLiteral("\n\n")
                                : QStringLiteral("![%1](%2)\n\n")
                                      .arg(ReportText::tr("Diagram of %1").arg(e(r.title)), destination(diagramImage));
    if (!diagramImage.isEmpty() && !diagramCaption.isEmpty())
        s += QStringLiteral("*%1*\n\n").arg(e(diagramCaption));

    s += heading(inventory);
    if (r.inventory.empty())
        s += ReportText::tr("The diagram has no nodes.") + QStringLiteral("\n\n");
    for (const InventoryCategory& c : r.inventory) {
        QList<QStringList> rows;
        for (const InventoryNode& n : c.nodes)
            rows << QStringList{e(n.name), e(n.serviceName), e(n.serviceModel), e(n.provider), e(n.group), e(n.id)};
        s += QStringLiteral("### %1 (%2)\n\n").arg(e(c.name)).arg(c.nodes.size());
        s += table({ReportText::tr("Name"), ReportText::tr("Service"), ReportText::tr("Model"),
                       ReportText::tr("Provider"), ReportText::tr("Group"), ReportText::tr("Id")},
            rows);
    }
    s += heading(plan) + cw::report::plan(r);
    s += heading(suppressed);
    if (r.suppressed.empty()) {
        s += ReportText::tr("None: the diagram accepts no finding.") + QStringLiteral("\n\n");
    } else {
        QList<QStringList> rows;
        for (const SuppressedItem& f : r.suppressed)
            rows << QStringList{e(f.title) + QStringLiteral(" (") + e(f.rule) + QLatin1Char(')'), names(f.nodeNames),
                e(f.message), e(f.reason)};
        s += table(
            {ReportText::tr("Finding"), ReportText::tr("Nodes"), ReportText::tr("Message"), ReportText::tr("Reason")},
            rows);
    }
    s += heading(costTitle) + cost(r, chartImage);
    s += heading(scenariosTitle) + scenarios(r);
    s += heading(assumptionsTitle) + assumptions(r);
    return s;
}

} // namespace cw::report
