#include "document_reader.h"

#include "cwa_reader.h"
#include "document_place.h"
#include "migrations.h"
#include "scenario_io.h"

#include "model/json_text.h"

#include <QHash>
#include <QSet>

#include <QCoreApplication>
#include <cmath>
#include <string_view>
#include <unordered_map>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

namespace {

// Groups nest by reference, not by JSON nesting, so the reader's limit on the latter does
// not bound them (kMaxGroupDepth does); the automatic layout walks the group tree recursively.

[[noreturn]] void fail(QString place, QString message)
{
    throw ReadFailure{std::move(place), std::move(message)};
}

[[noreturn]] void fail(const Place& place, QString message)
{
    fail(place.text(), std::move(message));
}

class Reader {
public:
    explicit Reader(const Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Diagram read(Json& doc, LayoutNeeds& needs)
    {
        if (!doc.is_object())
            fail(QString(),
                LoadText::tr("not a Cloudwright file: the document is %1, not an object").arg(jsonTypeName(doc)));
        checkHeader(doc);
        migrateToCurrent(doc);
        Diagram d;
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const std::string& key = it.key();
            if (key == "format" || key == "formatVersion")
                continue;
            if (key == "meta")
                d.meta = readMeta(*it);
            else if (key == "groups")
                readList(*it, Place("groups"), EntityType::Group, d.groups,
                    [&](Json& g, const Place& at) { return readGroup(g, at, needs); });
            else if (key == "nodes")
                readList(*it, Place("nodes"), EntityType::Node, d.nodes,
                    [&](Json& n, const Place& at) { return readNode(n, at, needs); });
            else if (key == "edges")
                readList(*it, Place("edges"), EntityType::Edge, d.edges,
                    [&](Json& e, const Place& at) { return readEdge(e, at); });
            else if (key == "scenarios")
                d.scenarios = readScenarios(*it);
            else
                d.extra[key] = std::move(*it);
        }
        checkReferences(d);
        return d;
    }

private:
    /// Where each id was defined: its list and its place in it.
    struct Seen {
        EntityType type = EntityType::None;
        std::size_t index = 0;
    };

    /// A string met in the document (an id, a reference, a kind), converted once and
    /// then shared: the ten thousand edges of a big file name the same node ids again
    /// and again. Keys view the parsed document, which outlives the reading.
    struct Known {
        QString text;
        Seen seen; ///< type None until an entity with this id is read
    };

    Known& known(const Json& value)
    {
        const std::string& s = value.get_ref<const std::string&>();
        auto it = m_known.find(std::string_view(s));
        if (it == m_known.end())
            it = m_known.emplace(std::string_view(s), Known{jsonText(value), Seen{}}).first;
        return it->second;
    }

    /// A reference to an id, resolved once every id is known.
    struct Reference {
        const Known* target = nullptr;
        EntityType fromType = EntityType::None;
        std::size_t fromIndex = 0;
        const char* field = nullptr;
    };

    void checkHeader(const Json& doc)
    {
        const auto format = doc.find("format");
        if (format == doc.end())
            fail(QString(), LoadText::tr("not a Cloudwright file: \"format\" is missing"));
        if (!format->is_string() || format->get_ref<const std::string&>() != "cloudwright")
            fail(QStringLiteral("format"),
                LoadText::tr("not a Cloudwright file: \"format\" is %1, expected \"cloudwright\"")
                    .arg(describeJson(*format)));
        const auto version = doc.find("formatVersion");
        if (version == doc.end())
            fail(QString(), LoadText::tr("\"formatVersion\" is missing"));
        // A whole number too large for 64 bits arrives as a double; it is a version all the same.
        const bool beyond64Bits = version->is_number_float() && std::isfinite(version->get<double>())
            && std::fabs(version->get<double>()) >= 9.2e18;
        if (!version->is_number_integer() && !beyond64Bits)
            fail(QStringLiteral("formatVersion"),
                LoadText::tr("must be a whole number, found %1").arg(describeJson(*version)));
        if (beyond64Bits && version->get<double>() < 0)
            fail(QStringLiteral("formatVersion"),
                LoadText::tr("format version %1 does not exist").arg(describeJson(*version)));
        // Read as a signed number, a version above 2^63 would look negative; it is newer all the same.
        const bool newer = beyond64Bits
            || (version->is_number_unsigned() ? version->get<std::uint64_t>() > std::uint64_t(kFormatVersion)
                                              : version->get<std::int64_t>() > kFormatVersion);
        if (newer)
            fail(QStringLiteral("formatVersion"),
                LoadText::tr("the file was written by a newer Cloudwright (format version %1); this version reads "
                             "format version %2 and older, so it does not open the file rather than half-read it")
                    .arg(describeJson(*version))
                    .arg(kFormatVersion));
        const auto v = version->get<std::int64_t>();
        if (v < 1)
            fail(QStringLiteral("formatVersion"), LoadText::tr("format version %1 does not exist").arg(v));
    }

