// Reading resources/catalog/catalog.json (docs/catalog.md describes its keys). A broken
// catalog is refused with the place of the first problem, e.g.
// kinds[3] ("compute.kubernetes").roles[1]: unknown role "worklod"; expected ...
#include "catalog.h"
#include "i18n/data_text.h"

#include "model/json_text.h"

#include <QSet>

#include <array>
#include <utility>

namespace cw {

namespace {

struct CatalogError {
    QString place;
    QString message;
};

[[noreturn]] void fail(const QString& place, const QString& message)
{
    throw CatalogError{place, message};
}

QString dot(const QString& place, const char* key)
{
    return place.isEmpty() ? QString::fromLatin1(key) : place + QLatin1Char('.') + QLatin1String(key);
}

QString index(const QString& place, std::size_t i)
{
    return QStringLiteral("%1[%2]").arg(place).arg(i);
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// "a, b, c or d"
QString choices(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + items.last();
}

const std::array<std::pair<Role, const char*>, 10> kRoles{{
    {Role::Workload, "workload"},
    {Role::DataStore, "dataStore"},
    {Role::OperationalStore, "operationalStore"},
    {Role::Analytics, "analytics"},
    {Role::EntryPoint, "entryPoint"},
    {Role::ManagedEdge, "managedEdge"},
    {Role::Replicable, "replicable"},
    {Role::Paid, "paid"},
    {Role::MlWorkload, "mlWorkload"},
    {Role::Database, "database"},
}};

QString asString(const Json& v, const QString& place)
{
    if (!v.is_string())
        fail(place, QStringLiteral("must be a string, found %1").arg(describeJson(v)));
    return jsonText(v);
}

/// A string member; empty when absent (and not required).
QString text(const Json& obj, const char* key, const QString& place, bool required = false)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            fail(place, QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
        return {};
    }
    const QString value = asString(*it, dot(place, key));
    if (required && value.isEmpty())
        fail(dot(place, key), QStringLiteral("must not be empty"));
    return value;
}

const Json& object(const Json& v, const QString& place)
{
    if (!v.is_object())
        fail(place, QStringLiteral("must be an object, found %1").arg(describeJson(v)));
    return v;
}

/// An array member (empty when absent).
Json array(const Json& obj, const char* key, const QString& place)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        return Json::array();
    if (!it->is_array())
        fail(dot(place, key), QStringLiteral("must be an array, found %1").arg(describeJson(*it)));
    return *it;
}

QStringList strings(const Json& obj, const char* key, const QString& place)
{
    QStringList out;
    const Json list = array(obj, key, place);
    for (std::size_t i = 0; i < list.size(); ++i)
        out << asString(list[i], index(dot(place, key), i));
    return out;
}

// Text the user reads goes through the data translation path (i18n/data_text.h).
QString shown(const QString& text, const QString& place)
{
    return dataText(data_context::kCatalog, text, place);
}

} // namespace

/// Fills a Catalog from its JSON document, section by section, checking as it goes.
class CatalogParser {
public:
    explicit CatalogParser(Catalog& catalog)
        : c(catalog)
    {
    }

    void parse(const Json& doc)
    {
        object(doc, QString());
        providers(array(doc, "providers", QString()));
        for (const Json& cat : array(doc, "categories", QString())) {
            const QString place = index(QStringLiteral("categories"), c.m_categories.size());
            object(cat, place);
            c.m_categories.push_back(
                Category{text(cat, "id", place, true), shown(text(cat, "name", place), place), text(cat, "color", place)});
        }
        properties(object(doc.value("properties", Json::object()), QStringLiteral("properties")));
        const Json kinds = array(doc, "kinds", QString());
        for (std::size_t i = 0; i < kinds.size(); ++i)
            nodeKind(kinds[i], index(QStringLiteral("kinds"), i));
        const Json groups = array(doc, "groupKinds", QString());
        for (std::size_t i = 0; i < groups.size(); ++i)
            groupKind(groups[i], index(QStringLiteral("groupKinds"), i));
        const Json edges = array(doc, "edgeKinds", QString());
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const QString place = index(QStringLiteral("edgeKinds"), i);
            object(edges[i], place);
            const auto kind = edgeKindFromString(text(edges[i], "kind", place, true));
            if (!kind)
                fail(dot(place, "kind"), QStringLiteral("unknown edge kind %1").arg(describeJson(edges[i]["kind"])));
            c.m_edgeKinds.push_back(
                EdgeKindInfo{*kind, shown(text(edges[i], "name", place), place),
                    shown(text(edges[i], "description", place), place)});
        }
        if (c.m_kinds.empty() || c.m_groupKinds.size() != 5 || c.m_edgeKinds.size() != 4)
            fail(QString(), QStringLiteral("kinds, group kinds or edge kinds are missing"));
        const Json palette = array(doc, "paletteGroups", QString());
        for (std::size_t i = 0; i < palette.size(); ++i)
            paletteGroup(palette[i], index(QStringLiteral("paletteGroups"), i));
        c.m_interop = object(doc.value("interop", Json::object()), QStringLiteral("interop"));
    }

