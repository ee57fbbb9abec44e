#include "equivalents.h"

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

const QStringList& providers()
{
    static const QStringList list{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")};
    return list;
}

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QString indexKey(const QString& service, const QString& provider, const QString& type)
{
    return service + QLatin1Char('|') + provider + QLatin1Char('|') + type;
}

/// Thrown inside fromJson only, caught there: carries the place and the problem.
struct BadFile {
    QString message;
};

[[noreturn]] void bad(const QString& place, const QString& what)
{
    throw BadFile{place + QStringLiteral(": ") + what};
}

const Json& member(const Json& obj, const char* key, const QString& place)
{
    const auto it = obj.find(key);
    if (it == obj.end())
        bad(place, QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
    return *it;
}

QString text(const Json& j, const QString& place)
{
    if (!j.is_string() || j.get<std::string>().empty())
        bad(place, QStringLiteral("must be a non-empty string"));
    return str(j.get<std::string>());
}

void readType(const Json& j, const QString& service, const QString& provider, const QString& type, const QString& place,
    InstanceInfo& info)
{
    if (!j.is_object())
        bad(place, QStringLiteral("must be an object"));
    info.service = service;
    info.provider = provider;
    info.type = type;
    info.cls = text(member(j, "class", place), place + QStringLiteral(".class"));
    if (j.contains("family"))
        info.family = text(j["family"], place + QStringLiteral(".family"));
    if (j.contains("arch"))
        info.arch = text(j["arch"], place + QStringLiteral(".arch"));
    if (j.contains("vcpu")) {
        if (!j["vcpu"].is_number_integer() || j["vcpu"].get<int>() <= 0)
            bad(place + QStringLiteral(".vcpu"), QStringLiteral("must be a positive whole number"));
        info.vcpu = j["vcpu"].get<int>();
    }
    if (j.contains("gpu")) {
        const Json& g = j["gpu"];
        const QString gp = place + QStringLiteral(".gpu");
        if (!g.is_object())
            bad(gp, QStringLiteral("must be an object"));
        info.gpuModel = text(member(g, "model", gp), gp + QStringLiteral(".model"));
        info.gpuTier = text(member(g, "tier", gp), gp + QStringLiteral(".tier"));
        if (!member(g, "count", gp).is_number_integer() || g["count"].get<int>() <= 0)
            bad(gp + QStringLiteral(".count"), QStringLiteral("must be a positive whole number"));
        info.gpuCount = g["count"].get<int>();
    }
    if ((info.cls == QLatin1String("gpu")) != (info.gpuCount > 0))
        bad(place, QStringLiteral("a type of class gpu must say its gpu, and only such a type may"));
    const Json why = j.value("why", Json::object());
    if (!why.is_object())
        bad(place + QStringLiteral(".why"), QStringLiteral("must be an object"));
    for (const QString& other : providers()) {
        if (other == provider)
            continue;
        const QString tp = place + QLatin1Char('.') + other;
        const Json& target = member(j, other.toUtf8().constData(), place);
        if (target.is_null()) {
            const std::string o = other.toStdString();
            const Json& reason = why.contains(o) ? why[o] : why.value("*", Json());
            if (reason.is_null())
                bad(tp, QStringLiteral("has no equivalent, so why.%1 (or why.*) must say why").arg(other));
            info.why.insert(other, text(reason, place + QStringLiteral(".why.") + other));
        } else {
            info.targets.insert(other, text(target, tp));
        }
    }
}

} // namespace

std::optional<Equivalents> Equivalents::fromJson(const QByteArray& bytes, const QString& fileName, QString* error)
{
    const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    Equivalents e;
    try {
        if (doc.is_discarded() || !doc.is_object())
            bad(fileName, QStringLiteral("is not a JSON object"));
        if (doc.value("format", std::string()) != "cloudwright-equivalents")
            bad(fileName + QStringLiteral(": format"), QStringLiteral("must be \"cloudwright-equivalents\""));
        if (doc.value("formatVersion", 0) != 1)
            bad(fileName + QStringLiteral(": formatVersion"),
                QStringLiteral("must be 1 (this program reads version 1)"));

        const Json& kinds = member(doc, "kindServices", fileName);
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            e.m_kindServices.insert(
                str(it.key()), text(*it, fileName + QStringLiteral(": kindServices.") + str(it.key())));

        const Json prefixes = doc.value("servicePrefixes", Json::object());
        for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
            const QString place = fileName + QStringLiteral(": servicePrefixes.") + str(it.key());
            Prefix p;
            p.base = text(member(*it, "base", place), place + QStringLiteral(".base"));
            const Json& by = member(*it, "prefix", place);
            for (const QString& provider : providers()) {
                const Json& v = member(by, provider.toUtf8().constData(), place + QStringLiteral(".prefix"));
                if (!v.is_string())
                    bad(place + QStringLiteral(".prefix.") + provider, QStringLiteral("must be a string"));
                p.byProvider.insert(provider, str(v.get<std::string>()));
            }
            e.m_prefixes.insert(str(it.key()), p);
        }

        const Json& types = member(doc, "types", fileName);
        for (auto s = types.begin(); s != types.end(); ++s) {
            const QString service = str(s.key());
            for (auto p = s->begin(); p != s->end(); ++p) {
                const QString provider = str(p.key());
                const QString pplace = fileName + QStringLiteral(": types.") + service + QLatin1Char('.') + provider;
                if (!providers().contains(provider))
                    bad(pplace, QStringLiteral("\"%1\" is not a provider (aws, gcp, azure)").arg(provider));
                for (auto t = p->begin(); t != p->end(); ++t) {
                    InstanceInfo info;
                    const QString type = str(t.key());
                    readType(
                        *t, service, provider, type, pplace + QStringLiteral(".\"") + type + QLatin1Char('"'), info);
                    e.m_index.insert(indexKey(service, provider, type), int(e.m_instances.size()));
                    e.m_instances.push_back(std::move(info));
                }
            }
        }
        // Every target must itself be listed, so that a mapping can always be followed back.
        for (const InstanceInfo& info : e.m_instances) {
            for (auto it = info.targets.begin(); it != info.targets.end(); ++it) {
                if (!e.m_index.contains(indexKey(info.service, it.key(), it.value())))
                    bad(fileName
                            + QStringLiteral(": types.%1.%2.\"%3\".%4")
                                  .arg(info.service, info.provider, info.type, it.key()),
                        QStringLiteral("\"%1\" is not a listed %2 %3 type").arg(it.value(), it.key(), info.service));
            }
        }

        const Json& regions = member(doc, "regions", fileName);
        if (!regions.is_array())
            bad(fileName + QStringLiteral(": regions"), QStringLiteral("must be an array"));
        for (size_t i = 0; i < regions.size(); ++i) {
            const QString place = fileName + QStringLiteral(": regions[%1]").arg(i);
            QHash<QString, QString> row;
            for (const QString& provider : providers())
                row.insert(provider,
                    text(
                        member(regions[i], provider.toUtf8().constData(), place), place + QLatin1Char('.') + provider));
            e.m_regions.push_back(std::move(row));
        }
    } catch (const BadFile& failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    } catch (const Json::exception& failure) {
        if (error)
            *error = fileName + QStringLiteral(": ") + QString::fromUtf8(failure.what());
        return std::nullopt;
    }
    return e;
}

