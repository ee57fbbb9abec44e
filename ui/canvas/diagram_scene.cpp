#include "diagram_scene.h"

#include "document.h"
#include "edge_item.h"
#include "edit/edits.h"
#include "finding_badge.h"
#include "group_item.h"
#include "layout/model_routes.h"
#include "node_item.h"
#include "theme.h"

#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

namespace {

constexpr qreal kSceneMargin = 800.0;

template <typename Item> void dropItem(QHash<Id, Item*>& items, const Id& id)
{
    delete items.take(id);
}

} // namespace

DiagramScene::DiagramScene(Document& document, QObject* parent)
    : QGraphicsScene(parent)
    , m_doc(document)
{
    setBackgroundBrush(theme::kCanvas);
    // Chosen by benchmark (tests/bench/bench_canvas): edges are long thin items, and
    // the BSP index files each one under every cell it crosses. At 10,000 nodes it
    // made a frame take seconds and used 650 MB; a linear scan takes milliseconds.
    setItemIndexMethod(NoIndex);
    connect(&m_doc.model(), &Architecture::modelReset, this, &DiagramScene::rebuild);
    connect(&m_doc.model(), &Architecture::changed, this, &DiagramScene::applyChange);
    rebuild();
    // The scene may go first (a benchmark's) or last (the window's children): look before use.
    m_doc.setSettle(
        [scene = QPointer<DiagramScene>(this)](Architecture& m) { return scene ? scene->fitCards(m) : EditResult(); });
}

DiagramScene::~DiagramScene()
{
    // Items reach back into the scene while being destroyed; drop the maps first.
    m_nodes.clear();
    m_groups.clear();
    m_edges.clear();
}

CanvasItem* DiagramScene::canvasItem(const Id& id) const
{
    if (NodeItem* n = m_nodes.value(id))
        return n;
    if (GroupItem* g = m_groups.value(id))
        return g;
    return m_edges.value(id);
}

// ---- mirroring the model -------------------------------------------------------------

void DiagramScene::rebuild()
{
    cancelGesture();
    m_dropTarget.clear();
    m_nodes.clear();
    m_groups.clear();
    m_edges.clear();
    m_reach.clear();
    m_labels.clear();
    m_unfit.clear();
    clear();
    const Architecture& model = m_doc.model();
    for (const Group& g : model.groups())
        addGroupItem(g);
    for (const Node& n : model.nodes())
        addNodeItem(n);
    m_syncing = true; // edges are routed once every card is in place
    for (const Edge& e : model.edges())
        addEdgeItem(e);
    m_syncing = false;
    m_moved.clear();
    routeForLoad();
    updateGroupDepths();
    setSceneRect(contentRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    // The findings may have been set before the items were rebuilt (both follow a reset).
    m_badged.clear();
    const std::vector<Finding> findings = m_findings;
    setFindings(findings);
}

void DiagramScene::applyChange(const ChangeSummary& s)
{
    const Architecture& model = m_doc.model();
    // Items moved by the syncs below report here; their edges are routed once, at the end.
    m_syncing = true;
    QSet<Id> endsOfRemoved; // the edges left between them take other lanes
    for (const Id& id : s.edgesRemoved) {
        if (EdgeItem* item = m_edges.value(id)) {
            endsOfRemoved.insert(item->from());
            endsOfRemoved.insert(item->to());
        }
        m_reach.remove(id);
        m_labels.remove(id);
        dropItem(m_edges, id);
    }
    for (const Id& id : s.nodesRemoved)
        dropItem(m_nodes, id);
    for (const Id& id : s.groupsRemoved)
        dropItem(m_groups, id);
    if (s.groupsRemoved.contains(m_dropTarget) || s.nodesRemoved.contains(m_dropTarget))
        m_dropTarget.clear();

    for (const Id& id : s.groupsAdded)
        addGroupItem(*model.group(id));
    for (const Id& id : s.nodesAdded)
        addNodeItem(*model.node(id));
    for (const Id& id : s.edgesAdded)
        addEdgeItem(*model.edge(id));

    for (const Id& id : s.groupsChanged) {
        if (GroupItem* item = m_groups.value(id))
            item->sync(*model.group(id), m_doc.catalog(), model.meta().provider);
    }
    if (s.metaChanged) {
        // Service names in the subtitles follow the diagram's provider.
        for (const Node& n : model.nodes()) {
            m_nodes.value(n.id)->sync(n, m_doc.catalog(), model.providerOf(n));
            noteCardFit(n);
        }
        for (const Group& g : model.groups())
            m_groups.value(g.id)->sync(g, m_doc.catalog(), model.meta().provider);
    } else {
        for (const Id& id : s.nodesChanged) {
            const Node* n = model.node(id);
            m_nodes.value(id)->sync(*n, m_doc.catalog(), model.providerOf(*n));
            noteCardFit(*n);
        }
    }
    for (const Id& id : s.edgesChanged)
        syncEdge(m_edges.value(id), *model.edge(id));
    m_syncing = false;
    // Routing is incremental: what changed, the edges at it, and those it now stands in.
    QSet<Id> around = std::exchange(m_moved, {});
    for (const QList<Id>* ids :
        {&s.nodesAdded, &s.nodesChanged, &s.groupsAdded, &s.groupsChanged, &s.nodesRemoved, &s.groupsRemoved}) {
        for (const Id& id : *ids)
            around.insert(id);
    }
    if (s.metaChanged) {
        for (EdgeItem* item : std::as_const(m_edges))
            syncEdge(item, *model.edge(item->id())); // names in the tooltips
    } else {
        for (const QList<Id>* ids : {&s.nodesChanged, &s.groupsChanged}) { // a rename shows in the tooltips
            for (const Id& id : *ids) {
                for (const Id& e : model.edgesAt(id))
                    syncEdge(m_edges.value(e), *model.edge(e));
            }
        }
    }
    rerouteAround(around);
    // A new, removed or restyled edge changes the lanes and ports of the others at its ends.
    for (const QList<Id>* ids : {&s.edgesAdded, &s.edgesChanged}) {
        for (const Id& id : *ids) {
            endsOfRemoved.insert(model.edge(id)->from);
            endsOfRemoved.insert(model.edge(id)->to);
        }
    }
    for (const Id& id : std::as_const(endsOfRemoved))
        routeEdgesAt(id);
    if (!s.groupsAdded.isEmpty() || !s.groupsChanged.isEmpty())
        updateGroupDepths();
    growSceneRect();
    if (!s.nodesAdded.isEmpty() || !s.edgesAdded.isEmpty()) {
        // New items (an undone delete) show the badges they had until the findings update.
        const std::vector<Finding> findings = m_findings;
        setFindings(findings);
    }
}

void DiagramScene::addGroupItem(const Group& g)
{
    auto* item = new GroupItem(g, m_doc.catalog(), m_doc.model().meta().provider);
    m_groups.insert(g.id, item);
    addItem(item);
}

void DiagramScene::addNodeItem(const Node& n)
{
    auto* item = new NodeItem(n, m_doc.catalog(), m_doc.model().providerOf(n));
    m_nodes.insert(n.id, item);
    addItem(item);
    noteCardFit(n);
}

void DiagramScene::addEdgeItem(const Edge& e)
{
    auto* item = new EdgeItem(e);
    m_edges.insert(e.id, item);
    addItem(item);
    syncEdge(item, e);
}

void DiagramScene::setCostTexts(const QHash<Id, QString>& texts)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setCostText(texts.value(it.key()));
}

