#include "diagram_scene.h"

#include "appearance.h"

#include "document.h"
#include "edit/edits.h"
#include "theme.h"
#include "view/edge_item.h"
#include "view/group_item.h"
#include "view/node_item.h"

#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

DiagramScene::DiagramScene(Document& document, QObject* parent)
    : ViewScene(document.model(), document.catalog(), true, parent)
    , m_doc(document)
{
    setBackgroundBrush(theme::colors().canvas);
    connect(&Appearance::instance(), &Appearance::changed, this, [this] {
        setBackgroundBrush(theme::colors().canvas);
        update();
    });
    // The scene may go first (a benchmark's) or last (the window's children): look before use.
    m_doc.setSettle(
        [scene = QPointer<DiagramScene>(this)](Architecture& m) { return scene ? scene->fitCards(m) : EditResult(); });
}

void DiagramScene::rebuild()
{
    cancelGesture();
    m_dropTarget.clear();
    ViewScene::rebuild();
}

void DiagramScene::applyChange(const ChangeSummary& s)
{
    // The highlighted drop target's item goes with it; nothing is left to un-highlight.
    if (s.groupsRemoved.contains(m_dropTarget) || s.nodesRemoved.contains(m_dropTarget))
        m_dropTarget.clear();
    ViewScene::applyChange(s);
}

// ---- selection and lookup ------------------------------------------------------------

QList<Id> DiagramScene::selectedIds() const
{
    QList<Id> ids;
    const QList<QGraphicsItem*> items = selectedItems();
    QSet<Id> selected;
    for (QGraphicsItem* item : items) {
        if (auto* c = dynamic_cast<CanvasItem*>(item))
            selected.insert(c->id());
    }
    const Architecture& model = m_doc.model();
    for (const Node& n : model.nodes()) {
        if (selected.contains(n.id))
            ids.append(n.id);
    }
    for (const Group& g : model.groups()) {
        if (selected.contains(g.id))
            ids.append(g.id);
    }
    for (const Edge& e : model.edges()) {
        if (selected.contains(e.id))
            ids.append(e.id);
    }
    return ids;
}

void DiagramScene::selectOnly(const QList<Id>& ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const Id& id : ids) {
        if (CanvasItem* item = canvasItem(id))
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QPointF DiagramScene::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_grid) * m_grid, std::round(p.y() / m_grid) * m_grid);
}

void DiagramScene::setGridSize(qreal size)
{
    if (size <= 0 || size == m_grid)
        return;
    m_grid = size;
    invalidate(sceneRect(), BackgroundLayer); // the views cache their background
}

CanvasItem* DiagramScene::topItemAt(QPointF scenePos) const
{
    const QList<QGraphicsItem*> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem* item : hits) {
        if (auto* c = dynamic_cast<CanvasItem*>(item))
            return c;
    }
    return nullptr;
}

void DiagramScene::setDropTarget(const Id& id)
{
    if (id == m_dropTarget)
        return;
    if (GroupItem* old = m_groups.value(m_dropTarget))
        old->setDropHighlight(false);
    if (NodeItem* old = m_nodes.value(m_dropTarget))
        old->setDropHighlight(false);
    m_dropTarget = id;
    if (GroupItem* g = m_groups.value(id))
        g->setDropHighlight(true);
    if (NodeItem* n = m_nodes.value(id))
        n->setDropHighlight(true);
}

// ---- palette drops -------------------------------------------------------------------

bool DiagramScene::dropPaletteEntry(const QString& entry, QPointF scenePos)
{
    const QStringList parts = entry.split(QLatin1Char(':'));
    const Id group = edit::groupAt(m_doc.model(), scenePos);
    Document::Edit request;
    if (parts.value(0) == QLatin1String("node") && parts.size() == 2) {
        edit::NewNode spec;
        spec.kind = parts[1];
        spec.pos = snapped(scenePos - QPointF(kNodeWidth / 2, kNodeHeight / 2));
        spec.group = group;
        request = [&, spec](Architecture& m) { return edit::addNode(m, m_doc.catalog(), spec); };
    } else if (entry.startsWith(QLatin1String("group:"))) {
        // The catalog's palette entry gives the group kind, its size and its props.
        const PaletteGroup* paletteGroup = m_doc.catalog().paletteGroup(entry.mid(6));
        if (!paletteGroup) {
            Q_EMIT message(tr("Unknown palette entry %1").arg(entry));
            return false;
        }
        edit::NewGroup spec;
        spec.kind = paletteGroup->kind;
        const QSizeF size = paletteGroup->size;
        spec.box = QRectF(snapped(scenePos - QPointF(size.width() / 2, GroupItem::kTitleHeight / 2)), size);
        spec.parent = group;
        spec.props = paletteGroup->props;
        spec.name = paletteGroup->groupName(m_doc.model().meta().provider);
        request = [&, spec](Architecture& m) { return edit::addGroup(m, m_doc.catalog(), spec); };
    } else {
        Q_EMIT message(tr("Unknown palette entry %1").arg(entry));
        return false;
    }
    QList<Id> created;
    if (!m_doc.request(request, &created))
        return false;
    selectOnly(created);
    QRectF added;
    for (const Id& id : std::as_const(created)) {
        if (const CanvasItem* item = canvasItem(id))
            added |= item->frame();
    }
    if (!added.isNull())
        Q_EMIT revealRequested(added);
    return true;
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event)
{
    if (event->mimeData()->hasFormat(paletteMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event)
{
    // Without this override QGraphicsScene asks the items, which refuse, and no drop arrives.
    if (!event->mimeData()->hasFormat(paletteMimeType())) {
        event->ignore();
        return;
    }
    setDropTarget(edit::groupAt(m_doc.model(), event->scenePos()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DiagramScene::dragLeaveEvent(QGraphicsSceneDragDropEvent* event)
{
    setDropTarget({});
    event->accept();
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent* event)
{
    setDropTarget({});
    if (!event->mimeData()->hasFormat(paletteMimeType())) {
        event->ignore();
        return;
    }
    const QString entry = QString::fromUtf8(event->mimeData()->data(paletteMimeType()));
    if (dropPaletteEntry(entry, event->scenePos())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    if (presentationLook()) {
        // High contrast, and nothing to draw the eye but the diagram (the dark theme keeps its canvas).
        painter->fillRect(rect, theme::isDark() ? theme::colors().canvas : QColor(Qt::white));
        return;
    }
    painter->fillRect(rect, theme::colors().canvas);
    const qreal scale = painter->worldTransform().m11();
    qreal spacing = m_grid;
    while (spacing * scale < 12)
        spacing *= 5; // keep dots at least 12 pixels apart
    const qreal left = std::floor(rect.left() / spacing) * spacing;
    const qreal top = std::floor(rect.top() / spacing) * spacing;
    QVector<QPointF> dots;
    dots.reserve(int((rect.width() / spacing + 2) * (rect.height() / spacing + 2)));
    for (qreal x = left; x <= rect.right(); x += spacing) {
        for (qreal y = top; y <= rect.bottom(); y += spacing)
            dots.append(QPointF(x, y));
    }
    QPen pen(theme::colors().gridDot, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace cw
