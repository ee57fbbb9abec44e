#pragma once

#include "obstacle_index.h"

#include "model/diagram.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace cw::routing {

enum class Side { Left, Top, Right, Bottom };

/// The sides an edge leaves from and enters by: those that face each other across the
/// wider gap between the two rectangles (left/right when they sit side by side).
std::pair<Side, Side> portSides(const QRectF& from, const QRectF& to);

/// One edge to route.
struct RouteRequest {
    QRectF from; ///< the source's rectangle as drawn
    QRectF to;   ///< the target's
    Id fromKey;  ///< the ends' own obstacles, which the route may touch at its ports
    Id toKey;
    EdgeStyle style = EdgeStyle::Orthogonal;
    std::vector<QPointF> points; ///< a route the user shaped: kept as given
    int lane = 0;                ///< among the edges between the same two ends
    int lanes = 1;
    /// When set, the ports sit fromShift and toShift along their sides from the middle
    /// (spread among the edges that share a side); else both by the lane's offset.
    bool spread = false;
    double fromShift = 0;
    double toShift = 0;
    /// A first draft: the plain route (straight or one Z) without searching around
    /// obstacles, for showing a big diagram at once and routing it properly after.
    bool draft = false;
};

/// Routes edges around obstacles: orthogonal polylines from a port on the source's border
/// to one on the target's, that keep kClearance from every card and title bar in the
/// index, with few bends; when title bars leave no way, around the cards alone (a route
/// may cross a group's title, never a card). Only an edge whose search would cover more
/// than a couple of thousand cards, or finds no way, keeps the plain route (lastFellBack).
/// Pure: the same index and request give the same route.
class EdgeRouter {
public:
    static constexpr double kClearance = 16.0;   ///< how far routes run from cards
    static constexpr double kLaneSpacing = 8.0;  ///< between parallel edges
    static constexpr double kPortSpacing = 16.0; ///< between ports on one side of a card
    static constexpr double kBendCost = 60.0;    ///< a bend is worth this much length
    static constexpr int kSearchBudget = 40000;  ///< search steps around everything
    /// Search steps around the cards alone, when title bars leave no way: a long edge
    /// across a big diagram, the last try before the plain route.
    static constexpr int kWideSearchBudget = 200000;
    /// Grid points × directions searched at most (about 40 MB of tables, kept between
    /// searches); a grid bigger still (an edge across thousands of scattered cards) takes
    /// the plain route.
    static constexpr std::size_t kMaxStates = 2'000'000;

    ObstacleIndex& obstacles() { return m_obstacles; }
    const ObstacleIndex& obstacles() const { return m_obstacles; }

    std::vector<QPointF> route(const RouteRequest& request) const;
    /// Whether the last route() had to fall back to the plain route (budget spent or no way).
    bool lastFellBack() const { return m_fellBack; }
    /// The area whose obstacles the last route() depended on: an obstacle that moves
    /// into or out of it may change that route, one elsewhere cannot (null: none, as for
    /// a stored or straight route). A route that fell back is only told about its own path.
    QRectF lastReach() const { return m_reach; }
    /// The same as rectangles whose union is lastReach(): one for a route searched around
    /// everything; along its segments for a plain route that is clear or kept (fell back)
    /// and for one searched around the cards alone (each stays valid until a card comes
    /// onto it), so a move elsewhere does not re-route every long edge.
    const std::vector<QRectF>& lastReachParts() const { return m_reachParts; }

private:
    struct Context;
    bool blocked(const Context& c, QPointF a, QPointF b) const;
    bool clear(const Context& c, const std::vector<QPointF>& path) const;
    bool search(Context& c, const QRectF& area, std::vector<QPointF>& path) const;

    struct Tables {
        std::vector<double> best;
        std::vector<int> cameFrom;
        std::vector<quint32> stamp; ///< an entry is valid when it holds the generation
        std::vector<quint8> stepFree;
        std::vector<quint32> stepStamp;
        quint32 generation = 0;
    };

    ObstacleIndex m_obstacles;
    mutable Tables m_tables; ///< the search's, reused: not for routing on two threads at once
    mutable bool m_fellBack = false;
    mutable QRectF m_reach;
    mutable std::vector<QRectF> m_reachParts;
};

/// Drops repeated points and the middle of three points in a line.
std::vector<QPointF> simplified(const std::vector<QPointF>& path);

} // namespace cw::routing
