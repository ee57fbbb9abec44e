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
    m_own->rebuild(model);
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

void RuleContext::forEachEdge(const Id& node, std::initializer_list<EdgeKind> kinds,
    const std::function<void(const Edge&, const Id& other)>& f) const
{
    for (const Id& e : m_model.edgesAt(node)) {
        const Edge* edge = m_model.edge(e);
        if (std::find(kinds.begin(), kinds.end(), edge->kind) == kinds.end())
            continue;
        f(*edge, edge->from == node ? edge->to : edge->from);
    }
}

QList<Id> RuleContext::neighbours(const Id& node, std::initializer_list<EdgeKind> kinds,
    const std::function<bool(const QString& kind)>& predicate) const
{
    QList<Id> out;
    forEachEdge(node, kinds, [&](const Edge&, const Id& other) {
        if (predicate(kindOf(other)) && !out.contains(other))
            out.append(other);
    });
    return out;
}

bool RuleContext::governedBy(const Id& node, const char* governorKind) const
{
    const QString governor = QString::fromLatin1(governorKind);
    auto governs = [&](const Id& target) {
        for (const Id& e : m_model.edgesAt(target)) {
            const Edge* edge = m_model.edge(e);
            if (edge->kind != EdgeKind::Control)
                continue;
            const Id& other = edge->from == target ? edge->to : edge->from;
            if (kindOf(other) == governor)
                return true;
        }
        return false;
    };
    if (governs(node))
        return true;
    for (const Id& group : m_model.ancestors(node)) {
        if (governs(group))
            return true;
    }
    return false;
}

QList<Id> RuleContext::linkedToPlace(const Id& node, const std::function<bool(const QString& kind)>& predicate) const
{
    QList<Id> out;
    auto collect = [&](const Id& place) {
        for (const Id& e : m_model.edgesAt(place)) {
            const Edge* edge = m_model.edge(e);
            const Id& other = edge->from == place ? edge->to : edge->from;
            if (predicate(kindOf(other)) && !out.contains(other))
                out.append(other);
        }
    };
    collect(node);
    for (const Id& group : m_model.ancestors(node))
        collect(group);
    return out;
}

const Group* RuleContext::enclosing(const Id& node, GroupKind kind) const
{
    for (const Id& id : m_model.ancestors(node)) {
        const Group* g = m_model.group(id);
        if (g && g->kind == kind)
            return g;
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
        return QStringLiteral("%1 and %2 more").arg(names.join(QStringLiteral(", "))).arg(ids.size() - kShown);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return QStringLiteral("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace cw
