// Identity, secrets and keys: who may do what, where credentials live, what encrypts data.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

// A workload that reads or writes data must act under an IAM role or service account.
void missingIam(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (!roles::isWorkload(c.catalog(), n->kind) || c.governedBy(n->id, "security.iam"))
        return;
    // Reading or writing shows as a data edge, or as a request to the store.
    const QList<Id> stores = c.neighbours(n->id, {EdgeKind::Data, EdgeKind::Request},
        [&c](const QString& kind) { return roles::isDataStore(c.catalog(), kind); });
    if (stores.isEmpty())
        return;
    // The message must not depend on whether an IAM node exists elsewhere: a node check
    // is not run again when an unrelated node is added.
    out.add(QObject::tr("“%1” reads or writes %2, and no IAM role governs it").arg(c.nameOf(n->id), c.namesOf(stores)),
        {n->id});
}

// Whether something in the diagram calls an outside application, which then takes an
// API key or a login (an outside app that only calls in needs none from us).
bool calledFromInside(const RuleContext& c, const Id& app)
{
    for (const Id& e : c.model().edgesAt(app)) {
        const Edge* edge = c.model().edge(e);
        if (edge->to == app && edge->kind != EdgeKind::Control
            && !roles::isEntryPoint(c.catalog(), c.kindOf(edge->from)))
            return true;
    }
    return false;
}

// Databases and outside APIs need credentials; they belong in a secret manager.
void missingSecrets(const RuleContext& c, const Node*, FindingSink& out)
{
    if (c.hasKind(QStringLiteral("security.secrets")))
        return;
    for (const Node& n : c.model().nodes()) {
        bool credentialed = false;
        if (roles::isDatabase(c.catalog(), n.kind) || n.kind == QLatin1String("ml.llm_api"))
            credentialed = !c.model().edgesAt(n.id).isEmpty();
        else if (n.kind == QLatin1String("external.app"))
            credentialed = calledFromInside(c, n.id);
        if (!credentialed)
            continue;
        out.add(QObject::tr("“%1” is used with credentials, and the diagram has no secret manager to keep them")
                    .arg(c.nameOf(n.id)),
            {n.id});
    }
}

// Data at rest with no key from a key service: nothing shows that it is encrypted, or who
// controls the key.
void dataStoreWithoutKey(const RuleContext& c, const Node* n, FindingSink& out)
{
    const auto isKms = [](const QString& kind) { return kind == QLatin1String("security.kms"); };
    if (!roles::isDataStore(c.catalog(), n->kind) || !c.linkedToPlace(n->id, isKms).isEmpty())
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
