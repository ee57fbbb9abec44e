// Terraform import: docs/interop.md#import-from-terraform. Both inputs become a list of
// resources (type, name, instance count, literal values, references), and one builder
// turns that into a .cwa document checked by the .cwa reader.
#include "interop/terraform_import.h"

#include "catalog/catalog.h"
#include "interop/export_text.h"
#include "interop/hcl_reader.h"
#include "io/auto_layout.h"
#include "io/document_reader.h"
#include "model/json_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QCoreApplication>
#include <algorithm>
#include <map>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

namespace cw::interop {

namespace {

struct TfResource {
    QString type, name;
    int count = 1;
    Json values = Json::object();
    QSet<QString> refs; ///< "type.name"
    QString address() const { return type + QLatin1Char('.') + name; }
};

QString providerOfType(const QString& type)
{
    if (type.startsWith(QLatin1String("aws_")))
        return QStringLiteral("aws");
    if (type.startsWith(QLatin1String("google_")))
        return QStringLiteral("gcp");
    if (type.startsWith(QLatin1String("azurerm_")))
        return QStringLiteral("azure");
    return QString();
}

// The catalog's Terraform mappings read backwards: type -> kind, the kind's Terraform
// attributes -> properties, refinements (a GPU instance type), and group types.
class TerraformMapping {
public:
    explicit TerraformMapping(const Catalog& catalog) : m_catalog(catalog)
    {
        const Json& all = catalog.interop();
        const Json table = all.contains("terraformImport") && all["terraformImport"].is_object() ? all["terraformImport"]
                                                                                                 : Json::object();
        if (table.contains("types") && table["types"].is_object())
            for (auto it = table["types"].begin(); it != table["types"].end(); ++it)
                if (it->is_string())
                    m_types.insert(QString::fromStdString(it.key()), jsonText(*it));
        for (const KindInfo& k : catalog.kinds()) {
            const Json tf = k.interop.value("terraform", Json::object());
            for (auto p = tf.begin(); p != tf.end(); ++p)
                if (p->is_object() && p->contains("type") && (*p)["type"].is_string()) {
                    const QString type = jsonText((*p)["type"]);
                    if (!m_types.contains(type))
                        m_types.insert(type, k.kind);
                    if (m_types.value(type) == k.kind && p->contains("attributes") && !m_attributes.contains(type))
                        m_attributes.insert(type, (*p)["attributes"]);
                }
        }
        if (table.contains("groups") && table["groups"].is_object())
            for (auto it = table["groups"].begin(); it != table["groups"].end(); ++it)
                if (it->is_string())
                    m_groups.insert(QString::fromStdString(it.key()), jsonText(*it));
        if (table.contains("refine") && table["refine"].is_array())
            m_refine = table["refine"];
        if (table.contains("attributes") && table["attributes"].is_object())
            for (auto it = table["attributes"].begin(); it != table["attributes"].end(); ++it)
                m_attributes.insert(QString::fromStdString(it.key()), *it);
        if (table.contains("partOf") && table["partOf"].is_object())
            for (auto it = table["partOf"].begin(); it != table["partOf"].end(); ++it)
                if (it->is_string())
                    m_partOf.insert(QString::fromStdString(it.key()), jsonText(*it));
        if (table.contains("supporting") && table["supporting"].is_array())
            for (const Json& prefix : table["supporting"])
                if (prefix.is_string())
                    m_supporting << jsonText(prefix);
    }

    /// The type of resource this one is a part of (a node group of its cluster), or empty.
    QString partOf(const QString& type) const { return m_partOf.value(type); }
    /// Plumbing that a diagram does not draw (policy attachments, routes, addresses).
    bool supporting(const QString& type) const
    {
        for (const QString& prefix : m_supporting)
            if (type.startsWith(prefix))
                return true;
        return false;
    }

    QString groupKind(const QString& type) const { return m_groups.value(type); }

    QString kind(const TfResource& r) const
    {
        QString kind = m_types.value(r.type);
        for (const Json& rule : m_refine) {
            if (!rule.is_object() || jsonText(rule.value("type", Json(""))) != r.type)
                continue;
            const std::string attribute = rule.value("attribute", std::string());
            const QRegularExpression pattern(jsonText(rule.value("pattern", Json(""))));
            if (r.values.contains(attribute) && r.values[attribute].is_string()
                && pattern.match(jsonText(r.values[attribute])).hasMatch())
                kind = jsonText(rule.value("kind", Json("")));
        }
        return kind;
    }

