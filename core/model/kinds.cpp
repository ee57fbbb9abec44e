#include "kinds.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <array>
#include <utility>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {
namespace {

constexpr std::array<std::pair<GroupKind, const char*>, 5> kGroupKinds{{
    {GroupKind::Region, "region"},
    {GroupKind::Zone, "zone"},
    {GroupKind::Vpc, "vpc"},
    {GroupKind::Subnet, "subnet"},
    {GroupKind::Environment, "environment"},
}};

constexpr std::array<std::pair<EdgeKind, const char*>, 4> kEdgeKinds{{
    {EdgeKind::Request, "request"},
    {EdgeKind::Data, "data"},
    {EdgeKind::Event, "event"},
    {EdgeKind::Control, "control"},
}};

template <typename Enum, std::size_t N>
QString lookupName(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookupValue(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text)
{
    for (const auto& [e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toString(GroupKind kind)
{
    return lookupName(kGroupKinds, kind);
}
QString toString(EdgeKind kind)
{
    return lookupName(kEdgeKinds, kind);
}
std::optional<GroupKind> groupKindFromString(const QString& text)
{
    return lookupValue(kGroupKinds, text);
}
std::optional<EdgeKind> edgeKindFromString(const QString& text)
{
    return lookupValue(kEdgeKinds, text);
}

// The providers are the built-in catalog's list; code that has a catalog asks it instead.
bool isKnownProvider(const QString& provider)
{
    return Catalog::builtin().isKnownProvider(provider);
}

QString providerDisplayName(const QString& provider)
{
    return Catalog::builtin().providerName(provider);
}

QString currencyProblem(const QString& currency)
{
    if (currency == kPricedCurrency)
        return {};
    return LoadText::tr("“%1” cannot be priced: Cloudwright's list prices and budgets are in US dollars (USD), "
                        "and it converts no currency")
        .arg(currency);
}

} // namespace cw