    template <typename T, typename F>
    void readList(Json& list, const Place& place, EntityType type, std::vector<T>& out, F&& readOne)
    {
        if (list.is_null())
            return;
        if (!list.is_array())
            fail(place, LoadText::tr("must be an array, found %1").arg(jsonTypeName(list)));
        m_listType = type;
        m_known.reserve(m_known.size() + list.size());
        out.reserve(list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            m_listIndex = i;
            out.push_back(readOne(list[i], place[i]));
        }
    }

    QString string(const Json& value, const Place& place)
    {
        if (!value.is_string())
            fail(place, LoadText::tr("must be a string, found %1").arg(jsonTypeName(value)));
        return jsonText(value);
    }

    // A string many entities share (a kind): converted once.
    QString sharedString(const Json& value, const Place& place)
    {
        if (!value.is_string())
            fail(place, LoadText::tr("must be a string, found %1").arg(jsonTypeName(value)));
        return known(value).text;
    }

    // A reference to another entity (absent or null for none); checked in checkReferences.
    QString reference(const Json& value, const Place& place, const char* field, bool optional = true)
    {
        if (optional && value.is_null())
            return {};
        if (!value.is_string())
            fail(place, LoadText::tr("must be a string, found %1").arg(jsonTypeName(value)));
        const Known& target = known(value);
        if (!target.text.isEmpty())
            m_references.push_back(Reference{&target, m_listType, m_listIndex, field});
        return target.text;
    }

    double number(const Json& value, const Place& place)
    {
        if (!value.is_number())
            fail(place, LoadText::tr("must be a number, found %1").arg(jsonTypeName(value)));
        const double v = value.get<double>();
        if (!std::isfinite(v) || std::abs(v) > kCoordinateLimit)
            fail(place, LoadText::tr("must be a coordinate between -1e9 and 1e9, found %1").arg(describeJson(value)));
        return v;
    }

    Id readId(const Json& item, const Place& place)
    {
        const auto it = item.find("id");
        if (it == item.end())
            fail(place, LoadText::tr("\"id\" is missing"));
        if (!it->is_string())
            fail(place.dot("id"), LoadText::tr("must be a string, found %1").arg(jsonTypeName(*it)));
        Known& id = known(*it);
        if (id.text.isEmpty())
            fail(place.dot("id"), LoadText::tr("must not be empty"));
        if (id.seen.type != EntityType::None)
            fail(place, LoadText::tr("duplicate id \"%1\" (already used by %2)").arg(id.text, listPlace(id.seen)));
        id.seen = Seen{m_listType, m_listIndex};
        return id.text;
    }

    static QString listPlace(const Seen& s)
    {
        const char* list = s.type == EntityType::Group ? "groups" : s.type == EntityType::Node ? "nodes" : "edges";
        return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(s.index);
    }

    void checkProps(const Json& props, const Place& place)
    {
        if (!props.is_object())
            fail(place, LoadText::tr("must be an object, found %1").arg(jsonTypeName(props)));
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString problem = m_catalog.checkValue(QString::fromStdString(it.key()), *it);
            if (!problem.isEmpty())
                fail(place.dot(it.key()), LoadText::tr("%1, found %2").arg(problem, describeJson(*it)));
        }
    }

