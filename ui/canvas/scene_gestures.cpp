// DiagramScene's gestures: each drag, resize, connection or nudge becomes one edit
// (one undo entry), requested from the Document when the gesture ends.
#include "diagram_scene.h"

#include "document.h"
#include "edit/edits.h"
#include "theme.h"
#include "view/edge_item.h"
#include "view/group_item.h"
#include "view/node_item.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

#include <algorithm>
#include <functional>
#include <utility>

namespace cw {

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_gesture != Gesture::None) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF at = event->scenePos();
    CanvasItem* hit = topItemAt(at);
    if (auto* node = dynamic_cast<NodeItem*>(hit); node && node->onHandle(at)) {
        m_gesture = Gesture::Connect;
        m_anchor = node->id();
        m_connectLine = new QGraphicsLineItem(QLineF(node->handleCenter(), at));
        QPen pen(theme::colors().selection, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        m_connectLine->setPen(pen);
        m_connectLine->setZValue(1000);
        addItem(m_connectLine);
        event->accept();
        return;
    }
    if (auto* group = dynamic_cast<GroupItem*>(hit); group && group->onResizeGrip(at)) {
        m_gesture = Gesture::Resize;
        m_anchor = group->id();
        m_resizeStart = group->frame();
        event->accept();
        return;
    }
    if (auto* edge = dynamic_cast<EdgeItem*>(hit);
        edge && edge->isSelected() && edge->style() == EdgeStyle::Orthogonal) {
        // A segment of a selected edge moves across its own direction.
        m_segment = edge->segmentAt(at);
        if (m_segment >= 0) {
            m_gesture = Gesture::Segment;
            m_anchor = edge->id();
            m_pressPos = at;
            m_segmentStart = edge->route();
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event); // selection, as Qt users expect it
    if (hit && hit->entityType() != EntityType::Edge && hit->isSelected()) {
        m_gesture = Gesture::Pending;
        m_anchor = hit->id();
        m_pressPos = at;
        event->accept();
    }
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    const QPointF at = event->scenePos();
    switch (m_gesture) {
    case Gesture::None: QGraphicsScene::mouseMoveEvent(event); return;
    case Gesture::Pending:
        if (QLineF(event->screenPos(), event->buttonDownScreenPos(Qt::LeftButton)).length()
            < QApplication::startDragDistance())
            return;
        beginMove(m_anchor, m_pressPos);
        updateMove(at);
        return;
    case Gesture::Move: updateMove(at); return;
    case Gesture::Resize: {
        GroupItem* group = m_groups.value(m_anchor);
        if (!group)
            return;
        const QPointF corner = snapped(at);
        group->setSize(QSizeF(std::max(kMinGroupWidth, corner.x() - m_resizeStart.left()),
            std::max(kMinGroupHeight, corner.y() - m_resizeStart.top())));
        itemMoved(m_anchor); // its title bar and the edges at it
        return;
    }
    case Gesture::Segment: updateSegment(at); return;
    case Gesture::Connect: {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), at));
        CanvasItem* target = topItemAt(at);
        const bool valid = target && target->entityType() != EntityType::Edge && target->id() != m_anchor;
        setDropTarget(valid ? target->id() : Id());
        return;
    }
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::None:
    case Gesture::Pending: QGraphicsScene::mouseReleaseEvent(event); break;
    case Gesture::Move: finishMove(); break;
    case Gesture::Resize:
        if (GroupItem* group = m_groups.value(m_anchor)) {
            const QRectF box(m_resizeStart.topLeft(), group->size());
            if (box != m_resizeStart
                && !m_doc.request([&](Architecture& m) { return edit::resizeGroup(m, m_anchor, box); }))
                group->sync(*m_doc.model().group(m_anchor), m_doc.catalog(), m_doc.model().meta().provider);
        }
        break;
    case Gesture::Connect: finishConnect(event->scenePos()); break;
    case Gesture::Segment: finishSegment(); break;
    }
    m_anchor.clear();
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (CanvasItem* hit = topItemAt(event->scenePos()))
        Q_EMIT itemActivated(hit->id());
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::beginMove(const Id& anchor, QPointF pressPos)
{
    m_gesture = Gesture::Move;
    m_anchor = anchor;
    m_pressPos = pressPos;
    m_moveDelta = QPointF();
    m_moveIds.clear();
    m_startPos.clear();
    const Architecture& model = m_doc.model();
    // A group carries everything inside it.
    std::function<void(const Id&)> carry = [&](const Id& id) {
        if (CanvasItem* item = canvasItem(id); item && !m_startPos.contains(id)) {
            m_startPos.insert(id, item->pos());
            for (const Id& n : model.nodesIn(id))
                carry(n);
            for (const Id& g : model.groupsIn(id))
                carry(g);
        }
    };
    for (const Id& id : selectedIds()) {
        if (model.typeOf(id) == EntityType::Edge)
            continue;
        m_moveIds.append(id);
        carry(id);
    }
}

