#include "diagram_overview.h"

#include "model/architecture.h"
#include "severity_shape.h"
#include "theme.h"

#include <QSet>

#include <algorithm>

namespace cw::image {

namespace {

constexpr qreal kMargin = 20.0;

QString number(qreal v)
{
    return QString::number(v, 'f', 1);
}

/// A red octagon with "!" on a card's top-right corner: the overview's error mark, a shape
/// as on the canvas's badges, so that the red outline is not the only sign.
QString errorMark(const QRectF& card)
{
    const QPointF c = card.topRight() + QPointF(-4, 4);
    const qreal r = std::clamp(card.height() * 0.22, 8.0, 14.0);
    QStringList points;
    for (const QPointF& p : severityShape(Severity::Error, c, r).toFillPolygon())
        points << number(p.x()) + QLatin1Char(',') + number(p.y());
    return QStringLiteral("<polygon points=\"%1\" fill=\"#cf222e\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n"
                          "<text x=\"%2\" y=\"%3\" font-family=\"sans-serif\" font-weight=\"bold\" "
                          "font-size=\"%4\" fill=\"#ffffff\" text-anchor=\"middle\">!</text>\n")
        .arg(points.join(QLatin1Char(' ')), number(c.x()), number(c.y() + r * 0.45), number(r * 1.3));
}

QString rect(const QRectF& r, const QString& attributes)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" %5/>\n")
        .arg(number(r.x()), number(r.y()), number(r.width()), number(r.height()), attributes);
}

} // namespace

report::DiagramFigure overviewFigure(
    const Architecture& model, const Catalog& catalog, const std::vector<Finding>& findings)
{
    QRectF bounds;
    for (const Group& g : model.groups())
        bounds = bounds.united(g.box);
    for (const Node& n : model.nodes())
        bounds = bounds.united(nodeRect(n));
    bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
    const QPointF origin = bounds.topLeft();

    QSet<Id> withError;
    for (const Finding& f : findings) {
        if (!f.suppressed && f.severity == Severity::Error) {
            for (const Id& id : f.nodes)
                withError.insert(id);
        }
    }

    report::DiagramFigure figure;
    figure.size = bounds.size();
    figure.caption = QStringLiteral("An overview of %1 nodes: each card is a block in its category's colour, groups "
                                    "are outlined, cards with an error are outlined in red and marked with an octagon, "
                                    "and edges are left out at this size. `cloudwright render` draws every detail.")
                         .arg(model.nodes().size());
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\">\n<title>Overview of the diagram</title>\n"
                                 "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                      .arg(number(bounds.width()), number(bounds.height()));
    // Outer groups first, so that inner frames are drawn over them.
    std::vector<const Group*> groups;
    for (const Group& g : model.groups())
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [&](const Group* a, const Group* b) {
        return model.ancestors(a->id).size() < model.ancestors(b->id).size();
    });
    for (const Group* g : groups)
        svg += rect(g->box.translated(-origin),
            QStringLiteral("fill=\"#f3f5f8\" fill-opacity=\"0.6\" stroke=\"#8a94a6\" stroke-width=\"2\" rx=\"8\""));
    figure.cards.reserve(model.nodes().size());
    QString marks; // over every card, so that no neighbour hides one
    for (const Node& n : model.nodes()) {
        const QRectF r = nodeRect(n).translated(-origin);
        QString attributes = QStringLiteral("fill=\"%1\" rx=\"6\"").arg(theme::kindColor(catalog, n.kind).name());
        if (withError.contains(n.id)) {
            attributes += QStringLiteral(" stroke=\"#cf222e\" stroke-width=\"6\"");
            marks += errorMark(r);
        }
        svg += rect(r, attributes);
        figure.cards.emplace_back(n.id, r);
    }
    svg += marks + QStringLiteral("</svg>\n");
    figure.svg = svg.toUtf8();
    return figure;
}

} // namespace cw::image