private:
    void providers(const Json& list)
    {
        if (list.empty())
            fail(QStringLiteral("providers"), QStringLiteral("lists no provider"));
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString place = index(QStringLiteral("providers"), i);
            object(list[i], place);
            ProviderInfo p{text(list[i], "id", place, true), shown(text(list[i], "name", place, true), place)};
            if (c.isKnownProvider(p.id))
                fail(dot(place, "id"), QStringLiteral("provider %1 is listed twice").arg(quoted(p.id)));
            c.m_providers.push_back(std::move(p));
        }
    }

    /// The keys of a {provider: ...} object must be listed providers.
    void checkProviders(const Json& byProvider, const QString& place) const
    {
        object(byProvider, place);
        for (auto it = byProvider.begin(); it != byProvider.end(); ++it) {
            const QString id = QString::fromStdString(it.key());
            if (!c.isKnownProvider(id))
                fail(place,
                    QStringLiteral("provider %1 is not in the catalog's providers (%2)")
                        .arg(quoted(id), c.providerChoices()));
        }
    }

    /// A kind's or group kind's "interop" object (docs/interop.md): every map keyed by
    /// provider names known providers, every style and type is a string.
    Json interop(const Json& obj, const QString& place) const
    {
        const auto it = obj.find("interop");
        if (it == obj.end())
            return Json::object();
        const QString at = dot(place, "interop");
        object(*it, at);
        if (it->contains("mermaid"))
            asString((*it)["mermaid"], dot(at, "mermaid"));
        for (const char* key : {"drawio", "drawioPublic"}) {
            if (!it->contains(key))
                continue;
            const QString styles = dot(at, key);
            checkProviders(object((*it)[key], styles), styles);
            for (auto s = (*it)[key].begin(); s != (*it)[key].end(); ++s)
                asString(*s, dot(styles, s.key().c_str()));
        }
        if (it->contains("terraform")) {
            const QString tf = dot(at, "terraform");
            checkProviders(object((*it)["terraform"], tf), tf);
            for (auto r = (*it)["terraform"].begin(); r != (*it)["terraform"].end(); ++r) {
                const QString rp = dot(tf, r.key().c_str());
                object(*r, rp);
                text(*r, "type", rp, true);
                strings(*r, "todo", rp);
                for (const char* map : {"attributes", "secrets", "outputs"}) {
                    if (!r->contains(map))
                        continue;
                    const QString mp = dot(rp, map);
                    for (auto v = object((*r)[map], mp).begin(); v != (*r)[map].end(); ++v)
                        asString(*v, dot(mp, v.key().c_str()));
                }
            }
        }
        return *it;
    }

    QHash<QString, QString> names(const Json& obj, const QString& place) const
    {
        QHash<QString, QString> out;
        const auto it = obj.find("names");
        if (it == obj.end())
            return out;
        const QString at = dot(place, "names");
        checkProviders(*it, at);
        for (auto n = it->begin(); n != it->end(); ++n) {
            // Providers' service names (EC2, BigQuery) are names; the generic one is words.
            QString name = asString(*n, dot(at, n.key().c_str()));
            if (n.key() == "generic")
                name = shown(name, at);
            out.insert(QString::fromStdString(n.key()), name);
        }
        return out;
    }

    void properties(const Json& props)
    {
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString place = dot(QStringLiteral("properties"), it.key().c_str());
            const Json& p = object(*it, place);
            PropertyDef def;
            def.key = QString::fromStdString(it.key());
            def.label = shown(text(p, "label", place), place);
            def.unit = shown(text(p, "unit", place), place);
            def.help = shown(text(p, "help", place), place);
            const QString type = text(p, "type", place, true);
            static const std::array<std::pair<PropertyType, const char*>, 5> kTypes{
                {{PropertyType::Int, "int"}, {PropertyType::Number, "number"}, {PropertyType::Bool, "bool"},
                    {PropertyType::String, "string"}, {PropertyType::Enum, "enum"}}};
            bool known = false;
            for (const auto& [t, name] : kTypes) {
                if (type == QLatin1String(name)) {
                    def.type = t;
                    known = true;
                }
            }
            if (!known)
                fail(dot(place, "type"),
                    QStringLiteral("unknown type %1; expected int, number, bool, string or enum").arg(quoted(type)));
            if (p.contains("min") && p["min"].is_number())
                def.min = p["min"].get<double>();
            if (p.contains("max") && p["max"].is_number())
                def.max = p["max"].get<double>();
            def.values = strings(p, "values", place);
            def.suggestions = strings(p, "suggestions", place);
            def.defaultValue = p.value("default", Json());
            c.m_properties.insert(def.key, def);
            c.m_propertyDefaults[def.key.toStdString()] = def.defaultValue;
        }
    }

    void nodeKind(const Json& k, const QString& at)
    {
        object(k, at);
        KindInfo info;
        info.kind = text(k, "kind", at, true);
        const QString place = QStringLiteral("%1 (%2)").arg(at, quoted(info.kind));
        if (c.kind(info.kind))
            fail(dot(place, "kind"), QStringLiteral("the kind is listed twice"));
        info.category = text(k, "category", place, true);
        if (!c.category(info.category))
            fail(dot(place, "category"), QStringLiteral("unknown category %1").arg(quoted(info.category)));
        info.serviceModel = text(k, "model", place);
        info.description = shown(text(k, "description", place), place);
        info.icon = text(k, "icon", place);
        info.names = names(k, place);
        info.props = strings(k, "props", place);
        for (qsizetype i = 0; i < info.props.size(); ++i) {
            if (!c.m_properties.contains(info.props[i]))
                fail(index(dot(place, "props"), std::size_t(i)),
                    QStringLiteral("unknown property %1").arg(quoted(info.props[i])));
        }
        info.defaults = object(k.value("defaults", Json::object()), dot(place, "defaults"));
        for (auto it = info.defaults.begin(); it != info.defaults.end(); ++it) {
            if (it->is_object()) // a value per provider
                checkProviders(*it, dot(dot(place, "defaults"), it.key().c_str()));
        }
        info.suggestions = object(k.value("suggestions", Json::object()), dot(place, "suggestions"));
        for (auto it = info.suggestions.begin(); it != info.suggestions.end(); ++it)
            checkProviders(*it, dot(dot(place, "suggestions"), it.key().c_str()));
        const QStringList roles = strings(k, "roles", place);
        for (qsizetype i = 0; i < roles.size(); ++i)
            info.roles |= unsigned(role(roles[i], index(dot(place, "roles"), std::size_t(i))));
        if (k.contains("connectsAs")) {
            const QString wish = asString(k["connectsAs"], dot(place, "connectsAs"));
            info.connectsAs = edgeKindFromString(wish);
            if (!info.connectsAs)
                fail(dot(place, "connectsAs"),
                    QStringLiteral("unknown edge kind %1; expected control, event, data or request").arg(quoted(wish)));
        }
        if (k.contains("billing")) {
            info.billing = object(k["billing"], dot(place, "billing"));
            info.recipe = recipe(info.billing, dot(place, "billing"));
        }
        info.interop = interop(k, place);
        c.m_kindIndex.insert(info.kind, int(c.m_kinds.size()));
        c.m_kinds.push_back(std::move(info));
    }

    // The typed billing recipe; keys the cost estimate does not use are kept in the Json only.
    static BillingRecipe recipe(const Json& billing, const QString& place)
    {
        BillingRecipe r;
        r.given = true;
        if (billing.contains("notBilled")) {
            r.notBilled = true;
            r.notBilledWhy = shown(asString(billing["notBilled"], dot(place, "notBilled")), place);
        }
        r.instances = flag(billing, "instances", place);
        const Json lines = array(billing, "lines", place);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const QString at = index(dot(place, "lines"), i);
            const Json& l = object(lines[i], at);
            BillingLine line;
            line.component = shown(text(l, "component", at), at);
            line.key = text(l, "key", at, true);
            for (const QString& factor : strings(l, "quantity", at))
                line.quantity.push_back(factor.toStdString());
            if (l.contains("scale")) {
                if (!l["scale"].is_number())
                    fail(dot(at, "scale"), QStringLiteral("must be a number"));
                line.scale = l["scale"].get<double>();
            }
            if (l.contains("measure"))
                line.measure = asString(l["measure"], dot(at, "measure"));
            line.providers = strings(l, "providers", at);
            line.usage = flag(l, "usage", at);
            line.optional = flag(l, "optional", at);
            r.lines.push_back(std::move(line));
        }
        return r;
    }

    static bool flag(const Json& obj, const char* key, const QString& place)
    {
        const auto it = obj.find(key);
        if (it == obj.end())
            return false;
        if (!it->is_boolean())
            fail(dot(place, key), QStringLiteral("must be true or false"));
        return it->get<bool>();
    }

    static Role role(const QString& name, const QString& place)
    {
        QStringList known;
        for (const auto& [r, n] : kRoles) {
            if (name == QLatin1String(n))
                return r;
            known << QString::fromLatin1(n);
        }
        fail(place, QStringLiteral("unknown role %1; expected %2").arg(quoted(name), choices(known)));
    }

    void groupKind(const Json& g, const QString& place)
    {
        object(g, place);
        GroupKindInfo info;
        const QString kind = text(g, "kind", place, true);
        const auto parsed = groupKindFromString(kind);
        if (!parsed)
            fail(dot(place, "kind"), QStringLiteral("unknown group kind %1").arg(quoted(kind)));
        info.kind = *parsed;
        info.name = shown(text(g, "name", place), place);
        info.description = shown(text(g, "description", place), place);
        info.icon = text(g, "icon", place);
        info.iconPublic = text(g, "iconPublic", place);
        info.names = names(g, place);
        info.props = strings(g, "props", place);
        info.interop = interop(g, place);
        c.m_groupKinds.push_back(std::move(info));
    }

    void paletteGroup(const Json& g, const QString& at)
    {
        object(g, at);
        PaletteGroup entry;
        entry.id = text(g, "id", at, true);
        const QString place = QStringLiteral("%1 (%2)").arg(at, quoted(entry.id));
        if (c.paletteGroup(entry.id))
            fail(dot(place, "id"), QStringLiteral("the entry is listed twice"));
        const QString kind = text(g, "kind", place, true);
        const auto parsed = groupKindFromString(kind);
        const GroupKindInfo* kindInfo = parsed ? c.groupKind(*parsed) : nullptr;
        if (!kindInfo)
            fail(dot(place, "kind"), QStringLiteral("unknown group kind %1").arg(quoted(kind)));
        entry.kind = *parsed;
        entry.name = shown(text(g, "name", place), place);
        entry.names = names(g, place);
        entry.description = shown(text(g, "description", place), place);
        entry.icon = text(g, "icon", place);
        const Json size = array(g, "size", place);
        if (size.size() != 2 || !size[0].is_number() || !size[1].is_number() || size[0].get<double>() <= 0
            || size[1].get<double>() <= 0)
            fail(dot(place, "size"),
                QStringLiteral("must be [width, height] in positive numbers, found %1").arg(describeJson(size)));
        entry.size = QSizeF(size[0].get<double>(), size[1].get<double>());
        entry.props = object(g.value("props", Json::object()), dot(place, "props"));
        for (auto it = entry.props.begin(); it != entry.props.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString propPlace = dot(dot(place, "props"), it.key().c_str());
            if (!kindInfo->props.contains(key))
                fail(propPlace, QStringLiteral("a %1 group has no property %2").arg(kind, quoted(key)));
            const QString problem = c.checkValue(key, *it);
            if (!problem.isEmpty())
                fail(propPlace, QStringLiteral("%1, found %2").arg(problem, describeJson(*it)));
        }
        c.m_paletteGroups.push_back(std::move(entry));
    }

    Catalog& c;
};

std::optional<Catalog> Catalog::fromJson(const QByteArray& bytes, QString* error)
{
    const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    QString problem;
    if (doc.is_discarded()) {
        problem = QStringLiteral("not valid JSON");
    } else {
        Catalog c;
        try {
            CatalogParser(c).parse(doc);
            return c;
        } catch (const CatalogError& e) {
            problem = e.place.isEmpty() ? e.message : e.place + QStringLiteral(": ") + e.message;
        }
    }
    if (error)
        *error = problem;
    return std::nullopt;
}

} // namespace cw
