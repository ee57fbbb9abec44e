#include "cwa_reader.h"

#include "auto_layout.h"
#include "migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

namespace cw {

namespace {

constexpr int kMaxDepth = 200;
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

/// Thrown inside the reader to stop at the first problem; never leaves this file.
struct Failure {
    QString place;
    QString message;
};

[[noreturn]] void fail(QString place, QString message)
{
    throw Failure{std::move(place), std::move(message)};
}

QString qs(const Json& j)
{
    const auto& s = j.get_ref<const std::string&>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString typeName(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null: return QStringLiteral("null");
    case Json::value_t::boolean: return QStringLiteral("a boolean");
    case Json::value_t::string: return QStringLiteral("a string");
    case Json::value_t::array: return QStringLiteral("an array");
    case Json::value_t::object: return QStringLiteral("an object");
    default: return QStringLiteral("a number");
    }
}

// Line and column (both from 1) of the byte at a 0-based offset.
QString lineColumn(const QByteArray& bytes, std::size_t offset)
{
    offset = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (bytes[qsizetype(i)] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[qsizetype(i)]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// nlohmann's parser is iterative, but unbounded nesting still costs memory and every
// recursive consumer after it (dump, destruction); refuse absurd depth up front.
std::optional<std::size_t> tooDeep(const QByteArray& bytes)
{
    int depth = 0;
    bool inString = false;
    const char* p = bytes.constData();
    const std::size_t n = std::size_t(bytes.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

// Where nlohmann's parser stops on an error it reports without a place (a number too
// large for a double): a second pass that builds nothing and keeps the position.
class ErrorLocator final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const Json::exception&) override
    {
        m_position = position;
        return false;
    }

    std::size_t position() const { return m_position; }

private:
    std::size_t m_position = 0; ///< counts from 1, like parse_error::byte; 0: no error
};

class Reader {
public:
    Reader(const Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Diagram read(Json& doc, LayoutNeeds& needs)
    {
        if (!doc.is_object())
            fail({}, QStringLiteral("not a Cloudwright file: the document is %1, not an object").arg(typeName(doc)));
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
                readList(*it, "groups", [&](Json& g, const QString& place) { d.groups.push_back(readGroup(g, place, needs)); });
            else if (key == "nodes")
                readList(*it, "nodes", [&](Json& n, const QString& place) { d.nodes.push_back(readNode(n, place, needs)); });
            else if (key == "edges")
                readList(*it, "edges", [&](Json& e, const QString& place) { d.edges.push_back(readEdge(e, place)); });
            else
                d.extra[key] = std::move(*it);
        }
        checkReferences(d);
        return d;
    }

private:
    void checkHeader(const Json& doc)
    {
        const auto format = doc.find("format");
        if (format == doc.end())
            fail({}, QStringLiteral("not a Cloudwright file: \"format\" is missing"));
        if (!format->is_string() || format->get_ref<const std::string&>() != "cloudwright")
            fail(QStringLiteral("format"),
                 QStringLiteral("not a Cloudwright file: \"format\" is %1, expected \"cloudwright\"").arg(describeJson(*format)));
        const auto version = doc.find("formatVersion");
        if (version == doc.end())
            fail({}, QStringLiteral("\"formatVersion\" is missing"));
        if (!version->is_number_integer())
            fail(QStringLiteral("formatVersion"),
                 QStringLiteral("must be a whole number, found %1").arg(describeJson(*version)));
        // Read as a signed number, a version above 2^63 would look negative; it is newer all the same.
        const bool newer = version->is_number_unsigned() ? version->get<std::uint64_t>() > std::uint64_t(kFormatVersion)
                                                         : version->get<std::int64_t>() > kFormatVersion;
        if (newer)
            fail(QStringLiteral("formatVersion"),
                 QStringLiteral("the file was written by a newer Cloudwright (format version %1); this version reads "
                                "format version %2 and older, so it does not open the file rather than half-read it")
                     .arg(describeJson(*version))
                     .arg(kFormatVersion));
        const auto v = version->get<std::int64_t>();
        if (v < 1)
            fail(QStringLiteral("formatVersion"), QStringLiteral("format version %1 does not exist").arg(v));
    }

    template <typename F> void readList(Json& list, const char* name, F&& readOne)
    {
        if (list.is_null())
            return;
        if (!list.is_array())
            fail(QString::fromLatin1(name), QStringLiteral("must be an array, found %1").arg(typeName(list)));
        for (std::size_t i = 0; i < list.size(); ++i)
            readOne(list[i], QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i));
    }

    QString string(const Json& value, const QString& place, const char* field)
    {
        if (!value.is_string())
            fail(place + QLatin1Char('.') + QLatin1String(field), QStringLiteral("must be a string, found %1").arg(typeName(value)));
        return qs(value);
    }

    // An optional reference: absent, null or a string.
    QString reference(const Json& value, const QString& place, const char* field)
    {
        if (value.is_null())
            return {};
        return string(value, place, field);
    }

    double number(const Json& value, const QString& place)
    {
        if (!value.is_number())
            fail(place, QStringLiteral("must be a number, found %1").arg(typeName(value)));
        const double v = value.get<double>();
        if (!std::isfinite(v) || std::abs(v) > 1e9)
            fail(place, QStringLiteral("must be a coordinate between -1e9 and 1e9, found %1").arg(describeJson(value)));
        return v;
    }

    Id readId(const Json& item, const QString& place)
    {
        const auto it = item.find("id");
        if (it == item.end())
            fail(place, QStringLiteral("\"id\" is missing"));
        const QString id = string(*it, place, "id");
        if (id.isEmpty())
            fail(place + QStringLiteral(".id"), QStringLiteral("must not be empty"));
        const auto seen = m_places.constFind(id);
        if (seen != m_places.cend())
            fail(place, QStringLiteral("duplicate id \"%1\" (already used by %2)").arg(id, *seen));
        m_places.insert(id, place);
        return id;
    }

    void checkProps(const Json& props, const QString& place)
    {
        if (!props.is_object())
            fail(place, QStringLiteral("must be an object, found %1").arg(typeName(props)));
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString problem = m_catalog.checkValue(key, *it);
            if (!problem.isEmpty())
                fail(place + QLatin1Char('.') + key, QStringLiteral("%1, found %2").arg(problem, describeJson(*it)));
        }
    }

    Meta readMeta(Json& j)
    {
        const QString place = QStringLiteral("meta");
        if (!j.is_object())
            fail(place, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        Meta m;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "title")
                m.title = string(*it, place, "title");
            else if (key == "provider") {
                m.provider = string(*it, place, "provider");
                if (!isKnownProvider(m.provider))
                    fail(QStringLiteral("meta.provider"),
                         QStringLiteral("unknown provider \"%1\"; expected aws, gcp, azure or generic").arg(m.provider));
            } else if (key == "region")
                m.region = string(*it, place, "region");
            else if (key == "reliability") {
                m.reliability = string(*it, place, "reliability");
                if (m.reliability != QLatin1String("standard") && m.reliability != QLatin1String("critical"))
                    fail(QStringLiteral("meta.reliability"),
                         QStringLiteral("must be \"standard\" or \"critical\", found \"%1\"").arg(m.reliability));
            } else if (key == "currency")
                m.currency = string(*it, place, "currency");
            else
                m.extra[key] = std::move(*it);
        }
        return m;
    }

