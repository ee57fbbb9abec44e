#include "report_markdown.h"

#include <QUrl>

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
    return out.isEmpty() ? QStringLiteral("the whole diagram") : out.join(QStringLiteral(", "));
}

QString plan(const Report& r)
{
    if (r.plan.empty())
        return QStringLiteral("No findings: the checks found nothing to improve.\n\n");
    QString s = QStringLiteral("Highest risk first: errors, then warnings, then suggestions; within each, by "
                               "Well-Architected pillar.\n\n");
    for (const PlanItem& p : r.plan) {
        s += QStringLiteral("%1. **%2: %3** (%4): %5\n")
                 .arg(p.rank)
                 .arg(e(p.severityText.toUpper()), e(p.title), e(p.rule), e(p.message));
        s += QStringLiteral("   - Pillar: %1\n   - Nodes: %2\n").arg(e(p.pillar), names(p.nodeNames));
        if (!p.why.isEmpty())
            s += QStringLiteral("   - Why it matters: %1\n").arg(e(p.why));
        s += QStringLiteral("   - How to fix it: %1\n").arg(e(p.fix));
        s += QStringLiteral("   - What the fix costs: %1\n")
                 .arg(p.fixCost.isEmpty() ? QStringLiteral("depends on the change (no quick fix to price)")
                                          : e(p.fixCost));
        if (!p.source.isEmpty())
            s += QStringLiteral("   - Source: %1\n").arg(e(p.source));
    }
    return s + QLatin1Char('\n');
}

QString cost(const Report& r, const QString& chartImage)
{
    const CostSection& c = r.cost;
    QString s;
    if (!chartImage.isEmpty())
        s += QStringLiteral("![Cost per month over %1 months](%2)\n\n").arg(c.months).arg(destination(chartImage));
    if (!c.budgetText.isEmpty())
        s += e(c.budgetText) + QStringLiteral("\n\n");
    s += QStringLiteral("Prices: %1.%2\n\n")
             .arg(e(r.coverage.text),
                 c.complete
                     ? QString()
                     : QStringLiteral(" Totals leave out the nodes whose price is unknown; they are incomplete."));
    const QString last = QStringLiteral("Month %1").arg(c.months);
    const QString total = QStringLiteral("Total, %1 months").arg(c.months);
    QList<QStringList> rows;
    for (const CategoryRow& k : c.categories)
        rows << QStringList{e(k.name) + (k.incomplete ? QStringLiteral(" \\*") : QString()), e(k.month1Text),
            e(k.lastMonthText), e(k.totalText)};
    rows << QStringList{c.complete ? QStringLiteral("**Total**") : QStringLiteral("**Total (incomplete)**"),
        e(c.month1TotalText), e(c.lastMonthTotalText), e(c.horizonTotalText)};
    s += QStringLiteral("### By category\n\n")
        + table({QStringLiteral("Category"), QStringLiteral("Month 1"), last, total}, rows, {1, 2, 3});
    if (!c.complete)
        s += QStringLiteral("\\* leaves out nodes whose price is unknown.\n\n");
    rows.clear();
    for (const CostRow& n : c.nodes)
        rows << QStringList{
            e(n.name), e(n.category), e(n.status), e(n.month1Text), e(n.lastMonthText), e(n.totalText), e(n.reason)};
    s += QStringLiteral("### By node\n\n")
        + table({QStringLiteral("Node"), QStringLiteral("Category"), QStringLiteral("Status"),
                    QStringLiteral("Month 1"), last, total, QStringLiteral("Note")},
            rows, {3, 4, 5});
    return s;
}

