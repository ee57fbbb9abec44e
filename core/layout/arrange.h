#pragma once

#include "model/diagram.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

/// Automatic layout: where every card and group frame goes so that a diagram reads left
/// to right (entry points, the network edge, compute, data; security, monitoring and
/// cost beside what they serve), groups are compact nested boxes and edges cross little.
/// Geometry only: edges are routed afterwards (core/layout/model_routes.h).
namespace cw::layout {

struct ArrangeOptions {
    /// The nodes and groups to arrange (a group with everything inside it); empty: the
    /// whole diagram. The arranged block keeps the top-left corner of what it replaces.
    QList<Id> only;
    /// The size each card is drawn at; unset: nodeRect(node).size().
    std::function<QSizeF(const Node&)> cardSize;
};

struct Arrangement {
    QHash<Id, QPointF> nodePos; ///< new top-left of each arranged card
    QHash<Id, QRectF> groupBox; ///< new frame of each arranged group
    QString engine;             ///< what computed it, for notes and benchmarks
};

/// Computes a layout; the diagram is not changed (edit::arrange applies it).
Arrangement arrange(const Diagram& diagram, const ArrangeOptions& options = {});

} // namespace cw::layout
