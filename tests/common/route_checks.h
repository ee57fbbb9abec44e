#pragma once

// Checks on routed edges shared by the router's, the layout's and the canvas's tests:
// a route may leave and enter its own two cards, and run along anything, but never
// through another card or a group's title bar.

#include "layout/model_routes.h"

#include <QStringList>

#include <vector>

namespace cw::test {

// Whether segment a-b runs through the inside of r (running along its border is fine).
inline bool crosses(const QRectF& r, QPointF a, QPointF b)
{
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    return x0 < r.right() - 1e-6 && x1 > r.left() + 1e-6 && y0 < r.bottom() - 1e-6 && y1 > r.top() + 1e-6;
}

inline bool onBorder(const QRectF& r, QPointF p)
{
    const bool inX = p.x() >= r.left() - 1e-6 && p.x() <= r.right() + 1e-6;
    const bool inY = p.y() >= r.top() - 1e-6 && p.y() <= r.bottom() + 1e-6;
    return inX && inY
        && (std::abs(p.x() - r.left()) < 1e-6 || std::abs(p.x() - r.right()) < 1e-6 || std::abs(p.y() - r.top()) < 1e-6
            || std::abs(p.y() - r.bottom()) < 1e-6);
}

// Segments of the model's routed edges that cross a card or a title bar, described for
// the failure message ("e3 crosses db").
inline QStringList crossings(const Architecture& model, const std::vector<std::vector<QPointF>>& routes)
{
    QStringList found;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Edge& e = model.edges()[i];
        const std::vector<QPointF>& p = routes[i];
        for (std::size_t k = 1; k < p.size(); ++k) {
            for (const Node& n : model.nodes()) {
                if (crosses(nodeRect(n), p[k - 1], p[k]))
                    found << QStringLiteral("%1 crosses card %2").arg(e.id, n.id);
            }
            for (const Group& g : model.groups()) {
                if (crosses(routing::titleBar(g.box), p[k - 1], p[k]))
                    found << QStringLiteral("%1 crosses the title of %2").arg(e.id, g.id);
            }
        }
    }
    return found;
}

} // namespace cw::test