    // The node's props from the resource's literal values.
    Json props(const TfResource& r, const QString& kind) const
    {
        Json props = Json::object();
        const Json attributes = m_attributes.value(r.type, Json::object());
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (!it->is_string() || !r.values.contains(it.key()))
                continue;
            const Json& v = r.values[it.key()];
            if (v.is_string() || v.is_number() || v.is_boolean())
                props[it->get<std::string>()] = v;
        }
        const KindInfo* info = m_catalog.kind(kind);
        if (r.count > 1 && info && info->props.contains(QStringLiteral("count")))
            props["count"] = r.count;
        return props;
    }

private:
    const Catalog& m_catalog;
    QHash<QString, QString> m_types;
    QHash<QString, Json> m_attributes;
    QHash<QString, QString> m_groups;
    QHash<QString, QString> m_partOf;
    QStringList m_supporting;
    Json m_refine = Json::array();
};

// Control kinds (IAM, monitoring, alarms, budgets) govern what refers to them or what they
// refer to: their edge starts at them.
bool controls(const Catalog& catalog, const QString& kind)
{
    const KindInfo* info = catalog.kind(kind);
    return info && info->connectsAs == EdgeKind::Control;
}

ImportResult build(std::vector<TfResource> resources, const Catalog& catalog, ImportSummary summary)
{
    const TerraformMapping map(catalog);
    // A part (a node group, a listener, a bucket's versioning, a service's task definition)
    // folds into the resource of its owner's type that it names or that names it: what
    // it refers to, its owner refers to.
    std::map<QString, int> supporting;
    for (std::size_t i = 0; i < resources.size(); ++i) {
        const QString owner = map.partOf(resources[i].type);
        if (owner.isEmpty())
            continue;
        for (TfResource& o : resources)
            if (o.type == owner && (resources[i].refs.contains(o.address()) || o.refs.contains(resources[i].address()))) {
                for (const QString& ref : resources[i].refs)
                    if (ref != o.address())
                        o.refs.insert(ref);
                o.refs.remove(resources[i].address());
                resources[i].type.clear(); // folded
                ++summary.folded;
                break;
            }
    }
    QSet<QString> taken;
    const auto newId = [&taken](const QString& wanted, const QString& fallback) {
        const QString base = identifier(wanted.left(40), fallback);
        QString id = base;
        for (int k = 2; taken.contains(id); ++k)
            id = QStringLiteral("%1_%2").arg(base).arg(k);
        taken.insert(id);
        return id;
    };

    QHash<QString, QString> nodeOf, groupOf, kindOf; // address -> id; id -> kind
    QHash<QString, int> votes;
    std::map<QString, int> unknown;
    Json groups = Json::array(), nodes = Json::array(), notes = Json::array();
    for (const TfResource& r : resources) {
        if (r.type.isEmpty())
            continue;
        if (const QString p = providerOfType(r.type); !p.isEmpty())
            ++votes[p];
        if (map.supporting(r.type)) {
            ++supporting[r.type];
            continue;
        }
        ++summary.providerShapes;
        if (const QString g = map.groupKind(r.type); !g.isEmpty()) {
            const QString id = newId(r.name, QStringLiteral("group"));
            Json group = {{"id", id.toStdString()}, {"kind", g.toStdString()}, {"name", r.name.toStdString()}};
            if (g == QLatin1String("subnet")) {
                const bool pub = r.values.value("map_public_ip_on_launch", false) == true
                    || r.name.contains(QLatin1String("public"), Qt::CaseInsensitive);
                group["props"] = {{"public", pub}};
            }
            groups.push_back(group);
            groupOf.insert(r.address(), id);
            ++summary.typed;
            ++summary.groups;
            continue;
        }
        const QString kind = map.kind(r);
        if (kind.isEmpty() || !catalog.kind(kind)) {
            ++unknown[r.type];
            notes.push_back({{"resource", r.address().toStdString()}});
            continue;
        }
        const QString id = newId(r.name, QStringLiteral("node"));
        Json node = {{"id", id.toStdString()}, {"kind", kind.toStdString()}, {"name", r.name.toStdString()}};
        if (Json props = map.props(r, kind); !props.empty())
            node["props"] = props;
        nodes.push_back(node);
        nodeOf.insert(r.address(), id);
        kindOf.insert(id, kind);
        ++summary.typed;
        ++summary.nodes;
    }

    // Groups: a subnet inside the VPC it names; a node in the first subnet it names,
    // else the VPC. Edges: a node naming another node.
    QHash<QString, QString> groupKindOf;
    for (const Json& g : groups)
        groupKindOf.insert(jsonText(g["id"]), jsonText(g["kind"]));
    const auto firstGroup = [&](const TfResource& r, const QString& wanted) {
        QStringList found;
        for (const QString& ref : r.refs)
            if (groupOf.contains(ref) && (wanted.isEmpty() || groupKindOf.value(groupOf.value(ref)) == wanted))
                found << groupOf.value(ref);
        std::sort(found.begin(), found.end());
        return found.value(0);
    };
    Json edges = Json::array();
    QSet<QString> joined;
    for (const TfResource& r : resources) {
        if (groupOf.contains(r.address())) {
            if (const QString vpc = firstGroup(r, QStringLiteral("vpc")); !vpc.isEmpty() && vpc != groupOf.value(r.address()))
                for (Json& g : groups)
                    if (jsonText(g["id"]) == groupOf.value(r.address()))
                        g["parent"] = vpc.toStdString();
            continue;
        }
        if (!nodeOf.contains(r.address()))
            continue;
        const QString id = nodeOf.value(r.address());
        QString group = firstGroup(r, QStringLiteral("subnet"));
        if (group.isEmpty())
            group = firstGroup(r, QString());
        if (!group.isEmpty())
            for (Json& n : nodes)
                if (jsonText(n["id"]) == id)
                    n["group"] = group.toStdString();
        QStringList refs(r.refs.cbegin(), r.refs.cend());
        std::sort(refs.begin(), refs.end());
        for (const QString& ref : refs) {
            const QString other = nodeOf.value(ref);
            if (other.isEmpty() || other == id)
                continue;
            const bool flip = controls(catalog, kindOf.value(other)) && !controls(catalog, kindOf.value(id));
            const QString from = flip ? other : id, to = flip ? id : other;
            if (joined.contains(from + QLatin1Char('>') + to))
                continue;
            joined.insert(from + QLatin1Char('>') + to);
            edges.push_back({{"id", newId(QStringLiteral("e_%1_%2").arg(from, to), QStringLiteral("edge")).toStdString()},
                {"from", from.toStdString()}, {"to", to.toStdString()}});
            ++summary.edges;
        }
    }

    for (const auto& [type, n] : unknown)
        summary.unrecognised.emplace_back(type, n);
    for (const auto& [type, n] : supporting) {
        summary.supporting.emplace_back(type, n);
        summary.otherShapes += n;
    }
    std::stable_sort(summary.supporting.begin(), summary.supporting.end(),
        [](const auto& a, const auto& b) { return a.second > b.second; });
    std::stable_sort(summary.unrecognised.begin(), summary.unrecognised.end(),
        [](const auto& a, const auto& b) { return a.second > b.second; });
    QString provider = QStringLiteral("generic");
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > most) {
            provider = it.key();
            most = it.value();
        }
    summary.provider = provider;

