#include "dot_layout.h"

#include "model/json_text.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace cw::layout {

namespace {

// Graphviz measures in points, 72 to the inch; the canvas's unit is taken as one point.
constexpr double kPerInch = 72.0;
// Between cards of one rank (one column), and between ranks.
constexpr double kNodeSep = 28.0;
constexpr double kRankSep = 72.0;
// dot runs as a program of its own: a crash in it (Graphviz 2.42 asserts on some
// cluster graphs) or a layout that takes too long costs the layout, not the user's work.
constexpr int kDotTimeoutMs = 20000;

QByteArray number(double v) { return QByteArray::number(v, 'f', 4); }

// The diagram as a dot graph: node i is "n<i>", group i "cluster_<i>".
class DotWriter {
public:
    DotWriter(const Diagram& d, const DotInput& input)
        : m_d(d)
        , m_in(input)
    {
        for (int i = 0; i < int(d.nodes.size()); ++i) {
            const Node& n = d.nodes[std::size_t(i)];
            m_nodeIndex.insert(n.id, i);
            m_stage.insert(n.id, input.stage(n));
        }
        for (int i = 0; i < int(d.groups.size()); ++i)
            m_groupIndex.insert(d.groups[std::size_t(i)].id, i);
        for (int i = 0; i < int(d.nodes.size()); ++i)
            m_members[d.nodes[std::size_t(i)].group].append(i);
        for (int i = 0; i < int(d.groups.size()); ++i) {
            const Id& parent = d.groups[std::size_t(i)].parent;
            m_children[m_groupIndex.contains(parent) ? parent : Id()].append(i);
        }
    }

    QByteArray write()
    {
        m_out += "digraph cloudwright {\n";
        m_out += "rankdir=LR; splines=\"\"; margin=0; outputorder=nodesfirst;\n";
        m_out += "nodesep=" + number(kNodeSep / kPerInch) + "; ranksep=" + number(kRankSep / kPerInch) + ";\n";
        // Big diagrams: fewer rounds of crossing reduction, a layout in seconds.
        if (m_d.nodes.size() > 600)
            m_out += "mclimit=0.3;\n";
        // Cluster frames: padding around the members, and a label as tall as the rest of
        // the title bar (dot reserves a cluster label's height above the members; its own
        // font metrics give a one-line label about 1.2 x fontsize + 2 points).
        m_out += "graph [margin=" + number(kGroupPadding) + ", label=\"M\", labelloc=t, labeljust=l, fontsize="
            + number((kGroupHeader - kGroupPadding - 2) / 1.2) + "];\n";
        m_out += "node [shape=box, fixedsize=true, label=\"\"];\n";
        writeContainer(Id(), 0);
        writeEdges();
        m_out += "}\n";
        return m_out;
    }

private:
    void writeContainer(const Id& group, int depth)
    {
        for (int i : m_members.value(group)) {
            const Node& n = m_d.nodes[std::size_t(i)];
            const QSizeF size = m_in.cardSize(n);
            m_out += "n" + QByteArray::number(i) + " [width=" + number(size.width() / kPerInch)
                + ", height=" + number(size.height() / kPerInch) + "];\n";
        }
        if (depth > 64) // deeper than any real diagram; the tree has no cycles
            return;
        for (int gi : m_children.value(group)) {
            m_out += "subgraph cluster_" + QByteArray::number(gi) + " {\n";
            writeContainer(m_d.groups[std::size_t(gi)].id, depth + 1);
            m_out += "}\n";
        }
    }

    // Flow edges set the ranks. What supports a card (IAM, secrets, monitoring, budget)
    // stands beside the card it serves: in the same group, in its column, held there by
    // an invisible edge of length 0 with a strong weight; elsewhere in the next column.
    void writeEdges()
    {
        QHash<Id, QList<Id>> neighbours;
        QSet<QPair<int, int>> seen; // one edge per pair: parallel ones add nothing to a layout
        for (const Edge& e : m_d.edges) {
            const int from = m_nodeIndex.value(e.from, -1);
            const int to = m_nodeIndex.value(e.to, -1);
            if (from < 0 || to < 0 || from == to)
                continue;
            neighbours[e.from].append(e.to);
            neighbours[e.to].append(e.from);
            if (seen.contains({from, to}) || seen.contains({to, from}))
                continue;
            seen.insert({from, to});
            const bool fromSupport = m_stage.value(e.from) == Stage::Support;
            const bool toSupport = m_stage.value(e.to) == Stage::Support;
            QByteArray attributes;
            int tail = from, head = to;
            if (fromSupport && toSupport)
                attributes = " [constraint=false]";
            else if (fromSupport || toSupport) {
                // A support service ranks just after what it serves, whichever way its
                // edge points: monitoring, keys and roles gather beside their users
                // instead of in one tall column at the group's left.
                if (fromSupport)
                    std::swap(tail, head);
            } else if (e.kind == EdgeKind::Control)
                attributes = " [constraint=false]";
            else if (m_d.nodes[std::size_t(from)].group == m_d.nodes[std::size_t(to)].group)
                attributes = " [weight=4]";
            m_out += "n" + QByteArray::number(tail) + " -> n" + QByteArray::number(head) + attributes + ";\n";
        }
        for (const Node& n : m_d.nodes) {
            if (m_stage.value(n.id) != Stage::Support)
                continue;
            const Id served = servedBy(n, neighbours.value(n.id));
            // Across clusters such an edge trips an assertion in Graphviz 2.42's dot
            // (class2.c merge_chain, measured on the synthetic diagrams): the band holds
            // within a group.
            if (served.isEmpty() || m_d.nodes[std::size_t(m_nodeIndex.value(served))].group != n.group)
                continue;
            m_out += "n" + QByteArray::number(m_nodeIndex.value(served)) + " -> n"
                + QByteArray::number(m_nodeIndex.value(n.id)) + " [minlen=0, weight=8, style=invis];\n";
        }
    }

