// Data architecture: operational and analytical data kept apart.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// One transactional store that both serves the product and feeds analytics or training.
void mixedDataStores(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isOperationalStore(n->kind))
        return;
    bool operational = c.serving().contains(n->id);
    QList<Id> analytics;
    QList<Id> edges;
    c.forEachEdge(n->id, {EdgeKind::Data, EdgeKind::Request}, [&](const Edge& e, const Id& other) {
        const QString kind = c.kindOf(other);
        if (roles::isAnalytics(kind)) {
            if (!analytics.contains(other))
                analytics.append(other);
            edges.append(e.id);
        } else if (c.serving().contains(other) || roles::isEntryPoint(kind)) {
            operational = true;
        }
    });
    if (!operational || analytics.isEmpty())
        return;
    out.add(QObject::tr("“%1” serves the product, and %2 reads it for analysis or training too")
                .arg(c.nameOf(n->id), c.namesOf(analytics)),
        QList<Id>{n->id} + analytics, edges);
}

} // namespace

std::vector<RuleCheck> dataChecks()
{
    return {
        {"mixed-data-stores", RuleCheck::Scope::Node, mixedDataStores},
    };
}

} // namespace cw