    // A value the .cwa reader refuses (a count of 0, an unknown engine) is dropped with
    // the node's other settings rather than losing the import: each node is tried alone.
    for (Json& n : nodes) {
        if (!n.contains("props"))
            continue;
        Json alone = {{"format", "cloudwright"}, {"formatVersion", 1}, {"meta", {{"provider", provider.toStdString()}}},
            {"nodes", Json::array({n})}};
        alone["nodes"][0].erase("group");
        LayoutNeeds ignored;
        try {
            readDocument(alone, catalog, ignored);
        } catch (const ReadFailure& f) {
            notes.push_back({{"resource", n["name"]}, {"settingsLeftOut", f.message.toStdString()}});
            n.erase("props");
        }
    }

    Json doc = {{"format", "cloudwright"}, {"formatVersion", 1}};
    Json meta = {{"provider", provider.toStdString()}};
    if (!notes.empty())
        meta["importNotes"] = notes;
    doc["meta"] = meta;
    doc["groups"] = groups;
    doc["nodes"] = nodes;
    doc["edges"] = edges;
    ImportResult result;
    LayoutNeeds needs;
    try {
        result.diagram = readDocument(doc, catalog, needs);
    } catch (const ReadFailure& f) {
        throw LoadError{QString(), f.place, ImportText::tr("the imported diagram is not valid: %1").arg(f.message)};
    }
    autoLayout(result.diagram, needs);
    result.summary = std::move(summary);
    return result;
}

ImportSummary terraformSummary(const QString& format)
{
    ImportSummary s;
    s.format = format;
    s.things = QStringLiteral("resources");
    return s;
}

// planned_values / values: a module's resources and its child modules', instances of
// one resource (count, for_each) folded into one with their number.
void plannedResources(const Json& module, std::vector<TfResource>& out, QHash<QString, std::size_t>& index)
{
    if (!module.is_object())
        return;
    if (module.contains("resources") && module["resources"].is_array())
        for (const Json& r : module["resources"]) {
            if (!r.is_object() || r.value("mode", std::string("managed")) != "managed")
                continue;
            const QString address = jsonText(r.value("address", Json(""))).remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]$")));
            if (const auto it = index.constFind(address); it != index.cend()) {
                ++out[*it].count;
                continue;
            }
            TfResource t;
            t.type = jsonText(r.value("type", Json("")));
            t.name = jsonText(r.value("name", Json("")));
            if (t.type.isEmpty() || t.name.isEmpty())
                continue;
            if (r.contains("values") && r["values"].is_object())
                t.values = r["values"];
            index.insert(address, out.size());
            out.push_back(std::move(t));
        }
    if (module.contains("child_modules") && module["child_modules"].is_array())
        for (const Json& child : module["child_modules"])
            plannedResources(child, out, index);
}

