#pragma once

// What a lesson step asks of the canvas, worked out without a GUI: which of the lesson's
// own items to hide, and which way a step's flow walks each edge. The editor's lesson
// stage (ui/teach/lesson_stage.h) draws it; view state only, never the model.

#include "lesson.h"

#include <QSet>

#include <vector>

namespace cw::teach {

/// One edge a flow walks: backwards when the flow goes from the edge's target to its
/// source (a data edge api -> db walked back with the answer).
struct FlowLeg {
    Id edge;
    bool backwards = false;
};

/// The legs of a step's flow (0-based step), in order; empty when the step has no flow
/// or the step is out of range.
std::vector<FlowLeg> flowLegs(const Lesson& lesson, int step);

/// The ids of the lesson's own diagram (nodes, groups, edges) that a step does not show:
/// everything Lesson::visibleAt() leaves out. Anything else in the model (what a student
/// added during the lesson) is never among them, so it stays visible.
QSet<Id> hiddenAt(const Lesson& lesson, int step);

} // namespace cw::teach
