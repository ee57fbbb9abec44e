#include "catalog.h"

#include "model/json_text.h"
#include <QFile>
#include <QtGlobal>

#include <cmath>

namespace cw {

namespace {

QHash<QString, QString> names(const Json& j)
{
    QHash<QString, QString> out;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it->is_string())
                out.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        }
    }
    return out;
}

std::optional<PropertyType> propertyType(const QString& text)
{
    if (text == QLatin1String("int"))
        return PropertyType::Int;
    if (text == QLatin1String("number"))
        return PropertyType::Number;
    if (text == QLatin1String("bool"))
        return PropertyType::Bool;
    if (text == QLatin1String("string"))
        return PropertyType::String;
    if (text == QLatin1String("enum"))
        return PropertyType::Enum;
    return std::nullopt;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString rangeText(const PropertyDef& def)
{
    if (def.min && def.max)
        return QStringLiteral(" from %1 to %2").arg(number(*def.min), number(*def.max));
    if (def.min)
        return QStringLiteral(" of at least %1").arg(number(*def.min));
    if (def.max)
        return QStringLiteral(" of at most %1").arg(number(*def.max));
    return {};
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

std::optional<Catalog> Catalog::fromJson(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return fail(QStringLiteral("not a JSON object"));

    Catalog c;
    for (const Json& cat : doc.value("categories", Json::array())) {
        c.m_categories.push_back(Category{jsonString(cat, "id"), jsonString(cat, "name"), jsonString(cat, "color")});
    }

    const Json props = doc.value("properties", Json::object());
    for (auto it = props.begin(); it != props.end(); ++it) {
        const Json& p = *it;
        PropertyDef def;
        def.key = QString::fromStdString(it.key());
        def.label = jsonString(p, "label");
        def.unit = jsonString(p, "unit");
        def.help = jsonString(p, "help");
        const auto type = propertyType(jsonString(p, "type"));
        if (!type)
            return fail(QStringLiteral("property %1 has an unknown type").arg(def.key));
        def.type = *type;
        if (p.contains("min") && p["min"].is_number())
            def.min = p["min"].get<double>();
        if (p.contains("max") && p["max"].is_number())
            def.max = p["max"].get<double>();
        def.values = jsonStringList(p.value("values", Json::array()));
        def.suggestions = jsonStringList(p.value("suggestions", Json::array()));
        def.defaultValue = p.value("default", Json());
        c.m_properties.insert(def.key, def);
    }

    for (const Json& k : doc.value("kinds", Json::array())) {
        KindInfo info;
        info.kind = jsonString(k, "kind");
        info.category = jsonString(k, "category");
        info.serviceModel = jsonString(k, "model");
        info.description = jsonString(k, "description");
        info.icon = jsonString(k, "icon");
        info.names = names(k.value("names", Json::object()));
        info.props = jsonStringList(k.value("props", Json::array()));
        info.defaults = k.value("defaults", Json::object());
        info.suggestions = k.value("suggestions", Json::object());
        if (info.kind.isEmpty() || !c.category(info.category))
            return fail(QStringLiteral("kind %1 has no known category").arg(info.kind));
        for (const QString& key : std::as_const(info.props)) {
            if (!c.m_properties.contains(key))
                return fail(QStringLiteral("kind %1 lists unknown property %2").arg(info.kind, key));
        }
        c.m_kindIndex.insert(info.kind, int(c.m_kinds.size()));
        c.m_kinds.push_back(std::move(info));
    }

    for (const Json& g : doc.value("groupKinds", Json::array())) {
        GroupKindInfo info;
        const auto kind = groupKindFromString(jsonString(g, "kind"));
        if (!kind)
            return fail(QStringLiteral("unknown group kind %1").arg(jsonString(g, "kind")));
        info.kind = *kind;
        info.name = jsonString(g, "name");
        info.description = jsonString(g, "description");
        info.icon = jsonString(g, "icon");
        info.iconPublic = jsonString(g, "iconPublic");
        info.names = names(g.value("names", Json::object()));
        info.props = jsonStringList(g.value("props", Json::array()));
        c.m_groupKinds.push_back(std::move(info));
    }

    for (const Json& e : doc.value("edgeKinds", Json::array())) {
        const auto kind = edgeKindFromString(jsonString(e, "kind"));
        if (!kind)
            return fail(QStringLiteral("unknown edge kind %1").arg(jsonString(e, "kind")));
        c.m_edgeKinds.push_back(EdgeKindInfo{*kind, jsonString(e, "name"), jsonString(e, "description")});
    }
    if (c.m_kinds.empty() || c.m_groupKinds.size() != 5 || c.m_edgeKinds.size() != 4)
        return fail(QStringLiteral("kinds, group kinds or edge kinds are missing"));
    return c;
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

QString Catalog::serviceName(const QString& kindId, const QString& provider) const
{
    const KindInfo* info = kind(kindId);
    return info ? info->serviceName(provider) : kindId;
}

Json Catalog::defaultValue(const QString& kindId, const QString& key, const QString& provider) const
{
    const std::string k = key.toStdString();
    if (const KindInfo* info = kind(kindId)) {
        const auto it = info->defaults.find(k);
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
    const PropertyDef* def = property(key);
    return def ? def->defaultValue : Json();
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
    case PropertyType::Bool: return value.is_boolean() ? QString() : QStringLiteral("must be true or false");
    case PropertyType::String: return value.is_string() ? QString() : QStringLiteral("must be a string");
    case PropertyType::Enum: {
        const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
        if (value.is_string() && def->values.contains(text))
            return {};
        return QStringLiteral("must be one of %1").arg(def->values.join(QStringLiteral(", ")));
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
        return (whole ? QStringLiteral("must be a whole number") : QStringLiteral("must be a number"))
            + rangeText(*def);
    }
    }
    return {};
}

EdgeKind Catalog::proposeEdgeKind(const QString& fromKind, const QString& toKind) const
{
    const KindInfo* from = kind(fromKind);
    const KindInfo* to = kind(toKind);
    const QString fromCat = from ? from->category : QString();
    const QString toCat = to ? to->category : QString();
    auto isStore = [](const QString& k, const QString& category) {
        return category == QLatin1String("storage") || category == QLatin1String("database")
            || k == QLatin1String("ml.feature_store") || k == QLatin1String("ml.registry")
            || k == QLatin1String("devops.registry") || k == QLatin1String("security.secrets")
            || k == QLatin1String("security.kms") || k == QLatin1String("observability.logging");
    };
    // Governing services point at what they govern; drawn the other way round, the
    // relation is still one of control.
    auto governs = [](const QString& k) {
        return k == QLatin1String("security.iam") || k == QLatin1String("cost.budget")
            || k == QLatin1String("observability.monitoring") || k == QLatin1String("observability.alerting");
    };
    if (governs(fromKind) || governs(toKind))
        return EdgeKind::Control;
    if (fromCat == QLatin1String("integration") || toCat == QLatin1String("integration"))
        return EdgeKind::Event;
    if (isStore(toKind, toCat) || isStore(fromKind, fromCat))
        return EdgeKind::Data;
    return EdgeKind::Request;
}

} // namespace cw
