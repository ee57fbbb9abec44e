#pragma once

// Where the price book's figures come from, for Help > About and the report: one line per
// source with how many prices it gives, the providers it covers and its dates.

#include "cost/price_book.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cw::cost {

struct PriceSource {
    QString source;     ///< as the facts cite it ("aws/karpenter-provider-aws@1d927085 ...")
    int prices = 0;     ///< known prices from it
    QStringList providers; ///< "aws", "gcp", ... in order of first appearance
    QString oldest, newest; ///< asOf dates (ISO), empty when the source gives none
};

/// The sources of the book's known prices, most prices first (then by name). Added-up and
/// derived figures count under "derived"; missing prices are not counted.
std::vector<PriceSource> priceSources(const PriceBook& book);

} // namespace cw::cost
