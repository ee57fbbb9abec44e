#include "architecture.h"

#include <QSet>

#include <algorithm>

namespace cw {

namespace {
const QList<Id> kNoIds;

template <typename T> constexpr EntityType entityTypeOf();
template <> constexpr EntityType entityTypeOf<Node>()
{
    return EntityType::Node;
}
template <> constexpr EntityType entityTypeOf<Group>()
{
    return EntityType::Group;
}
template <> constexpr EntityType entityTypeOf<Edge>()
{
    return EntityType::Edge;
}
} // namespace

bool ChangeSummary::isEmpty() const
{
    return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && nodesChanged.isEmpty() && groupsAdded.isEmpty()
        && groupsRemoved.isEmpty() && groupsChanged.isEmpty() && edgesAdded.isEmpty() && edgesRemoved.isEmpty()
        && edgesChanged.isEmpty() && !metaChanged && !scenariosChanged;
}

namespace {
// The ids a change touched other than by moving or resizing them.
QSet<Id> touchedInSubstance(const ChangeSummary& s)
{
    QSet<Id> ids;
    for (const QList<Id>* list :
        {&s.nodesAdded, &s.nodesRemoved, &s.groupsAdded, &s.groupsRemoved, &s.edgesAdded, &s.edgesRemoved}) {
        for (const Id& id : *list)
            ids.insert(id);
    }
    for (const QList<Id>* list : {&s.nodesChanged, &s.groupsChanged, &s.edgesChanged}) {
        for (const Id& id : *list) {
            if (!s.layoutChanged.contains(id))
                ids.insert(id);
        }
    }
    return ids;
}
} // namespace

void ChangeSummary::merge(const ChangeSummary& later)
{
    if (later.isEmpty())
        return;
    if (isEmpty()) {
        *this = later;
        return;
    }
    // Which ids stay layout-only is decided before the lists are joined.
    QSet<Id> layout;
    if (!layoutChanged.isEmpty() || !later.layoutChanged.isEmpty()) {
        const QSet<Id> mine = touchedInSubstance(*this);
        const QSet<Id> theirs = touchedInSubstance(later);
        for (const QSet<Id>* ids : {static_cast<const QSet<Id>*>(&layoutChanged), &later.layoutChanged}) {
            for (const Id& id : *ids) {
                if (!mine.contains(id) && !theirs.contains(id))
                    layout.insert(id);
            }
        }
    }
    layoutChanged = std::move(layout);
    nodesAdded += later.nodesAdded;
    nodesRemoved += later.nodesRemoved;
    nodesChanged += later.nodesChanged;
    groupsAdded += later.groupsAdded;
    groupsRemoved += later.groupsRemoved;
    groupsChanged += later.groupsChanged;
    edgesAdded += later.edgesAdded;
    edgesRemoved += later.edgesRemoved;
    edgesChanged += later.edgesChanged;
    metaChanged = metaChanged || later.metaChanged;
    scenariosChanged = scenariosChanged || later.scenariosChanged;
    layoutOnly = layoutOnly && later.layoutOnly;
}

Architecture::Architecture(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<cw::ChangeSummary>();
}

Architecture::~Architecture() = default;

const Node* Architecture::node(const Id& id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.cend() && it->type == EntityType::Node ? &m_data.nodes[std::size_t(it->index)] : nullptr;
}

const Group* Architecture::group(const Id& id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.cend() && it->type == EntityType::Group ? &m_data.groups[std::size_t(it->index)] : nullptr;
}

const Edge* Architecture::edge(const Id& id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.cend() && it->type == EntityType::Edge ? &m_data.edges[std::size_t(it->index)] : nullptr;
}

EntityType Architecture::typeOf(const Id& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? EntityType::None : it->type;
}

int Architecture::indexOf(const Id& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? -1 : it->index;
}

const QList<Id>& Architecture::edgesAt(const Id& id) const
{
    const auto it = m_edgesAt.constFind(id);
    return it == m_edgesAt.cend() ? kNoIds : *it;
}

const QList<Id>& Architecture::nodesIn(const Id& group) const
{
    const auto it = m_nodesIn.constFind(group);
    return it == m_nodesIn.cend() ? kNoIds : *it;
}

const QList<Id>& Architecture::groupsIn(const Id& group) const
{
    const auto it = m_groupsIn.constFind(group);
    return it == m_groupsIn.cend() ? kNoIds : *it;
}

QList<Id> Architecture::ancestors(const Id& id) const
{
    QList<Id> chain;
    Id current;
    if (const Node* n = node(id))
        current = n->group;
    else if (const Group* g = group(id))
        current = g->parent;
    // The group tree has no cycles (an invariant); the bound only guards a broken model.
    while (!current.isEmpty() && chain.size() <= int(m_data.groups.size())) {
        chain.append(current);
        const Group* g = group(current);
        current = g ? g->parent : Id();
    }
    return chain;
}

bool Architecture::isInside(const Id& id, const Id& groupId) const
{
    return ancestors(id).contains(groupId);
}

QString Architecture::providerOf(const Node& n) const
{
    return n.provider.isEmpty() ? m_data.meta.provider : n.provider;
}

void Architecture::reset(Diagram diagram)
{
    m_data = std::move(diagram);
    rebuildIndex();
    Q_EMIT modelReset();
}

void Architecture::rebuildIndex()
{
    m_index.clear();
    m_edgesAt.clear();
    m_nodesIn.clear();
    m_groupsIn.clear();
    m_index.reserve(qsizetype(m_data.nodes.size() + m_data.groups.size() + m_data.edges.size()));
    reindexFrom(EntityType::Group, 0);
    reindexFrom(EntityType::Node, 0);
    reindexFrom(EntityType::Edge, 0);
    for (const Group& g : m_data.groups)
        link(g);
    for (const Node& n : m_data.nodes)
        link(n);
    for (const Edge& e : m_data.edges)
        link(e);
}

void Architecture::reindexFrom(EntityType type, int first)
{
    auto reindex = [&](const auto& list) {
        for (int i = first; i < int(list.size()); ++i)
            m_index.insert(list[std::size_t(i)].id, Location{type, i});
    };
    switch (type) {
    case EntityType::Node: reindex(m_data.nodes); break;
    case EntityType::Group: reindex(m_data.groups); break;
    case EntityType::Edge: reindex(m_data.edges); break;
    case EntityType::None: break;
    }
}

void Architecture::link(const Node& n)
{
    m_nodesIn[n.group].append(n.id);
}
void Architecture::unlink(const Node& n)
{
    m_nodesIn[n.group].removeOne(n.id);
}
void Architecture::link(const Group& g)
{
    m_groupsIn[g.parent].append(g.id);
}
void Architecture::unlink(const Group& g)
{
    m_groupsIn[g.parent].removeOne(g.id);
}

void Architecture::link(const Edge& e)
{
    m_edgesAt[e.from].append(e.id);
    if (e.to != e.from)
        m_edgesAt[e.to].append(e.id);
}

void Architecture::unlink(const Edge& e)
{
    m_edgesAt[e.from].removeOne(e.id);
    if (e.to != e.from)
        m_edgesAt[e.to].removeOne(e.id);
}

template <> std::vector<Node>& Architecture::listOf<Node>()
{
    return m_data.nodes;
}
template <> std::vector<Group>& Architecture::listOf<Group>()
{
    return m_data.groups;
}
template <> std::vector<Edge>& Architecture::listOf<Edge>()
{
    return m_data.edges;
}

template <typename T> void Architecture::eraseAll(const QList<Id>& ids)
{
    if (ids.isEmpty())
        return;
    auto& list = listOf<T>();
    int first = int(list.size());
    QSet<Id> doomed;
    for (const Id& id : ids) {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend() || it->type != entityTypeOf<T>())
            continue;
        first = std::min(first, it->index);
        unlink(list[std::size_t(it->index)]);
        doomed.insert(id);
        m_index.erase(it);
    }
    list.erase(std::remove_if(list.begin() + first, list.end(), [&](const T& v) { return doomed.contains(v.id); }),
        list.end());
    reindexFrom(entityTypeOf<T>(), first);
}

