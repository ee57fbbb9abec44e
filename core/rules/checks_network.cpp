// Network exposure: what the internet can reach.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// A database in a public subnet, or with an edge straight from the internet.
void publicDatabase(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isDatabase(n->kind))
        return;
    if (c.inPublicSubnet(n->id)) {
        const Group* subnet = c.enclosing(n->id, GroupKind::Subnet);
        out.add(QObject::tr("“%1” sits in the public subnet “%2”").arg(c.nameOf(n->id), c.nameOf(subnet->id)), {n->id});
        return;
    }
    QList<Id> users;
    QList<Id> edges;
    c.forEachEdge(n->id, {EdgeKind::Request, EdgeKind::Data}, [&](const Edge& e, const Id& other) {
        if (c.kindOf(other) == QLatin1String("external.users")) {
            users.append(other);
            edges.append(e.id);
        }
    });
    if (!users.isEmpty())
        out.add(QObject::tr("“%1” is reached straight from the internet by %2").arg(c.nameOf(n->id), c.namesOf(users)),
            {n->id}, edges);
}

} // namespace

std::vector<RuleCheck> networkChecks()
{
    return {
        {"public-database", RuleCheck::Scope::Node, publicDatabase},
    };
}

} // namespace cw
