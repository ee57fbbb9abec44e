#pragma once

#include <QString>

#include <optional>

namespace cw {

/// Ids are unique strings across nodes, groups and edges of one diagram.
using Id = QString;

/// What an id names inside a diagram.
enum class EntityType { None, Node, Group, Edge };

/// Group kinds of the .cwa contract.
enum class GroupKind { Region, Zone, Vpc, Subnet, Environment };

/// Edge kinds of the .cwa contract.
enum class EdgeKind { Request, Data, Event, Control };

QString toString(GroupKind kind);
QString toString(EdgeKind kind);
std::optional<GroupKind> groupKindFromString(const QString& text);
std::optional<EdgeKind> edgeKindFromString(const QString& text);

/// The providers a diagram or node may name ("generic" means provider-neutral): the
/// built-in catalog's "providers" list (Catalog::isKnownProvider, providerName).
bool isKnownProvider(const QString& provider);
QString providerDisplayName(const QString& provider);

/// The currency every price and budget is in: the catalog's list prices are in US
/// dollars, and nothing converts them.
inline const QString kPricedCurrency = QStringLiteral("USD");
/// Why a diagram in this currency cannot be priced, or empty for USD.
QString currencyProblem(const QString& currency);

} // namespace cw
