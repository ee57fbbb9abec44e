#pragma once

#include "model/diagram.h"

#include <QString>

#include <functional>

namespace cw::layout {

/// Where a card stands in the left-to-right reading of a diagram.
enum class Stage { Entry, Network, Compute, Data, Support };

struct DotInput {
    std::function<QSizeF(const Node&)> cardSize;
    std::function<Stage(const Node&)> stage;
};

/// Lays the whole diagram out with Graphviz's dot (ranks left to right, groups as
/// clusters): every node gets its pos and every group its box. Returns an empty string,
/// or why Graphviz could not do it (the diagram is then unchanged).
QString dotLayout(Diagram& diagram, const DotInput& input);

} // namespace cw::layout
