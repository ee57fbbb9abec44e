// Edits of how an edge is drawn: the route the user shaped and its style.
#include "edits.h"

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

bool horizontal(QPointF a, QPointF b)
{
    return std::abs(a.y() - b.y()) < 1e-6;
}

bool vertical(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 1e-6;
}

// Moves the end point at index end by delta and slides its neighbour (index next) so the
// segment between them keeps its direction.
void follow(std::vector<QPointF>& points, std::size_t end, std::size_t next, QPointF delta)
{
    const bool wasHorizontal = horizontal(points[end], points[next]);
    const bool wasVertical = vertical(points[end], points[next]);
    points[end] += delta;
    if (wasHorizontal && !wasVertical)
        points[next].ry() += delta.y();
    else if (wasVertical && !wasHorizontal)
        points[next].rx() += delta.x();
}

} // namespace

std::vector<QPointF> followEnds(const std::vector<QPointF>& points, QPointF fromDelta, QPointF toDelta)
{
    if (points.size() < 2)
        return {};
    std::vector<QPointF> moved = points;
    if (fromDelta == toDelta) {
        for (QPointF& p : moved)
            p += fromDelta;
        return moved;
    }
    const std::size_t last = moved.size() - 1;
    const bool fromMoves = !fromDelta.isNull();
    const bool toMoves = !toDelta.isNull();
    // The neighbour of a moving end must not be the other end, nor shared by both ends.
    const std::size_t needed = fromMoves && toMoves ? 4 : 3;
    if (moved.size() < needed)
        return {};
    if (fromMoves)
        follow(moved, 0, 1, fromDelta);
    if (toMoves)
        follow(moved, last, last - 1, toDelta);
    return moved;
}

EditResult setEdgeRoute(Architecture& model, const Id& id, const std::vector<QPointF>& points, EdgeStyle style)
{
    const Edge* e = model.edge(id);
    if (!e)
        return EditResult::failure(EditText::tr("there is no edge \"%1\"").arg(id));
    if (points.size() == 1)
        return EditResult::failure(EditText::tr("a route needs at least two points"));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF p = points[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > kCoordinateLimit
            || std::abs(p.y()) > kCoordinateLimit)
            return EditResult::failure(EditText::tr("a route point lies beyond the canvas"));
        if (style == EdgeStyle::Orthogonal && i > 0 && !horizontal(points[i - 1], p) && !vertical(points[i - 1], p))
            return EditResult::failure(EditText::tr("an orthogonal route runs only across and up or down"));
    }
    if (e->points == points && e->style == style)
        return EditResult::failure(EditText::tr("the route is already so"));
    Edge changed = *e;
    changed.points = points;
    changed.style = style;
    EditBatch changes(model);
    changes.put(std::move(changed));
    QString text = style != e->style
        ? (style == EdgeStyle::Straight ? EditText::tr("Straight Line") : EditText::tr("Orthogonal Line"))
        : points.empty() ? EditText::tr("Reset Route")
                         : EditText::tr("Shape Route");
    return changes.commit(model, text);
}

} // namespace cw::edit