    Meta readMeta(Json& j)
    {
        const Place place("meta");
        if (!j.is_object())
            fail(place, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        Meta m;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "title") {
                m.title = string(*it, place.dot("title"));
            } else if (key == "provider") {
                m.provider = string(*it, place.dot("provider"));
                if (!m_catalog.isKnownProvider(m.provider))
                    fail(place.dot("provider"), unknownProvider(m.provider));
            } else if (key == "region") {
                m.region = string(*it, place.dot("region"));
            } else if (key == "reliability") {
                m.reliability = string(*it, place.dot("reliability"));
                if (m.reliability != QLatin1String("standard") && m.reliability != QLatin1String("critical"))
                    fail(place.dot("reliability"),
                        LoadText::tr("must be \"standard\" or \"critical\", found \"%1\"").arg(m.reliability));
            } else if (key == "currency") {
                m.currency = string(*it, place.dot("currency"));
            } else if (key == "ruleProfile") {
                // Any name is kept; one this version does not know runs every rule.
                m.ruleProfile = string(*it, place.dot("ruleProfile"));
            } else {
                m.extra[key] = std::move(*it);
            }
        }
        return m;
    }

    Group readGroup(Json& j, const Place& at, LayoutNeeds& needs)
    {
        if (!j.is_object())
            fail(at, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        Group g;
        g.id = readId(j, at);
        const Place place = at.withId(g.id);
        bool hasKind = false;
        bool hasLayout = false;
        bool hasSize = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "kind") {
                const QString kind = string(*it, place.dot("kind"));
                const auto k = groupKindFromString(kind);
                if (!k)
                    fail(place.dot("kind"),
                        LoadText::tr("unknown group kind \"%1\"; expected region, zone, vpc, subnet or environment")
                            .arg(kind));
                g.kind = *k;
                hasKind = true;
            } else if (key == "name") {
                g.name = string(*it, place.dot("name"));
            } else if (key == "parent") {
                g.parent = reference(*it, place.dot("parent"), "parent");
            } else if (key == "props") {
                checkProps(*it, place.dot("props"));
                g.props = std::move(*it);
            } else if (key == "layout") {
                hasLayout = readGroupLayout(*it, place.dot("layout"), g, hasSize);
            } else {
                g.extra[key] = std::move(*it);
            }
        }
        if (!hasKind)
            fail(place, LoadText::tr("\"kind\" is missing"));
        if (!hasLayout)
            needs.position.insert(g.id);
        if (!hasSize)
            needs.size.insert(g.id);
        return g;
    }

    bool readGroupLayout(Json& j, const Place& place, Group& g, bool& hasSize)
    {
        if (j.is_null())
            return false;
        if (!j.is_object())
            fail(place, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        bool hasX = false, hasY = false, hasW = false, hasH = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "x") {
                g.box.moveLeft(number(*it, place.dot("x")));
                hasX = true;
            } else if (key == "y") {
                g.box.moveTop(number(*it, place.dot("y")));
                hasY = true;
            } else if (key == "w" || key == "h") {
                const double v = number(*it, place.dot(key));
                if (v <= 0)
                    fail(place.dot(key), LoadText::tr("must be greater than 0, found %1").arg(describeJson(*it)));
                if (key == "w") {
                    g.box.setWidth(v);
                    hasW = true;
                } else {
                    g.box.setHeight(v);
                    hasH = true;
                }
            } else {
                g.layoutExtra[key] = std::move(*it);
            }
        }
        if (hasX != hasY)
            fail(place, LoadText::tr("needs both \"x\" and \"y\""));
        hasSize = hasW && hasH;
        return hasX && hasY;
    }

    Node readNode(Json& j, const Place& at, LayoutNeeds& needs)
    {
        if (!j.is_object())
            fail(at, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        Node n;
        n.id = readId(j, at);
        const Place place = at.withId(n.id);
        bool hasLayout = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "kind") {
                n.kind = sharedString(*it, place.dot("kind"));
                if (!m_catalog.kind(n.kind))
                    fail(place.dot("kind"), LoadText::tr("unknown node kind \"%1\"").arg(n.kind));
            } else if (key == "name") {
                n.name = string(*it, place.dot("name"));
            } else if (key == "provider") {
                n.provider = it->is_null() ? QString() : sharedString(*it, place.dot("provider"));
                if (!n.provider.isEmpty() && !m_catalog.isKnownProvider(n.provider))
                    fail(place.dot("provider"), unknownProvider(n.provider));
            } else if (key == "group") {
                n.group = reference(*it, place.dot("group"), "group");
            } else if (key == "props") {
                checkProps(*it, place.dot("props"));
                n.props = std::move(*it);
            } else if (key == "suppress") {
                n.suppress = readSuppress(*it, place.dot("suppress"));
            } else if (key == "layout") {
                hasLayout = readNodeLayout(*it, place.dot("layout"), n);
            } else {
                n.extra[key] = std::move(*it);
            }
        }
        if (n.kind.isEmpty())
            fail(place, LoadText::tr("\"kind\" is missing"));
        if (!hasLayout)
            needs.position.insert(n.id);
        return n;
    }

    bool readNodeLayout(Json& j, const Place& place, Node& n)
    {
        if (j.is_null())
            return false;
        if (!j.is_object())
            fail(place, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        bool hasX = false, hasY = false;
        QSizeF size;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "x") {
                n.pos.setX(number(*it, place.dot("x")));
                hasX = true;
            } else if (key == "y") {
                n.pos.setY(number(*it, place.dot("y")));
                hasY = true;
            } else if (key == "w" || key == "h") {
                const double v = number(*it, place.dot(key));
                if (v <= 0)
                    fail(place.dot(key), LoadText::tr("must be greater than 0, found %1").arg(describeJson(*it)));
                (key == "w" ? size.rwidth() : size.rheight()) = v;
            } else {
                n.layoutExtra[key] = std::move(*it);
            }
        }
        if (hasX != hasY)
            fail(place, LoadText::tr("needs both \"x\" and \"y\""));
        if ((size.width() > 0) != (size.height() > 0))
            fail(place, LoadText::tr("needs both \"w\" and \"h\""));
        n.size = size.width() > 0 ? size : QSizeF();
        return hasX;
    }

    std::vector<Suppression> readSuppress(Json& j, const Place& place)
    {
        if (!j.is_array())
            fail(place, LoadText::tr("must be an array, found %1").arg(jsonTypeName(j)));
        std::vector<Suppression> list;
        list.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) {
            const Place at = place[i];
            Json& s = j[i];
            if (!s.is_object())
                fail(at, LoadText::tr("must be an object with \"rule\" and \"reason\", found %1").arg(jsonTypeName(s)));
            Suppression entry;
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (it.key() == "rule") {
                    if (!it->is_string() || it->get_ref<const std::string&>().empty())
                        fail(at.dot("rule"), LoadText::tr("must name a rule id"));
                    entry.rule = QString::fromStdString(it->get_ref<const std::string&>());
                } else if (it.key() == "reason") {
                    if (!it->is_string())
                        fail(at.dot("reason"), LoadText::tr("must be a string, found %1").arg(jsonTypeName(*it)));
                    entry.reason = QString::fromStdString(it->get_ref<const std::string&>());
                } else {
                    entry.extra[it.key()] = std::move(*it);
                }
            }
            if (entry.rule.isEmpty())
                fail(at.dot("rule"), LoadText::tr("must name a rule id"));
            list.push_back(std::move(entry));
        }
        return list;
    }

    Edge readEdge(Json& j, const Place& at)
    {
        if (!j.is_object())
            fail(at, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        Edge e;
        e.id = readId(j, at);
        const Place place = at.withId(e.id);
        bool hasKind = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "from") {
                e.from = reference(*it, place.dot("from"), "from", false);
            } else if (key == "to") {
                e.to = reference(*it, place.dot("to"), "to", false);
            } else if (key == "kind") {
                const QString kind = string(*it, place.dot("kind"));
                const auto k = edgeKindFromString(kind);
                if (!k)
                    fail(place.dot("kind"),
                        LoadText::tr("unknown edge kind \"%1\"; expected request, data, event or control").arg(kind));
                e.kind = *k;
                hasKind = true;
            } else if (key == "label") {
                e.label = string(*it, place.dot("label"));
            } else if (key == "layout") {
                readEdgeLayout(*it, place.dot("layout"), e);
            } else {
                e.extra[key] = std::move(*it);
            }
        }
        if (e.from.isEmpty() || e.to.isEmpty())
            fail(place, LoadText::tr("an edge needs \"from\" and \"to\""));
        if (!hasKind)
            m_unkindedEdges.append(e.id);
        return e;
    }

    void readEdgeLayout(Json& j, const Place& place, Edge& e)
    {
        if (j.is_null())
            return;
        if (!j.is_object())
            fail(place, LoadText::tr("must be an object, found %1").arg(jsonTypeName(j)));
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "points") {
                const Place at = place.dot("points");
                if (!it->is_array())
                    fail(at, LoadText::tr("must be an array of [x, y] points, found %1").arg(jsonTypeName(*it)));
                if (it->size() == 1)
                    fail(at, LoadText::tr("needs at least two points (where the edge leaves and enters)"));
                e.points.reserve(it->size());
                for (std::size_t i = 0; i < it->size(); ++i) {
                    const Json& p = (*it)[i];
                    if (!p.is_array() || p.size() != 2)
                        fail(at[i], LoadText::tr("must be a point [x, y], found %1").arg(describeJson(p)));
                    e.points.emplace_back(number(p[0], at[i][0]), number(p[1], at[i][1]));
                }
            } else if (key == "style") {
                const QString style = string(*it, place.dot("style"));
                const auto s = edgeStyleFromString(style);
                if (!s)
                    fail(place.dot("style"),
                        LoadText::tr("unknown edge style \"%1\"; expected orthogonal or straight").arg(style));
                e.style = *s;
            } else {
                e.layoutExtra[key] = std::move(*it);
            }
        }
    }

    // References are checked once every id is known, so the file's order is free.
    void checkReferences(Diagram& d)
    {
        auto placeOf = [&](EntityType type, std::size_t index, const char* field) {
            const Id& id = type == EntityType::Group ? d.groups[index].id
                : type == EntityType::Node           ? d.nodes[index].id
                                                     : d.edges[index].id;
            return QStringLiteral("%1 (id \"%2\").%3").arg(listPlace(Seen{type, index}), id, QLatin1String(field));
        };
        for (const Reference& r : m_references) {
            const EntityType target = r.target->seen.type;
            if (r.fromType == EntityType::Edge) {
                if (target != EntityType::Node && target != EntityType::Group)
                    fail(placeOf(r.fromType, r.fromIndex, r.field),
                        LoadText::tr("names \"%1\", which is no node or group of this file (a dangling edge)")
                            .arg(r.target->text));
            } else if (target != EntityType::Group) {
                fail(placeOf(r.fromType, r.fromIndex, r.field),
                    LoadText::tr("names a group \"%1\" that does not exist").arg(r.target->text));
            }
        }
        auto group = [&](const Id& id) -> const Group* {
            const auto it = m_known.find(std::string_view(m_scratch = id.toStdString()));
            return it != m_known.end() && it->second.seen.type == EntityType::Group ? &d.groups[it->second.seen.index]
                                                                                    : nullptr;
        };
        // Cycle and depth check: walk each chain once, remembering how deep the groups
        // already known to reach the top lie (a top-level group at depth 1).
        QHash<Id, int> depthOf;
        for (const Group& g : d.groups) {
            QList<Id> chain;
            QSet<Id> onChain;
            Id current = g.id;
            while (!current.isEmpty() && !depthOf.contains(current)) {
                if (onChain.contains(current)) {
                    QStringList path;
                    for (qsizetype i = chain.indexOf(current); i < chain.size(); ++i)
                        path << chain[i];
                    path << current;
                    const Group* at = group(current);
                    fail(placeOf(EntityType::Group, std::size_t(at - d.groups.data()), "parent"),
                        LoadText::tr("the groups form a cycle: %1").arg(path.join(QStringLiteral(" → "))));
                }
                onChain.insert(current);
                chain.append(current);
                current = group(current)->parent;
            }
            int depth = current.isEmpty() ? 0 : depthOf.value(current);
            for (qsizetype i = chain.size() - 1; i >= 0; --i) {
                if (++depth > kMaxGroupDepth)
                    fail(placeOf(EntityType::Group, std::size_t(group(chain[i]) - d.groups.data()), "parent"),
                        LoadText::tr("the groups nest more than %1 levels deep").arg(kMaxGroupDepth));
                depthOf.insert(chain[i], depth);
            }
        }
        if (m_unkindedEdges.isEmpty())
            return;
        // The contract gives every edge a kind; a file that leaves it out gets the kind
        // the editor would propose for the two ends.
        QHash<Id, const Node*> nodes;
        for (const Node& n : d.nodes)
            nodes.insert(n.id, &n);
        const QSet<Id> unkinded(m_unkindedEdges.cbegin(), m_unkindedEdges.cend());
        for (Edge& e : d.edges) {
            if (unkinded.contains(e.id)) {
                const Node* from = nodes.value(e.from);
                const Node* to = nodes.value(e.to);
                e.kind = m_catalog.proposeEdgeKind(from ? from->kind : QString(), to ? to->kind : QString());
            }
        }
    }

    /// Lists the catalog's providers, so the message follows the catalog.
    QString unknownProvider(const QString& provider) const
    {
        return LoadText::tr("unknown provider \"%1\"; expected %2").arg(provider, m_catalog.providerChoices());
    }

    const Catalog& m_catalog;
    std::unordered_map<std::string_view, Known> m_known;
    std::vector<Reference> m_references;
    std::string m_scratch;
    EntityType m_listType = EntityType::None;
    std::size_t m_listIndex = 0;
    QList<Id> m_unkindedEdges;
};

} // namespace

Diagram readDocument(Json& doc, const Catalog& catalog, LayoutNeeds& needs)
{
    return Reader(catalog).read(doc, needs);
}

} // namespace cw
