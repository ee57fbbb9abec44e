#include "view_scene.h"

#include "edge_item.h"
#include "finding_badge.h"
#include "group_item.h"
#include "node_item.h"
#include "theme.h"

#include <algorithm>
#include <utility>

namespace cw {

namespace {

constexpr qreal kSceneMargin = 800.0;

template <typename Item> void dropItem(QHash<Id, Item*>& items, const Id& id)
{
    delete items.take(id);
}

} // namespace

ViewScene::ViewScene(const Architecture& model, const Catalog& catalog, QObject* parent)
    : ViewScene(model, catalog, false, parent)
{
}

ViewScene::ViewScene(const Architecture& model, const Catalog& catalog, bool editable, QObject* parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_catalog(catalog)
    , m_editable(editable)
{
    // Chosen by benchmark (tests/bench/bench_canvas): edges are long thin items, and
    // the BSP index files each one under every cell it crosses. At 10,000 nodes it
    // made a frame take seconds and used 650 MB; a linear scan takes milliseconds.
    setItemIndexMethod(NoIndex);
    connect(&m_model, &Architecture::modelReset, this, &ViewScene::rebuild);
    connect(&m_model, &Architecture::changed, this, &ViewScene::applyChange);
    build();
}

ViewScene::~ViewScene()
{
    // Items reach back into the scene while being destroyed; drop the maps first.
    m_nodes.clear();
    m_groups.clear();
    m_edges.clear();
}

CanvasItem* ViewScene::canvasItem(const Id& id) const
{
    if (NodeItem* n = m_nodes.value(id))
        return n;
    if (GroupItem* g = m_groups.value(id))
        return g;
    return m_edges.value(id);
}

void ViewScene::setEditableFlags(CanvasItem* item) const
{
    // The read-only view takes no mouse: no selection, no hover, so no handles either.
    if (!m_editable) {
        item->setFlag(QGraphicsItem::ItemIsSelectable, false);
        item->setAcceptHoverEvents(false);
    }
}

// ---- mirroring the model -------------------------------------------------------------

void ViewScene::rebuild()
{
    build();
}

void ViewScene::build()
{
    m_nodes.clear();
    m_groups.clear();
    m_edges.clear();
    m_reach.clear();
    m_labels.clear();
    m_unfit.clear();
    clear();
    const Architecture& model = m_model;
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

void ViewScene::applyChange(const ChangeSummary& s)
{
    const Architecture& model = m_model;
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

    for (const Id& id : s.groupsAdded)
        addGroupItem(*model.group(id));
    for (const Id& id : s.nodesAdded)
        addNodeItem(*model.node(id));
    for (const Id& id : s.edgesAdded)
        addEdgeItem(*model.edge(id));

    for (const Id& id : s.groupsChanged) {
        if (GroupItem* item = m_groups.value(id))
            item->sync(*model.group(id), m_catalog, model.meta().provider);
    }
    if (s.metaChanged) {
        // Service names in the subtitles follow the diagram's provider.
        for (const Node& n : model.nodes()) {
            m_nodes.value(n.id)->sync(n, m_catalog, model.providerOf(n));
            noteCardFit(n);
        }
        for (const Group& g : model.groups())
            m_groups.value(g.id)->sync(g, m_catalog, model.meta().provider);
    } else {
        for (const Id& id : s.nodesChanged) {
            const Node* n = model.node(id);
            m_nodes.value(id)->sync(*n, m_catalog, model.providerOf(*n));
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
    // Only what changed can poke out of the scene rect (it was grown to hold the rest),
    // so a move does not look at all 10,000 cards.
    QRectF changed;
    for (const Id& id : std::as_const(around))
        changed |= rectOf(id);
    growSceneRect(s.metaChanged ? contentRect() : changed);
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
    if (!s.nodesAdded.isEmpty() || !s.edgesAdded.isEmpty()) {
        // New items (an undone delete) show the badges they had until the findings update.
        const std::vector<Finding> findings = m_findings;
        setFindings(findings);
    }
}

void ViewScene::addGroupItem(const Group& g)
{
    auto* item = new GroupItem(g, m_catalog, m_model.meta().provider);
    setEditableFlags(item);
    m_groups.insert(g.id, item);
    addItem(item);
}

void ViewScene::addNodeItem(const Node& n)
{
    auto* item = new NodeItem(n, m_catalog, m_model.providerOf(n));
    setEditableFlags(item);
    item->setServiceModelShown(m_serviceModels);
    m_nodes.insert(n.id, item);
    addItem(item);
    noteCardFit(n);
}

void ViewScene::addEdgeItem(const Edge& e)
{
    auto* item = new EdgeItem(e);
    setEditableFlags(item);
    m_edges.insert(e.id, item);
    addItem(item);
    syncEdge(item, e);
}

void ViewScene::setCostTexts(const QHash<Id, QString>& texts)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setCostText(texts.value(it.key()));
}

void ViewScene::setServiceModelOverlay(bool on)
{
    m_serviceModels = on;
    for (NodeItem* item : std::as_const(m_nodes))
        item->setServiceModelShown(on);
}

void ViewScene::setFindings(const std::vector<Finding>& findings)
{
    m_findings = findings;
    QHash<Id, FindingBadge> badges;
    for (const Finding& f : findings) {
        const QString line
            = tr("<p><b style='color:%1'>%2</b> · %3<br>%4<br><i>Fix:</i> %5%6</p>")
                  .arg(theme::severityColor(f.severity).name(), f.title.toHtmlEscaped(), severityDisplayName(f.severity),
                      f.message.toHtmlEscaped(), f.fix.toHtmlEscaped(),
                      f.suppressed ? tr("<br><i>Suppressed: %1</i>").arg(f.suppressedBecause.toHtmlEscaped())
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

void ViewScene::updateGroupDepths()
{
    // Inner groups draw over outer ones; all groups under edges and nodes.
    const Architecture& model = m_model;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setZValue(-100.0 + double(model.ancestors(it.key()).size()));
}

QRectF ViewScene::contentRect() const
{
    QRectF bounds;
    for (const NodeItem* n : m_nodes)
        bounds |= n->frame();
    for (const GroupItem* g : m_groups)
        bounds |= g->frame();
    return bounds.isNull() ? QRectF(0, 0, 800, 600) : bounds;
}

QRectF ViewScene::drawnRect() const
{
    QRectF bounds = contentRect();
    for (const EdgeItem* e : m_edges)
        bounds |= e->sceneBoundingRect();
    return bounds;
}

QRectF ViewScene::cardRect(const Id& id) const
{
    const NodeItem* n = m_nodes.value(id);
    return n ? n->frame() : QRectF();
}

void ViewScene::growSceneRect(const QRectF& content)
{
    if (content.isNull())
        return;
    const QRectF wanted = content.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

void ViewScene::noteCardFit(const Node& node)
{
    const NodeItem* item = m_nodes.value(node.id);
    if (item && item->cardLayout().size != nodeRect(node).size())
        m_unfit.insert(node.id);
    else
        m_unfit.remove(node.id);
}

bool presentationLook(const QGraphicsItem* item)
{
    const auto* scene = qobject_cast<const ViewScene*>(item->scene());
    return scene && scene->presentationLook();
}

void ViewScene::setPresentationLook(bool on)
{
    if (m_presentationLook == on)
        return;
    m_presentationLook = on;
    update();
}

} // namespace cw
