#include "cwa_writer.h"

#include "cwa_reader.h"
#include "scenario_io.h"

#include <QSaveFile>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

namespace {

class Writer {
public:
    explicit Writer(std::string& out)
        : m_out(out)
    {
    }

    void string(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        json(Json(std::string(utf8.constData(), std::size_t(utf8.size()))));
    }

    void json(const Json& value) { m_out += value.dump(-1, ' ', false, Json::error_handler_t::replace); }

    void number(double v)
    {
        if (std::floor(v) == v && std::abs(v) < 1e15)
            m_out += std::to_string(static_cast<long long>(v));
        else
            json(Json(v));
    }

    // Starts a key inside the current object, with the comma where needed.
    void key(const char* name)
    {
        if (!m_first)
            m_out += ", ";
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }

    void key(const std::string& name)
    {
        if (!m_first)
            m_out += ", ";
        m_first = false;
        json(Json(name));
        m_out += ": ";
    }

    void open()
    {
        m_out += '{';
        m_first = true;
    }

    void close()
    {
        m_out += '}';
        m_first = false;
    }

    void extras(const Json& extra)
    {
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            key(it.key());
            json(*it);
        }
    }

    void reference(const char* name, const QString& id)
    {
        key(name);
        if (id.isEmpty())
            m_out += "null";
        else
            string(id);
    }

    void layout(std::initializer_list<std::pair<const char*, double>> fields, const Json& extra)
    {
        key("layout");
        open();
        for (const auto& [name, v] : fields) {
            key(name);
            number(v);
        }
        extras(extra);
        close();
    }

    std::string& m_out;
    bool m_first = true;
};

void writeMeta(Writer& w, const Meta& m)
{
    w.open();
    if (!m.title.isEmpty()) {
        w.key("title");
        w.string(m.title);
    }
    w.key("provider");
    w.string(m.provider);
    if (!m.region.isEmpty()) {
        w.key("region");
        w.string(m.region);
    }
    w.key("reliability");
    w.string(m.reliability);
    w.key("currency");
    w.string(m.currency);
    if (m.ruleProfile != QLatin1String("all")) {
        w.key("ruleProfile");
        w.string(m.ruleProfile);
    }
    w.extras(m.extra);
    w.close();
}

void writeGroup(Writer& w, const Group& g)
{
    w.open();
    w.key("id");
    w.string(g.id);
    w.key("kind");
    w.string(toString(g.kind));
    w.key("name");
    w.string(g.name);
    w.reference("parent", g.parent);
    if (!g.props.empty()) {
        w.key("props");
        w.json(g.props);
    }
    w.extras(g.extra);
    w.layout({{"x", g.box.x()}, {"y", g.box.y()}, {"w", g.box.width()}, {"h", g.box.height()}}, g.layoutExtra);
    w.close();
}

void writeNode(Writer& w, const Node& n)
{
    w.open();
    w.key("id");
    w.string(n.id);
    w.key("kind");
    w.string(n.kind);
    w.key("name");
    w.string(n.name);
    if (!n.provider.isEmpty()) {
        w.key("provider");
        w.string(n.provider);
    }
    w.reference("group", n.group);
    if (!n.props.empty()) {
        w.key("props");
        w.json(n.props);
    }
    if (!n.suppress.empty()) {
        Json list = Json::array();
        for (const Suppression& s : n.suppress) {
            Json entry{{"rule", s.rule.toStdString()}};
            if (!s.reason.isEmpty())
                entry["reason"] = s.reason.toStdString();
            for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
                entry[it.key()] = *it;
            list.push_back(std::move(entry));
        }
        w.key("suppress");
        w.json(list);
    }
    w.extras(n.extra);
    if (n.size.isEmpty())
        w.layout({{"x", n.pos.x()}, {"y", n.pos.y()}}, n.layoutExtra);
    else
        w.layout({{"x", n.pos.x()}, {"y", n.pos.y()}, {"w", n.size.width()}, {"h", n.size.height()}}, n.layoutExtra);
    w.close();
}

void writeEdge(Writer& w, const Edge& e)
{
    w.open();
    w.key("id");
    w.string(e.id);
    w.key("from");
    w.string(e.from);
    w.key("to");
    w.string(e.to);
    w.key("kind");
    w.string(toString(e.kind));
    if (!e.label.isEmpty()) {
        w.key("label");
        w.string(e.label);
    }
    w.extras(e.extra);
    // Only what differs from "route it yourself, orthogonally" is written.
    if (!e.points.empty() || e.style != EdgeStyle::Orthogonal || !e.layoutExtra.empty()) {
        w.key("layout");
        w.open();
        if (!e.points.empty()) {
            w.key("points");
            w.m_out += '[';
            for (std::size_t i = 0; i < e.points.size(); ++i) {
                w.m_out += i == 0 ? "[" : ", [";
                w.number(e.points[i].x());
                w.m_out += ", ";
                w.number(e.points[i].y());
                w.m_out += ']';
            }
            w.m_out += ']';
        }
        if (e.style != EdgeStyle::Orthogonal) {
            w.key("style");
            w.string(toString(e.style));
        }
        w.extras(e.layoutExtra);
        w.close();
    }
    w.close();
}

template <typename T, typename F>
void writeList(std::string& out, const char* name, const std::vector<T>& list, F&& writeOne)
{
    out += ",\n  \"";
    out += name;
    out += "\": [";
    Writer w(out);
    for (std::size_t i = 0; i < list.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        writeOne(w, list[i]);
    }
    out += list.empty() ? "]" : "\n  ]";
}

} // namespace

QByteArray writeCwa(const Diagram& d)
{
    std::string out;
    out.reserve(256 + (d.nodes.size() + d.groups.size()) * 200 + d.edges.size() * 80);
    out += "{\n  \"format\": \"cloudwright\",\n  \"formatVersion\": ";
    out += std::to_string(kFormatVersion);
    out += ",\n  \"meta\": ";
    Writer w(out);
    writeMeta(w, d.meta);
    writeList(out, "groups", d.groups, writeGroup);
    writeList(out, "nodes", d.nodes, writeNode);
    writeList(out, "edges", d.edges, writeEdge);
    appendScenarios(out, d.scenarios);
    for (auto it = d.extra.begin(); it != d.extra.end(); ++it) {
        out += ",\n  ";
        Writer top(out);
        top.key(it.key());
        top.json(*it);
    }
    out += "\n}\n";
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool saveCwaFile(const QString& path, const Diagram& diagram, QString* error)
{
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        if (error)
            *error = LoadText::tr("%1: could not save: %2").arg(path, why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = writeCwa(diagram);
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace cw