    // The card a support node serves: the neighbour it shares most edges with that is
    // not itself support; failing that, in a group, the last other card there.
    Id servedBy(const Node& n, const QList<Id>& neighbours) const
    {
        Id best;
        qsizetype bestCount = 0;
        for (const Id& id : neighbours) {
            if (m_stage.value(id) == Stage::Support)
                continue;
            const qsizetype count = neighbours.count(id);
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        if (!best.isEmpty() && m_d.nodes[std::size_t(m_nodeIndex.value(best))].group == n.group)
            return best;
        if (n.group.isEmpty())
            return {};
        Id last;
        for (int i : m_members.value(n.group)) {
            const Node& other = m_d.nodes[std::size_t(i)];
            if (m_stage.value(other.id) != Stage::Support)
                last = other.id;
        }
        return last;
    }

    const Diagram& m_d;
    const DotInput& m_in;
    QHash<Id, int> m_nodeIndex;
    QHash<Id, int> m_groupIndex;
    QHash<Id, Stage> m_stage;
    QHash<Id, QList<int>> m_members;
    QHash<Id, QList<int>> m_children;
    QByteArray m_out;
};

// "x,y" or "llx,lly,urx,ury" from dot's output.
std::vector<double> numbers(const Json& value)
{
    std::vector<double> out;
    if (!value.is_string())
        return out;
    for (const QByteArray& part : QByteArray::fromStdString(value.get<std::string>()).split(',')) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return {};
        out.push_back(v);
    }
    return out;
}

// Reads dot's -Tjson0 answer back into the diagram.
QString readAnswer(Diagram& d, const QByteArray& answer, const DotInput& input)
{
    const Json doc = Json::parse(answer.constData(), answer.constData() + answer.size(), nullptr, false);
    const std::vector<double> bb = doc.is_object() ? numbers(doc.value("bb", Json())) : std::vector<double>{};
    if (bb.size() != 4 || !doc.contains("objects") || !doc["objects"].is_array())
        return QStringLiteral("dot gave no layout");
    // dot's y grows upwards; the canvas's downwards.
    const auto toCanvas = [&](double x, double y) { return QPointF(x - bb[0], bb[3] - y); };
    std::vector<bool> placed(d.nodes.size() + d.groups.size(), false);
    for (const Json& object : doc["objects"]) {
        if (!object.is_object() || !object.contains("name") || !object["name"].is_string())
            continue;
        const QByteArray name = QByteArray::fromStdString(object["name"].get<std::string>());
        bool ok = false;
        if (name.startsWith("cluster_")) {
            const int i = name.mid(8).toInt(&ok);
            const std::vector<double> box = numbers(object.value("bb", Json()));
            if (!ok || i < 0 || i >= int(d.groups.size()) || box.size() != 4)
                continue;
            const QPointF topLeft = toCanvas(box[0], box[3]);
            const QPointF bottomRight = toCanvas(box[2], box[1]);
            d.groups[std::size_t(i)].box = QRectF(QPointF(std::round(topLeft.x()), std::round(topLeft.y())),
                QPointF(std::round(bottomRight.x()), std::round(bottomRight.y())));
            placed[d.nodes.size() + std::size_t(i)] = true;
        } else if (name.startsWith('n')) {
            const int i = name.mid(1).toInt(&ok);
            const std::vector<double> pos = numbers(object.value("pos", Json()));
            if (!ok || i < 0 || i >= int(d.nodes.size()) || pos.size() != 2)
                continue;
            Node& n = d.nodes[std::size_t(i)];
            const QSizeF size = input.cardSize(n);
            const QPointF centre = toCanvas(pos[0], pos[1]);
            n.pos = QPointF(std::round(centre.x() - size.width() / 2), std::round(centre.y() - size.height() / 2));
            placed[std::size_t(i)] = true;
        }
    }
    if (std::find(placed.begin(), placed.end(), false) != placed.end())
        return QStringLiteral("dot left some cards or groups without a place");
    return {};
}

} // namespace

QString dotLayout(Diagram& diagram, const DotInput& input)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (program.isEmpty())
        return QStringLiteral("Graphviz's dot is not installed");
    QProcess dot;
    dot.start(program, {QStringLiteral("-Tjson0")});
    if (!dot.waitForStarted(kDotTimeoutMs))
        return QStringLiteral("dot did not start: %1").arg(dot.errorString());
    const QByteArray graph = DotWriter(diagram, input).write();
    dot.write(graph);
    dot.closeWriteChannel();
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (dot.state() != QProcess::NotRunning && clock.elapsed() < kDotTimeoutMs) {
        dot.waitForReadyRead(200);
        answer += dot.readAllStandardOutput();
    }
    if (dot.state() != QProcess::NotRunning) {
        dot.kill();
        dot.waitForFinished(1000);
        return QStringLiteral("dot took longer than %1 s").arg(kDotTimeoutMs / 1000);
    }
    answer += dot.readAllStandardOutput();
    if (dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0) {
        const QString why = QString::fromUtf8(dot.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return QStringLiteral("dot failed%1").arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    }
    Diagram work = diagram;
    const QString error = readAnswer(work, answer, input);
    if (error.isEmpty())
        diagram = std::move(work);
    return error;
}

} // namespace cw::layout
