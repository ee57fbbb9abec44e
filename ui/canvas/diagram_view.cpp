#include "diagram_view.h"

#include "accessibility.h"
#include "diagram_scene.h"
#include "document.h"
#include "layout/navigation.h"
#include "view/canvas_item.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.25;
} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::TextAntialiasing, true);
    a11y::describe(this, tr("Diagram canvas"),
        tr("The architecture diagram. Tab and Alt+arrow keys move between nodes, arrow keys move the selection, "
           "Ctrl+K connects the selected node, Delete removes it"));
    setDragMode(RubberBandDrag);
    // Only what the band wholly encloses: a band across a region must not pick the region,
    // and every edge it crosses, along with the two cards it was drawn around.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Full-viewport repaints beat many small ones when edges cross the whole canvas.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(QString());
    connect(scene, &DiagramScene::revealRequested, this, &DiagramView::panToShow);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void DiagramView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::zoomIn()
{
    scaleBy(kStep);
}
void DiagramView::zoomOut()
{
    scaleBy(1.0 / kStep);
}
void DiagramView::zoomToActualSize()
{
    setZoom(1.0);
}

void DiagramView::fitToView()
{
    auto* s = qobject_cast<DiagramScene*>(scene());
    if (!s)
        return;
    const QRectF content = s->contentRect();
    // QGraphicsView::fitInView keeps a fixed margin and ignores scroll bars that come and
    // go; here the content fills the viewport but for kFitMargin pixels on its tighter side.
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kFitMargin, 2 * kFitMargin);
    if (content.isEmpty() || room.width() <= 0 || room.height() <= 0)
        return;
    const qreal factor = std::min(room.width() / content.width(), room.height() / content.height());
    setZoom(std::min(1.0, factor)); // a small diagram stays at its natural size, centred
    centerOn(content.center());
}

void DiagramView::panToShow(const QRectF& sceneRect)
{
    ensureVisible(sceneRect, kFitMargin, kFitMargin);
}

void DiagramView::reveal(const QRectF& sceneRect, const QRectF& first)
{
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kFitMargin, 2 * kFitMargin);
    const qreal fits
        = std::min(room.width() / std::max(1.0, sceneRect.width()), room.height() / std::max(1.0, sceneRect.height()));
    if (fits < zoom()) {
        // Out only as far as names stay readable; what does not fit then is left to a pan.
        const qreal target = std::max(fits, std::min(zoom(), kReadableZoom));
        if (target < zoom())
            setZoom(target);
        if (target > fits) {
            panToShow(first.isNull() ? sceneRect : first);
            return;
        }
    }
    panToShow(sceneRect);
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    // The wheel zooms around the pointer; Shift+wheel scrolls sideways, Ctrl+wheel up and down.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
        QScrollBar* bar = (event->modifiers() & Qt::ShiftModifier) ? horizontalScrollBar() : verticalScrollBar();
        const QPoint delta = event->angleDelta();
        bar->setValue(bar->value() - (delta.y() != 0 ? delta.y() : delta.x()));
        event->accept();
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        scaleBy(std::pow(kStep, steps));
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint d = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    // Alt+arrow: to the nearest card that way (plain arrows nudge the selection).
    if (event->modifiers() == Qt::AltModifier) {
        std::optional<layout::Direction> way;
        switch (event->key()) {
        case Qt::Key_Left: way = layout::Direction::Left; break;
        case Qt::Key_Right: way = layout::Direction::Right; break;
        case Qt::Key_Up: way = layout::Direction::Up; break;
        case Qt::Key_Down: way = layout::Direction::Down; break;
        default: break;
        }
        if (way) {
            const QList<Id> selected = diagramScene()->selectedIds();
            const Diagram& d = diagramScene()->document().model().diagram();
            const Id from = selected.size() == 1 ? selected.front() : Id();
            const Id to = from.isEmpty() ? layout::nextInReadingOrder(d, Id(), true) : layout::nearestInDirection(d, from, *way);
            if (!to.isEmpty())
                selectAndShow(to);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

DiagramScene* DiagramView::diagramScene() const
{
    return static_cast<DiagramScene*>(scene());
}

bool DiagramView::focusNextPrevChild(bool next)
{
    const QList<Id> selected = diagramScene()->selectedIds();
    const Id from = selected.size() == 1 ? selected.front() : Id();
    const Id to = layout::nextInReadingOrder(diagramScene()->document().model().diagram(), from, next);
    if (to.isEmpty() || !hasFocus())
        return QGraphicsView::focusNextPrevChild(next);
    selectAndShow(to);
    return true;
}

void DiagramView::selectAndShow(const Id& id)
{
    diagramScene()->selectOnly({id});
    if (const CanvasItem* item = diagramScene()->canvasItem(id))
        panToShow(item->frame());
}

} // namespace cw
