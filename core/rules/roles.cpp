#include "roles.h"

#include "catalog/catalog.h"

#include <QHash>

namespace cw::roles {

namespace {
bool startsWith(const QString& kind, const char* prefix)
{
    return kind.startsWith(QLatin1String(prefix));
}

bool oneOf(const QString& kind, std::initializer_list<const char*> kinds)
{
    for (const char* k : kinds) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}
} // namespace

namespace {
enum Role : unsigned {
    Workload = 1u << 0,
    DataStore = 1u << 1,
    OperationalStore = 1u << 2,
    Analytics = 1u << 3,
    EntryPoint = 1u << 4,
    ManagedEdge = 1u << 5,
    Replicable = 1u << 6,
    Paid = 1u << 7,
    MlWorkload = 1u << 8,
    Database = 1u << 9,
};

unsigned compute(const QString& kind);

// Diagram-wide rules ask these questions of every node after every edit; a table by
// kind answers with one lookup instead of a row of string comparisons.
unsigned rolesOf(const QString& kind)
{
    static const QHash<QString, unsigned> table = [] {
        QHash<QString, unsigned> t;
        for (const KindInfo& k : Catalog::builtin().kinds())
            t.insert(k.kind, compute(k.kind));
        return t;
    }();
    const auto it = table.constFind(kind);
    return it != table.cend() ? *it : compute(kind);
}
} // namespace

bool isWorkload(const QString& kind)
{
    return rolesOf(kind) & Workload;
}
bool isDataStore(const QString& kind)
{
    return rolesOf(kind) & DataStore;
}
bool isOperationalStore(const QString& kind)
{
    return rolesOf(kind) & OperationalStore;
}
bool isAnalytics(const QString& kind)
{
    return rolesOf(kind) & Analytics;
}
bool isEntryPoint(const QString& kind)
{
    return rolesOf(kind) & EntryPoint;
}
bool isManagedEdge(const QString& kind)
{
    return rolesOf(kind) & ManagedEdge;
}
bool isReplicable(const QString& kind)
{
    return rolesOf(kind) & Replicable;
}
bool isPaid(const QString& kind)
{
    return rolesOf(kind) & Paid;
}
bool isMlWorkload(const QString& kind)
{
    return rolesOf(kind) & MlWorkload;
}
bool isDatabase(const QString& kind)
{
    return rolesOf(kind) & Database;
}

namespace {

bool workload(const QString& kind)
{
    return startsWith(kind, "compute.")
        || oneOf(kind, {"ml.notebook", "ml.training", "ml.endpoint", "ml.pipeline", "devops.build"});
}

bool dataStore(const QString& kind)
{
    return startsWith(kind, "storage.") || startsWith(kind, "database.")
        || oneOf(kind, {"ml.feature_store", "ml.registry"});
}

bool operationalStore(const QString& kind)
{
    return oneOf(kind, {"database.sql", "database.nosql", "database.cache"});
}

bool analytics(const QString& kind)
{
    return oneOf(kind, {"ml.training", "ml.notebook", "ml.pipeline", "compute.batch"});
}

bool entryPoint(const QString& kind)
{
    return startsWith(kind, "external.");
}

bool managedEdge(const QString& kind)
{
    return oneOf(kind, {"network.load_balancer", "network.api_gateway", "network.cdn", "network.firewall"});
}

bool replicable(const QString& kind)
{
    return oneOf(kind,
        {"compute.vm", "compute.gpu_vm", "compute.kubernetes", "compute.container", "ml.endpoint", "database.sql",
            "database.nosql", "database.cache"});
}

bool paid(const QString& kind)
{
    return !kind.isEmpty() && !startsWith(kind, "external.");
}

bool mlWorkload(const QString& kind)
{
    return oneOf(kind, {"ml.notebook", "ml.training", "ml.endpoint"});
}

bool database(const QString& kind)
{
    return startsWith(kind, "database.");
}

unsigned compute(const QString& kind)
{
    return (workload(kind) ? Workload : 0u) | (dataStore(kind) ? DataStore : 0u)
        | (operationalStore(kind) ? OperationalStore : 0u) | (analytics(kind) ? Analytics : 0u)
        | (entryPoint(kind) ? EntryPoint : 0u) | (managedEdge(kind) ? ManagedEdge : 0u)
        | (replicable(kind) ? Replicable : 0u) | (paid(kind) ? Paid : 0u) | (mlWorkload(kind) ? MlWorkload : 0u)
        | (database(kind) ? Database : 0u);
}

} // namespace
} // namespace cw::roles
