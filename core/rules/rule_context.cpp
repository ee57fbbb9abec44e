#include "rule_context.h"

#include "catalog/effective_values.h"

#include "roles.h"

namespace cw {

RuleContext::RuleContext(const Architecture& model, const Catalog& catalog)
    : m_model(model)
    , m_catalog(catalog)
    , m_own(std::make_unique<FlowIndex>())
    , m_flows(m_own.get())
{
    m_own->rebuild(model, catalog);
}

RuleContext::RuleContext(const Architecture& model, const Catalog& catalog, const FlowIndex& flows)
    : m_model(model)
    , m_catalog(catalog)
    , m_flows(&flows)
{
}

RuleContext::~RuleContext() = default;

QString RuleContext::kindOf(const Id& id) const
{
    const Node* n = m_model.node(id);
    return n ? n->kind : QString();
}

Json RuleContext::value(const Node& node, const char* key) const
{
    return effectiveValue(m_catalog, m_model, node, key);
}

bool RuleContext::flag(const Node& node, const char* key) const
{
    const Json v = value(node, key);
    return v.is_boolean() && v.get<bool>();
}

double RuleContext::number(const Node& node, const char* key, double fallback) const
{
    const Json v = value(node, key);
    return v.is_number() ? v.get<double>() : fallback;
}

QString RuleContext::text(const Node& node, const char* key) const
{
    const Json v = value(node, key);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

const std::vector<RuleContext::EdgeEnd>& RuleContext::edgeEnds(const Id& node) const
{
    // Checks of one node ask about its edges one after another: the last node's are kept.
    if (m_lastNodeKnown && node == m_lastNode)
        return m_lastEnds;
    m_lastEnds.clear();
    for (const Id& e : m_model.edgesAt(node)) {
        const Edge* edge = m_model.edge(e);
        const Id& other = edge->from == node ? edge->to : edge->from;
        m_lastEnds.push_back({edge, other, kindOf(other)});
    }
    m_lastNode = node;
    m_lastNodeKnown = true;
    return m_lastEnds;
}

void RuleContext::forEachEdge(const Id& node, std::initializer_list<EdgeKind> kinds,
    const std::function<void(const Edge&, const Id& other)>& f) const
{
    // A copy: f may ask about another node's edges.
    const std::vector<EdgeEnd> ends = edgeEnds(node);
    for (const EdgeEnd& end : ends) {
        if (std::find(kinds.begin(), kinds.end(), end.edge->kind) != kinds.end())
            f(*end.edge, end.other);
    }
}

QList<Id> RuleContext::neighbours(const Id& node, std::initializer_list<EdgeKind> kinds,
    const std::function<bool(const QString& kind)>& predicate) const
{
    QList<Id> out;
    for (const EdgeEnd& end : edgeEnds(node)) {
        if (std::find(kinds.begin(), kinds.end(), end.edge->kind) != kinds.end() && predicate(end.kind)
            && !out.contains(end.other))
            out.append(end.other);
    }
    return out;
}

bool RuleContext::governedBy(const Id& node, const char* governorKind) const
{
    const QString governor = QString::fromLatin1(governorKind);
    const int slot = m_flows->slotOf(node);
    if (slot >= 0) {
        // The node's own control edges, by the flow index's links: no lookups by id.
        for (const FlowIndex::Link& link : m_flows->links(slot)) {
            if (link.kind == EdgeKind::Control && m_flows->kindAt(link.other) == governor)
                return true;
        }
    } else {
        for (const Id& e : m_model.edgesAt(node)) {
            const Edge* edge = m_model.edge(e);
            if (edge->kind == EdgeKind::Control && kindOf(edge->from == node ? edge->to : edge->from) == governor)
                return true;
        }
    }
    if (const auto* chain = chainAround(node)) {
        for (const Group* group : *chain) {
            const Place& at = withEnds(*place(group->id));
            for (std::size_t i = 0; i < at.ends.size(); ++i) {
                if (at.ends[i].second == EdgeKind::Control && at.endKinds[i] == governor)
                    return true;
            }
        }
    }
    return false;
}

QList<Id> RuleContext::linkedToPlace(const Id& node, const std::function<bool(const QString& kind)>& predicate) const
{
    QList<Id> out;
    for (const EdgeEnd& end : edgeEnds(node)) {
        if (predicate(end.kind) && !out.contains(end.other))
            out.append(end.other);
    }
    if (const auto* chain = chainAround(node)) {
        for (const Group* group : *chain) {
            const Place& at = withEnds(*place(group->id));
            for (std::size_t i = 0; i < at.ends.size(); ++i) {
                if (predicate(at.endKinds[i]) && !out.contains(at.ends[i].first))
                    out.append(at.ends[i].first);
            }
        }
    }
    return out;
}

const RuleContext::Place* RuleContext::place(const Id& group) const
{
    if (group.isEmpty())
        return nullptr;
    const auto known = m_places.constFind(group);
    if (known != m_places.cend())
        return known->get();
    const Group* g = m_model.group(group);
    if (!g)
        return nullptr;
    auto made = std::make_shared<Place>();
    made->chain.push_back(g);
    // The group tree has no cycles (an invariant); the bound only guards a broken model.
    for (const Group* p = m_model.group(g->parent); p && made->chain.size() <= m_model.groups().size();
         p = m_model.group(p->parent))
        made->chain.push_back(p);
    m_places.insert(group, made);
    return made.get();
}

const RuleContext::Place& RuleContext::withEnds(const Place& at) const
{
    if (at.endsKnown)
        return at;
    auto& filled = const_cast<Place&>(at); // a cache, filled once per pass
    const Id& group = at.chain.front()->id;
    for (const Id& e : m_model.edgesAt(group)) {
        const Edge* edge = m_model.edge(e);
        const Id& other = edge->from == group ? edge->to : edge->from;
        filled.ends.push_back({other, edge->kind});
        filled.endKinds.push_back(kindOf(other));
    }
    filled.endsKnown = true;
    return at;
}

const std::vector<const Group*>* RuleContext::chainAround(const Id& id) const
{
    static const std::vector<const Group*> none;
    if (const Node* n = m_model.node(id)) {
        const Place* at = place(n->group);
        return at ? &at->chain : &none;
    }
    if (const Group* g = m_model.group(id)) {
        const Place* at = place(g->parent);
        return at ? &at->chain : &none;
    }
    return nullptr;
}

const Group* RuleContext::enclosing(const Id& node, GroupKind kind) const
{
    if (const auto* chain = chainAround(node)) {
        for (const Group* g : *chain) {
            if (g->kind == kind)
                return g;
        }
    }
    return nullptr;
}

bool RuleContext::inPublicSubnet(const Id& node) const
{
    const Group* subnet = enclosing(node, GroupKind::Subnet);
    return subnet && subnet->props.value("public", false) == true;
}

bool RuleContext::reliabilityCritical() const
{
    return m_model.meta().reliability == QLatin1String("critical");
}

QString RuleContext::nameOf(const Id& id) const
{
    return displayName(m_catalog, m_model, id);
}

QString RuleContext::namesOf(const QList<Id>& ids) const
{
    constexpr int kShown = 3;
    QStringList names;
    for (int i = 0; i < ids.size() && i < kShown; ++i)
        names << nameOf(ids[i]);
    if (ids.size() > kShown)
        return QObject::tr("%1 and %2 more").arg(names.join(QStringLiteral(", "))).arg(ids.size() - kShown);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return QObject::tr("%1 and %2", "a list's last two names").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace cw
