// Reliability: no single point of failure where it must not fail, no spot on the user path,
// backups of what keeps state.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// The replicable services the product needs to answer users: those on the request flow,
// and the databases they read or write (drawn with data or request edges).
QList<Id> servingServices(const RuleContext& c)
{
    QList<Id> out;
    for (const Node& n : c.model().nodes()) {
        if (!roles::isReplicable(c.catalog(), n.kind))
            continue;
        bool serves = c.serving().contains(n.id);
        if (!serves && roles::isDatabase(c.catalog(), n.kind)) {
            c.forEachEdge(n.id, {EdgeKind::Data, EdgeKind::Request}, [&](const Edge&, const Id& other) {
                serves = serves || (c.serving().contains(other) && roles::isWorkload(c.catalog(), c.kindOf(other)));
            });
        }
        if (serves)
            out.append(n.id);
    }
    return out;
}

// Replicas of one service drawn as separate nodes (one per zone, say): the same kind,
// joined to the same neighbours. The key names both.
QString replicaKey(const RuleContext& c, const Node& n)
{
    QStringList neighbours;
    c.forEachEdge(n.id, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event}, [&](const Edge&, const Id& other) {
        neighbours.append(other);
    });
    neighbours.sort();
    neighbours.removeDuplicates();
    return n.kind + QLatin1Char('\n') + neighbours.join(QLatin1Char('\n'));
}

// With critical reliability, a service users need runs in one zone or on one replica.
void singlePointOfFailure(const RuleContext& c, const Node*, FindingSink& out)
{
    if (!c.reliabilityCritical())
        return;
    struct Replicas {
        QList<Id> nodes;
        QSet<Id> zones;
        double count = 0;
        bool multiAz = false;
    };
    QHash<QString, Replicas> services;
    QList<QString> order;
    for (const Id& id : servingServices(c)) {
        const Node& n = *c.model().node(id);
        const QString key = replicaKey(c, n);
        auto it = services.find(key);
        if (it == services.end()) {
            it = services.insert(key, {});
            order.append(key);
        }
        it->nodes.append(id);
        if (const Group* zone = c.enclosing(id, GroupKind::Zone))
            it->zones.insert(zone->id);
        it->count += c.number(n, "count", 1);
        it->multiAz = it->multiAz || c.flag(n, "multi_az");
    }
    for (const QString& key : std::as_const(order)) {
        const Replicas& r = services[key];
        const bool database = roles::isDatabase(c.catalog(), c.kindOf(r.nodes.first()));
        const bool oneZone = !r.multiAz && r.zones.size() < 2;
        const bool oneReplica = !database && r.count < 2;
        if (!oneZone && !oneReplica)
            continue;
        const QString how = oneReplica && oneZone ? QObject::tr("on one replica in one zone")
            : oneReplica                          ? QObject::tr("on one replica")
                                                  : QObject::tr("in one zone");
        for (const Id& id : r.nodes)
            out.add(QObject::tr("Reliability is critical, and “%1” serves users %2").arg(c.nameOf(id), how), {id});
    }
}

// Spot or preemptible capacity that users wait on (a request on their way in reaches it)
// can vanish mid-request. Work a queue or an event starts is not on that path.
void spotForServing(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!c.answering().contains(n->id) || c.text(*n, "pricing") != QLatin1String("spot"))
        return;
    out.add(QObject::tr("“%1” serves users on spot capacity, which the provider may take back at any time")
                .arg(c.nameOf(n->id)),
        {n->id});
}

// Stateful stores whose data is lost without a backup: databases and disks or file shares.
void noBackup(const RuleContext& c, const Node* n, FindingSink& out)
{
    const bool stateful = n->kind == QLatin1String("database.sql") || n->kind == QLatin1String("database.nosql")
        || n->kind == QLatin1String("storage.block") || n->kind == QLatin1String("storage.file");
    if (!stateful || c.flag(*n, "backup"))
        return;
    out.add(QObject::tr("“%1” keeps state with no automatic backup or point-in-time recovery").arg(c.nameOf(n->id)),
        {n->id});
}

// A database in a prod environment that runs in one zone.
void prodDatabaseSingleAz(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isOperationalStore(c.catalog(), n->kind) || c.flag(*n, "multi_az"))
        return;
    const Group* environment = c.enclosing(n->id, GroupKind::Environment);
    if (!environment)
        return;
    const auto stage = environment->props.find("stage");
    if (stage == environment->props.end() || *stage != "prod")
        return;
    out.add(QObject::tr("“%1” runs in the prod environment “%2” in one zone; it is not multi-AZ")
                .arg(c.nameOf(n->id), c.nameOf(environment->id)),
        {n->id});
}

} // namespace

std::vector<RuleCheck> reliabilityChecks()
{
    return {
        {"single-point-of-failure", RuleCheck::Scope::Diagram, singlePointOfFailure},
        {"spot-for-serving", RuleCheck::Scope::Node, spotForServing},
        {"no-backup", RuleCheck::Scope::Node, noBackup},
        {"prod-database-single-az", RuleCheck::Scope::Node, prodDatabaseSingleAz},
    };
}

} // namespace cw
