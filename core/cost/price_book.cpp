#include "price_book.h"

#include <QFile>

#include <algorithm>

#include <QCoreApplication>
#include <nlohmann/json.hpp>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct CostText {
    Q_DECLARE_TR_FUNCTIONS(CostText)
};
} // namespace

namespace cw::cost {

namespace {

using Json = nlohmann::json;

/// Thrown inside fromJson only, caught there: carries the place and the problem.
struct BadFile {
    QString message;
};

[[noreturn]] void bad(const QString& place, const QString& what)
{
    throw BadFile{place + QStringLiteral(": ") + what};
}

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QString requiredText(const Json& obj, const char* key, const QString& place)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        bad(place, QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
    if (!it->is_string() || it->get<std::string>().empty())
        bad(place, QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
    return str(it->get<std::string>());
}

QString optionalText(const Json& obj, const char* key, const QString& place)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return QString();
    if (!it->is_string())
        bad(place, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
    return str(it->get<std::string>());
}

std::optional<Confidence> confidenceFrom(const QString& text)
{
    if (text == QLatin1String("A"))
        return Confidence::A;
    if (text == QLatin1String("B"))
        return Confidence::B;
    if (text == QLatin1String("C"))
        return Confidence::C;
    if (text == QLatin1String("E"))
        return Confidence::E;
    return std::nullopt;
}

/// An amount as a decimal string ("0.096") or a JSON number; either is read exactly.
UnitPrice amountFrom(const Json& j, const QString& place)
{
    QString text;
    if (j.is_string())
        text = str(j.get<std::string>());
    else if (j.is_number())
        text = str(j.dump());
    else
        bad(place, QStringLiteral("\"usd\" must be a decimal string such as \"0.096\" or a number"));
    QString why;
    const std::optional<UnitPrice> price = UnitPrice::fromDecimal(text, &why);
    if (!price)
        bad(place, QStringLiteral("\"usd\" %1").arg(why));
    return *price;
}

void readProvenance(const Json& p, const QString& place, PriceEntry& e)
{
    e.item = optionalText(p, "item", place);
    e.source = requiredText(p, "source", place);
    e.asOf = requiredText(p, "asOf", place);
    const QString code = requiredText(p, "confidence", place);
    const std::optional<Confidence> c = confidenceFrom(code);
    if (!c)
        bad(place, QStringLiteral("confidence \"%1\" is not one of A, B, C, E").arg(code));
    e.confidence = *c;
    e.sourceRegion = optionalText(p, "sourceRegion", place);
    e.note = optionalText(p, "note", place);
    e.derivation = optionalText(p, "derivation", place);
    e.factsRow = optionalText(p, "factsRow", place);
    if (p.contains("tier")) {
        const Json& t = p["tier"];
        if (!t.is_object())
            bad(place, QStringLiteral("\"tier\" must be an object"));
        PriceTier tier{requiredText(t, "from", place + QStringLiteral(" tier")), QString(),
            requiredText(t, "unit", place + QStringLiteral(" tier"))};
        if (t.contains("to") && !t["to"].is_null())
            tier.to = requiredText(t, "to", place + QStringLiteral(" tier"));
        e.tier = tier;
    }
}

PriceEntry readEntry(const Json& p, const QString& place, const QHash<QString, QStringList>& regions,
    const QHash<QString, QString>& units)
{
    if (!p.is_object())
        bad(place, QStringLiteral("must be an object"));
    PriceEntry e;
    e.provider = requiredText(p, "provider", place);
    e.key = requiredText(p, "key", place);
    const QString named = QStringLiteral("%1 (%2 %3)").arg(place, e.provider, e.key);
    if (!regions.contains(e.provider))
        bad(named, QStringLiteral("provider \"%1\" has no regions in \"regions\"").arg(e.provider));
    e.region = requiredText(p, "region", named);
    if (!regions.value(e.provider).contains(e.region))
        bad(named,
            QStringLiteral("region \"%1\" is not one of the %2 regions in \"regions\"").arg(e.region, e.provider));
    e.unit = requiredText(p, "unit", named);
    if (!units.contains(e.unit))
        bad(named, QStringLiteral("unit \"%1\" is not declared in \"units\"").arg(e.unit));

    const int kinds = int(p.contains("usd")) + int(p.contains("composedOf")) + int(p.contains("unknown"));
    if (kinds != 1)
        bad(named, QStringLiteral("needs exactly one of \"usd\", \"composedOf\" or \"unknown\""));
    if (p.contains("unknown")) {
        e.unknownReason = requiredText(p, "unknown", named);
        return e;
    }
    readProvenance(p, named, e);
    if (p.contains("usd")) {
        e.amount = amountFrom(p["usd"], named);
        e.known = true;
        return e;
    }
    const Json& parts = p["composedOf"];
    if (!parts.is_array() || parts.empty())
        bad(named, QStringLiteral("\"composedOf\" must be a non-empty array"));
    if (e.derivation.isEmpty())
        bad(named, QStringLiteral("a price added up from parts needs a \"derivation\""));
    for (size_t i = 0; i < parts.size(); ++i) {
        const QString pp = named + QStringLiteral(" composedOf[%1]").arg(i);
        const QString key = requiredText(parts[i], "key", pp);
        QString why;
        const std::optional<qint64> q = parseQuantityMicros(requiredText(parts[i], "quantity", pp), &why);
        if (!q)
            bad(pp, QStringLiteral("quantity %1").arg(why));
        e.parts.emplace_back(key, *q);
    }
    return e;
}

} // namespace

QString toString(Confidence confidence)
{
    switch (confidence) {
    case Confidence::A: return QStringLiteral("A");
    case Confidence::B: return QStringLiteral("B");
    case Confidence::C: return QStringLiteral("C");
    case Confidence::E: return QStringLiteral("E");
    }
    return QStringLiteral("E");
}

const PriceBook& PriceBook::builtin()
{
    static const PriceBook book = [] {
        QFile pricing(QStringLiteral(":/pricing/pricing.json"));
        QFile equivalents(QStringLiteral(":/pricing/equivalents.json"));
        if (!pricing.open(QIODevice::ReadOnly) || !equivalents.open(QIODevice::ReadOnly))
            qFatal("The built-in price book is missing from the program's resources.");
        QString error;
        std::optional<PriceBook> parsed = fromJson(pricing.readAll(), equivalents.readAll(), &error);
        if (!parsed)
            qFatal("The built-in price book is broken: %s", qPrintable(error));
        return std::move(*parsed);
    }();
    return book;
}

std::optional<PriceBook> PriceBook::fromJson(const QByteArray& pricing, const QByteArray& equivalents, QString* error,
    const QString& pricingName, const QString& equivalentsName)
{
    PriceBook book;
    try {
        const Json doc = Json::parse(pricing.constBegin(), pricing.constEnd(), nullptr, false);
        if (doc.is_discarded() || !doc.is_object())
            bad(pricingName, QStringLiteral("is not a JSON object"));
        if (doc.value("format", std::string()) != "cloudwright-pricing")
            bad(pricingName + QStringLiteral(": format"), QStringLiteral("must be \"cloudwright-pricing\""));
        const Json version = doc.value("formatVersion", Json());
        if (!version.is_number_integer() || version.get<int>() < 1)
            bad(pricingName + QStringLiteral(": formatVersion"), QStringLiteral("must be a whole number"));
        if (version.get<int>() > 1)
            bad(pricingName + QStringLiteral(": formatVersion"),
                QStringLiteral("%1 is newer than this program reads (1)").arg(version.get<int>()));
        book.m_currency = requiredText(doc, "currency", pricingName);
        if (book.m_currency != QLatin1String("USD"))
            bad(pricingName + QStringLiteral(": currency"), QStringLiteral("only USD prices are supported"));
        const Json hours = doc.value("hoursPerMonth", Json());
        if (!hours.is_number_integer() || hours.get<int>() <= 0 || hours.get<int>() > 744)
            bad(pricingName + QStringLiteral(": hoursPerMonth"),
                QStringLiteral("must be a whole number from 1 to 744"));
        book.m_hoursPerMonth = hours.get<int>();

        const Json regions = doc.value("regions", Json());
        if (!regions.is_object())
            bad(pricingName + QStringLiteral(": regions"),
                QStringLiteral("must be an object of provider -> [regions]"));
        for (auto it = regions.begin(); it != regions.end(); ++it) {
            QStringList list;
            for (const Json& r : *it) {
                if (!r.is_string())
                    bad(pricingName + QStringLiteral(": regions.") + str(it.key()),
                        QStringLiteral("must list strings"));
                list << str(r.get<std::string>());
            }
            book.m_regions.insert(str(it.key()), list);
        }
        const Json units = doc.value("units", Json());
        if (!units.is_object())
            bad(pricingName + QStringLiteral(": units"), QStringLiteral("must be an object of unit -> description"));
        for (auto it = units.begin(); it != units.end(); ++it)
            book.m_units.insert(str(it.key()), it->is_string() ? str(it->get<std::string>()) : QString());
        const Json kindKeys = doc.value("kindKeys", Json::object());
        for (auto it = kindKeys.begin(); it != kindKeys.end(); ++it)
            book.m_kindKeys.insert(
                str(it.key()), requiredText(kindKeys, it.key().c_str(), pricingName + QStringLiteral(": kindKeys")));

        const Json prices = doc.value("prices", Json());
        if (!prices.is_array())
            bad(pricingName + QStringLiteral(": prices"), QStringLiteral("must be an array"));
        for (size_t i = 0; i < prices.size(); ++i) {
            PriceEntry e = readEntry(
                prices[i], pricingName + QStringLiteral(": prices[%1]").arg(i), book.m_regions, book.m_units);
            const IndexKey id = indexKey(e.provider, e.region, e.key);
            if (book.m_index.contains(id))
                bad(pricingName + QStringLiteral(": prices[%1] (%2 %3)").arg(i).arg(e.provider, e.key),
                    QStringLiteral("is listed twice for %1").arg(e.region));
            book.m_index.insert(id, int(book.m_entries.size()));
            book.m_entries.push_back(std::move(e));
        }
        // Add up composed prices from their parts, exactly; a missing part makes the
        // whole unknown with that part's reason.
        for (size_t i = 0; i < book.m_entries.size(); ++i) {
            PriceEntry& e = book.m_entries[i];
            if (e.parts.empty())
                continue;
            const QString place = pricingName + QStringLiteral(": prices[%1] (%2 %3)").arg(i).arg(e.provider, e.key);
            UnitPrice sum;
            QStringList missing;
            for (const auto& [key, quantity] : e.parts) {
                const auto it = book.m_index.constFind(indexKey(e.provider, e.region, key));
                if (it == book.m_index.constEnd())
                    bad(place, QStringLiteral("part \"%1\" is not in the book").arg(key));
                const PriceEntry& part = book.m_entries[size_t(*it)];
                if (!part.parts.empty())
                    bad(place, QStringLiteral("part \"%1\" is itself added up; parts must be plain prices").arg(key));
                if (!part.known) {
                    missing << QStringLiteral("%1 (%2)").arg(key, part.unknownReason);
                    continue;
                }
                sum = sum + part.amount.scaled(quantity);
                e.confidence = std::max(e.confidence, part.confidence);
            }
            e.known = missing.isEmpty();
            e.amount = e.known ? sum : UnitPrice();
            if (!e.known)
                e.unknownReason = CostText::tr("a part is unknown: %1").arg(missing.join(QStringLiteral("; ")));
        }
        QString eqError;
        std::optional<Equivalents> eq = Equivalents::fromJson(equivalents, equivalentsName, &eqError);
        if (!eq)
            throw BadFile{eqError};
        book.m_equivalents = std::move(*eq);
    } catch (const BadFile& failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    } catch (const Json::exception& failure) {
        if (error)
            *error = pricingName + QStringLiteral(": ") + QString::fromUtf8(failure.what());
        return std::nullopt;
    }
    return book;
}

PriceLookup PriceBook::find(const QString& provider, const QString& region, const QString& key) const
{
    const auto it = m_index.constFind(indexKey(provider, region, key));
    if (it != m_index.constEnd()) {
        const PriceEntry& e = m_entries[size_t(*it)];
        return {&e, e.known ? QString() : e.unknownReason};
    }
    if (!m_regions.contains(provider))
        return {nullptr, CostText::tr("the price book has no prices for provider \"%1\"").arg(provider)};
    if (!m_regions.value(provider).contains(region))
        return {nullptr,
            CostText::tr("the price book has no %1 prices for region %2 (it covers %3)")
                .arg(provider, region, m_regions.value(provider).join(QStringLiteral(", ")))};
    return {nullptr, CostText::tr("the price book has no %1 %2 price for \"%3\"").arg(provider, region, key)};
}

QString PriceBook::instanceKey(const QString& kind, const QString& instanceType, const QString& engine) const
{
    const auto it = m_kindKeys.constFind(kind);
    if (it == m_kindKeys.constEnd() || instanceType.isEmpty())
        return QString();
    QString prefix = *it;
    prefix.replace(QLatin1String("{engine}"), engine.isEmpty() ? QStringLiteral("postgres") : engine);
    return prefix + QLatin1Char(':') + instanceType;
}

PriceLookup PriceBook::vmDiscount(
    const QString& provider, const QString& region, const QString& instanceType, const QString& pricingModel) const
{
    const InstanceInfo* info = m_equivalents.instance(QStringLiteral("vm"), provider, instanceType);
    if (info && !info->family.isEmpty()) {
        const PriceLookup family
            = find(provider, region, QStringLiteral("discount:vm:%1:%2").arg(info->family, pricingModel));
        if (family.entry)
            return family;
    }
    const PriceLookup all = find(provider, region, QStringLiteral("discount:vm:*:%1").arg(pricingModel));
    if (all.entry)
        return all;
    return {
        nullptr, CostText::tr("the facts give no %1 discount for %2 %3").arg(pricingModel, provider, instanceType)};
}

} // namespace cw::cost