// configuration: every "references" list anywhere inside a resource's expressions.
void references(const Json& j, QSet<QString>& refs)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "references" && it->is_array()) {
                for (const Json& ref : *it)
                    if (ref.is_string()) {
                        const QStringList parts = jsonText(ref).split(QLatin1Char('.'));
                        if (parts.size() >= 2 && parts[0].contains(QLatin1Char('_')) && parts[0] != QLatin1String("data"))
                            refs.insert(parts[0] + QLatin1Char('.') + parts[1].section(QLatin1Char('['), 0, 0));
                    }
            } else {
                references(*it, refs);
            }
        }
    } else if (j.is_array()) {
        for (const Json& e : j)
            references(e, refs);
    }
}

void configuredReferences(const Json& module, std::vector<TfResource>& out)
{
    if (!module.is_object())
        return;
    if (module.contains("resources") && module["resources"].is_array())
        for (const Json& r : module["resources"]) {
            const QString type = jsonText(r.value("type", Json(""))), name = jsonText(r.value("name", Json("")));
            for (TfResource& t : out)
                if (t.type == type && t.name == name && r.contains("expressions"))
                    references(r["expressions"], t.refs);
        }
    if (module.contains("module_calls") && module["module_calls"].is_object())
        for (const Json& call : module["module_calls"])
            if (call.is_object() && call.contains("module"))
                configuredReferences(call["module"], out);
}

} // namespace

ImportResult terraformImportFiles(const std::vector<std::pair<QString, QString>>& files, const Catalog& catalog)
{
    std::vector<TfResource> resources;
    for (const auto& [path, text] : files) {
        std::vector<HclResource> read;
        try {
            read = readHclResources(text);
        } catch (LoadError& e) {
            e.file = path;
            throw;
        }
        for (HclResource& h : read) {
            TfResource t;
            t.type = h.type;
            t.name = h.name;
            t.values = std::move(h.attributes);
            t.refs = std::move(h.references);
            if (t.values.contains("count") && t.values["count"].is_number_integer())
                t.count = std::max(1, t.values["count"].get<int>());
            resources.push_back(std::move(t));
        }
    }
    ImportSummary s = terraformSummary(QStringLiteral("Terraform"));
    s.files = int(files.size());
    return build(resources, catalog, std::move(s));
}

ImportResult terraformImportJson(const QByteArray& bytes, const Catalog& catalog)
{
    const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded())
        throw LoadError{QString(), QString(), ImportText::tr("not valid JSON: expected `terraform show -json` output")};
    if (!doc.is_object() || !doc.contains("format_version"))
        throw LoadError{QString(), QString(),
            ImportText::tr(
                "not `terraform show -json` output (no \"format_version\"); for a diagram use cloudwright open")};
    std::vector<TfResource> resources;
    QHash<QString, std::size_t> index;
    const bool plan = doc.contains("planned_values");
    const Json& values = plan ? doc["planned_values"] : doc.value("values", Json::object());
    if (!values.is_object() || !values.contains("root_module"))
        throw LoadError{QString(), plan ? QStringLiteral("planned_values") : QStringLiteral("values"),
            ImportText::tr("has no root_module: nothing to import")};
    plannedResources(values["root_module"], resources, index);
    if (doc.contains("configuration") && doc["configuration"].is_object())
        configuredReferences(doc["configuration"].value("root_module", Json::object()), resources);
    return build(resources, catalog, terraformSummary(plan ? QStringLiteral("Terraform plan") : QStringLiteral("Terraform state")));
}

ImportResult terraformImportPath(const QString& path, const Catalog& catalog)
{
    const auto read = [](const QString& file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw LoadError{file, QString(), ImportText::tr("cannot read: %1").arg(f.errorString())};
        if (f.size() > 256LL * 1024 * 1024)
            throw LoadError{file, QString(), ImportText::tr("too large for Terraform (over 256 MB)")};
        return f.readAll();
    };
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        try {
            return terraformImportJson(read(path), catalog);
        } catch (LoadError& e) {
            if (e.file.isEmpty())
                e.file = path;
            throw;
        }
    }
    read(path); // the file named must be there and readable, whatever its folder holds
    std::vector<std::pair<QString, QString>> files;
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    for (const QString& name : folder.entryList({QStringLiteral("*.tf")}, QDir::Files, QDir::Name)) {
        const QString each = name == info.fileName() ? path : folder.filePath(name);
        files.emplace_back(each, QString::fromUtf8(read(each)));
    }
    return terraformImportFiles(files, catalog);
}

} // namespace cw::interop
