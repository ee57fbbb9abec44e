// Orthogonal edge routing: ports by direction, a plain route when it is clear, else a
// best-first search over the lines that run kClearance off the obstacles near the ends.
#include "edge_router.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace cw::routing {

namespace {

constexpr double kTouch = 4.0; // closer than this to a card counts as crossing it
// A search among more obstacles than this is not tried: an edge across hundreds of cards
// takes the plain route at once instead of spending the whole budget first.
constexpr std::size_t kMaxObstacles = 200;
// The same for the search around cards alone: it finds its way among a couple of thousand
// cards in milliseconds; across a diagram of ten thousand it would take seconds per edge,
// which routing a whole diagram cannot afford (such an edge keeps its plain route).
constexpr std::size_t kMaxCards = 2500;

// Directions of travel: +x, +y, -x, -y.
const QPointF kStep[4] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

int outward(Side s)
{
    switch (s) {
    case Side::Right: return 0;
    case Side::Bottom: return 1;
    case Side::Left: return 2;
    case Side::Top: return 3;
    }
    return 0;
}

bool horizontalSide(Side s)
{
    return s == Side::Left || s == Side::Right;
}

// The point on side s of r, moved along the side by offset (kept on the side).
QPointF port(const QRectF& r, Side s, double offset)
{
    const double along = horizontalSide(s) ? r.height() : r.width();
    const double o = std::clamp(offset, -std::max(0.0, along / 2 - 4), std::max(0.0, along / 2 - 4));
    switch (s) {
    case Side::Left: return {r.left(), r.center().y() + o};
    case Side::Right: return {r.right(), r.center().y() + o};
    case Side::Top: return {r.center().x() + o, r.top()};
    case Side::Bottom: return {r.center().x() + o, r.bottom()};
    }
    return r.center();
}

// Where the ray from the centre of rect towards target leaves rect.
QPointF borderPoint(const QRectF& rect, QPointF target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const double sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : 1e300;
    const double sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : 1e300;
    return c + d * std::min({sx, sy, 1.0});
}

// Whether the axis-parallel segment a-b runs through the inside of r (touching is fine).
bool crosses(const QRectF& r, QPointF a, QPointF b)
{
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    constexpr double e = 1e-7;
    return x0 < r.right() - e && x1 > r.left() + e && y0 < r.bottom() - e && y1 > r.top() + e;
}

void addUnique(std::vector<double>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](double a, double b) { return std::abs(a - b) < 0.5; }), v.end());
}

int indexOf(const std::vector<double>& v, double x)
{
    const auto it = std::lower_bound(v.begin(), v.end(), x - 0.5);
    return it != v.end() && std::abs(*it - x) < 0.5 ? int(it - v.begin()) : -1;
}

} // namespace

std::pair<Side, Side> portSides(const QRectF& from, const QRectF& to)
{
    const double gapX = std::max(to.left() - from.right(), from.left() - to.right());
    const double gapY = std::max(to.top() - from.bottom(), from.top() - to.bottom());
    const QPointF d = to.center() - from.center();
    if (gapX >= gapY)
        return d.x() >= 0 ? std::pair{Side::Right, Side::Left} : std::pair{Side::Left, Side::Right};
    return d.y() >= 0 ? std::pair{Side::Bottom, Side::Top} : std::pair{Side::Top, Side::Bottom};
}

std::vector<QPointF> simplified(const std::vector<QPointF>& path)
{
    std::vector<QPointF> out;
    for (const QPointF& p : path) {
        if (!out.empty() && std::abs(out.back().x() - p.x()) < 1e-9 && std::abs(out.back().y() - p.y()) < 1e-9)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.back();
            const bool sameX = std::abs(a.x() - b.x()) < 1e-9 && std::abs(b.x() - p.x()) < 1e-9;
            const bool sameY = std::abs(a.y() - b.y()) < 1e-9 && std::abs(b.y() - p.y()) < 1e-9;
            if (sameX || sameY)
                out.back() = p;
            else
                out.push_back(p);
        } else {
            out.push_back(p);
        }
    }
    return out;
}

struct EdgeRouter::Context {
    const RouteRequest& req;
    QRectF skipA; ///< obstacles equal to these are the ends' own, or hold a port's stub
    QRectF skipB;
    std::vector<QRectF> skipped;
    QPointF s, s1, t, t1;
    int outDir = 0;
    int inDir = 0;
    double offset = 0;
    int budget = kSearchBudget;
    bool cardsOnly = false; ///< soft obstacles (title bars) neither block nor make lines

    bool skips(const QRectF& r) const
    {
        return r == skipA || r == skipB || std::find(skipped.begin(), skipped.end(), r) != skipped.end();
    }
};

