// The Terraform skeleton (docs/interop.md). What each kind becomes is catalog data
// ("interop.terraform" of a kind, "interop.terraformProviders"); nothing here names a kind.
#include "interop/terraform_export.h"

#include "catalog/catalog.h"
#include "model/json_text.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace cw::interop {

QString hclString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const bool opensTemplate = i + 1 < text.size() && text[i + 1] == QLatin1Char('{');
        if (ch == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (ch == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (ch == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (ch == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (ch == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if ((ch == QLatin1Char('$') || ch == QLatin1Char('%')) && opensTemplate)
            out += QString(ch) + ch;
        else if (ch.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out + QLatin1Char('"');
}

namespace {

/// One line of comment text: no line breaks.
QString commentText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

QString hclValue(const Json& v)
{
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number())
        return QString::number(v.get<double>(), 'g', 15);
    if (v.is_string())
        return hclString(jsonText(v));
    return hclString(QString::fromStdString(v.dump()));
}

QString str(const Json& obj, const char* key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? jsonText(*it) : QString();
}

struct Pending {
    QString name;
    QString text;
};

} // namespace

ExportResult terraformExport(const Diagram& d, const Catalog& catalog)
{
    ExportResult r;
    const Json providers = catalog.interop().value("terraformProviders", Json::object());
    std::vector<std::pair<Id, QString>> wanted;
    for (const Node& n : d.nodes)
        wanted.emplace_back(n.id, (n.name.isEmpty() ? n.id : n.name).toLower()); // Terraform's snake_case
    const QHash<Id, QString> names = uniqueIdentifiers(wanted, QStringLiteral("node"));

    std::map<QString, Json> used; // provider id -> its terraformProviders entry, in id order
    QString resources, variables, outputs, unmappedText;
    QSet<QString> outputNames, variableNames;
    const auto uniqueName = [](QSet<QString>& taken, const QString& base) {
        QString name = base;
        for (int i = 2; taken.contains(name); ++i)
            name = base + QStringLiteral("_%1").arg(i);
        taken.insert(name);
        return name;
    };

    for (const Node& n : d.nodes) {
        ++r.nodes;
        const QString provider = n.provider.isEmpty() ? d.meta.provider : n.provider;
        const KindInfo* info = catalog.kind(n.kind);
        const Json* spec = nullptr;
        if (info && info->interop.contains("terraform") && info->interop["terraform"].contains(provider.toStdString())
            && providers.contains(provider.toStdString()))
            spec = &info->interop["terraform"][provider.toStdString()];
        const QString label = commentText(nodeLabel(n, provider, catalog));
        if (!spec) {
            r.unmapped << QStringLiteral("%1 (%2)").arg(n.id, n.kind);
            unmappedText += QStringLiteral("#   %1 \"%2\" (%3 at %4)\n").arg(commentText(n.id), label, n.kind, provider);
            continue;
        }
        used[provider] = providers[provider.toStdString()];
        const QString type = str(*spec, "type");
        const QString name = names.value(n.id);
        const Json count = nodeValue(n, QStringLiteral("count"), provider, catalog);
        const Json attributes = spec->value("attributes", Json::object());
        // A type that takes the count as an attribute (desired_count, num_cache_nodes...)
        // gets it there; any other repeats the resource with Terraform's count.
        const bool countIsAttribute
            = std::any_of(attributes.begin(), attributes.end(), [](const Json& v) { return v == "count"; });
        const bool many = !countIsAttribute && count.is_number_integer() && count.get<long long>() != 1;
        QString& t = resources;
        t += QStringLiteral("\n# %1: %2 (%3, id %4)\n").arg(label, catalog.serviceName(n.kind, provider), n.kind, commentText(n.id));
        t += QStringLiteral("resource \"%1\" \"%2\" {\n").arg(type, name);
        if (many)
            t += QStringLiteral("  count = %1\n").arg(count.get<long long>());
        for (auto a = attributes.begin(); a != attributes.end(); ++a) {
            const QString attr = identifier(QString::fromStdString(a.key()), QStringLiteral("a"));
            const Json v = nodeValue(n, jsonText(*a), provider, catalog);
            if (v.is_null())
                t += QStringLiteral("  # TODO: choose %1 (the diagram leaves %2 open)\n").arg(attr, jsonText(*a));
            else
                t += QStringLiteral("  %1 = %2\n").arg(attr, hclValue(v));
        }
        const Json secrets = spec->value("secrets", Json::object());
        for (auto s = secrets.begin(); s != secrets.end(); ++s) {
            const QString attr = identifier(QString::fromStdString(s.key()), QStringLiteral("a"));
            const QString var = uniqueName(variableNames, name + QLatin1Char('_') + attr);
            t += QStringLiteral("  %1 = var.%2\n").arg(attr, var);
            variables += QStringLiteral("\nvariable \"%1\" {\n  description = %2\n  type        = string\n  sensitive   = true\n}\n")
                             .arg(var, hclString(jsonText(*s) + QStringLiteral(" of ") + label));
        }
        for (const Json& todo : spec->value("todo", Json::array()))
            t += QStringLiteral("  # TODO: choose %1\n").arg(commentText(jsonText(todo)));
        t += QStringLiteral("}\n");
        const Json outs = spec->value("outputs", Json::object());
        for (auto o = outs.begin(); o != outs.end(); ++o) {
            const QString attr = identifier(QString::fromStdString(o.key()), QStringLiteral("a"));
            const QString out = uniqueName(outputNames, name + QLatin1Char('_') + attr);
            outputs += QStringLiteral("\noutput \"%1\" {\n  description = %2\n  value       = %3.%4%5.%6\n}\n")
                           .arg(out, hclString(jsonText(*o) + QStringLiteral(" of ") + label), type, name,
                               many ? QStringLiteral("[*]") : QString(), attr);
        }
    }

    QString& t = r.text;
    const QString title = commentText(d.meta.title.isEmpty() ? QStringLiteral("an untitled diagram") : d.meta.title);
    t += QStringLiteral("# Terraform skeleton of \"%1\", exported by Cloudwright.\n").arg(title);
    t += QStringLiteral("# A STARTING POINT, NOT A DEPLOYMENT: it names the services and the sizes the diagram\n"
                        "# chose; networking, identities, images and every \"TODO: choose\" are yours to fill\n"
                        "# in. Secrets are sensitive variables; give them with TF_VAR_... or a .tfvars file\n"
                        "# that is never committed. Check it with `terraform validate` and `terraform plan`.\n");
    t += QStringLiteral("\nterraform {\n  required_providers {\n");
    for (const auto& [id, p] : used)
        t += QStringLiteral("    %1 = {\n      source  = %2\n      version = %3\n    }\n")
                 .arg(str(p, "name"), hclString(str(p, "source")), hclString(str(p, "version")));
    t += QStringLiteral("  }\n}\n");
    for (const auto& [id, p] : used) {
        t += QStringLiteral("\nprovider \"%1\" {\n").arg(str(p, "name"));
        const QString regionAttr = str(p, "regionAttribute");
        if (!regionAttr.isEmpty()) {
            const bool own = id == d.meta.provider && !d.meta.region.isEmpty();
            if (own)
                t += QStringLiteral("  %1 = %2\n").arg(regionAttr, hclString(d.meta.region));
            else
                t += QStringLiteral("  # TODO: choose the region (the diagram names none)\n  %1 = %2\n")
                         .arg(regionAttr, hclString(str(p, "defaultRegion")));
        }
        for (const Json& line : p.value("lines", Json::array()))
            t += QStringLiteral("  %1\n").arg(jsonText(line));
        t += QStringLiteral("}\n");
    }
    t += variables;
    t += resources;
    t += outputs;
    if (!unmappedText.isEmpty())
        t += QStringLiteral("\n# Not exported: no Terraform resource type for these nodes at their provider\n"
                            "# (a generic node has none until a provider is chosen):\n")
            + unmappedText;
    return r;
}

} // namespace cw::interop
