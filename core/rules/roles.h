#pragma once

#include "catalog/catalog.h"

#include <QString>

/// What part a node kind plays in an architecture, as the rules see it. The catalog
/// says it ("roles" on each kind, docs/catalog.md); these name the questions so that
/// every rule means the same by "workload" or "data store". An unknown kind has no role.
namespace cw::roles {

/// Runs code: VMs, containers, functions, batch, notebooks, training, endpoints, pipelines, builds.
inline bool isWorkload(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::Workload);
}
/// Keeps data: storage, databases, feature stores, model registries.
inline bool isDataStore(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::DataStore);
}
/// A transactional store that serves the product (SQL, NoSQL, cache).
inline bool isOperationalStore(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::OperationalStore);
}
/// Works on data for analysis or training: training, notebooks, pipelines, batch jobs (a
/// warehouse is where such data should live, not such work).
inline bool isAnalytics(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::Analytics);
}
/// Where requests come from: users and outside applications.
inline bool isEntryPoint(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::EntryPoint);
}
/// A managed way in from the internet: load balancer, API gateway, CDN, firewall/WAF.
inline bool isManagedEdge(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::ManagedEdge);
}
/// Runs on machines someone can make redundant: VMs, clusters, containers, endpoints, databases.
inline bool isReplicable(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::Replicable);
}
/// Costs money in the cloud (everything but the external actors).
inline bool isPaid(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::Paid);
}
/// Notebooks, training, endpoints.
inline bool isMlWorkload(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::MlWorkload);
}
/// database.*
inline bool isDatabase(const Catalog& catalog, const QString& kind)
{
    return catalog.hasRole(kind, Role::Database);
}

} // namespace cw::roles
