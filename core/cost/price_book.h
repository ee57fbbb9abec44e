#pragma once

#include "cost/equivalents.h"
#include "cost/money.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace cw::cost {

/// How far a price can be trusted (shared/facts/pricing.md): A a provider price API,
/// B an official page, C a secondary source or arithmetic on A/B figures, E an estimate.
enum class Confidence { A, B, C, E };
QString toString(Confidence confidence);

/// A volume tier, as the source states it ("from 10 to 50 TB"); `to` empty is open.
struct PriceTier {
    QString from;
    QString to;
    QString unit;
};

/// One entry of the price book: a sourced price, a price added up from other entries,
/// or a price known to be missing, with the reason.
struct PriceEntry {
    QString provider; ///< "aws", "gcp", "azure"
    QString region;   ///< the region the book prices, e.g. "us-east-1"
    QString key;      ///< stable id, e.g. "vm:m5.large", "llm:gpt-4o:input_1m"
    QString unit;     ///< an id from the file's unit table, e.g. "hour", "gb_month"
    bool known = false;
    UnitPrice amount;      ///< USD per unit; meaningful only when known
    QString unknownReason; ///< when not known
    QString item;          ///< what the source calls it
    QString source;
    QString asOf;
    QString sourceRegion; ///< set when the source priced another region than `region`
    QString note;
    QString derivation; ///< how an added-up or derived figure was worked out
    QString factsRow;   ///< "pricing_catalog.csv:3": the row it traces to
    Confidence confidence = Confidence::E;
    std::optional<PriceTier> tier;
    std::vector<std::pair<QString, qint64>> parts; ///< added up from: key, quantity in millionths
};

/// What a lookup found. `entry` is set when the book lists the key (priced or known to
/// be missing); isKnown() only for a price. A missing price is never a zero.
struct PriceLookup {
    const PriceEntry* entry = nullptr;
    QString reason; ///< why there is no price, when !isKnown()

    bool isKnown() const { return entry && entry->known; }
};

/// The list prices cost estimates read: resources/pricing/pricing.json (built from the
/// sourced facts, see docs/pricing.md) and the cross-provider equivalents of instance
/// types and regions from resources/pricing/equivalents.json.
class PriceBook {
public:
    /// The book compiled into the program.
    static const PriceBook& builtin();
    /// Parses and checks both files; on failure returns nullopt and sets error to one
    /// line naming the file and the place ("pricing.json: prices[12] (aws vm:x): ...").
    static std::optional<PriceBook> fromJson(const QByteArray& pricing, const QByteArray& equivalents, QString* error,
        const QString& pricingName = QStringLiteral("pricing.json"),
        const QString& equivalentsName = QStringLiteral("equivalents.json"));

    int hoursPerMonth() const { return m_hoursPerMonth; }
    QString currency() const { return m_currency; }
    /// The regions the book has prices for at a provider.
    QStringList regions(const QString& provider) const { return m_regions.value(provider); }
    /// What a unit id means, e.g. "per GB stored for a month"; empty when undeclared.
    QString unitDescription(const QString& unit) const { return m_units.value(unit); }
    const std::vector<PriceEntry>& entries() const { return m_entries; }
    const Equivalents& equivalents() const { return m_equivalents; }

    /// The price of key at provider and region, or why there is none.
    PriceLookup find(const QString& provider, const QString& region, const QString& key) const;
    /// The price key of a node kind's instance type: "vm:m5.large", "sql:postgres:db.t3.large";
    /// empty when the kind is not priced by instance type.
    QString instanceKey(
        const QString& kind, const QString& instanceType, const QString& engine = QStringLiteral("postgres")) const;
    /// The percent off on-demand for a pricing model ("reserved_1y", "reserved_3y", "spot",
    /// "sustained_use") of a VM type: its family's rate when the facts give one, else the
    /// provider's rate for all VMs ("*"), else unknown with the reason.
    PriceLookup vmDiscount(
        const QString& provider, const QString& region, const QString& instanceType, const QString& pricingModel) const;

    Mapping mapInstanceType(const QString& kind, const QString& type, const QString& from, const QString& to) const
    {
        return m_equivalents.mapInstanceType(kind, type, from, to);
    }
    Mapping mapRegion(const QString& region, const QString& from, const QString& to) const
    {
        return m_equivalents.mapRegion(region, from, to);
    }

private:
    PriceBook() = default;
    /// A price's place in the index: built from the caller's strings without allocating.
    struct IndexKey {
        QString provider, region, key;
        bool operator==(const IndexKey& o) const { return key == o.key && region == o.region && provider == o.provider; }
        friend size_t qHash(const IndexKey& k, size_t seed = 0) { return qHashMulti(seed, k.provider, k.region, k.key); }
    };
    static IndexKey indexKey(const QString& provider, const QString& region, const QString& key)
    {
        return {provider, region, key};
    }

    int m_hoursPerMonth = 730;
    QString m_currency;
    QHash<QString, QStringList> m_regions;
    QHash<QString, QString> m_units;
    QHash<QString, QString> m_kindKeys;
    std::vector<PriceEntry> m_entries;
    QHash<IndexKey, int> m_index; ///< (provider, region, key) -> m_entries
    Equivalents m_equivalents;
};

} // namespace cw::cost
