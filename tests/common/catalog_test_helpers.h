#pragma once

// Catalogs made from the built-in catalog.json with an edit applied, for tests that show
// what a data edit of the catalog does (and what a broken one is refused with).

#include "catalog/catalog.h"

#include <QFile>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace cw::test {

/// The kind extendedCatalog() adds: a workload that works on data, started by events.
inline constexpr const char* kExtraKind = "compute.stream_processor";

inline Json builtinCatalogJson()
{
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in catalog is missing from the resources");
    const QByteArray bytes = file.readAll();
    return Json::parse(bytes.constBegin(), bytes.constEnd());
}

/// The built-in catalog.json edited by mutate, parsed as Catalog::fromJson does.
inline std::optional<Catalog> catalogWith(const std::function<void(Json&)>& mutate, QString* error = nullptr)
{
    Json doc = builtinCatalogJson();
    mutate(doc);
    const std::string text = doc.dump(2);
    return Catalog::fromJson(QByteArray::fromStdString(text), error);
}

/// Adds kExtraKind to a catalog document: one more service, as data only.
inline void addExtraKind(Json& doc)
{
    doc["kinds"].push_back(Json{
        {"kind", kExtraKind},
        {"category", "compute"},
        {"model", "PaaS"},
        {"icon", "icons/compute.batch.svg"},
        {"names",
            {{"generic", "Stream processor"}, {"aws", "Managed Flink"}, {"gcp", "Dataflow"},
                {"azure", "Stream Analytics"}}},
        {"description", "Runs a continuous job over a stream of events."},
        {"roles", {"workload", "analytics", "paid"}},
        {"connectsAs", "event"},
        {"props", {"count", "hours_per_month"}},
        {"billing", {{"unit", "hour"}, {"rate", {{"aws", 0.11}}}}},
    });
}

/// The built-in catalog with kExtraKind.
inline std::optional<Catalog> extendedCatalog(QString* error = nullptr)
{
    return catalogWith(addExtraKind, error);
}

/// The names of the roles a kind plays, in the catalog's order of roles.
inline QStringList rolesOf(const Catalog& catalog, const QString& kind)
{
    static const std::array<std::pair<Role, const char*>, 10> kNames{{{Role::Workload, "workload"},
        {Role::DataStore, "dataStore"}, {Role::OperationalStore, "operationalStore"}, {Role::Analytics, "analytics"},
        {Role::EntryPoint, "entryPoint"}, {Role::ManagedEdge, "managedEdge"}, {Role::Replicable, "replicable"},
        {Role::Paid, "paid"}, {Role::MlWorkload, "mlWorkload"}, {Role::Database, "database"}}};
    QStringList out;
    for (const auto& [role, name] : kNames) {
        if (catalog.hasRole(kind, role))
            out << QString::fromLatin1(name);
    }
    return out;
}

} // namespace cw::test