void DiagramScene::updateMove(QPointF scenePos)
{
    QPointF delta = scenePos - m_pressPos;
    if (m_snap && m_startPos.contains(m_anchor)) {
        // Snap the item under the mouse to the grid; the rest keeps its offsets.
        const QPointF start = m_startPos.value(m_anchor);
        delta = snapped(start + delta) - start;
    }
    m_moveDelta = delta;
    for (auto it = m_startPos.cbegin(); it != m_startPos.cend(); ++it) {
        if (CanvasItem* item = canvasItem(it.key()))
            item->setPos(it.value() + delta);
    }
    // Show where a dragged node will land: the group core will put it in.
    if (const Node* n = m_doc.model().node(m_anchor)) {
        const Id target = edit::regroupAfterMove(m_doc.model(), {m_anchor}, delta).value(m_anchor, n->group);
        setDropTarget(target);
    }
}

void DiagramScene::finishMove()
{
    setDropTarget({});
    const QPointF delta = m_moveDelta;
    const QHash<Id, QPointF> start = m_startPos;
    m_startPos.clear();
    // Which group each item joins is the model's rule (edit::regroupAfterMove), not the scene's.
    const QHash<Id, Id> regroup = edit::regroupAfterMove(m_doc.model(), m_moveIds, delta);
    if (delta.isNull() && regroup.isEmpty())
        return;
    if (!m_doc.request([&](Architecture& m) { return edit::moveItems(m, m_moveIds, delta, regroup); })) {
        // Refused: put everything back where the model has it.
        for (auto it = start.cbegin(); it != start.cend(); ++it) {
            if (CanvasItem* item = canvasItem(it.key()))
                item->setPos(it.value());
        }
    }
}

void DiagramScene::finishConnect(QPointF scenePos)
{
    setDropTarget({});
    delete m_connectLine;
    m_connectLine = nullptr;
    CanvasItem* target = topItemAt(scenePos);
    if (!target || target->entityType() == EntityType::Edge || target->id() == m_anchor)
        return;
    const Architecture& model = m_doc.model();
    const Node* from = model.node(m_anchor);
    const Node* to = model.node(target->id());
    const EdgeKind kind = m_doc.catalog().proposeEdgeKind(from ? from->kind : QString(), to ? to->kind : QString());
    const Id targetId = target->id();
    QList<Id> created;
    if (m_doc.request([&](Architecture& m) { return edit::connect(m, m_anchor, targetId, kind); }, &created))
        selectOnly(created);
}

void DiagramScene::cancelGesture()
{
    if (m_gesture == Gesture::Move) {
        for (auto it = m_startPos.cbegin(); it != m_startPos.cend(); ++it) {
            if (CanvasItem* item = canvasItem(it.key()))
                item->setPos(it.value());
        }
    }
    if (m_gesture == Gesture::Segment) {
        if (EdgeItem* item = m_edges.value(m_anchor))
            item->setRoute(m_segmentStart);
        m_segmentStart.clear();
    }
    delete m_connectLine;
    m_connectLine = nullptr;
    m_startPos.clear();
    m_gesture = Gesture::None;
    setDropTarget({});
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    QPointF step;
    const qreal unit = event->modifiers() & Qt::ShiftModifier ? 1.0 : m_grid;
    switch (event->key()) {
    case Qt::Key_Left: step = QPointF(-unit, 0); break;
    case Qt::Key_Right: step = QPointF(unit, 0); break;
    case Qt::Key_Up: step = QPointF(0, -unit); break;
    case Qt::Key_Down: step = QPointF(0, unit); break;
    case Qt::Key_Escape:
        if (m_gesture != Gesture::None) {
            cancelGesture();
            event->accept();
            return;
        }
        break;
    default: break;
    }
    const QList<Id> ids = selectedIds();
    if (!step.isNull() && !ids.isEmpty() && m_gesture == Gesture::None) {
        // Steps in quick succession are one burst, hence one undo entry.
        constexpr qint64 kBurstPauseMs = 1000;
        if (!m_nudgeClock.isValid() || m_nudgeClock.elapsed() > kBurstPauseMs)
            ++m_nudgeBurst;
        m_nudgeClock.start();
        m_doc.request([&](Architecture& m) { return edit::nudgeItems(m, ids, step, m_nudgeBurst); });
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace cw
