#include "fix_placement.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cw::fix {

namespace {

constexpr double kGrid = 20.0;
/// How far the search looks around what a card serves, each way.
constexpr double kReach = 1200.0;
/// A spot outside the group (its frame grows) must be this much closer to win.
constexpr double kGrowthCost = 120.0;

double snap(double v)
{
    return std::round(v / kGrid) * kGrid;
}

// The gap between two rectangles (0 when they touch or overlap), plus a little for being
// out of line with the anchor (the wire bends) and for the side: right, below, left, above.
double closeness(const QRectF& card, const QRectF& anchor)
{
    const double gapX = std::max(0.0, std::max(anchor.left() - card.right(), card.left() - anchor.right()));
    const double gapY = std::max(0.0, std::max(anchor.top() - card.bottom(), card.top() - anchor.bottom()));
    const QPointF d = card.center() - anchor.center();
    const double misalign = std::min(std::abs(d.x()), std::abs(d.y()));
    double side = 12.0; // above
    if (card.left() >= anchor.right())
        side = 0.0;
    else if (card.top() >= anchor.bottom())
        side = 4.0;
    else if (card.right() <= anchor.left())
        side = 8.0;
    return std::hypot(gapX, gapY) + 0.5 * misalign + side;
}

} // namespace

struct Placer::Candidate {
    QPointF pos;
    double score;
};

Placer::Placer(const EditBatch& changes)
    : m_changes(changes)
{
}

QRectF Placer::cardOf(const Id& node) const
{
    const Node* n = m_changes.node(node);
    return n ? nodeRect(*n) : QRectF(); // a stored size, else the default card
}

bool Placer::isUnder(const Id& item, const Id& group) const
{
    const Node* n = m_changes.node(item);
    Id up = n ? n->group : (m_changes.group(item) ? m_changes.group(item)->parent : Id());
    for (int depth = 0; !up.isEmpty() && depth < 256; ++depth) { // a cycle is refused at commit
        if (up == group)
            return true;
        const Group* g = m_changes.group(up);
        up = g ? g->parent : Id();
    }
    return false;
}

// Whether a card fits there (the extra cost of the spot: 0 inside its group, kGrowthCost
// when the group has to grow), or nothing when it would cover a card or a foreign frame.
std::optional<double> Placer::fits(const QRectF& card, const Search& search) const
{
    const QRectF roomy = card.adjusted(-kRoom, -kRoom, kRoom, kRoom);
    for (const QRectF& r : search.cards) {
        if (roomy.intersects(r))
            return std::nullopt;
    }
    const QRectF framed = card.adjusted(-kFrameRoom, -kFrameRoom, kFrameRoom, kFrameRoom);
    for (const QRectF& r : search.foreignFrames) {
        if (framed.intersects(r))
            return std::nullopt;
    }
    if (search.levels.empty())
        return 0.0;
    const QRectF inner
        = search.levels.front().box.adjusted(kGroupPadding, kGroupHeader, -kGroupPadding, -kGroupPadding);
    if (inner.contains(card))
        return 0.0;
    // Grow the frames as EditBatch::growGroupsToHold will: none may come over what is not in it.
    QRectF frame = card;
    for (const Level& level : search.levels) {
        const QRectF need = frame.adjusted(-kGroupPadding, -kGroupHeader, kGroupPadding, kGroupPadding);
        if (level.box.contains(need))
            break;
        const QRectF grown = level.box.united(need);
        for (const QRectF& r : level.outsiders) {
            if (grown.intersects(r))
                return std::nullopt;
        }
        frame = grown;
    }
    return kGrowthCost;
}

