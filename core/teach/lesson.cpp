#include "lesson.h"

#include <QHash>

#include <algorithm>

namespace cw::teach {

bool Lesson::reveals() const
{
    return std::any_of(steps.begin(), steps.end(), [](const LessonStep& s) { return !s.reveal.isEmpty(); });
}

QSet<Id> Lesson::visibleAt(int step) const
{
    QSet<Id> shown;
    if (!reveals()) {
        for (const Group& g : diagram.groups)
            shown.insert(g.id);
        for (const Node& n : diagram.nodes)
            shown.insert(n.id);
        for (const Edge& e : diagram.edges)
            shown.insert(e.id);
        return shown;
    }
    QHash<Id, const Edge*> edges;
    for (const Edge& e : diagram.edges)
        edges.insert(e.id, &e);
    const int last = std::min(step, int(steps.size()) - 1);
    for (int i = 0; i <= last; ++i) {
        for (const Id& item : steps[std::size_t(i)].reveal) {
            shown.insert(item);
            if (const Edge* e = edges.value(item)) {
                shown.insert(e->from);
                shown.insert(e->to);
            }
        }
    }
    // The frames around what is shown: a node's group and that group's parents.
    QHash<Id, Id> parentOf;
    for (const Group& g : diagram.groups)
        parentOf.insert(g.id, g.parent);
    QList<Id> starts;
    for (const Node& n : diagram.nodes) {
        if (shown.contains(n.id))
            starts << n.group;
    }
    for (const Group& g : diagram.groups) {
        if (shown.contains(g.id))
            starts << g.id;
    }
    QSet<Id> walked; // each chain of parents is walked once
    for (Id g : std::as_const(starts)) {
        while (!g.isEmpty() && !walked.contains(g)) {
            walked.insert(g);
            shown.insert(g);
            g = parentOf.value(g);
        }
    }
    // Then every edge between two shown ends (a budget may govern a whole region).
    for (const Edge& e : diagram.edges) {
        if (shown.contains(e.from) && shown.contains(e.to))
            shown.insert(e.id);
    }
    return shown;
}

const QStringList& lessonViews()
{
    static const QStringList views{QStringLiteral("cost"), QStringLiteral("findings"), QStringLiteral("advisor"),
        QStringLiteral("scaling"), QStringLiteral("service-models")};
    return views;
}

} // namespace cw::teach
