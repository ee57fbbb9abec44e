// Data architecture: operational and analytical data kept apart, environments kept apart.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// One transactional store that both serves the product and feeds analytics or training.
void checkStore(const RuleContext& c, const Node& n, FindingSink& out)
{
    bool operational = c.serving().contains(n.id);
    QList<Id> analytics;
    QList<Id> edges;
    c.forEachEdge(n.id, {EdgeKind::Data, EdgeKind::Request}, [&](const Edge& e, const Id& other) {
        const QString kind = c.kindOf(other);
        // A warehouse or another store fed from this one is the separate copy the fix asks
        // for (roles::isAnalytics names workloads only).
        if (roles::isAnalytics(c.catalog(), kind)) {
            if (!analytics.contains(other))
                analytics.append(other);
            edges.append(e.id);
        } else if (c.serving().contains(other) || roles::isEntryPoint(c.catalog(), kind)) {
            operational = true;
        }
    });
    if (!operational || analytics.isEmpty())
        return;
    out.add(QObject::tr("“%1” serves the product and is also used directly for analysis or training by %2")
                .arg(c.nameOf(n.id), c.namesOf(analytics)),
        QList<Id>{n.id} + analytics, edges);
}

// Whether a store serves the product depends on whether its neighbours serve: the
// validator re-checks the neighbours of every node whose place in the request flow changed.
void mixedDataStores(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (roles::isOperationalStore(c.catalog(), n->kind))
        checkStore(c, *n, out);
}

// The stage of an environment group: its "stage" property, else the catalog's default.
QString stageOf(const RuleContext& c, const Group& environment)
{
    const auto it = environment.props.find("stage");
    if (it != environment.props.end() && it->is_string())
        return QString::fromStdString(it->get<std::string>());
    const PropertyDef* def = c.catalog().property(QStringLiteral("stage"));
    return def && def->defaultValue.is_string() ? QString::fromStdString(def->defaultValue.get<std::string>())
                                                : QString();
}

// A data edge between two environments, one of them production: dev or staging code
// that reads or writes prod data (or two prod environments sharing data).
void crossEnvironmentData(const RuleContext& c, const Node* n, FindingSink& out)
{
    const Group* mine = c.enclosing(n->id, GroupKind::Environment);
    if (!mine)
        return;
    const QString myStage = stageOf(c, *mine);
    const QLatin1String prod("prod");
    c.forEachEdge(n->id, {EdgeKind::Data}, [&](const Edge& e, const Id& other) {
        const Group* theirs = c.model().node(other) ? c.enclosing(other, GroupKind::Environment) : nullptr;
        if (!theirs || theirs == mine)
            return;
        const QString theirStage = stageOf(c, *theirs);
        if (myStage != prod && theirStage != prod)
            return;
        // Reported once per edge, by the end outside prod (by the edge's start when both are prod).
        const bool subject = myStage != prod || (theirStage == prod && e.from == n->id);
        if (!subject)
            return;
        out.add(myStage == prod
                ? QObject::tr("“%1” in the prod environment “%2” reads or writes “%3” in another prod environment “%4”")
                      .arg(c.nameOf(n->id), c.nameOf(mine->id), c.nameOf(other), c.nameOf(theirs->id))
                : QObject::tr("“%1” in the %2 environment “%3” reads or writes “%4” in the prod environment “%5”")
                      .arg(c.nameOf(n->id), myStage, c.nameOf(mine->id), c.nameOf(other), c.nameOf(theirs->id)),
            {n->id, other}, {e.id});
    });
}

} // namespace

std::vector<RuleCheck> dataChecks()
{
    return {
        {"mixed-data-stores", RuleCheck::Scope::Node, mixedDataStores},
        {"cross-environment-data", RuleCheck::Scope::Node, crossEnvironmentData},
    };
}

} // namespace cw
