#include "cost/price_sources.h"

#include <QHash>

#include <algorithm>

namespace cw::cost {

std::vector<PriceSource> priceSources(const PriceBook& book)
{
    std::vector<PriceSource> out;
    QHash<QString, std::size_t> index;
    for (const PriceEntry& e : book.entries()) {
        if (!e.known)
            continue;
        const QString source = e.source.isEmpty() ? QStringLiteral("derived") : e.source;
        auto it = index.constFind(source);
        if (it == index.cend()) {
            it = index.insert(source, out.size());
            out.push_back(PriceSource{source, 0, {}, {}, {}});
        }
        PriceSource& s = out[*it];
        ++s.prices;
        if (!s.providers.contains(e.provider))
            s.providers << e.provider;
        if (!e.asOf.isEmpty()) {
            if (s.oldest.isEmpty() || e.asOf < s.oldest)
                s.oldest = e.asOf;
            if (s.newest.isEmpty() || e.asOf > s.newest)
                s.newest = e.asOf;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PriceSource& a, const PriceSource& b) {
        return a.prices != b.prices ? a.prices > b.prices : a.source < b.source;
    });
    return out;
}

} // namespace cw::cost