template <typename T> int Architecture::insertAt(int index, T value)
{
    auto& list = listOf<T>();
    index = std::clamp(index, 0, int(list.size()));
    link(value);
    list.insert(list.begin() + index, std::move(value));
    reindexFrom(entityTypeOf<T>(), index);
    return index;
}

template <typename T> void Architecture::replace(T value)
{
    const int index = indexOf(value.id);
    T& slot = listOf<T>()[std::size_t(index)];
    unlink(slot);
    slot = std::move(value);
    link(slot);
}

template void Architecture::eraseAll<Node>(const QList<Id>&);
template void Architecture::eraseAll<Group>(const QList<Id>&);
template void Architecture::eraseAll<Edge>(const QList<Id>&);
template int Architecture::insertAt<Node>(int, Node);
template int Architecture::insertAt<Group>(int, Group);
template int Architecture::insertAt<Edge>(int, Edge);
template void Architecture::replace<Node>(Node);
template void Architecture::replace<Group>(Group);
template void Architecture::replace<Edge>(Edge);

void Architecture::notify(const ChangeSummary& summary)
{
#ifndef NDEBUG
    const QStringList broken = checkInvariants();
    Q_ASSERT_X(broken.isEmpty(), "Architecture", qPrintable(broken.join(QLatin1Char('\n'))));
#endif
    if (!summary.isEmpty())
        Q_EMIT changed(summary);
}