    Group readGroup(Json& j, const QString& at, LayoutNeeds& needs)
    {
        if (!j.is_object())
            fail(at, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        Group g;
        g.id = readId(j, at);
        const QString place = QStringLiteral("%1 (id \"%2\")").arg(at, g.id);
        bool hasKind = false;
        bool hasLayout = false;
        bool hasSize = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "kind") {
                const QString kind = string(*it, place, "kind");
                const auto k = groupKindFromString(kind);
                if (!k)
                    fail(place + QStringLiteral(".kind"),
                         QStringLiteral("unknown group kind \"%1\"; expected region, zone, vpc, subnet or environment").arg(kind));
                g.kind = *k;
                hasKind = true;
            } else if (key == "name")
                g.name = string(*it, place, "name");
            else if (key == "parent")
                g.parent = reference(*it, place, "parent");
            else if (key == "props") {
                checkProps(*it, place + QStringLiteral(".props"));
                g.props = std::move(*it);
            } else if (key == "layout") {
                hasLayout = readGroupLayout(*it, place + QStringLiteral(".layout"), g, hasSize);
            } else
                g.extra[key] = std::move(*it);
        }
        if (!hasKind)
            fail(place, QStringLiteral("\"kind\" is missing"));
        if (!hasLayout)
            needs.position.insert(g.id);
        if (!hasSize)
            needs.size.insert(g.id);
        return g;
    }

