#include "auto_layout.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace cw {

namespace {

constexpr double kColumnGap = 72.0;
constexpr double kRowGap = 28.0;
constexpr double kPadding = kGroupPadding;
constexpr double kHeader = kGroupHeader;
constexpr double kGroupGap = 40.0;
constexpr double kMaxRowWidth = 2400.0;
constexpr double kMinGroupWidth = 220.0;
constexpr double kMinGroupHeight = 120.0;

// Place of each node in the request flow: breadth-first depth from the entry points
// (nodes nothing flows into), over request, data and event edges.
QHash<Id, int> flowRanks(const Diagram& d)
{
    QHash<Id, QList<Id>> next;
    QHash<Id, int> incoming;
    QHash<Id, int> nodeIndex;
    for (int i = 0; i < int(d.nodes.size()); ++i)
        nodeIndex.insert(d.nodes[std::size_t(i)].id, i);
    for (const Edge& e : d.edges) {
        if (e.kind == EdgeKind::Control || !nodeIndex.contains(e.from) || !nodeIndex.contains(e.to) || e.from == e.to)
            continue;
        next[e.from].append(e.to);
        ++incoming[e.to];
    }
    QHash<Id, int> rank;
    rank.reserve(qsizetype(d.nodes.size()));
    auto walk = [&](const Id& start) {
        std::deque<Id> queue{start};
        rank.insert(start, 0);
        while (!queue.empty()) {
            const Id id = queue.front();
            queue.pop_front();
            for (const Id& to : next.value(id)) {
                if (!rank.contains(to)) {
                    rank.insert(to, rank.value(id) + 1);
                    queue.push_back(to);
                }
            }
        }
    };
    for (const Node& n : d.nodes) {
        if (incoming.value(n.id) == 0 && !rank.contains(n.id))
            walk(n.id);
    }
    for (const Node& n : d.nodes) { // cycles with no entry
        if (!rank.contains(n.id))
            walk(n.id);
    }
    return rank;
}

class Layouter {
public:
    Layouter(Diagram& d, const LayoutNeeds& needs)
        : m_d(d)
        , m_needs(needs)
        , m_rank(flowRanks(d))
    {
        for (int i = 0; i < int(d.groups.size()); ++i) {
            m_groupIndex.insert(d.groups[std::size_t(i)].id, i);
            m_childGroups[d.groups[std::size_t(i)].parent].append(i);
        }
        for (int i = 0; i < int(d.nodes.size()); ++i)
            m_members[d.nodes[std::size_t(i)].group].append(i);
    }

    void run()
    {
        // Auto items at the top level go to the right of whatever the file placed itself.
        QRectF placed;
        for (const Group& g : m_d.groups) {
            if (g.parent.isEmpty() && !m_needs.position.contains(g.id))
                placed = placed.united(QRectF(g.box.topLeft(), sizeOf(g.id)));
        }
        for (const Node& n : m_d.nodes) {
            if (n.group.isEmpty() && !m_needs.position.contains(n.id))
                placed = placed.united(nodeRect(n));
        }
        const QPointF origin = placed.isNull() ? QPointF(0, 0) : QPointF(placed.right() + kGroupGap * 2, placed.top());
        place(Id(), origin);
    }

private:
    struct Contents {
        QHash<Id, QPointF> offset; ///< auto-placed child -> offset from the content origin
        QSizeF size;
    };

    Group& groupAt(const Id& id) { return m_d.groups[std::size_t(m_groupIndex.value(id))]; }

