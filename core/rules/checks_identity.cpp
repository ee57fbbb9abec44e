// Identity and secrets: who may do what, and where credentials live.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// A workload that reads or writes data must act under an IAM role or service account.
void missingIam(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isWorkload(n->kind) || c.governedBy(n->id, "security.iam"))
        return;
    const QList<Id> stores = c.neighbours(n->id, {EdgeKind::Data}, roles::isDataStore);
    if (stores.isEmpty())
        return;
    out.add(c.hasKind(QStringLiteral("security.iam"))
            ? QObject::tr("“%1” reads or writes %2, but no IAM role governs it").arg(c.nameOf(n->id), c.namesOf(stores))
            : QObject::tr("“%1” reads or writes %2, and the diagram has no IAM role at all")
                  .arg(c.nameOf(n->id), c.namesOf(stores)),
        {n->id});
}

// Databases and outside APIs need credentials; they belong in a secret manager.
void missingSecrets(const RuleContext& c, const Node*, FindingSink& out)
{
    if (c.hasKind(QStringLiteral("security.secrets")))
        return;
    for (const Node& n : c.model().nodes()) {
        const bool credentialed = roles::isDatabase(n.kind) || n.kind == QLatin1String("ml.llm_api");
        if (!credentialed || c.model().edgesAt(n.id).isEmpty())
            continue;
        out.add(QObject::tr("“%1” is used with credentials, and the diagram has no secret manager to keep them")
                    .arg(c.nameOf(n.id)),
            {n.id});
    }
}

} // namespace

std::vector<RuleCheck> identityChecks()
{
    return {
        {"missing-iam", RuleCheck::Scope::Node, missingIam},
        {"missing-secrets", RuleCheck::Scope::Diagram, missingSecrets},
    };
}

} // namespace cw
