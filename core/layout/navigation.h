#pragma once

// Moving through a diagram by keyboard (issue 15's keyboard path): the next card in
// reading order, the nearest card in a direction, and a free place for a new card.

#include "model/diagram.h"

#include <QPointF>

namespace cw::layout {

enum class Direction { Left, Right, Up, Down };

/// The node after (or before) `current` in reading order: rows top to bottom (cards whose
/// tops are within half a card of each other share a row), left to right in a row. With
/// `current` empty or unknown: the first (or last) node. Empty past the end, so that Tab
/// can leave the canvas.
Id nextInReadingOrder(const Diagram& diagram, const Id& current, bool forward);

/// The nearest node whose centre lies in `direction` from `current`'s: within 45° of it
/// if any does (straying sideways weighs four times the distance ahead), else anywhere
/// ahead; empty when nothing lies that way.
Id nearestInDirection(const Diagram& diagram, const Id& current, Direction direction);

/// The top-left for a new card of `size` centred as near `centre` as the grid allows
/// without touching another card (with a margin), searched in growing rings.
QPointF freePlaceNear(const Diagram& diagram, QPointF centre, QSizeF size, double grid);

} // namespace cw::layout
