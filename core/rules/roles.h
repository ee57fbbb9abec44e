#pragma once

#include <QString>

/// What part a node kind plays in an architecture, as the rules see it. One place, so
/// that every rule means the same by "workload" or "data store".
namespace cw::roles {

/// Runs code: VMs, containers, functions, batch, notebooks, training, endpoints, pipelines, builds.
bool isWorkload(const QString& kind);
/// Keeps data: storage, databases, feature stores, model registries.
bool isDataStore(const QString& kind);
/// A transactional store that serves the product (SQL, NoSQL, cache).
bool isOperationalStore(const QString& kind);
/// Works on data for analysis or training: training, notebooks, pipelines, batch jobs (a
/// warehouse is where such data should live, not such work).
bool isAnalytics(const QString& kind);
/// Where requests come from: users and outside applications.
bool isEntryPoint(const QString& kind);
/// A managed way in from the internet: load balancer, API gateway, CDN, firewall/WAF.
bool isManagedEdge(const QString& kind);
/// Runs on machines someone can make redundant: VMs, clusters, containers, endpoints, databases.
bool isReplicable(const QString& kind);
/// Costs money in the cloud (everything but the external actors).
bool isPaid(const QString& kind);
bool isMlWorkload(const QString& kind); ///< notebooks, training, endpoints
bool isDatabase(const QString& kind);   ///< database.*

} // namespace cw::roles