const InstanceInfo* Equivalents::instance(const QString& service, const QString& provider, const QString& type) const
{
    const auto it = m_index.constFind(indexKey(service, provider, type));
    return it == m_index.constEnd() ? nullptr : &m_instances[size_t(*it)];
}

QStringList Equivalents::types(const QString& service, const QString& provider) const
{
    QStringList out;
    for (const InstanceInfo& info : m_instances) {
        if (info.service == service && info.provider == provider)
            out << info.type;
    }
    return out;
}

std::optional<QString> Equivalents::baseType(const QString& service, const QString& provider, const QString& type) const
{
    const auto it = m_prefixes.constFind(service);
    if (it == m_prefixes.constEnd())
        return type;
    const QString prefix = it->byProvider.value(provider);
    if (!type.startsWith(prefix))
        return std::nullopt;
    return type.mid(prefix.size());
}

const InstanceInfo* Equivalents::instanceForKind(
    const QString& kind, const QString& provider, const QString& type) const
{
    const QString service = serviceOfKind(kind);
    const std::optional<QString> base = baseType(service, provider, type);
    if (!base)
        return nullptr;
    const auto prefix = m_prefixes.constFind(service);
    return instance(prefix == m_prefixes.constEnd() ? service : prefix->base, provider, *base);
}

Mapping Equivalents::mapInstanceType(
    const QString& kind, const QString& type, const QString& from, const QString& to) const
{
    const QString service = serviceOfKind(kind);
    if (service.isEmpty())
        return {QString(), CostText::tr("%1 has no instance types").arg(kind)};
    if (from == to)
        return {type, QString()};
    if (!providers().contains(to))
        return {QString(), CostText::tr("\"%1\" is not a provider with instance types").arg(to)};
    const InstanceInfo* info = instanceForKind(kind, from, type);
    if (!info)
        return {QString(), CostText::tr("\"%1\" is not in the equivalents table for %2 %3").arg(type, from, kind)};
    if (!info->targets.contains(to))
        return {QString(), CostText::tr("%1 %2 has no equivalent at %3: %4").arg(from, type, to, info->why.value(to))};
    const auto prefix = m_prefixes.constFind(service);
    const QString add = prefix == m_prefixes.constEnd() ? QString() : prefix->byProvider.value(to);
    return {add + info->targets.value(to), QString()};
}

Mapping Equivalents::mapRegion(const QString& region, const QString& from, const QString& to) const
{
    if (from == to)
        return {region, QString()};
    for (const QHash<QString, QString>& row : m_regions) {
        if (row.value(from) == region && row.contains(to))
            return {row.value(to), QString()};
    }
    return {QString(), CostText::tr("%1 region \"%2\" is not in the region table").arg(from, region)};
}

} // namespace cw::cost
