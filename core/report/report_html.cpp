#include "report_html.h"

#include "inline_svg.h"
#include "markup.h"
#include "report_html_parts.h"

#include <QCoreApplication>
#include <QMap>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report {

namespace {

using html::Links;

// Phone first: one column, tables scroll sideways in their wrapper, pictures shrink to
// the width; print drops the contents list and keeps figures and findings whole.
const char* const kStyle = R"css(
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;color:#1f2328;background:#fff;margin:0 auto;padding:0 1rem 2rem;max-width:72rem;overflow-wrap:break-word}
h1{font-size:1.9rem;line-height:1.2;margin:1.5rem 0 .25rem}
h2{font-size:1.4rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin:2.2rem 0 .8rem}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
.meta{color:#57606a;margin:0 0 1rem}
nav.toc{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem}
nav.toc h2{border:0;margin:.3rem 0;font-size:1.1rem}
nav.toc ol{margin:0;padding-left:1.4rem;columns:2 13rem}
a{color:#0969da}
.summary{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}
.summary li{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .8rem;background:#f6f8fa}
.summary strong{display:block;font-size:1.2rem}
.table-wrap{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}
table{border-collapse:collapse;min-width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .55rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;background:#f6f8fa}
.figure svg,.chart svg{display:block;width:100%;height:auto;max-width:100%}
.figure{border:1px solid #d0d7de;border-radius:6px;padding:.3rem;background:#fff;margin:.5rem 0}
#inventory table{table-layout:fixed;width:100%;min-width:38rem}
#inventory th:nth-child(1){width:30%}#inventory th:nth-child(2){width:19%}#inventory th:nth-child(3){width:9%}#inventory th:nth-child(4){width:10%}#inventory th:nth-child(5){width:18%}#inventory th:nth-child(6){width:14%}
#assumptions td:nth-child(-n+2),#assumptions td:nth-child(6){white-space:nowrap}
#assumptions td:nth-child(8){overflow-wrap:anywhere;min-width:16rem}
.figure .cards rect{fill:transparent;stroke:transparent;stroke-width:5}
.figure .cards a:hover rect,.figure .cards a:focus rect,.figure .cards a:target rect{stroke:#cf222e;fill:#cf222e;fill-opacity:.10}
.plan{list-style:none;padding:0;margin:0}
.finding{border:1px solid #d0d7de;border-left:6px solid #8c959f;border-radius:6px;padding:.6rem .9rem;margin:0 0 .9rem;break-inside:avoid}
.finding.error{border-left-color:#cf222e}
.finding.warning{border-left-color:#bf8700}
.finding.info{border-left-color:#0969da}
.finding:hover{background:#fff8f0}
.finding h3{margin:0 0 .3rem}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;border-radius:4px;padding:0 .4rem;margin-right:.4rem;vertical-align:middle;color:#fff;background:#57606a}
.badge.error{background:#cf222e}
.badge.warning{background:#9a6700}
.badge.info{background:#0969da}
.rule{color:#57606a;font-size:.85rem;font-weight:normal}
.finding dl{display:grid;grid-template-columns:minmax(7rem,auto) 1fr;gap:.2rem .8rem;margin:.4rem 0 0}
.finding dt{font-weight:600;color:#57606a}
.finding dd{margin:0}
.note{color:#57606a;font-size:.9rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:-.05rem}
footer{margin-top:3rem;color:#57606a;font-size:.85rem;border-top:1px solid #d0d7de;padding-top:.5rem}
@media (max-width:600px){body{padding:0 .6rem 1.5rem;font-size:15px}h1{font-size:1.5rem}h2{font-size:1.25rem}.finding dl{grid-template-columns:1fr}.finding dt{margin-top:.3rem}nav.toc ol{columns:1}}
@media print{body{max-width:none;padding:0;font-size:10.5pt}nav.toc{display:none}a{color:inherit;text-decoration:none}.table-wrap{overflow:visible}h2{break-after:avoid}.figure,.chart,tr,.finding{break-inside:avoid}.finding:hover{background:none}.figure .cards rect{stroke:transparent!important;fill:transparent!important}}
)css";

struct Section {
    const char* id;
    const char* title;
};
// Ids stay as they are (links and styles use them); titles are translated where shown.
const Section kSections[]
    = {{"summary", QT_TRANSLATE_NOOP("ReportText", "Summary")}, {"diagram", QT_TRANSLATE_NOOP("ReportText", "Diagram")},
        {"inventory", QT_TRANSLATE_NOOP("ReportText", "Inventory")},
        {"plan", QT_TRANSLATE_NOOP("ReportText", "Improvement plan")},
        {"suppressed", QT_TRANSLATE_NOOP("ReportText", "Suppressed findings")},
        {"cost", QT_TRANSLATE_NOOP("ReportText", "Cost")}, {"scenarios", QT_TRANSLATE_NOOP("ReportText", "Scenarios")},
        {"assumptions", QT_TRANSLATE_NOOP("ReportText", "Assumptions and sources")}};

QString titleOf(const Section& s)
{
    return xmlEscaped(QCoreApplication::translate("ReportText", s.title));
}

QString heading(const char* id)
{
    for (const Section& s : kSections) {
        if (qstrcmp(s.id, id) == 0)
            return QStringLiteral("<h2>%1</h2>\n").arg(titleOf(s));
    }
    return {};
}

// Hovering a finding outlines its cards: one rule per card a finding names.
QString hoverRules(const Report& r, const Links& links)
{
    QSet<Id> named;
    QString css;
    for (const PlanItem& p : r.plan) {
        for (const Id& id : p.nodes) {
            if (!links.cards.contains(id) || named.contains(id))
                continue;
            named.insert(id);
            const QString anchor = nodeAnchor(id);
            css += QStringLiteral("body:has(.on-%1:hover) #%1 rect{stroke:#cf222e;fill:#cf222e;fill-opacity:.12}\n")
                       .arg(anchor);
        }
    }
    return css;
}

QString summary(const Report& r)
{
    QString s = QStringLiteral("<section id=\"summary\">\n") + heading("summary");
    s += QStringLiteral("<ul class=\"summary\">\n");
    const auto tile = [&](const QString& figure, const QString& what) {
        s += QStringLiteral("<li><strong>%1</strong>%2</li>\n").arg(xmlEscaped(figure), xmlEscaped(what));
    };
    tile(QString::number(r.nodeCount),
        r.nodeCount == 1 ? ReportText::tr("node", "summary tile") : ReportText::tr("nodes", "summary tile"));
    tile(QString::number(r.errors),
        r.errors == 1 ? ReportText::tr("error", "summary tile") : ReportText::tr("errors", "summary tile"));
    tile(QString::number(r.warnings),
        r.warnings == 1 ? ReportText::tr("warning", "summary tile") : ReportText::tr("warnings", "summary tile"));
    tile(QString::number(r.infos),
        r.infos == 1 ? ReportText::tr("info", "summary tile") : ReportText::tr("infos", "summary tile"));
    tile(r.cost.month1TotalText,
        r.cost.complete ? ReportText::tr("month 1", "summary tile")
                        : ReportText::tr("month 1 (incomplete)", "summary tile"));
    tile(r.cost.horizonTotalText, ReportText::tr("over %1 months", "summary tile").arg(r.cost.months));
    s += QStringLiteral("</ul>\n");
    const QString counts = ReportText::tr("%1 nodes, %2 groups, %3 edges. Reliability: %4. Prices: %5.")
                               .arg(r.nodeCount)
                               .arg(r.groupCount)
                               .arg(r.edgeCount)
                               .arg(r.reliability, r.coverage.text);
    s += QStringLiteral("<p>%1</p>\n").arg(xmlEscaped(counts));
    if (!r.cost.budgetText.isEmpty())
        s += QStringLiteral("<p>%1</p>\n").arg(xmlEscaped(r.cost.budgetText));
    return s + QStringLiteral("</section>\n");
}

QString diagram(const DiagramFigure& figure, const QMap<Id, QString>& names, Links& links)
{
    QString s = QStringLiteral("<section id=\"diagram\">\n") + heading("diagram");
    QString why;
    QString svg = figure.svg.isEmpty() ? QString() : inlineSvg(figure.svg, QString(), &why);
    if (svg.isEmpty()) {
        s += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(xmlEscaped(why.isEmpty() ? ReportText::tr("No picture of the diagram.")
                                               : ReportText::tr("No picture of the diagram: %1.").arg(why)));
        return s + QStringLiteral("</section>\n");
    }
    // The cards' links sit inside the figure, in its own user units, over everything.
    QString cards = QStringLiteral("<g class=\"cards\">\n");
    for (const auto& [id, rect] : figure.cards) {
        if (links.cards.contains(id))
            continue; // one link per node
        links.cards.insert(id);
        const QString anchor = nodeAnchor(id);
        cards += QStringLiteral("<a id=\"%1\" href=\"#inv-%1\"><title>%2</title><rect x=\"%3\" y=\"%4\" "
                                "width=\"%5\" height=\"%6\" rx=\"6\"/></a>\n")
                     .arg(anchor, xmlEscaped(names.value(id, id)))
                     .arg(rect.x(), 0, 'f', 1)
                     .arg(rect.y(), 0, 'f', 1)
                     .arg(rect.width(), 0, 'f', 1)
                     .arg(rect.height(), 0, 'f', 1);
    }
    cards += QStringLiteral("</g>\n");
    svg.insert(svg.lastIndexOf(QLatin1String("</svg>")), cards);
    const QString caption = (figure.caption.isEmpty() ? QString() : xmlEscaped(figure.caption) + QLatin1Char(' '))
        + xmlEscaped(ReportText::tr("Select a card to see it in the inventory; the plan's node links lead here."));
    s += QStringLiteral("<figure class=\"figure\">\n%1<figcaption class=\"note\">%2</figcaption>\n</figure>\n")
             .arg(svg, caption);
    return s + QStringLiteral("</section>\n");
}

} // namespace

QString toHtml(const Report& r, const DiagramFigure& figure)
{
    QMap<Id, QString> names;
    for (const InventoryCategory& c : r.inventory) {
        for (const InventoryNode& n : c.nodes)
            names.insert(n.id, n.name);
    }
    Links links;
    const QString diagramSection = diagram(figure, names, links);

    QString subtitle = QStringLiteral("%1 · %2").arg(r.dateText, r.provider);
    if (!r.region.isEmpty())
        subtitle += QStringLiteral(" · ") + r.region;

    QString s = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                               "<meta name=\"generator\" content=\"Cloudwright\"/>\n")
                    .arg(xmlEscaped(ReportText::tr("en", "the report's language code for <html lang>: da in Danish")));
    s += QStringLiteral("<title>%1</title>\n").arg(xmlEscaped(ReportText::tr("%1 — architecture report").arg(r.title)));
    s += QStringLiteral("<style>") + QLatin1String(kStyle) + hoverRules(r, links) + QStringLiteral("</style>\n");
    s += QStringLiteral("</head>\n<body>\n<header>\n<h1>%1</h1>\n<p class=\"meta\">%2</p>\n</header>\n")
             .arg(xmlEscaped(r.title), xmlEscaped(ReportText::tr("Architecture report · %1").arg(subtitle)));
    const QString contents = xmlEscaped(ReportText::tr("Contents"));
    s += QStringLiteral("<nav class=\"toc\" aria-label=\"%1\">\n<h2>%1</h2>\n<ol>\n").arg(contents);
    for (const Section& sec : kSections)
        s += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(QLatin1String(sec.id), titleOf(sec));
    s += QStringLiteral("</ol>\n</nav>\n<main>\n");
    s += summary(r) + diagramSection;
    s += QStringLiteral("<section id=\"inventory\">\n") + heading("inventory") + html::inventory(r)
        + QStringLiteral("</section>\n");
    s += QStringLiteral("<section id=\"plan\">\n") + heading("plan") + html::plan(r, links)
        + QStringLiteral("</section>\n");
    s += QStringLiteral("<section id=\"suppressed\">\n") + heading("suppressed") + html::suppressed(r, links)
        + QStringLiteral("</section>\n");
    s += QStringLiteral("<section id=\"cost\">\n") + heading("cost") + html::cost(r) + QStringLiteral("</section>\n");
    s += QStringLiteral("<section id=\"scenarios\">\n") + heading("scenarios") + html::scenarios(r)
        + QStringLiteral("</section>\n");
    s += QStringLiteral("<section id=\"assumptions\">\n") + heading("assumptions") + html::assumptions(r)
        + QStringLiteral("</section>\n");
    // The link's text and place in the sentence are the translator's: the sentence keeps %2 and %3 around it.
    s += QStringLiteral("</main>\n<footer>%1</footer>\n</body>\n</html>\n")
             .arg(ReportText::tr("Made with Cloudwright on %1. Figures are estimates at list prices; see %2%3%4.")
                      .arg(xmlEscaped(r.dateText), QStringLiteral("<a href=\"#assumptions\">"),
                          xmlEscaped(ReportText::tr("Assumptions and sources")), QStringLiteral("</a>")));
    return s;
}

} // namespace cw::report