QString scenarios(const Report& r)
{
    if (r.scenarios.empty())
        return QStringLiteral("The diagram keeps no scenarios.\n\n");
    QList<QStringList> rows;
    for (const ScenarioRow& sc : r.scenarios)
        rows << QStringList{e(sc.name), e(sc.savedAt), e(sc.thenMonth1Text), e(sc.nowMonth1Text),
            e(sc.month1ChangeText), QString::number(sc.months), e(sc.thenTotalText), e(sc.nowTotalText),
            e(sc.totalChangeText) + (sc.complete ? QString() : QStringLiteral(" (incomplete)"))};
    QString s = QStringLiteral("Each kept scenario (then) against the diagram as it is (now).\n\n")
        + table({QStringLiteral("Scenario"), QStringLiteral("Kept"), QStringLiteral("Month 1 then"),
                    QStringLiteral("Month 1 now"), QStringLiteral("Change"), QStringLiteral("Months"),
                    QStringLiteral("Total then"), QStringLiteral("Total now"), QStringLiteral("Change")},
            rows, {2, 3, 4, 5, 6, 7, 8});
    for (const ScenarioRow& sc : r.scenarios) {
        if (sc.changes.isEmpty())
            continue;
        s += QStringLiteral("What changed since “%1”:\n\n").arg(e(sc.name));
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
    s += QStringLiteral("- Coverage: %1.\n\n").arg(e(r.coverage.text));
    if (r.assumptions.prices.empty())
        return s + QStringLiteral("No list price was used.\n");
    QList<QStringList> rows;
    for (const PriceSource& p : r.assumptions.prices)
        rows << QStringList{
            e(p.provider), e(p.region), e(p.key), e(p.item), e(p.unitPrice), e(p.asOf), e(p.confidence), e(p.source)};
    return s + QStringLiteral("### Prices used\n\n")
        + table({QStringLiteral("Provider"), QStringLiteral("Region"), QStringLiteral("Price key"),
                    QStringLiteral("Item"), QStringLiteral("Unit price"), QStringLiteral("As of"),
                    QStringLiteral("Confidence"), QStringLiteral("Source")},
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
    QString s = QStringLiteral("# %1\n\n_Architecture report · %2_\n\n").arg(e(r.title), e(subtitle));
    s += QStringLiteral(
        "## Contents\n\n- [Summary](#summary)\n- [Diagram](#diagram)\n- [Inventory](#inventory)\n"
        "- [Improvement plan](#improvement-plan)\n- [Suppressed findings](#suppressed-findings)\n"
        "- [Cost](#cost)\n- [Scenarios](#scenarios)\n- [Assumptions and sources](#assumptions-and-sources)\n\n");
    s += QStringLiteral("## Summary\n\n");
    s += QStringLiteral("- %1 nodes, %2 groups, %3 edges; reliability %4\n")
             .arg(r.nodeCount)
             .arg(r.groupCount)
             .arg(r.edgeCount)
             .arg(e(r.reliability));
    s += QStringLiteral("- Findings: errors %1, warnings %2, infos %3; suppressed %4\n")
             .arg(r.errors)
             .arg(r.warnings)
             .arg(r.infos)
             .arg(r.suppressed.size());
    s += QStringLiteral("- Cost: %1 in month 1, %2 over %3 months%4\n")
             .arg(e(r.cost.month1TotalText), e(r.cost.horizonTotalText))
             .arg(r.cost.months)
             .arg(r.cost.complete ? QString() : QStringLiteral(" (incomplete: unknown prices left out)"));
    s += QStringLiteral("- Prices: %1\n\n").arg(e(r.coverage.text));

    s += QStringLiteral("## Diagram\n\n");
    s += diagramImage.isEmpty() ? QStringLiteral("No picture of the diagram.\n\n")
                                : QStringLiteral("![Diagram of %1](%2)\n\n").arg(e(r.title), destination(diagramImage));
    if (!diagramImage.isEmpty() && !diagramCaption.isEmpty())
        s += QStringLiteral("*%1*\n\n").arg(e(diagramCaption));

    s += QStringLiteral("## Inventory\n\n");
    if (r.inventory.empty())
        s += QStringLiteral("The diagram has no nodes.\n\n");
    for (const InventoryCategory& c : r.inventory) {
        QList<QStringList> rows;
        for (const InventoryNode& n : c.nodes)
            rows << QStringList{e(n.name), e(n.serviceName), e(n.serviceModel), e(n.provider), e(n.group), e(n.id)};
        s += QStringLiteral("### %1 (%2)\n\n").arg(e(c.name)).arg(c.nodes.size());
        s += table({QStringLiteral("Name"), QStringLiteral("Service"), QStringLiteral("Model"),
                       QStringLiteral("Provider"), QStringLiteral("Group"), QStringLiteral("Id")},
            rows);
    }
    s += QStringLiteral("## Improvement plan\n\n") + plan(r);
    s += QStringLiteral("## Suppressed findings\n\n");
    if (r.suppressed.empty()) {
        s += QStringLiteral("None: the diagram accepts no finding.\n\n");
    } else {
        QList<QStringList> rows;
        for (const SuppressedItem& f : r.suppressed)
            rows << QStringList{e(f.title) + QStringLiteral(" (") + e(f.rule) + QLatin1Char(')'), names(f.nodeNames),
                e(f.message), e(f.reason)};
        s += table(
            {QStringLiteral("Finding"), QStringLiteral("Nodes"), QStringLiteral("Message"), QStringLiteral("Reason")},
            rows);
    }
    s += QStringLiteral("## Cost\n\n") + cost(r, chartImage);
    s += QStringLiteral("## Scenarios\n\n") + scenarios(r);
    s += QStringLiteral("## Assumptions and sources\n\n") + assumptions(r);
    return s;
}

} // namespace cw::report