    // The box size a group gets: its own when the file gave one, else its contents.
    QSizeF sizeOf(const Id& groupId)
    {
        Group& g = groupAt(groupId);
        if (!m_needs.size.contains(groupId))
            return g.box.size();
        const auto cached = m_sizes.constFind(groupId);
        if (cached != m_sizes.cend())
            return *cached;
        const Contents& c = contents(groupId);
        double w = c.size.width() + 2 * kPadding;
        double h = c.size.height() + kHeader + kPadding;
        // What the file placed inside must lie inside too, and so must the automatic
        // block, which goes beside it.
        if (!m_needs.position.contains(groupId)) {
            const QRectF placed = placedInside(groupId);
            if (!placed.isNull()) {
                w = std::max(w, placed.right() - g.box.x() + kPadding);
                h = std::max(h, placed.bottom() - g.box.y() + kPadding);
            }
            if (!c.offset.isEmpty()) {
                const QPointF block = blockOrigin(groupId, contentOrigin(g));
                w = std::max(w, block.x() - g.box.x() + c.size.width() + kPadding);
                h = std::max(h, block.y() - g.box.y() + c.size.height() + kPadding);
            }
        }
        const QSizeF size(std::max(w, kMinGroupWidth), std::max(h, kMinGroupHeight));
        m_sizes.insert(groupId, size);
        return size;
    }

    static QPointF contentOrigin(const Group& g) { return g.box.topLeft() + QPointF(kPadding, kHeader); }

    // The frames of the members and child groups the file placed itself, in a group the
    // file placed itself (elsewhere their coordinates say nothing about the group).
    QRectF placedInside(const Id& groupId)
    {
        QRectF placed;
        if (m_needs.position.contains(groupId))
            return placed;
        for (int i : m_members.value(groupId)) {
            const Node& n = m_d.nodes[std::size_t(i)];
            if (!m_needs.position.contains(n.id))
                placed = placed.united(nodeRect(n));
        }
        for (int gi : m_childGroups.value(groupId)) {
            const Group& child = m_d.groups[std::size_t(gi)];
            if (!m_needs.position.contains(child.id))
                placed = placed.united(QRectF(child.box.topLeft(), sizeOf(child.id)));
        }
        return placed;
    }

    // Where a group's automatic block starts: at its content origin, or beside what the
    // file placed in the group so as not to cover it; below that instead when only
    // there it fits the size the file gave the group.
    QPointF blockOrigin(const Id& groupId, QPointF origin)
    {
        const QRectF placed = placedInside(groupId);
        if (placed.isNull())
            return origin;
        const QPointF right(std::max(origin.x(), placed.right() + kGroupGap), origin.y());
        if (m_needs.size.contains(groupId))
            return right; // the group is sized to fit
        const QPointF below(origin.x(), std::max(origin.y(), placed.bottom() + kGroupGap));
        const QRectF room = groupAt(groupId).box.adjusted(kPadding, kHeader, -kPadding, -kPadding);
        const QSizeF block = contents(groupId).size;
        if (!room.contains(QRectF(right, block)) && room.contains(QRectF(below, block)))
            return below;
        return right;
    }