    bool readGroupLayout(Json& j, const QString& place, Group& g, bool& hasSize)
    {
        if (j.is_null())
            return false;
        if (!j.is_object())
            fail(place, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        bool hasX = false, hasY = false, hasW = false, hasH = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            const QString at = place + QLatin1Char('.') + QString::fromStdString(key);
            if (key == "x") {
                g.box.moveLeft(number(*it, at));
                hasX = true;
            } else if (key == "y") {
                g.box.moveTop(number(*it, at));
                hasY = true;
            } else if (key == "w" || key == "h") {
                const double v = number(*it, at);
                if (v <= 0)
                    fail(at, QStringLiteral("must be greater than 0, found %1").arg(describeJson(*it)));
                if (key == "w") {
                    g.box.setWidth(v);
                    hasW = true;
                } else {
                    g.box.setHeight(v);
                    hasH = true;
                }
            } else
                g.layoutExtra[key] = std::move(*it);
        }
        if (hasX != hasY)
            fail(place, QStringLiteral("needs both \"x\" and \"y\""));
        hasSize = hasW && hasH;
        return hasX && hasY;
    }

    Node readNode(Json& j, const QString& at, LayoutNeeds& needs)
    {
        if (!j.is_object())
            fail(at, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        Node n;
        n.id = readId(j, at);
        const QString place = QStringLiteral("%1 (id \"%2\")").arg(at, n.id);
        bool hasLayout = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "kind") {
                n.kind = string(*it, place, "kind");
                if (!m_catalog.kind(n.kind))
                    fail(place + QStringLiteral(".kind"), QStringLiteral("unknown node kind \"%1\"").arg(n.kind));
            } else if (key == "name")
                n.name = string(*it, place, "name");
            else if (key == "provider") {
                n.provider = reference(*it, place, "provider");
                if (!n.provider.isEmpty() && !isKnownProvider(n.provider))
                    fail(place + QStringLiteral(".provider"),
                         QStringLiteral("unknown provider \"%1\"; expected aws, gcp, azure or generic").arg(n.provider));
            } else if (key == "group")
                n.group = reference(*it, place, "group");
            else if (key == "props") {
                checkProps(*it, place + QStringLiteral(".props"));
                n.props = std::move(*it);
            } else if (key == "suppress") {
                checkSuppress(*it, place + QStringLiteral(".suppress"));
                n.suppress = std::move(*it);
            } else if (key == "layout") {
                hasLayout = readNodeLayout(*it, place + QStringLiteral(".layout"), n);
            } else
                n.extra[key] = std::move(*it);
        }
        if (n.kind.isEmpty())
            fail(place, QStringLiteral("\"kind\" is missing"));
        if (!hasLayout)
            needs.position.insert(n.id);
        return n;
    }

    bool readNodeLayout(Json& j, const QString& place, Node& n)
    {
        if (j.is_null())
            return false;
        if (!j.is_object())
            fail(place, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        bool hasX = false, hasY = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "x") {
                n.pos.setX(number(*it, place + QStringLiteral(".x")));
                hasX = true;
            } else if (key == "y") {
                n.pos.setY(number(*it, place + QStringLiteral(".y")));
                hasY = true;
            } else
                n.layoutExtra[key] = std::move(*it);
        }
        if (hasX != hasY)
            fail(place, QStringLiteral("needs both \"x\" and \"y\""));
        return hasX;
    }

    void checkSuppress(const Json& j, const QString& place)
    {
        if (!j.is_array())
            fail(place, QStringLiteral("must be an array, found %1").arg(typeName(j)));
        for (std::size_t i = 0; i < j.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(place).arg(i);
            const Json& s = j[i];
            if (!s.is_object())
                fail(at, QStringLiteral("must be an object with \"rule\" and \"reason\", found %1").arg(typeName(s)));
            const auto rule = s.find("rule");
            if (rule == s.end() || !rule->is_string() || rule->get_ref<const std::string&>().empty())
                fail(at + QStringLiteral(".rule"), QStringLiteral("must name a rule id"));
            const auto reason = s.find("reason");
            if (reason != s.end() && !reason->is_string())
                fail(at + QStringLiteral(".reason"), QStringLiteral("must be a string, found %1").arg(typeName(*reason)));
        }
    }

    Edge readEdge(Json& j, const QString& at)
    {
        if (!j.is_object())
            fail(at, QStringLiteral("must be an object, found %1").arg(typeName(j)));
        Edge e;
        e.id = readId(j, at);
        const QString place = QStringLiteral("%1 (id \"%2\")").arg(at, e.id);
        bool hasKind = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "id")
                continue;
            if (key == "from")
                e.from = string(*it, place, "from");
            else if (key == "to")
                e.to = string(*it, place, "to");
            else if (key == "kind") {
                const QString kind = string(*it, place, "kind");
                const auto k = edgeKindFromString(kind);
                if (!k)
                    fail(place + QStringLiteral(".kind"),
                         QStringLiteral("unknown edge kind \"%1\"; expected request, data, event or control").arg(kind));
                e.kind = *k;
                hasKind = true;
            } else if (key == "label")
                e.label = string(*it, place, "label");
            else
                e.extra[key] = std::move(*it);
        }
        if (e.from.isEmpty() || e.to.isEmpty())
            fail(place, QStringLiteral("an edge needs \"from\" and \"to\""));
        if (!hasKind)
            m_unkindedEdges.append(e.id);
        return e;
    }

    // References are checked once every id is known, so the file's order is free.
    void checkReferences(Diagram& d)
    {
        QHash<Id, const Group*> groups;
        groups.reserve(qsizetype(d.groups.size()));
        for (const Group& g : d.groups)
            groups.insert(g.id, &g);
        QHash<Id, const Node*> nodes;
        nodes.reserve(qsizetype(d.nodes.size()));
        for (const Node& n : d.nodes)
            nodes.insert(n.id, &n);
        auto placeOf = [&](const Id& id) { return QStringLiteral("%1 (id \"%2\")").arg(m_places.value(id), id); };

        for (const Group& g : d.groups) {
            if (g.parent.isEmpty())
                continue;
            if (!groups.contains(g.parent))
                fail(placeOf(g.id) + QStringLiteral(".parent"), QStringLiteral("names a group \"%1\" that does not exist").arg(g.parent));
        }
        // Cycle check: walk each chain once, remembering groups already known to reach the top.
        QSet<Id> reachesTop;
        for (const Group& g : d.groups) {
            QList<Id> chain;
            QSet<Id> onChain;
            Id current = g.id;
            while (!current.isEmpty() && !reachesTop.contains(current)) {
                if (onChain.contains(current)) {
                    QStringList path;
                    for (qsizetype i = chain.indexOf(current); i < chain.size(); ++i)
                        path << chain[i];
                    path << current;
                    fail(placeOf(current) + QStringLiteral(".parent"),
                         QStringLiteral("the groups form a cycle: %1").arg(path.join(QStringLiteral(" → "))));
                }
                onChain.insert(current);
                chain.append(current);
                current = groups.value(current)->parent;
            }
            for (const Id& id : std::as_const(chain))
                reachesTop.insert(id);
        }
        for (const Node& n : d.nodes) {
            if (!n.group.isEmpty() && !groups.contains(n.group))
                fail(placeOf(n.id) + QStringLiteral(".group"), QStringLiteral("names a group \"%1\" that does not exist").arg(n.group));
        }
        QSet<Id> unkinded(m_unkindedEdges.cbegin(), m_unkindedEdges.cend());
        for (Edge& e : d.edges) {
            for (const auto& [end, field] : {std::pair{e.from, "from"}, std::pair{e.to, "to"}}) {
                if (!nodes.contains(end) && !groups.contains(end))
                    fail(placeOf(e.id) + QLatin1Char('.') + QLatin1String(field),
                         QStringLiteral("names \"%1\", which is no node or group of this file (a dangling edge)").arg(end));
            }
            // The contract gives every edge a kind; a file that leaves it out gets the
            // kind the editor would propose for the two ends.
            if (unkinded.contains(e.id)) {
                const Node* from = nodes.value(e.from);
                const Node* to = nodes.value(e.to);
                e.kind = m_catalog.proposeEdgeKind(from ? from->kind : QString(), to ? to->kind : QString());
            }
        }
    }

    const Catalog& m_catalog;
    QHash<Id, QString> m_places; ///< id -> where it was first defined
    QList<Id> m_unkindedEdges;
};

} // namespace

