#include "interop/drawio_mapping.h"

#include "catalog/catalog.h"
#include "interop/drawio_cells.h"
#include "model/json_text.h"

#include <algorithm>

namespace cw::interop {

namespace {

QHash<QString, QString> styleOf(const QString& text)
{
    QHash<QString, QString> style;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            style.insert(part.left(eq), part.mid(eq + 1));
    }
    return style;
}

QString shapeOfStyle(const QString& text)
{
    const QHash<QString, QString> s = styleOf(text);
    return s.value(QStringLiteral("resIcon"), s.value(QStringLiteral("shape"))).toLower();
}

std::optional<GroupMatch> groupMatch(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    const std::optional<GroupKind> kind = groupKindFromString(parts.value(0));
    if (!kind)
        return std::nullopt;
    return GroupMatch{*kind, parts.value(1) == QLatin1String("public")};
}

} // namespace

DrawioMapping::DrawioMapping(const Catalog& catalog)
{
    const Json& table = catalog.interop().value("drawioImport", Json::object()).is_object()
        ? catalog.interop()["drawioImport"]
        : Json::object();
    const auto each = [&table](const char* key, const auto& take) {
        const auto it = table.find(key);
        if (it != table.end() && it->is_object())
            for (auto e = it->begin(); e != it->end(); ++e)
                if (e->is_string())
                    take(QString::fromStdString(e.key()).toLower(), jsonText(*e));
    };
    // The catalog's own names first: they say exactly what the file means.
    each("shapes", [this](const QString& shape, const QString& kind) { m_shapes.insert(shape, kind); });
    each("labels", [this](const QString& name, const QString& kind) { m_labels.insert(name, kind); });
    each("libraries", [this](const QString& prefix, const QString& provider) { m_libraries.emplace_back(prefix, provider); });
    if (const auto d = table.find("decorations"); d != table.end() && d->is_array())
        for (const Json& shape : *d)
            if (shape.is_string())
                m_decorations.insert(jsonText(shape).toLower());
    each("groupIcons", [this](const QString& icon, const QString& group) {
        if (const auto g = groupMatch(group))
            m_groupIcons.insert(icon, *g);
    });
    each("groupLabels", [this](const QString& word, const QString& group) {
        if (const auto g = groupMatch(group))
            m_groupWords.emplace_back(word, *g);
    });
    std::stable_sort(m_groupWords.begin(), m_groupWords.end(),
        [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::stable_sort(m_libraries.begin(), m_libraries.end(),
        [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

    // Then the export's styles read backwards, and the service names at each provider.
    for (const KindInfo& k : catalog.kinds()) {
        const Json drawio = k.interop.value("drawio", Json::object());
        for (auto it = drawio.begin(); it != drawio.end(); ++it)
            if (it->is_string()) {
                const QString shape = shapeOfStyle(jsonText(*it));
                if (!shape.isEmpty() && !m_shapes.contains(shape))
                    m_shapes.insert(shape, k.kind);
            }
        for (auto it = k.names.cbegin(); it != k.names.cend(); ++it)
            if (it.key() != QLatin1String("generic") && !m_labels.contains(it.value().toLower()))
                m_labels.insert(it.value().toLower(), k.kind);
    }
    for (const GroupKindInfo& gk : catalog.groupKinds()) {
        const GroupKindInfo* g = &gk;
        const Json drawio = g->interop.value("drawio", Json::object());
        for (auto it = drawio.begin(); it != drawio.end(); ++it)
            if (it->is_string()) {
                const QString icon = styleOf(jsonText(*it)).value(QStringLiteral("grIcon")).toLower();
                if (!icon.isEmpty() && !m_groupIcons.contains(icon))
                    m_groupIcons.insert(icon, GroupMatch{g->kind, false});
            }
        if (g->interop.contains("drawioPublic") && g->interop["drawioPublic"].is_object()) {
            const Json& pub = g->interop["drawioPublic"];
            if (pub.contains("aws") && pub["aws"].is_string())
                m_publicStroke = styleOf(jsonText(pub["aws"])).value(QStringLiteral("strokeColor")).toLower();
        }
    }
}

QString DrawioMapping::kindForShape(const QString& shape) const
{
    return m_shapes.value(shape.toLower());
}

QString DrawioMapping::kindForLabel(const QString& line) const
{
    QString name = line.simplified().toLower();
    for (const QString& prefix : {QStringLiteral("amazon "), QStringLiteral("aws "), QStringLiteral("google "),
             QStringLiteral("azure "), QStringLiteral("microsoft "), QStringLiteral("cloud ")}) {
        if (const QString kind = m_labels.value(name); !kind.isEmpty())
            return kind;
        if (name.startsWith(prefix))
            name = name.mid(prefix.size());
    }
    return m_labels.value(name);
}

std::optional<GroupMatch> DrawioMapping::groupFor(const DrawioCell& cell) const
{
    const QString icon = cell.style.value(QStringLiteral("grIcon")).toLower();
    std::optional<GroupMatch> match;
    if (!icon.isEmpty() && m_groupIcons.contains(icon))
        match = m_groupIcons.value(icon);
    const QString label = cell.label.toLower();
    const bool container = cell.style.value(QStringLiteral("container")) == QLatin1String("1")
        || cell.style.contains(QStringLiteral("swimlane"))
        || cell.style.value(QStringLiteral("shape")).startsWith(QLatin1String("mxgraph.aws4.group"));
    if (!match && container)
        for (const auto& [word, group] : m_groupWords)
            if (label.contains(word)) {
                match = group;
                break;
            }
    if (match && match->kind == GroupKind::Subnet) {
        const QString stroke = cell.style.value(QStringLiteral("strokeColor")).toLower();
        match->publicSubnet = label.contains(QLatin1String("public"))
            || (!label.contains(QLatin1String("private")) && !m_publicStroke.isEmpty() && stroke == m_publicStroke);
    }
    return match;
}

QString DrawioMapping::providerOf(const QString& shape) const
{
    const QString s = shape.toLower();
    for (const auto& [prefix, provider] : m_libraries)
        if (s.startsWith(prefix))
            return provider;
    return QString();
}

} // namespace cw::interop