bool EdgeRouter::blocked(const Context& c, QPointF a, QPointF b) const
{
    if (crosses(c.req.from, a, b) || crosses(c.req.to, a, b))
        return true;
    const QRectF area = QRectF(a, b).normalized().adjusted(-kTouch - 1, -kTouch - 1, kTouch + 1, kTouch + 1);
    return m_obstacles.any(area, [&](const QRectF& r, bool soft) {
        return !(soft && c.cardsOnly) && crosses(r.adjusted(-kTouch, -kTouch, kTouch, kTouch), a, b) && !c.skips(r);
    });
}

bool EdgeRouter::clear(const Context& c, const std::vector<QPointF>& path) const
{
    for (std::size_t i = 1; i < path.size(); ++i) {
        if (blocked(c, path[i - 1], path[i]))
            return false;
    }
    return true;
}

bool EdgeRouter::search(Context& c, const QRectF& area, std::vector<QPointF>& path) const
{
    std::vector<double> xs{c.s1.x(), c.t1.x(), area.left(), area.right()};
    std::vector<double> ys{c.s1.y(), c.t1.y(), area.top(), area.bottom()};
    auto lines = [&](const QRectF& r) {
        for (double x : {r.left() - kClearance + c.offset, r.right() + kClearance + c.offset}) {
            if (x > area.left() && x < area.right())
                xs.push_back(x);
        }
        for (double y : {r.top() - kClearance + c.offset, r.bottom() + kClearance + c.offset}) {
            if (y > area.top() && y < area.bottom())
                ys.push_back(y);
        }
    };
    const std::vector<int> near = m_obstacles.query(area);
    const auto cards = c.cardsOnly
        ? std::count_if(near.begin(), near.end(), [&](int slot) { return !m_obstacles.soft(slot); })
        : std::ptrdiff_t(near.size());
    if (std::size_t(cards) > (c.cardsOnly ? kMaxCards : kMaxObstacles)) {
        c.budget = 0; // a wider area holds more still
        return false;
    }
    lines(c.req.from);
    lines(c.req.to);
    for (int slot : near) {
        if (!(c.cardsOnly && m_obstacles.soft(slot)))
            lines(m_obstacles.rect(slot));
    }
    addUnique(xs);
    addUnique(ys);
    const int nx = int(xs.size()), ny = int(ys.size());
    const int si = indexOf(xs, c.s1.x()), sj = indexOf(ys, c.s1.y());
    const int ti = indexOf(xs, c.t1.x()), tj = indexOf(ys, c.t1.y());
    if (si < 0 || sj < 0 || ti < 0 || tj < 0)
        return false;

    // Dense tables: the grid of an area of a few hundred obstacles is small. Beyond
    // kMaxStates the search is not tried (the caller falls back to the plain route).
    const std::size_t states = std::size_t(nx) * std::size_t(ny) * 4;
    if (states > kMaxStates)
        return false;
    using State = int; // ((i * ny) + j) * 4 + direction
    auto state = [ny](int i, int j, int d) { return (i * ny + j) * 4 + d; };
    auto heuristic = [&](int i, int j) {
        const double dx = std::abs(xs[std::size_t(i)] - c.t1.x()), dy = std::abs(ys[std::size_t(j)] - c.t1.y());
        return dx + dy + (dx > 0.5 && dy > 0.5 ? kBendCost : 0.0);
    };
    struct Open {
        double f;
        double g;
        State s;
        // Ties go to the deeper state (fewer to explore on a plateau of equal costs), then by id.
        bool operator>(const Open& o) const
        {
            if (f != o.f)
                return f > o.f;
            if (g != o.g)
                return g < o.g;
            return s > o.s;
        }
    };
    std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
    // The tables are kept between searches and cleared by generation: a search over the
    // whole of a big diagram visits a corridor of a grid of a million states.
    Tables& t = m_tables;
    if (++t.generation == 0) {
        std::fill(t.stamp.begin(), t.stamp.end(), 0);
        std::fill(t.stepStamp.begin(), t.stepStamp.end(), 0);
        t.generation = 1;
    }
    if (t.stamp.size() < states) {
        t.best.resize(states);
        t.cameFrom.resize(states);
        t.stamp.resize(states, 0);
        t.stepFree.resize(states / 2);
        t.stepStamp.resize(states / 2, 0);
    }
    const quint32 gen = t.generation;
    auto best = [&](State s) {
        return t.stamp[std::size_t(s)] == gen ? t.best[std::size_t(s)] : std::numeric_limits<double>::infinity();
    };
    auto reach = [&](State s, double g, State from) {
        t.stamp[std::size_t(s)] = gen;
        t.best[std::size_t(s)] = g;
        t.cameFrom[std::size_t(s)] = from;
    };
    // Whether the step from a grid point to its neighbour at +x (0) or +y (1) is free:
    // 0 unknown, 1 free, 2 blocked. Each step is asked of the index once.
    auto stepFree = [&](std::size_t k) -> quint8& {
        if (t.stepStamp[k] != gen) {
            t.stepStamp[k] = gen;
            t.stepFree[k] = 0;
        }
        return t.stepFree[k];
    };
    const State start = state(si, sj, c.outDir);
    reach(start, 0, -1);
    open.push({heuristic(si, sj), 0, start});
    double goalCost = std::numeric_limits<double>::infinity();
    State goal = -1;
    while (!open.empty()) {
        const Open cur = open.top();
        open.pop();
        if (cur.f >= goalCost)
            break;
        if (cur.g > best(cur.s))
            continue;
        if (--c.budget < 0)
            return false;
        const int d = cur.s % 4;
        const int j = (cur.s / 4) % ny;
        const int i = cur.s / 4 / ny;
        if (i == ti && j == tj) {
            const double total = cur.g + (d == c.inDir ? 0 : kBendCost);
            if (total < goalCost) {
                goalCost = total;
                goal = cur.s;
            }
            continue;
        }
        const QPointF here(xs[std::size_t(i)], ys[std::size_t(j)]);
        for (int nd = 0; nd < 4; ++nd) {
            if (nd == (d + 2) % 4)
                continue; // no turning back
            const int ni = i + int(kStep[nd].x()), nj = j + int(kStep[nd].y());
            if (ni < 0 || nj < 0 || ni >= nx || nj >= ny)
                continue;
            const QPointF there(xs[std::size_t(ni)], ys[std::size_t(nj)]);
            const double g
                = cur.g + std::abs(there.x() - here.x()) + std::abs(there.y() - here.y()) + (nd == d ? 0.0 : kBendCost);
            const State next = state(ni, nj, nd);
            if (best(next) <= g)
                continue;
            // The step, filed under its lower or left end.
            const int li = std::min(i, ni), lj = std::min(j, nj);
            quint8& known = stepFree((std::size_t(li) * std::size_t(ny) + std::size_t(lj)) * 2 + (nd % 2));
            if (known == 0)
                known = blocked(c, here, there) ? 2 : 1;
            if (known == 2)
                continue;
            reach(next, g, cur.s);
            open.push({g + heuristic(ni, nj), g, next});
        }
    }
    if (goal < 0)
        return false;
    std::vector<QPointF> back{c.t};
    for (State s = goal;; s = t.cameFrom[std::size_t(s)]) {
        const int j = (s / 4) % ny;
        const int i = s / 4 / ny;
        back.emplace_back(xs[std::size_t(i)], ys[std::size_t(j)]);
        if (s == start)
            break;
    }
    back.push_back(c.s);
    path.assign(back.rbegin(), back.rend());
    return true;
}

