#pragma once

#include "edit/edit_result.h"
#include "layout/edge_router.h"
#include "model/architecture.h"
#include "rules/finding.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

class QGraphicsLineItem;

namespace cw {

class CanvasItem;
struct FindingBadge;
class Document;
class EdgeItem;
class GroupItem;
class NodeItem;

/// The canvas: a projection of the model, one item per node, group and edge, keyed
/// by id. It rebuilds or updates items when the model changes, and turns the user's
/// gestures (drop from the palette, drag, resize, connect, nudge) into single edits
/// through the Document, one undo entry per gesture.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr qreal kGrid = 20.0;
    /// Mime type of a palette entry: "node:<kind>", "group:<kind>", "group:subnet:public".
    static QString paletteMimeType() { return QStringLiteral("application/x-cloudwright-entry"); }

    explicit DiagramScene(Document& document, QObject* parent = nullptr);
    ~DiagramScene() override;

    Document& document() { return m_doc; }
    NodeItem* nodeItem(const Id& id) const { return m_nodes.value(id); }
    GroupItem* groupItem(const Id& id) const { return m_groups.value(id); }
    EdgeItem* edgeItem(const Id& id) const { return m_edges.value(id); }
    CanvasItem* canvasItem(const Id& id) const;
    qsizetype itemCount() const { return m_nodes.size() + m_groups.size() + m_edges.size(); }

    /// Ids of the selected items, nodes first, in model order.
    QList<Id> selectedIds() const;
    void selectOnly(const QList<Id>& ids);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(QPointF p) const;

    /// Adds what a palette entry stands for at a scene point, as one undoable edit;
    /// inside a group the new item becomes its member. Returns false if refused.
    bool dropPaletteEntry(const QString& entry, QPointF scenePos);
    /// The bounds of everything drawn.
    QRectF contentRect() const;
    /// A card's rect in scene coordinates, as drawn: its size comes from its content
    /// (card_layout.h) or the file's layout w and h. Null for an unknown id.
    QRectF cardRect(const Id& id) const;

    /// Items report their moves here so that attached edges follow (re-routed at once).
    void itemMoved(const Id& id);
    /// Where a node's card or a group's frame is drawn now, in scene coordinates: what
    /// edges are routed from and around.
    QRectF rectOf(const Id& id) const;
    /// Routes every edge again from scratch.
    void rerouteAll();
    /// What loading does: every edge routed at once in a small diagram; past
    /// kRouteAtOnceUpTo edges each gets a draft (its plain route) and the proper routes
    /// follow in slices of the event loop, so a big diagram shows without waiting.
    void routeForLoad();
    static constexpr qsizetype kRouteAtOnceUpTo = 2000;
    /// Routes what routeForLoad() left for later, now (tests, benchmarks, images).
    void finishRoutes();
    /// How many edges still have their draft route.
    qsizetype routesPending() const { return qsizetype(m_pendingRoutes.size()); }
    /// Routes the edges at these nodes and groups, and those whose route now runs
    /// through one of them. Returns how many were routed.
    qsizetype rerouteAround(const QSet<Id>& ids);
    /// An edge's style and stored route, as one undoable edit ({} lets the program route it).
    bool setEdgeRoute(const Id& edge, const std::vector<QPointF>& points, EdgeStyle style);
    /// Shows findings as badges on the nodes and edges they name.
    void setFindings(const std::vector<Finding>& findings);
    /// Shows each node's monthly cost on its card; nodes not named show none.
    void setCostTexts(const QHash<Id, QString>& texts);
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

private:
    enum class Gesture { None, Pending, Move, Resize, Connect, Segment };

    void rebuild();
    void applyChange(const ChangeSummary& summary);
    void addGroupItem(const Group& group);
    void addNodeItem(const Node& node);
    void addEdgeItem(const Edge& edge);
    void routeEdge(EdgeItem* item, bool draft = false);
    void refineRoutes(); ///< one slice of the routes left for later
    void routeEdgesAt(const Id& id);
    void refreshObstacle(const Id& id);
    QPointF liveDelta(const Id& id) const;
    QString endName(const Id& id) const;
    void syncEdge(EdgeItem* item, const Edge& edge);
    void placeLabel(EdgeItem* item);
    void updateGroupDepths();
    void noteCardFit(const Node& node);
    void growSceneRect();
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
    QHash<Id, NodeItem*> m_nodes;
    QHash<Id, GroupItem*> m_groups;
    QHash<Id, EdgeItem*> m_edges;
    std::vector<Id> m_pendingRoutes; ///< edges with a draft route, routed in slices
    QTimer* m_refineTimer = nullptr;
    bool m_snap = true;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    Id m_anchor;                   ///< the item under the press
    QList<Id> m_moveIds;           ///< what the user asked to move (the selection)
    QHash<Id, QPointF> m_startPos; ///< everything that moves along, at its start
    QPointF m_moveDelta;
    QRectF m_resizeStart;
    QGraphicsLineItem* m_connectLine = nullptr;
    Id m_dropTarget;
    QElapsedTimer m_nudgeClock;             ///< since the last arrow-key step
    int m_nudgeBurst = 0;                   ///< steps of one burst merge into one undo entry
    std::vector<QPointF> m_segmentStart;    ///< the dragged edge's route at the press
    int m_segment = -1;                     ///< which of its segments is dragged
    routing::EdgeRouter m_router;           ///< cards and title bars as drawn now
    bool m_syncing = false;                 ///< applying a change: moves are routed once, after it
    QSet<Id> m_moved;                       ///< items that reported moves while syncing
    QSet<Id> m_unfit;                       ///< cards drawn at another size than nodeRect()
    QHash<Id, std::vector<QRectF>> m_reach; ///< per edge: where obstacles shape its route
    routing::ObstacleIndex m_labels;        ///< edge labels as placed, so others keep clear
    QSet<Id> m_badged;                      ///< items showing a badge now
    std::vector<Finding> m_findings;
};

} // namespace cw