LoadResult readCwa(const QByteArray& bytes, const QString& fileName, const Catalog& catalog)
{
    LoadResult result;
    auto failWith = [&](const QString& place, const QString& message) {
        result.error = LoadError{fileName, place, message};
        return result;
    };
    if (bytes.trimmed().isEmpty())
        return failWith({}, QStringLiteral("the file is empty"));
    if (const auto at = tooDeep(bytes))
        return failWith(lineColumn(bytes, *at), QStringLiteral("the JSON is nested more than %1 levels deep").arg(kMaxDepth));

    Json doc;
    try {
        doc = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error& e) {
        // nlohmann reports "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(QStringLiteral(": "));
        what = colon >= 0 ? what.mid(colon + 2) : what;
        // e.byte counts from 1 and points at the byte where parsing stopped.
        return failWith(lineColumn(bytes, e.byte > 0 ? e.byte - 1 : 0), QStringLiteral("not valid JSON: %1").arg(what));
    } catch (const Json::exception& e) {
        QString what = QString::fromUtf8(e.what());
        const qsizetype bracket = what.indexOf(QLatin1Char(']'));
        ErrorLocator locator;
        Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &locator);
        const QString place = locator.position() > 0 ? lineColumn(bytes, locator.position() - 1) : QString();
        return failWith(place, QStringLiteral("not valid JSON: %1").arg(bracket >= 0 ? what.mid(bracket + 2) : what));
    }

    try {
        LayoutNeeds needs;
        Reader reader(catalog);
        Diagram d = reader.read(doc, needs);
        result.laidOut = !needs.position.isEmpty() || !needs.size.isEmpty();
        if (result.laidOut)
            autoLayout(d, needs);
        result.diagram = std::move(d);
    } catch (const Failure& f) {
        return failWith(f.place, f.message);
    } catch (const Json::exception& e) {
        return failWith({}, QStringLiteral("unexpected content: %1").arg(QString::fromUtf8(e.what())));
    }
    return result;
}

LoadResult readCwaFile(const QString& path, const Catalog& catalog)
{
    LoadResult result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = LoadError{path, {}, QStringLiteral("no such file")};
        return result;
    }
    if (info.isDir()) {
        result.error = LoadError{path, {}, QStringLiteral("is a folder, not a file")};
        return result;
    }
    if (info.size() > kMaxFileBytes) {
        result.error = LoadError{path, {}, QStringLiteral("the file is larger than 1 GiB")};
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = LoadError{path, {}, QStringLiteral("cannot be read: %1").arg(file.errorString())};
        return result;
    }
    return readCwa(file.readAll(), path, catalog);
}

} // namespace cw
