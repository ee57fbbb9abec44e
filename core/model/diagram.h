#pragma once

#include "kinds.h"
#include "scenario.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

#include <type_traits>
#include <vector>

namespace cw {

using Json = nlohmann::json;

/// Limits of the file format: the loader refuses files beyond them, so edits and the
/// automatic layout stay within them too (a saved file must always open again).
inline constexpr double kCoordinateLimit = 1e9; ///< for |x|, |y|, and a group's w and h
inline constexpr int kMaxGroupDepth = 200;      ///< groups inside groups

/// Size of a node's card on the canvas, in scene units. Layout and the canvas share it.
inline constexpr double kNodeWidth = 200.0;
inline constexpr double kNodeHeight = 56.0;
/// Height of the strip a group's title is drawn in; edges are routed around it.
inline constexpr double kGroupTitleHeight = 30.0;
/// Room a group's frame keeps around what it holds: its title bar on top, a margin elsewhere.
inline constexpr double kGroupHeader = 36.0;
inline constexpr double kGroupPadding = 24.0;
/// The smallest frame a group can be resized to: room for its title and one card.
inline constexpr double kMinGroupWidth = 160.0;
inline constexpr double kMinGroupHeight = 100.0;

/// A node's acceptance of one rule's findings about it, with the reason (the file's
/// "suppress" entries). The editor asks for a reason; a file may leave it out.
struct Suppression {
    QString rule;
    QString reason;
    Json extra; ///< fields this version does not know, kept for saving (null when none)

    bool operator==(const Suppression& other) const
    {
        return rule == other.rule && reason == other.reason && extra == other.extra;
    }
    bool operator!=(const Suppression& other) const { return !(*this == other); }
};

/// A service in the architecture: what it is (kind, name, properties) is kept apart
/// from where it is drawn (pos); the serializer writes them under separate keys.
struct Node {
    Id id;
    QString kind;     ///< catalog kind, e.g. "compute.vm"
    QString name;     ///< the user's name; empty means "use the service name"
    QString provider; ///< empty: inherits the diagram's provider
    Id group;         ///< empty: top level
    Json props = Json::object();
    std::vector<Suppression> suppress; ///< in file order, at most one per rule
    // Null until something is in it: an empty object costs a heap allocation, ten
    // thousand nodes that many (null iterates and tests empty).
    Json extra; ///< fields this version does not know, kept for saving

    QPointF pos; ///< layout: top-left of the card, scene coordinates
    /// layout "w" and "h": the size as drawn; empty when the file leaves them out (the
    /// card's size then comes from its content; nodeRect() gives the default).
    QSizeF size;
    Json layoutExtra;

    /// The node's suppression of a rule, or null.
    const Suppression* suppression(const QString& rule) const;

    /// Equal but for where it is drawn (pos, box, layout fields).
    bool sameApartFromLayout(const Node& other) const;
    bool operator==(const Node& other) const;
    bool operator!=(const Node& other) const { return !(*this == other); }
};

/// A container: region, zone, VPC, subnet or environment. Membership is by id.
struct Group {
    Id id;
    GroupKind kind = GroupKind::Vpc;
    QString name;
    Id parent; ///< empty: top level
    Json props = Json::object();
    Json extra; ///< null until the file has unknown fields (see Node)

    QRectF box; ///< layout: frame in scene coordinates
    Json layoutExtra;

    /// Equal but for where it is drawn (pos, box, layout fields).
    bool sameApartFromLayout(const Group& other) const;
    bool operator==(const Group& other) const;
    bool operator!=(const Group& other) const { return !(*this == other); }
};

/// How an edge is drawn: around cards with right angles (the default), or straight.
enum class EdgeStyle { Orthogonal, Straight };

/// A connection between two nodes (or groups).
struct Edge {
    Id id;
    Id from;
    Id to;
    EdgeKind kind = EdgeKind::Request;
    QString label;
    Json extra; ///< null until the file has unknown fields (see Node)

    /// layout "points": a route the user shaped, from where it leaves its source's border
    /// to where it enters its target's; empty: the program routes the edge itself.
    std::vector<QPointF> points;
    EdgeStyle style = EdgeStyle::Orthogonal; ///< layout "style"
    Json layoutExtra;                        ///< null until the layout has unknown fields

    /// Equal but for where it is drawn (pos, box, layout fields).
    bool sameApartFromLayout(const Edge& other) const;
    bool operator==(const Edge& other) const;
    bool operator!=(const Edge& other) const { return !(*this == other); }
};

/// Where a node's card is drawn: its position with its size from the layout, or the
/// default card size. The router and the canvas's default both read card rects here.
QRectF nodeRect(const Node& node);
QString toString(EdgeStyle style);
std::optional<EdgeStyle> edgeStyleFromString(const QString& text);

/// Diagram-wide settings (the file's "meta" object).
struct Meta {
    QString title;
    /// A new diagram, and a file that leaves it out, are provider-neutral until the user
    /// picks one.
    QString provider = QStringLiteral("generic");
    QString region;
    QString reliability = QStringLiteral("standard");
    QString currency = QStringLiteral("USD");
    QString ruleProfile = QStringLiteral("all"); ///< which pitfall rules run (a project addition)
    Json extra = Json::object();

    bool operator==(const Meta& other) const;
    bool operator!=(const Meta& other) const { return !(*this == other); }
};

/// A whole architecture as plain values: what the loader produces, the serializer
/// writes and the clipboard carries. The live, indexed model is Architecture.
struct Diagram {
    Meta meta;
    std::vector<Group> groups;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Scenario> scenarios; ///< kept cost estimates (a project addition), in file order
    Json extra = Json::object();     ///< unknown top-level fields

    bool operator==(const Diagram& other) const;
    bool operator!=(const Diagram& other) const { return !(*this == other); }
};

} // namespace cw

// Lists of these grow and shift on every load and edit; moves must not fall back to copies.
static_assert(
    std::is_nothrow_move_constructible_v<
        cw::Node> && std::is_nothrow_move_constructible_v<cw::Group> && std::is_nothrow_move_constructible_v<cw::Edge>);
