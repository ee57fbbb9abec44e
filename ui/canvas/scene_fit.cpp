// DiagramScene's cards and the model agree on their sizes: a card drawn at another size
// than nodeRect() (a name that needs two lines or a wider card) has its size stored in
// the model, through the Document, and the groups around it grow to hold it. Core then
// frames, routes and saves the card as drawn (docs/architecture.md, "Card sizes").
#include "diagram_scene.h"

#include "edit/edit_batch.h"
#include "view/node_item.h"

#include <algorithm>

namespace cw {

EditResult DiagramScene::fitCards(Architecture& model)
{
    if (m_unfit.isEmpty())
        return {};
    const QSet<Id> ids = std::exchange(m_unfit, {});
    EditBatch batch(model);
    QList<Id> fitted;
    for (const Node& n : model.nodes()) { // model order, so the undo record is the same every time
        if (!ids.contains(n.id))
            continue;
        const NodeItem* item = m_nodes.value(n.id);
        if (!item)
            continue;
        const QSizeF drawn = item->cardLayout().size;
        if (drawn == nodeRect(n).size())
            continue;
        Node fit = n;
        // The default size stays unstated, as files without w and h have it.
        fit.size = drawn == QSizeF(kNodeWidth, kNodeHeight) ? QSizeF() : drawn;
        batch.put(std::move(fit));
        fitted.append(n.id);
    }
    if (fitted.isEmpty())
        return {};
    // A card grows right and down from where it stands, so its frames grow only there
    // (growGroupsToHold would also push a frame's other sides out to the full padding,
    // moving frames a file or the grid placed).
    for (const Id& id : std::as_const(fitted)) {
        QRectF frame = nodeRect(*batch.node(id));
        Id current = batch.node(id)->group;
        for (int depth = 0; !current.isEmpty() && depth < kMaxGroupDepth; ++depth) {
            const Group* g = batch.group(current);
            if (!g)
                break;
            QRectF box = g->box;
            box.setRight(std::max(box.right(), frame.right() + kGroupPadding));
            box.setBottom(std::max(box.bottom(), frame.bottom() + kGroupPadding));
            if (box == g->box)
                break;
            Group grown = *g;
            grown.box = box;
            frame = box;
            current = grown.parent;
            batch.put(std::move(grown));
        }
    }
    return batch.commit(model, tr("Fit Cards to Their Names"));
}

} // namespace cw
