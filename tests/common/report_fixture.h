#pragma once

// A sample-like architecture for the report tests and the HTML checker: the built-in
// sample with hostile node names (issue 11), a node whose name is Markdown table syntax,
// an accepted (suppressed) finding, a budget, a kept scenario and a usage-priced node,
// plus a placeholder picture of it (the real one is drawn by ui/view).

#include "catalog/catalog.h"
#include "cost/cost_model.h"
#include "cost/price_book.h"
#include "cost/scenario_compare.h"
#include "io/cwa_reader.h"
#include "model/architecture.h"
#include "report/diagram_figure.h"
#include "report/markup.h"
#include "rules/validator.h"

#include <QFile>

namespace cw::test {

inline const QString kScriptName = QStringLiteral("<script>alert(1)</script>");
inline const QString kStyleName = QStringLiteral("</style><img src=x onerror=alert(1)>");
inline const QString kPipeName = QStringLiteral("a | b *bold* [x](https://evil.example/) `code` # h");
inline const QString kSuppressReason = QStringLiteral("Training runs once a week; <b>accepted</b> by the team");

/// The sample, loaded; empty on failure (the caller QVERIFYs).
inline std::optional<Diagram> sampleDiagram()
{
    QFile file(QStringLiteral(":/samples/ml-product.cwa"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    LoadResult r = readCwa(file.readAll(), QStringLiteral("sample"), Catalog::builtin());
    return r.diagram;
}

/// The sample made hostile: api and db renamed to the names, a function with the
/// Markdown name (usage-priced: its requests are not set), a budget of $150 a month, the
/// first finding about `data` suppressed with a reason, and a scenario kept before the
/// function was added.
inline bool buildHostileSample(Architecture& model)
{
    std::optional<Diagram> d = sampleDiagram();
    if (!d)
        return false;
    for (Node& n : d->nodes) {
        if (n.id == QLatin1String("api"))
            n.name = kScriptName;
        else if (n.id == QLatin1String("db"))
            n.name = kStyleName;
    }
    d->meta.title = QStringLiteral("Churn <b>product</b> & \"friends\"");
    // The scenario is kept from the diagram as the sample has it.
    model.reset(*d);
    const cost::Projection before = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), model, 12);
    d->scenarios.push_back(cost::scenarioFrom(
        before, Catalog::builtin(), model, QStringLiteral("Before <i>functions</i>"), QStringLiteral("2026-11-30")));

    Node fn;
    fn.id = QStringLiteral("fn|1");
    fn.kind = QStringLiteral("compute.function");
    fn.name = kPipeName;
    fn.pos = QPointF(1240, 40);
    d->nodes.push_back(fn);
    Node budget;
    budget.id = QStringLiteral("budget");
    budget.kind = QStringLiteral("cost.budget");
    budget.props = Json{{"monthly_limit", 150}};
    budget.pos = QPointF(1240, 140);
    d->nodes.push_back(budget);
    model.reset(*d);

    // Suppress the first finding that names `data`, so the report has an accepted one.
    const std::vector<Finding> findings = validate(model);
    for (const Finding& f : findings) {
        if (!f.nodes.isEmpty() && f.nodes.first() == QLatin1String("data")) {
            for (Node& n : d->nodes) {
                if (n.id == QLatin1String("data"))
                    n.suppress.push_back({f.rule, kSuppressReason, {}});
            }
            break;
        }
    }
    model.reset(std::move(*d));
    return true;
}

/// A placeholder picture: a card per node at its nodeRect with its name, with an XML
/// prolog and a doctype a report must strip, and a comment.
inline report::DiagramFigure placeholderFigure(const Architecture& model)
{
    QRectF bounds;
    for (const Node& n : model.nodes())
        bounds = bounds.united(nodeRect(n));
    bounds.adjust(-20, -20, 20, 20);
    QString svg = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
        "<!-- placeholder -->\n");
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
                          "width=\"%3\" height=\"%4\" viewBox=\"%1 %2 %3 %4\">\n")
               .arg(bounds.x())
               .arg(bounds.y())
               .arg(bounds.width())
               .arg(bounds.height());
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#f8fafc\"/>\n")
               .arg(bounds.x())
               .arg(bounds.y())
               .arg(bounds.width())
               .arg(bounds.height());
    report::DiagramFigure figure;
    for (const Node& n : model.nodes()) {
        const QRectF r = nodeRect(n);
        const QString label = n.name.isEmpty() ? n.kind : n.name;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"#ffffff\" "
                              "stroke=\"#4a5568\"/>\n<text x=\"%5\" y=\"%6\" font-family=\"sans-serif\" "
                              "font-size=\"13\">%7</text>\n")
                   .arg(r.x())
                   .arg(r.y())
                   .arg(r.width())
                   .arg(r.height())
                   .arg(r.x() + 10)
                   .arg(r.y() + 32)
                   .arg(report::xmlEscaped(label.left(28)));
        figure.cards.emplace_back(n.id, r);
    }
    svg += QStringLiteral("</svg>\n");
    figure.svg = svg.toUtf8();
    figure.size = bounds.size();
    return figure;
}

} // namespace cw::test
