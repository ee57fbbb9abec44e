#include "catalog.h"

#include "model/json_text.h"

#include <QFile>
#include <QtGlobal>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};
} // namespace

namespace cw {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// "must be a whole number from 0 to 100000": one whole sentence per case, for translation.
QString rangeText(const PropertyDef& def, bool whole)
{
    if (def.min && def.max) {
        return (whole ? CatalogText::tr("must be a whole number from %1 to %2")
                      : CatalogText::tr("must be a number from %1 to %2"))
            .arg(number(*def.min), number(*def.max));
    }
    if (def.min) {
        return (whole ? CatalogText::tr("must be a whole number of at least %1")
                      : CatalogText::tr("must be a number of at least %1"))
            .arg(number(*def.min));
    }
    if (def.max) {
        return (whole ? CatalogText::tr("must be a whole number of at most %1")
                      : CatalogText::tr("must be a number of at most %1"))
            .arg(number(*def.max));
    }
    return whole ? CatalogText::tr("must be a whole number") : CatalogText::tr("must be a number");
}

} // namespace

QString describeJson(const Json& value)
{
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return QString::fromStdString(text);
}

QString KindInfo::serviceName(const QString& provider) const
{
    const QString n = names.value(provider);
    if (!n.isEmpty())
        return n;
    return names.value(QStringLiteral("generic"), kind);
}

QString KindInfo::shortName() const
{
    const int dot = int(kind.indexOf(QLatin1Char('.')));
    return dot < 0 ? kind : kind.mid(dot + 1);
}

QString GroupKindInfo::displayName(const QString& provider) const
{
    return names.value(provider, name);
}

QString PaletteGroup::displayName(const GroupKindInfo& kindInfo, const QString& provider) const
{
    const QString own = names.value(provider, name);
    return own.isEmpty() ? kindInfo.displayName(provider) : own;
}

QString PaletteGroup::groupName(const QString& provider) const
{
    return names.value(provider, name);
}

const Catalog& Catalog::builtin()
{
    static const Catalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in service catalog is missing from the program's resources.");
        QString error;
        std::optional<Catalog> parsed = fromJson(file.readAll(), &error);
        if (!parsed)
            qFatal("The built-in service catalog is broken: %s", qPrintable(error));
        return std::move(*parsed);
    }();
    return catalog;
}

const KindInfo* Catalog::kind(const QString& kind) const
{
    const auto it = m_kindIndex.constFind(kind);
    return it == m_kindIndex.cend() ? nullptr : &m_kinds[std::size_t(*it)];
}

const Category* Catalog::category(const QString& id) const
{
    for (const Category& c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const PropertyDef* Catalog::property(const QString& key) const
{
    const auto it = m_properties.constFind(key);
    return it == m_properties.cend() ? nullptr : &*it;
}

const GroupKindInfo* Catalog::groupKind(GroupKind kind) const
{
    for (const GroupKindInfo& g : m_groupKinds) {
        if (g.kind == kind)
            return &g;
    }
    return nullptr;
}

const EdgeKindInfo* Catalog::edgeKind(EdgeKind kind) const
{
    for (const EdgeKindInfo& e : m_edgeKinds) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

const PaletteGroup* Catalog::paletteGroup(const QString& id) const
{
    for (const PaletteGroup& g : m_paletteGroups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

bool Catalog::isKnownProvider(const QString& provider) const
{
    for (const ProviderInfo& p : m_providers) {
        if (p.id == provider)
            return true;
    }
    return false;
}

QString Catalog::providerName(const QString& provider) const
{
    for (const ProviderInfo& p : m_providers) {
        if (p.id == provider)
            return p.name;
    }
    return provider;
}

QString Catalog::providerChoices() const
{
    QString out;
    for (std::size_t i = 0; i < m_providers.size(); ++i) {
        if (i > 0)
            out += i + 1 == m_providers.size() ? QStringLiteral(" or ") : QStringLiteral(", ");
        out += m_providers[i].id;
    }
    return out;
}

QString Catalog::serviceName(const QString& kindId, const QString& provider) const
{
    const KindInfo* info = kind(kindId);
    return info ? info->serviceName(provider) : kindId;
}

Json Catalog::defaultValue(const QString& kindId, const QString& key, const QString& provider) const
{
    return defaultRef(kindId, key.toUtf8().constData(), provider);
}

const Json& Catalog::defaultRef(const QString& kindId, const char* key, const QString& provider) const
{
    static const Json none;
    if (const KindInfo* info = kind(kindId)) {
        const auto it = info->defaults.find(key);
        if (it != info->defaults.end()) {
            if (!it->is_object())
                return *it;
            const auto byProvider = it->find(provider.toStdString());
            if (byProvider != it->end())
                return *byProvider;
            const auto generic = it->find("generic");
            if (generic != it->end())
                return *generic;
        }
    }
    const auto def = m_propertyDefaults.find(key);
    return def == m_propertyDefaults.end() ? none : *def;
}

QStringList Catalog::suggestions(const QString& kindId, const QString& key, const QString& provider) const
{
    if (const KindInfo* info = kind(kindId)) {
        const auto it = info->suggestions.find(key.toStdString());
        if (it != info->suggestions.end() && it->is_object()) {
            const QStringList list = jsonStringList(it->value(provider.toStdString(), Json::array()));
            if (!list.isEmpty())
                return list;
        }
    }
    const PropertyDef* def = property(key);
    return def ? def->suggestions : QStringList();
}

QString Catalog::checkValue(const QString& key, const Json& value) const
{
    const PropertyDef* def = property(key);
    if (!def)
        return {};
    switch (def->type) {
    case PropertyType::Bool: return value.is_boolean() ? QString() : CatalogText::tr("must be true or false");
    case PropertyType::String: return value.is_string() ? QString() : CatalogText::tr("must be a string");
    case PropertyType::Enum: {
        const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
        if (value.is_string() && def->values.contains(text))
            return {};
        return CatalogText::tr("must be one of %1").arg(def->values.join(QStringLiteral(", ")));
    }
    case PropertyType::Int:
    case PropertyType::Number: {
        const bool whole = def->type == PropertyType::Int;
        bool fine = value.is_number();
        if (fine) {
            const double v = value.get<double>();
            fine = std::isfinite(v) && !(whole && !value.is_number_integer() && std::floor(v) != v)
                && !(def->min && v < *def->min) && !(def->max && v > *def->max);
        }
        if (fine)
            return {}; // the message below is built only when needed: loading checks every value
        return rangeText(*def, whole);
    }
    }
    return {};
}

EdgeKind Catalog::proposeEdgeKind(const QString& fromKind, const QString& toKind) const
{
    // Governing services point at what they govern, but drawn the other way round the
    // relation is still one of control; so each end's wish counts, the stronger wins.
    auto strength = [](EdgeKind k) {
        switch (k) {
        case EdgeKind::Control: return 3;
        case EdgeKind::Event: return 2;
        case EdgeKind::Data: return 1;
        case EdgeKind::Request: return 0;
        }
        return 0;
    };
    EdgeKind proposed = EdgeKind::Request;
    for (const QString& end : {fromKind, toKind}) {
        const KindInfo* info = kind(end);
        if (info && info->connectsAs && strength(*info->connectsAs) > strength(proposed))
            proposed = *info->connectsAs;
    }
    return proposed;
}

} // namespace cw