    const Contents& contents(const Id& container)
    {
        const auto cached = m_contents.constFind(container);
        if (cached != m_contents.cend())
            return *cached;
        Contents c;
        // Nodes: in reading order by their place in the flow, in a grid that looks about
        // as wide as high (cards are wide: a few stack in one column), so that ten
        // services do not make one long row.
        QList<int> nodes;
        for (int i : m_members.value(container)) {
            if (m_needs.position.contains(m_d.nodes[std::size_t(i)].id))
                nodes.append(i);
        }
        std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return m_rank.value(m_d.nodes[std::size_t(a)].id) < m_rank.value(m_d.nodes[std::size_t(b)].id);
        });
        const int columns = std::max(1, int(std::lround(std::sqrt(double(nodes.size()) * 0.35))));
        const bool topLevel = container.isEmpty();
        for (int k = 0; k < int(nodes.size()); ++k) {
            const Node& n = m_d.nodes[std::size_t(nodes[k])];
            // At the top level the entry points stand in one column left of everything.
            const int column = topLevel ? k / std::max(4, columns) : k % columns;
            const int row = topLevel ? k % std::max(4, columns) : k / columns;
            const QPointF at(column * (kNodeWidth + kColumnGap), row * (kNodeHeight + kRowGap));
            c.offset.insert(n.id, at);
            c.size = c.size.expandedTo(QSizeF(at.x() + kNodeWidth, at.y() + kNodeHeight));
        }
        // Groups: below the nodes inside a group, right of them at the top level; in
        // rows that wrap so that the whole stays near a readable shape.
        QList<QPair<Id, QSizeF>> groups;
        double area = 0;
        for (int gi : m_childGroups.value(container)) {
            const Id& id = m_d.groups[std::size_t(gi)].id;
            if (!m_needs.position.contains(id))
                continue;
            const QSizeF size = sizeOf(id);
            groups.append({id, size});
            area += size.width() * size.height();
        }
        const double rowLimit = std::clamp(std::sqrt(area) * 1.6, 900.0, kMaxRowWidth);
        const bool below = !topLevel && !nodes.isEmpty();
        const double startX = topLevel && !nodes.isEmpty() ? c.size.width() + kGroupGap : 0.0;
        double x = startX;
        double y = below ? c.size.height() + kGroupGap : 0.0;
        double rowHeight = 0;
        for (const auto& [id, size] : std::as_const(groups)) {
            if (x > startX && x - startX + size.width() > rowLimit) {
                x = startX;
                y += rowHeight + kGroupGap;
                rowHeight = 0;
            }
            c.offset.insert(id, QPointF(x, y));
            c.size = c.size.expandedTo(QSizeF(x + size.width(), y + size.height()));
            x += size.width() + kGroupGap;
            rowHeight = std::max(rowHeight, size.height());
        }
        return *m_contents.insert(container, c);
    }

    // Gives the auto-placed children of container their absolute places, then recurses.
    void place(const Id& container, QPointF origin)
    {
        const Contents c = contents(container);
        if (!container.isEmpty())
            origin = blockOrigin(container, origin);
        for (int i : m_members.value(container)) {
            Node& n = m_d.nodes[std::size_t(i)];
            if (c.offset.contains(n.id))
                n.pos = origin + c.offset.value(n.id);
        }
        for (int gi : m_childGroups.value(container)) {
            Group& g = m_d.groups[std::size_t(gi)];
            const Id id = g.id;
            const QSizeF size = sizeOf(id);
            if (c.offset.contains(id))
                g.box = QRectF(origin + c.offset.value(id), size);
            else
                g.box.setSize(size);
            place(id, contentOrigin(groupAt(id)));
        }
    }

    Diagram& m_d;
    const LayoutNeeds& m_needs;
    QHash<Id, int> m_rank;
    QHash<Id, int> m_groupIndex;
    QHash<Id, QList<int>> m_childGroups;
    QHash<Id, QList<int>> m_members;
    QHash<Id, Contents> m_contents;
    QHash<Id, QSizeF> m_sizes;
};

// Pulls what the layout computed back into the format's range: beside items a file
// placed near its edge, automatic ones would land beyond it, and the file, once saved,
// would not open again. What the file placed itself stays as it is.
void keepInRange(Diagram& d, const LayoutNeeds& needs)
{
    const auto clamp = [](double v, double high) { return std::clamp(v, -kCoordinateLimit, high); };
    for (Node& n : d.nodes) {
        if (needs.position.contains(n.id))
            n.pos = QPointF(clamp(n.pos.x(), kCoordinateLimit), clamp(n.pos.y(), kCoordinateLimit));
    }
    for (Group& g : d.groups) {
        QSizeF size = g.box.size();
        if (needs.size.contains(g.id))
            size = size.boundedTo(QSizeF(kCoordinateLimit, kCoordinateLimit));
        QPointF at = g.box.topLeft();
        if (needs.position.contains(g.id)) // the whole frame stays on the canvas
            at = QPointF(
                clamp(at.x(), kCoordinateLimit - size.width()), clamp(at.y(), kCoordinateLimit - size.height()));
        g.box = QRectF(at, size);
    }
}

} // namespace

void autoLayout(Diagram& diagram, const LayoutNeeds& needs)
{
    Layouter(diagram, needs).run();
    keepInRange(diagram, needs);
}

} // namespace cw
