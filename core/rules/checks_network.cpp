// Network exposure: what the internet can reach, and what shields it.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

bool isKind(const QString& kind, const char* wanted)
{
    return kind == QLatin1String(wanted);
}

// Entry points (users, outside apps) that send requests or events straight to the node.
void entryCallers(const RuleContext& c, const Id& node, QList<Id>& callers, QList<Id>& edges)
{
    c.forEachEdge(node, {EdgeKind::Request, EdgeKind::Event}, [&](const Edge& e, const Id& other) {
        if (e.to != node || e.from != other || !roles::isEntryPoint(c.catalog(), c.kindOf(other)))
            return;
        if (!callers.contains(other))
            callers.append(other);
        edges.append(e.id);
    });
}

// A database in a public subnet, or with an edge straight from the internet.
void publicDatabase(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isDatabase(c.catalog(), n->kind))
        return;
    if (c.inPublicSubnet(n->id)) {
        const Group* subnet = c.enclosing(n->id, GroupKind::Subnet);
        out.add(QObject::tr("“%1” sits in the public subnet “%2”").arg(c.nameOf(n->id), c.nameOf(subnet->id)), {n->id});
        return;
    }
    // Users joined to it straight, whichever way the edge is drawn. (An outside application
    // that owns a database, as a CRM owns its own, reaches it over its own private link.)
    QList<Id> callers;
    QList<Id> edges;
    c.forEachEdge(n->id, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event}, [&](const Edge& e, const Id& other) {
        if (c.kindOf(other) != QLatin1String("external.users"))
            return;
        if (!callers.contains(other))
            callers.append(other);
        edges.append(e.id);
    });
    if (!callers.isEmpty())
        out.add(QObject::tr("“%1” is reached straight from the internet by %2").arg(c.nameOf(n->id), c.namesOf(callers)),
            QList<Id>{n->id} + callers, edges);
}

// Users or an outside app call a workload or model endpoint with no managed edge (load
// balancer, API gateway, CDN, WAF) in between.
void directInternetToCompute(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isWorkload(c.catalog(), n->kind))
        return;
    QList<Id> callers;
    QList<Id> edges;
    entryCallers(c, n->id, callers, edges);
    if (callers.isEmpty())
        return;
    out.add(QObject::tr("“%1” takes requests straight from %2, with no load balancer, API gateway or CDN in front")
                .arg(c.nameOf(n->id), c.namesOf(callers)),
        QList<Id>{n->id} + callers, edges);
}

// Notebooks, training jobs and endpoints outside any VPC (or subnet) have no network isolation.
void mlOutsideVpc(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isMlWorkload(c.catalog(), n->kind) || c.enclosing(n->id, GroupKind::Vpc)
        || c.enclosing(n->id, GroupKind::Subnet))
        return;
    out.add(QObject::tr("“%1” sits in no VPC, so nothing isolates its network from the internet").arg(c.nameOf(n->id)),
        {n->id});
}

// A load balancer or API gateway the internet reaches, with no firewall or WAF attached.
void edgeWithoutWaf(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!isKind(n->kind, "network.load_balancer") && !isKind(n->kind, "network.api_gateway"))
        return;
    QList<Id> callers;
    QList<Id> edges;
    entryCallers(c, n->id, callers, edges);
    const bool inPublic = c.inPublicSubnet(n->id);
    if (!inPublic && callers.isEmpty())
        return;
    const auto isFirewall = [](const QString& kind) { return isKind(kind, "network.firewall"); };
    if (!c.neighbours(n->id, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control}, isFirewall)
             .isEmpty())
        return;
    const QString how = !callers.isEmpty()
        ? QObject::tr("takes requests from %1").arg(c.namesOf(callers))
        : QObject::tr("sits in the public subnet “%1”").arg(c.nameOf(c.enclosing(n->id, GroupKind::Subnet)->id));
    out.add(QObject::tr("“%1” %2, and no firewall or WAF filters that traffic").arg(c.nameOf(n->id), how),
        QList<Id>{n->id} + callers, edges);
}

} // namespace

std::vector<RuleCheck> networkChecks()
{
    return {
        {"public-database", RuleCheck::Scope::Node, publicDatabase},
        {"direct-internet-to-compute", RuleCheck::Scope::Node, directInternetToCompute},
        {"ml-outside-vpc", RuleCheck::Scope::Node, mlOutsideVpc},
        {"edge-without-waf", RuleCheck::Scope::Node, edgeWithoutWaf},
    };
}

} // namespace cw