Placer::Search Placer::prepare(const QRectF& anchor, const Id& group, const Id& ignore) const
{
    Search s;
    QList<Id> chain;
    for (Id g = group; !g.isEmpty() && m_changes.group(g) && !chain.contains(g); g = m_changes.group(g)->parent)
        chain.append(g);
    // Every spot tried lies in this window: on a large diagram most cards are far outside it.
    QRectF window = anchor.adjusted(-kReach - kNodeWidth - kRoom - kGrid, -kReach - kNodeHeight - kRoom - kGrid,
        kReach + kNodeWidth + kRoom + kGrid, kReach + kNodeHeight + kRoom + kGrid);
    const Architecture& model = m_changes.model();
    for (const Node& n : model.nodes()) {
        const QRectF card = cardOf(n.id);
        if (n.id != ignore && card.intersects(window))
            s.cards.push_back(card);
    }
    s.cards.insert(s.cards.end(), m_placed.cbegin(), m_placed.cend());
    QList<Id> groups;
    for (const Group& g : model.groups())
        groups.append(g.id);
    groups += m_addedGroups;
    for (const Id& g : std::as_const(groups)) {
        if (!chain.contains(g))
            s.foreignFrames.push_back(m_changes.group(g)->box);
    }
    // What each frame of the chain must not come over as it grows: the cards and frames not
    // in it, near enough to be reached, and not under it already (that is not this fix's doing).
    for (const Id& id : std::as_const(chain)) {
        Level level{m_changes.group(id)->box, {}};
        window = window.united(level.box).adjusted(-kGroupPadding, -kGroupHeader, kGroupPadding, kGroupPadding);
        auto consider = [&](const QRectF& r) {
            const QRectF around = r.adjusted(-kFrameRoom, -kFrameRoom, kFrameRoom, kFrameRoom);
            if (around.intersects(window) && !level.box.intersects(around))
                level.outsiders.push_back(around);
        };
        for (const Node& n : model.nodes()) {
            if (n.id != ignore && !isUnder(n.id, id))
                consider(cardOf(n.id));
        }
        for (const Id& g : std::as_const(groups)) {
            if (g != id && !isUnder(g, id) && !isUnder(id, g))
                consider(m_changes.group(g)->box);
        }
        s.levels.push_back(std::move(level));
    }
    return s;
}

QPointF Placer::spotNear(const QRectF& anchor, const Id& group, const Id& ignore) const
{
    std::vector<Candidate> candidates;
    const int steps = int(kReach / kGrid);
    candidates.reserve(std::size_t((2 * steps + 1) * (2 * steps + 1)));
    for (int dy = -steps; dy <= steps; ++dy) {
        for (int dx = -steps; dx <= steps; ++dx) {
            const QPointF at(snap(anchor.left() + dx * kGrid), snap(anchor.top() + dy * kGrid));
            candidates.push_back({at, closeness(QRectF(at, QSizeF(kNodeWidth, kNodeHeight)), anchor)});
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    const Search search = prepare(anchor, group, ignore);
    std::optional<Candidate> best;
    for (const Candidate& c : candidates) {
        if (best && c.score >= best->score)
            break; // sorted: nothing further on can beat it
        if (const std::optional<double> extra = fits(QRectF(c.pos, QSizeF(kNodeWidth, kNodeHeight)), search)) {
            if (!best || c.score + *extra < best->score)
                best = Candidate{c.pos, c.score + *extra};
        }
    }
    if (best)
        return best->pos;
    return QPointF(snap(anchor.right() + kRoom), snap(anchor.top())); // crowded: overlap rather than fail
}

QPointF Placer::spotBesideDiagram(QPointF toward) const
{
    QRectF bounds;
    for (const Node& n : m_changes.model().nodes())
        bounds |= cardOf(n.id);
    for (const Group& g : m_changes.model().groups())
        bounds |= m_changes.group(g.id) ? m_changes.group(g.id)->box : QRectF();
    for (const Id& g : m_addedGroups)
        bounds |= m_changes.group(g)->box;
    for (const QRectF& r : m_placed)
        bounds |= r;
    if (bounds.isNull())
        return QPointF(snap(toward.x()), snap(toward.y()));
    const double gap = 2 * kRoom;
    // Along a side, in line with what it points at as far as the side reaches.
    const double x
        = std::clamp(toward.x() - kNodeWidth / 2, bounds.left(), std::max(bounds.left(), bounds.right() - kNodeWidth));
    const double y
        = std::clamp(toward.y() - kNodeHeight / 2, bounds.top(), std::max(bounds.top(), bounds.bottom() - kNodeHeight));
    const QPointF sides[] = {
        {std::ceil((bounds.right() + gap) / kGrid) * kGrid, snap(y)},              // right
        {snap(x), std::ceil((bounds.bottom() + gap) / kGrid) * kGrid},             // below
        {std::floor((bounds.left() - gap - kNodeWidth) / kGrid) * kGrid, snap(y)}, // left
        {snap(x), std::floor((bounds.top() - gap - kNodeHeight) / kGrid) * kGrid}, // above
    };
    const QPointF centre(kNodeWidth / 2, kNodeHeight / 2);
    const QPointF* best = &sides[0];
    for (const QPointF& s : sides) {
        if (QLineF(s + centre, toward).length() < QLineF(*best + centre, toward).length() - 0.5)
            best = &s;
    }
    return *best;
}

} // namespace cw::fix
