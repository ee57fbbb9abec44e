#include "layout/navigation.h"

#include <QLineF>

#include <algorithm>
#include <optional>
#include <cmath>

namespace cw::layout {

Id nextInReadingOrder(const Diagram& diagram, const Id& current, bool forward)
{
    std::vector<const Node*> order;
    for (const Node& n : diagram.nodes)
        order.push_back(&n);
    if (order.empty())
        return Id();
    std::sort(order.begin(), order.end(), [](const Node* a, const Node* b) {
        const QRectF ra = nodeRect(*a), rb = nodeRect(*b);
        if (std::abs(ra.top() - rb.top()) > std::min(ra.height(), rb.height()) / 2)
            return ra.top() < rb.top();
        if (ra.left() != rb.left())
            return ra.left() < rb.left();
        return a->id < b->id;
    });
    const auto it = std::find_if(order.begin(), order.end(), [&](const Node* n) { return n->id == current; });
    if (it == order.end())
        return forward ? order.front()->id : order.back()->id;
    const std::ptrdiff_t i = it - order.begin() + (forward ? 1 : -1);
    return i < 0 || i >= std::ptrdiff_t(order.size()) ? Id() : order[std::size_t(i)]->id;
}

Id nearestInDirection(const Diagram& diagram, const Id& current, Direction direction)
{
    const Node* from = nullptr;
    for (const Node& n : diagram.nodes)
        if (n.id == current)
            from = &n;
    if (!from)
        return Id();
    const QPointF c = nodeRect(*from).center();
    constexpr double kMinAhead = 20.0; // a grid step: cards on one row are not "below" each other
    // Within 45° of the direction first, straying sideways weighing four times the distance
    // ahead (the card on the same row beats a nearer one above it); only when no card lies
    // in that cone, anything ahead at all.
    for (const bool cone : {true, false}) {
        Id best;
        double bestScore = 0;
        for (const Node& n : diagram.nodes) {
            if (&n == from)
                continue;
            const QPointF d = nodeRect(n).center() - c;
            double along = 0, across = 0;
            switch (direction) {
            case Direction::Left: along = -d.x(), across = d.y(); break;
            case Direction::Right: along = d.x(), across = d.y(); break;
            case Direction::Up: along = -d.y(), across = d.x(); break;
            case Direction::Down: along = d.y(), across = d.x(); break;
            }
            if (along < kMinAhead || (cone && std::abs(across) > along))
                continue;
            const double score = along + 4 * std::abs(across);
            if (best.isEmpty() || score < bestScore) {
                best = n.id;
                bestScore = score;
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return Id();
}

QPointF freePlaceNear(const Diagram& diagram, QPointF centre, QSizeF size, double grid)
{
    constexpr double kMargin = 16.0;
    const auto snap = [grid](double v) { return grid > 0 ? std::round(v / grid) * grid : v; };
    const QPointF origin(snap(centre.x() - size.width() / 2), snap(centre.y() - size.height() / 2));
    const auto free = [&](QPointF topLeft) {
        const QRectF want = QRectF(topLeft, size).adjusted(-kMargin, -kMargin, kMargin, kMargin);
        for (const Node& n : diagram.nodes)
            if (want.intersects(nodeRect(n)))
                return false;
        return true;
    };
    if (free(origin))
        return origin;
    const double stepX = snap(size.width() / 2) > 0 ? snap(size.width() / 2) : size.width() / 2;
    const double stepY = snap(size.height()) > 0 ? snap(size.height()) : size.height();
    // Ring by ring outwards; in a ring, the free place nearest the wanted one.
    for (int ring = 1; ring <= 40; ++ring) {
        std::optional<QPointF> best;
        for (int dy = -ring; dy <= ring; ++dy)
            for (int dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPointF p = origin + QPointF(dx * stepX, dy * stepY);
                if (free(p) && (!best || QLineF(p, origin).length() < QLineF(*best, origin).length()))
                    best = p;
            }
        if (best)
            return *best;
    }
    return origin;
}

} // namespace cw::layout
