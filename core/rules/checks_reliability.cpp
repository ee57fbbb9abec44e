// Reliability: no single point of failure where it must not fail, no spot on the user path,
// backups of what keeps state.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// With critical reliability, serving runs in one zone or on one replica.
void singlePointOfFailure(const RuleContext& c, const Node*, FindingSink& out)
{
    if (!c.reliabilityCritical())
        return;
    // Zones that serving nodes of each kind are spread over.
    QHash<QString, QSet<Id>> zones;
    for (const Id& id : c.serving()) {
        const Node* n = c.model().node(id);
        if (const Group* zone = c.enclosing(id, GroupKind::Zone))
            zones[n->kind].insert(zone->id);
    }
    for (const Node& n : c.model().nodes()) {
        if (!c.serving().contains(n.id) || !roles::isReplicable(n.kind))
            continue;
        const bool oneZone = !c.flag(n, "multi_az") && zones.value(n.kind).size() < 2;
        const bool oneReplica = !roles::isDatabase(n.kind) && c.number(n, "count", 1) < 2;
        if (!oneZone && !oneReplica)
            continue;
        const QString how = oneReplica && oneZone ? QObject::tr("on one replica in one zone")
            : oneReplica                          ? QObject::tr("on one replica")
                                                  : QObject::tr("in one zone");
        out.add(QObject::tr("Reliability is critical, and “%1” serves users %2").arg(c.nameOf(n.id), how), {n.id});
    }
}

// Spot or preemptible capacity on a user-facing path can vanish mid-request.
void spotForServing(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!c.serving().contains(n->id) || c.text(*n, "pricing") != QLatin1String("spot"))
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
    if (!roles::isOperationalStore(n->kind) || c.flag(*n, "multi_az"))
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
