// Identity, secrets and keys: who may do what, where credentials live, what encrypts data.
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
    // The message must not depend on whether an IAM node exists elsewhere: a node check
    // is not run again when an unrelated node is added.
    out.add(QObject::tr("“%1” reads or writes %2, and no IAM role governs it").arg(c.nameOf(n->id), c.namesOf(stores)),
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

// An edge of any kind joins the node, or a group it is in, to a node of kind.
bool linkedTo(const RuleContext& c, const Id& node, const QLatin1String& kind)
{
    QList<Id> places{node};
    places += c.model().ancestors(node);
    for (const Id& place : std::as_const(places)) {
        for (const Id& e : c.model().edgesAt(place)) {
            const Edge* edge = c.model().edge(e);
            if (c.kindOf(edge->from == place ? edge->to : edge->from) == kind)
                return true;
        }
    }
    return false;
}

// Data at rest with no key from a key service: nothing shows that it is encrypted, or who
// controls the key.
void dataStoreWithoutKey(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isDataStore(n->kind) || linkedTo(c, n->id, QLatin1String("security.kms")))
        return;
    out.add(QObject::tr("“%1” keeps data at rest, and no key from a key management service (KMS) encrypts it")
                .arg(c.nameOf(n->id)),
        {n->id});
}

} // namespace

std::vector<RuleCheck> identityChecks()
{
    return {
        {"missing-iam", RuleCheck::Scope::Node, missingIam},
        {"missing-secrets", RuleCheck::Scope::Diagram, missingSecrets},
        {"data-store-without-key", RuleCheck::Scope::Node, dataStoreWithoutKey},
    };
}

} // namespace cw
