#pragma once

#include "cost/price_book.h"

#include <QString>
#include <QStringList>

namespace cw {
class Architecture;
class Catalog;
struct Node;
} // namespace cw

/// The pricing models a node's `pricing` property names (docs/cost.md), and whether the
/// price book can price a node on one.
namespace cw::cost {

/// "on_demand", "reserved_1y", "reserved_3y", "spot", in the order menus list them.
const QStringList& pricingModels();
/// For sentences: "on-demand", "reserved 1 year", "reserved 3 years", "spot"; empty when unknown.
QString pricingModelText(const QString& model);
/// Before "price": "on-demand", "reserved 1-year", "reserved 3-year", "spot".
QString pricingModelPriceText(const QString& model);

/// Empty when the book prices node on model, else why not (no reserved or spot rate for
/// its kind, type or provider). On-demand is the list price itself: always empty. Reads
/// the rest of the node as it is, through the cost model, so it answers exactly what
/// the estimate would show.
QString whyNotPricedOn(const Catalog& catalog, const PriceBook& book, const Architecture& model, const Node& node,
    const QString& pricingModel);

} // namespace cw::cost