QStringList Architecture::checkInvariants() const
{
    QStringList problems;
    QSet<Id> seen;
    auto checkId = [&](const Id& id, EntityType type, int index) {
        if (id.isEmpty())
            problems << QStringLiteral("empty id");
        if (seen.contains(id))
            problems << QStringLiteral("duplicate id %1").arg(id);
        seen.insert(id);
        const auto it = m_index.constFind(id);
        if (it == m_index.cend() || it->type != type || it->index != index)
            problems << QStringLiteral("index out of date for %1").arg(id);
    };
    for (int i = 0; i < int(m_data.groups.size()); ++i)
        checkId(m_data.groups[std::size_t(i)].id, EntityType::Group, i);
    for (int i = 0; i < int(m_data.nodes.size()); ++i)
        checkId(m_data.nodes[std::size_t(i)].id, EntityType::Node, i);
    for (int i = 0; i < int(m_data.edges.size()); ++i)
        checkId(m_data.edges[std::size_t(i)].id, EntityType::Edge, i);
    if (m_index.size() != seen.size())
        problems << QStringLiteral("index holds %1 ids, model %2").arg(m_index.size()).arg(seen.size());

    qsizetype memberCount = 0;
    for (const Node& n : m_data.nodes) {
        if (!n.group.isEmpty() && !group(n.group))
            problems << QStringLiteral("node %1 names missing group %2").arg(n.id, n.group);
        if (!nodesIn(n.group).contains(n.id))
            problems << QStringLiteral("node %1 missing from its group's member list").arg(n.id);
    }
    for (const auto& members : m_nodesIn)
        memberCount += members.size();
    if (memberCount != qsizetype(m_data.nodes.size()))
        problems
            << QStringLiteral("membership lists hold %1 nodes, model %2").arg(memberCount).arg(m_data.nodes.size());

    for (const Group& g : m_data.groups) {
        if (!g.parent.isEmpty() && !group(g.parent))
            problems << QStringLiteral("group %1 names missing parent %2").arg(g.id, g.parent);
        if (!groupsIn(g.parent).contains(g.id))
            problems << QStringLiteral("group %1 missing from its parent's child list").arg(g.id);
        QSet<Id> chain{g.id};
        for (Id p = g.parent; !p.isEmpty();) {
            if (chain.contains(p)) {
                problems << QStringLiteral("group cycle through %1").arg(g.id);
                break;
            }
            chain.insert(p);
            const Group* pg = group(p);
            p = pg ? pg->parent : Id();
        }
    }

    qsizetype endCount = 0;
    for (const Edge& e : m_data.edges) {
        for (const Id& end : {e.from, e.to}) {
            const EntityType t = typeOf(end);
            if (t != EntityType::Node && t != EntityType::Group)
                problems << QStringLiteral("edge %1 names missing end %2").arg(e.id, end);
            if (!edgesAt(end).contains(e.id))
                problems << QStringLiteral("edge %1 missing from adjacency of %2").arg(e.id, end);
        }
        endCount += e.from == e.to ? 1 : 2;
    }
    qsizetype adjacency = 0;
    for (const auto& list : m_edgesAt)
        adjacency += list.size();
    if (adjacency != endCount)
        problems << QStringLiteral("adjacency holds %1 ends, model %2").arg(adjacency).arg(endCount);
    return problems;
}

} // namespace cw
