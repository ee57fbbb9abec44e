#pragma once

// What a laid-out diagram must be, shared by the layout's and the templates' tests: no
// two cards overlapping, every card and group inside the frame that holds it (below its
// title bar), and no two sibling frames overlapping. Returned as failure messages.

#include "model/diagram.h"

#include <QHash>
#include <QStringList>

namespace cw::test {

inline QStringList placementProblems(const Diagram& d)
{
    QStringList found;
    QHash<Id, QRectF> box;
    for (const Group& g : d.groups)
        box.insert(g.id, g.box);
    const auto inside = [&](const QRectF& r, const Id& group) {
        return box.value(group).adjusted(0, kGroupHeader - 2, 0, 0).contains(r);
    };
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const Node& n = d.nodes[i];
        if (!n.group.isEmpty() && !inside(nodeRect(n), n.group))
            found << QStringLiteral("%1 lies outside %2").arg(n.id, n.group);
        for (std::size_t j = i + 1; j < d.nodes.size(); ++j) {
            if (nodeRect(n).intersects(nodeRect(d.nodes[j])))
                found << QStringLiteral("%1 overlaps %2").arg(n.id, d.nodes[j].id);
        }
        for (const Group& g : d.groups) {
            if (g.id != n.group && nodeRect(n).intersects(g.box) && !inside(nodeRect(n), g.id))
                found << QStringLiteral("%1 overlaps the frame of %2").arg(n.id, g.id);
        }
    }
    for (std::size_t i = 0; i < d.groups.size(); ++i) {
        const Group& g = d.groups[i];
        if (!g.parent.isEmpty() && !inside(g.box, g.parent))
            found << QStringLiteral("group %1 lies outside %2").arg(g.id, g.parent);
        for (std::size_t j = i + 1; j < d.groups.size(); ++j) {
            const Group& h = d.groups[j];
            if (h.parent == g.parent && g.box.intersects(h.box))
                found << QStringLiteral("groups %1 and %2 overlap").arg(g.id, h.id);
        }
    }
    return found;
}

} // namespace cw::test