void DiagramScene::setFindings(const std::vector<Finding>& findings)
{
    m_findings = findings;
    QHash<Id, FindingBadge> badges;
    for (const Finding& f : findings) {
        const QString line
            = QStringLiteral("<p><b style='color:%1'>%2</b> · %3<br>%4<br><i>Fix:</i> %5%6</p>")
                  .arg(theme::severityColor(f.severity).name(), f.title.toHtmlEscaped(), toString(f.severity),
                      f.message.toHtmlEscaped(), f.fix.toHtmlEscaped(),
                      f.suppressed
                          ? QStringLiteral("<br><i>Suppressed: %1</i>").arg(f.suppressedBecause.toHtmlEscaped())
                          : QString());
        for (const QList<Id>* ids : {&f.nodes, &f.edges}) {
            for (const Id& id : *ids) {
                FindingBadge& b = badges[id];
                if (f.suppressed) {
                    ++b.suppressed;
                } else {
                    b.worst = b.count == 0 ? f.severity : std::min(b.worst, f.severity);
                    ++b.count;
                }
                b.tooltip += line;
            }
        }
    }
    auto show = [&](const Id& id, const FindingBadge& badge) {
        if (NodeItem* n = m_nodes.value(id))
            n->setBadge(badge);
        else if (EdgeItem* e = m_edges.value(id))
            e->setBadge(badge);
    };
    for (const Id& id : std::as_const(m_badged)) {
        if (!badges.contains(id))
            show(id, FindingBadge());
    }
    m_badged.clear();
    for (auto it = badges.cbegin(); it != badges.cend(); ++it) {
        show(it.key(), it.value());
        m_badged.insert(it.key());
    }
}

void DiagramScene::updateGroupDepths()
{
    // Inner groups draw over outer ones; all groups under edges and nodes.
    const Architecture& model = m_doc.model();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setZValue(-100.0 + double(model.ancestors(it.key()).size()));
}

QRectF DiagramScene::contentRect() const
{
    QRectF bounds;
    for (const NodeItem* n : m_nodes)
        bounds |= n->frame();
    for (const GroupItem* g : m_groups)
        bounds |= g->frame();
    return bounds.isNull() ? QRectF(0, 0, 800, 600) : bounds;
}

QRectF DiagramScene::cardRect(const Id& id) const
{
    const NodeItem* n = m_nodes.value(id);
    return n ? n->frame() : QRectF();
}

void DiagramScene::growSceneRect()
{
    const QRectF wanted = contentRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
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
    return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
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
    painter->fillRect(rect, theme::kCanvas);
    const qreal scale = painter->worldTransform().m11();
    qreal spacing = kGrid;
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
    QPen pen(theme::kGridDot, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace cw
