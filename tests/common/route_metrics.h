#pragma once

// What makes a routed diagram hard to read, counted: route segments that pass through a
// card other than the edge's own two ends, and crossings between routes.

#include "route_checks.h"

#include <QLineF>

#include <vector>

namespace cw::test {

struct RouteMetrics {
    int cardCrossings = 0; ///< segments through a card other than their edge's ends
    int edgeCrossings = 0; ///< pairs of segments of different edges that cross
    double length = 0;     ///< total route length
    QRectF bounds;         ///< of every card and frame
};

inline RouteMetrics measureRoutes(const Architecture& model, const std::vector<std::vector<QPointF>>& routes,
    bool countEdgeCrossings = true)
{
    RouteMetrics m;
    for (const Node& n : model.nodes())
        m.bounds = m.bounds.united(nodeRect(n));
    for (const Group& g : model.groups())
        m.bounds = m.bounds.united(g.box);
    struct Segment {
        QLineF line;
        int edge;
    };
    std::vector<Segment> segments;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Edge& e = model.edges()[i];
        const auto& pts = routes[i];
        for (std::size_t k = 1; k < pts.size(); ++k) {
            const QPointF a = pts[k - 1], b = pts[k];
            m.length += QLineF(a, b).length();
            segments.push_back({QLineF(a, b), int(i)});
            for (const Node& n : model.nodes()) {
                if (n.id != e.from && n.id != e.to && crosses(nodeRect(n), a, b))
                    ++m.cardCrossings;
            }
        }
    }
    if (countEdgeCrossings) {
        for (std::size_t i = 0; i < segments.size(); ++i) {
            for (std::size_t j = i + 1; j < segments.size(); ++j) {
                if (segments[i].edge == segments[j].edge)
                    continue;
                QPointF at;
                if (segments[i].line.intersects(segments[j].line, &at) == QLineF::BoundedIntersection) {
                    // Routes that share an end meet there: not a crossing.
                    const auto isEnd = [&](const QLineF& l) { return at == l.p1() || at == l.p2(); };
                    if (!isEnd(segments[i].line) || !isEnd(segments[j].line))
                        ++m.edgeCrossings;
                }
            }
        }
    }
    return m;
}

} // namespace cw::test
