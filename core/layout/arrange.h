#pragma once

#include "model/diagram.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace cw {
class Catalog;
}

/// Automatic layout: where every card and group frame goes so that a diagram reads left
/// to right (entry points, the network edge, compute, data; security, monitoring and
/// cost beside what they serve), groups are compact nested boxes and edges cross little.
/// Geometry only: edges are routed afterwards (core/layout/model_routes.h).
namespace cw::layout {

/// Which layout computes the places: dot where it can (up to a size), else columns.
enum class Engine { Auto, Dot, Columns };

struct ArrangeOptions {
    /// The nodes and groups to arrange (a group with everything inside it); empty: the
    /// whole diagram. The arranged block keeps the top-left corner of what it replaces.
    QList<Id> only;
    /// The size each card is drawn at; unset: nodeRect(node).size().
    std::function<QSizeF(const Node&)> cardSize;
    /// Where kinds' categories come from; unset: the kind's prefix ("compute.vm").
    const Catalog* catalog = nullptr;
    Engine engine = Engine::Auto;
};

struct Arrangement {
    QHash<Id, QPointF> nodePos; ///< new top-left of each arranged card
    QHash<Id, QRectF> groupBox; ///< new frame of each arranged group
    QString engine;             ///< what computed it, for notes and benchmarks
};

/// Computes a layout; the diagram is not changed (edit::arrange applies it).
Arrangement arrange(const Diagram& diagram, const ArrangeOptions& options = {});

/// Puts what an arrangement places where it says, outside the edit history: for a
/// diagram that is being read, before anyone sees it. Stored routes of edges whose ends
/// moved are dropped, so the program routes them.
void applyArrangement(Diagram& diagram, const Arrangement& arrangement);

} // namespace cw::layout
