#include "lesson_view.h"

namespace cw::teach {

std::vector<FlowLeg> flowLegs(const Lesson& lesson, int step)
{
    std::vector<FlowLeg> legs;
    if (step < 0 || step >= int(lesson.steps.size()))
        return legs;
    const LessonStep& s = lesson.steps[size_t(step)];
    for (qsizetype i = 0; i < s.flowEdges.size() && i + 1 < s.flow.size(); ++i) {
        const Id& edgeId = s.flowEdges[i];
        bool backwards = false;
        for (const Edge& e : lesson.diagram.edges) {
            if (e.id == edgeId) {
                backwards = e.from != s.flow[i];
                break;
            }
        }
        legs.push_back({edgeId, backwards});
    }
    return legs;
}

QSet<Id> hiddenAt(const Lesson& lesson, int step)
{
    QSet<Id> hidden;
    if (!lesson.reveals())
        return hidden;
    const QSet<Id> shown = lesson.visibleAt(step);
    auto note = [&](const Id& id) {
        if (!shown.contains(id))
            hidden.insert(id);
    };
    for (const Node& n : lesson.diagram.nodes)
        note(n.id);
    for (const Group& g : lesson.diagram.groups)
        note(g.id);
    for (const Edge& e : lesson.diagram.edges)
        note(e.id);
    return hidden;
}

} // namespace cw::teach
