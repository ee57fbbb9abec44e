#pragma once

#include "model/diagram.h"

#include <QSet>

namespace cw {

/// What a file left to the automatic layout.
struct LayoutNeeds {
    QSet<Id> position; ///< nodes and groups without a position
    QSet<Id> size;     ///< groups without a size
};

/// Gives every node and group that lacks a layout one: groups become nested boxes
/// sized to their contents, nodes stand in columns by their place in the request flow
/// (entry points left), and what the file placed itself stays where it is.
void autoLayout(Diagram& diagram, const LayoutNeeds& needs);

} // namespace cw