std::vector<QPointF> EdgeRouter::route(const RouteRequest& req) const
{
    m_fellBack = false;
    m_reach = QRectF();
    m_reachParts.clear();
    if (req.points.size() >= 2)
        return req.points;
    if (req.style == EdgeStyle::Straight)
        return {borderPoint(req.from, req.to.center()), borderPoint(req.to, req.from.center())};

    Context c{req, {}, {}, {}, {}, {}, {}, {}, 0, 0, 0, kSearchBudget, false};
    const int self = m_obstacles.slotOf(req.fromKey), other = m_obstacles.slotOf(req.toKey);
    if (self >= 0)
        c.skipA = m_obstacles.rect(self);
    if (other >= 0)
        c.skipB = m_obstacles.rect(other);
    const double limit = EdgeRouter::kClearance - kTouch - 2;
    c.offset = std::clamp((req.lane - (req.lanes - 1) / 2.0) * kLaneSpacing, -limit, limit);
    const auto [fromSide, toSide] = portSides(req.from, req.to);
    c.outDir = outward(fromSide);
    c.inDir = (outward(toSide) + 2) % 4;
    c.s = port(req.from, fromSide, req.spread ? req.fromShift : c.offset);
    c.t = port(req.to, toSide, req.spread ? req.toShift : c.offset);
    // Stubs out of the ports: as long as kClearance allows, shorter where a neighbour is close.
    auto stub = [&](QPointF p, int dir) {
        for (double len : {kClearance, kClearance / 2, 2.0}) {
            const QPointF q = p + kStep[dir] * len;
            const bool inside = m_obstacles.any(QRectF(q - QPointF(1, 1), QSizeF(2, 2)), [&](const QRectF& r) {
                return r.adjusted(-kTouch, -kTouch, kTouch, kTouch).contains(q) && !c.skips(r);
            });
            if (!inside)
                return q;
        }
        const QPointF q = p + kStep[dir] * 2.0;
        // Too crowded: what holds the stub is not in the way of this edge.
        m_obstacles.any(QRectF(q - QPointF(1, 1), QSizeF(2, 2)), [&](const QRectF& r) {
            if (r.adjusted(-kTouch, -kTouch, kTouch, kTouch).contains(q))
                c.skipped.push_back(r);
            return false;
        });
        return q;
    };
    c.s1 = stub(c.s, c.outDir);
    c.t1 = stub(c.t, (c.inDir + 2) % 4);

    // The plain route: straight across when the ports line up, else a Z with its middle
    // halfway (plus the lane's offset, so parallel edges do not share it).
    // Lanes nest: the one that starts on the outside of the turn turns last, so parallel
    // edges never cross one another.
    std::vector<QPointF> plain;
    const double forward = c.outDir < 2 ? 1.0 : -1.0;
    if (horizontalSide(fromSide)) {
        const double turn = c.t.y() > c.s.y() ? -forward : forward;
        const double mid = (c.s1.x() + c.t1.x()) / 2 + turn * c.offset;
        plain = std::abs(c.s.y() - c.t.y()) < 0.5
            ? std::vector<QPointF>{c.s, c.t}
            : std::vector<QPointF>{c.s, c.s1, {mid, c.s1.y()}, {mid, c.t1.y()}, c.t1, c.t};
    } else {
        const double turn = c.t.x() > c.s.x() ? -forward : forward;
        const double mid = (c.s1.y() + c.t1.y()) / 2 + turn * c.offset;
        plain = std::abs(c.s.x() - c.t.x()) < 0.5
            ? std::vector<QPointF>{c.s, c.t}
            : std::vector<QPointF>{c.s, c.s1, {c.s1.x(), mid}, {c.t1.x(), mid}, c.t1, c.t};
    }
    plain = simplified(plain);
    const bool monotone = horizontalSide(fromSide) ? (c.t1.x() - c.s1.x()) * (c.outDir == 0 ? 1 : -1) >= 0
                                                   : (c.t1.y() - c.s1.y()) * (c.outDir == 1 ? 1 : -1) >= 0;
    // What the plain route and the ports' stubs looked at.
    QRectF plainReach = QRectF(c.s1, c.t1).normalized();
    for (const QPointF& p : plain)
        plainReach = plainReach.united(QRectF(p, QSizeF(0, 0)));
    const double near = kClearance + kTouch + 1;
    m_reach = plainReach.adjusted(-near, -near, near, near);
    m_reachParts = {m_reach};
    // Told only about obstacles that come onto path (or near its ports): what a plain route
    // that is clear, or that had to be kept, depends on. One rect for the whole of a long Z
    // across a big diagram would have it re-routed (and fall back again) after any move.
    const auto alongPath = [&](const std::vector<QPointF>& path) {
        m_reach = QRectF();
        m_reachParts.clear();
        for (std::size_t i = 1; i < path.size(); ++i) {
            const QRectF along = QRectF(path[i - 1], path[i]).normalized();
            m_reachParts.push_back(along.adjusted(-near, -near, near, near));
            m_reach = m_reach.united(m_reachParts.back());
        }
    };
    if (req.draft)
        return plain;
    if (monotone && clear(c, plain)) {
        alongPath(plain);
        return plain;
    }

    // Search near the ends first; widen only when no way is found there.
    const QRectF ends = req.from.united(req.to).united(QRectF(c.s1, c.t1).normalized());
    const double margin = 4 * kClearance + 0.25 * std::max(ends.width(), ends.height());
    std::vector<QPointF> path;
    const QRectF all = m_obstacles.bounds().united(ends);
    const double room = 3 * kClearance;
    // First around everything; then, when title bars leave no way (or too many of them to
    // search among), around the cards alone: a route may cross a group's title, never a
    // card (design.md). Each stage searches near the ends first and widens only when no
    // way is found there.
    for (const bool cardsOnly : {false, true}) {
        c.cardsOnly = cardsOnly;
        c.budget = cardsOnly ? kWideSearchBudget : kSearchBudget;
        QRectF area = ends.adjusted(-margin, -margin, margin, margin);
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (search(c, area, path)) {
                path = simplified(path);
                if (cardsOnly) {
                    // Searched far and wide: told only about cards that come onto its own
                    // path, or a move anywhere would re-route every long edge.
                    alongPath(path);
                } else {
                    m_reach = m_reach.united(area.adjusted(-near, -near, near, near));
                    m_reachParts = {m_reach};
                }
                return path;
            }
            if (c.budget <= 0)
                break;
            area = attempt == 0 ? area.adjusted(-4 * margin, -4 * margin, 4 * margin, 4 * margin)
                                      .intersected(all.adjusted(-room, -room, room, room))
                                : all.adjusted(-room, -room, room, room);
        }
    }
    m_fellBack = true;
    alongPath(plain);
    return plain;
}

} // namespace cw::routing
