#pragma once

#include "layout/edge_router.h"
#include "model/architecture.h"
#include "rules/finding.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace cw {

class CanvasItem;
class Catalog;
class EdgeItem;
class GroupItem;
class NodeItem;

/// The diagram drawn from the model, the catalog, the findings and the costs: one item
/// per node, group and edge, keyed by id, with cards fitted to their text, edges routed
/// around them and labels placed. It follows the model's signals and never edits it.
/// Read-only as it is (images, reports, thumbnails: nothing selectable, no hover, no
/// grid); the editor's DiagramScene (ui/canvas) derives from it and adds the gestures.
class ViewScene : public QGraphicsScene {
    Q_OBJECT

public:
    /// model and catalog must outlive the scene.
    ViewScene(const Architecture& model, const Catalog& catalog, QObject* parent = nullptr);
    ~ViewScene() override;

    const Architecture& model() const { return m_model; }
    const Catalog& catalog() const { return m_catalog; }
    /// True for the editor's scene: items are selectable and show hover, handles and
    /// selection; false for the read-only view, whose items draw only the diagram.
    bool isEditable() const { return m_editable; }

    NodeItem* nodeItem(const Id& id) const { return m_nodes.value(id); }
    GroupItem* groupItem(const Id& id) const { return m_groups.value(id); }
    EdgeItem* edgeItem(const Id& id) const { return m_edges.value(id); }
    CanvasItem* canvasItem(const Id& id) const;
    qsizetype itemCount() const { return m_nodes.size() + m_groups.size() + m_edges.size(); }

    /// The bounds of every card and group frame.
    QRectF contentRect() const;
    /// The bounds of everything drawn: cards, frames, edges with their labels and badges.
    QRectF drawnRect() const;
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
    /// Shows findings as badges on the nodes and edges they name.
    void setFindings(const std::vector<Finding>& findings);
    /// Shows each node's monthly cost on its card; nodes not named show none.
    void setCostTexts(const QHash<Id, QString>& texts);
    /// Draws every card in its kind's service-model colour with the model's name (view
    /// state: nothing in the model changes); off restores the normal cards.
    void setServiceModelOverlay(bool on);
    bool serviceModelOverlay() const { return m_serviceModels; }
    /// The presentation look (presentation mode): stronger card borders and edges, darker
    /// labels, no grid; a look only, the layout stays as it is.
    void setPresentationLook(bool on);
    bool presentationLook() const { return m_presentationLook; }

protected:
    /// For DiagramScene: the same scene with editable items.
    ViewScene(const Architecture& model, const Catalog& catalog, bool editable, QObject* parent);

    /// Builds every item again from the model (on reset).
    virtual void rebuild();
    /// Updates the items a change touched, and the routes around them.
    virtual void applyChange(const ChangeSummary& summary);
    void routeEdge(EdgeItem* item, bool draft = false);
    void routeEdgesAt(const Id& id);
    /// Grows the scene rect to hold content (cards and frames) with a margin; never shrinks it.
    void growSceneRect(const QRectF& content);
    /// Notes whether a card is drawn at another size than the model has it.
    void noteCardFit(const Node& node);

    QHash<Id, NodeItem*> m_nodes;
    QHash<Id, GroupItem*> m_groups;
    QHash<Id, EdgeItem*> m_edges;
    QSet<Id> m_unfit; ///< cards drawn at another size than nodeRect()

private:
    void build();
    void addGroupItem(const Group& group);
    void addNodeItem(const Node& node);
    void addEdgeItem(const Edge& edge);
    void setEditableFlags(CanvasItem* item) const;
    void refineRoutes(); ///< one slice of the routes left for later
    void refreshObstacle(const Id& id);
    QPointF liveDelta(const Id& id) const;
    QString endName(const Id& id) const;
    void syncEdge(EdgeItem* item, const Edge& edge);
    void placeLabel(EdgeItem* item);
    void updateGroupDepths();

    const Architecture& m_model;
    const Catalog& m_catalog;
    const bool m_editable;
    std::vector<Id> m_pendingRoutes; ///< edges with a draft route, routed in slices
    QTimer* m_refineTimer = nullptr;
    routing::EdgeRouter m_router;           ///< cards and title bars as drawn now
    bool m_syncing = false;                 ///< applying a change: moves are routed once, after it
    QSet<Id> m_moved;                       ///< items that reported moves while syncing
    QHash<Id, std::vector<QRectF>> m_reach; ///< per edge: where obstacles shape its route
    routing::ObstacleIndex m_labels;        ///< edge labels as placed, so others keep clear
    QSet<Id> m_badged;                      ///< items showing a badge now
    std::vector<Finding> m_findings;
    bool m_serviceModels = false; ///< the service-model overlay is on
    bool m_presentationLook = false;
};

/// Whether an item is drawn in a ViewScene with the presentation look on.
bool presentationLook(const QGraphicsItem* item);

} // namespace cw
