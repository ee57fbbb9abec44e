#pragma once

#include "edit/edit_result.h"
#include "view/view_scene.h"

#include <QElapsedTimer>
#include <QHash>

class QGraphicsLineItem;

namespace cw {

class CanvasItem;
class Document;

/// The canvas: the read-only ViewScene (ui/view) with editable items, a grid, and the
/// user's gestures (drop from the palette, drag, resize, connect, nudge, shape a route)
/// turned into single edits through the Document, one undo entry per gesture. It also
/// stores the sizes cards are drawn at back into the model (fitCards).
class DiagramScene : public ViewScene {
    Q_OBJECT

public:
    /// The grid's spacing until Preferences says otherwise (Preferences::gridSize).
    static constexpr qreal kDefaultGrid = 20.0;
    /// Mime type of a palette entry: "node:<kind>", "group:<kind>", "group:subnet:public".
    static QString paletteMimeType() { return QStringLiteral("application/x-cloudwright-entry"); }

    explicit DiagramScene(Document& document, QObject* parent = nullptr);

    Document& document() { return m_doc; }

    /// Ids of the selected items, nodes first, in model order.
    QList<Id> selectedIds() const;
    void selectOnly(const QList<Id>& ids);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(QPointF p) const;
    /// The spacing of the grid drawn, snapped to and stepped by with the arrow keys.
    qreal gridSize() const { return m_grid; }
    void setGridSize(qreal size);

    /// Adds what a palette entry stands for at a scene point, as one undoable edit;
    /// inside a group the new item becomes its member. Returns false if refused.
    bool dropPaletteEntry(const QString& entry, QPointF scenePos);
    /// An edge's style and stored route, as one undoable edit ({} lets the program route it).
    bool setEdgeRoute(const Id& edge, const std::vector<QPointF>& points, EdgeStyle style);
    /// Stores the size of every card drawn bigger or smaller than the model has it (a name
    /// that needs a wider or taller card) and grows the groups around them: the Document
    /// runs it after each edit and after opening (scene_fit.cpp).
    EditResult fitCards(Architecture& model);

Q_SIGNALS:
    void message(const QString& text);
    void itemActivated(const cw::Id& id);
    /// Something the user just added should be in view (the view pans, never zooms).
    void revealRequested(const QRectF& sceneRect);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

    void rebuild() override;
    void applyChange(const ChangeSummary& summary) override;

private:
    enum class Gesture { None, Pending, Move, Resize, Connect, Segment };

    void setDropTarget(const Id& id);
    CanvasItem* topItemAt(QPointF scenePos) const;

    void beginMove(const Id& anchor, QPointF scenePos);
    void updateMove(QPointF scenePos);
    void finishMove();
    void finishConnect(QPointF scenePos);
    void updateSegment(QPointF scenePos);
    void finishSegment();
    void cancelGesture();

    Document& m_doc;
    bool m_snap = true;
    qreal m_grid = kDefaultGrid;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    Id m_anchor;                   ///< the item under the press
    QList<Id> m_moveIds;           ///< what the user asked to move (the selection)
    QHash<Id, QPointF> m_startPos; ///< everything that moves along, at its start
    QPointF m_moveDelta;
    QRectF m_resizeStart;
    QGraphicsLineItem* m_connectLine = nullptr;
    Id m_dropTarget;
    QElapsedTimer m_nudgeClock;          ///< since the last arrow-key step
    int m_nudgeBurst = 0;                ///< steps of one burst merge into one undo entry
    std::vector<QPointF> m_segmentStart; ///< the dragged edge's route at the press
    int m_segment = -1;                  ///< which of its segments is dragged
};

} // namespace cw
