#include "roles.h"

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

bool isWorkload(const QString& kind)
{
    return startsWith(kind, "compute.")
        || oneOf(kind, {"ml.notebook", "ml.training", "ml.endpoint", "ml.pipeline", "devops.build"});
}

bool isDataStore(const QString& kind)
{
    return startsWith(kind, "storage.") || startsWith(kind, "database.")
        || oneOf(kind, {"ml.feature_store", "ml.registry"});
}

bool isOperationalStore(const QString& kind)
{
    return oneOf(kind, {"database.sql", "database.nosql", "database.cache"});
}

bool isAnalytics(const QString& kind)
{
    return oneOf(kind, {"ml.training", "ml.notebook", "ml.pipeline", "database.warehouse", "compute.batch"});
}

bool isEntryPoint(const QString& kind)
{
    return startsWith(kind, "external.");
}

bool isManagedEdge(const QString& kind)
{
    return oneOf(kind, {"network.load_balancer", "network.api_gateway", "network.cdn", "network.firewall"});
}

bool isReplicable(const QString& kind)
{
    return oneOf(kind,
        {"compute.vm", "compute.gpu_vm", "compute.kubernetes", "compute.container", "ml.endpoint", "database.sql",
            "database.nosql", "database.cache"});
}

bool isPaid(const QString& kind)
{
    return !kind.isEmpty() && !startsWith(kind, "external.");
}

bool isMlWorkload(const QString& kind)
{
    return oneOf(kind, {"ml.notebook", "ml.training", "ml.endpoint"});
}

bool isDatabase(const QString& kind)
{
    return startsWith(kind, "database.");
}

} // namespace cw::roles
