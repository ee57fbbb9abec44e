// draw.io import: docs/interop.md#import-from-drawio. The cells become a .cwa document
// (JSON), which the .cwa reader then checks like any file: an import can never make a
// diagram the editor could not have saved.
#include "interop/drawio_import.h"

#include "catalog/catalog.h"
#include "interop/drawio_cells.h"
#include "interop/drawio_mapping.h"
#include "interop/drawio_pages.h"
#include "interop/drawio_placement.h"
#include "interop/export_text.h"
#include "io/document_reader.h"
#include "model/json_text.h"

#include <QHash>
#include <QSet>

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

enum class Role { Skip, Node, Group, Unrecognised, Other };

struct Classified {
    Role role = Role::Skip;
    QString kind;     ///< node kind, or group kind ("subnet")
    bool publicSubnet = false;
    QString name;     ///< the name the entity gets
    Json entity;      ///< a Cloudwright export's own record of it (null otherwise)
    QString unknownKey;
};

Json parsedProperty(const DrawioCell& c, const QString& key)
{
    const QString text = c.properties.value(key);
    if (text.isEmpty())
        return Json();
    Json j = Json::parse(text.toStdString(), nullptr, false);
    return j.is_object() ? j : Json();
}

QString lastLine(const QString& label)
{
    const qsizetype nl = label.lastIndexOf(QLatin1Char('\n'));
    return nl < 0 ? label : label.mid(nl + 1);
}

QString oneLine(const QString& label)
{
    return QString(label).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

Classified classify(const DrawioCell& c, const DrawioMapping& map, const Catalog& catalog)
{
    Classified out;
    if (!c.vertex || c.isLayer)
        return out;
    if (const Json node = parsedProperty(c, QStringLiteral("cloudwright_node")); node.is_object()) {
        out.role = Role::Node;
        out.entity = node;
        out.kind = jsonText(node.value("kind", Json("")));
        return out;
    }
    if (const Json group = parsedProperty(c, QStringLiteral("cloudwright_group")); group.is_object()) {
        out.role = Role::Group;
        out.entity = group;
        out.kind = jsonText(group.value("kind", Json("")));
        return out;
    }
    const QString shape = c.shapeKey();
    if (const auto g = map.groupFor(c); g.has_value()) {
        out.role = Role::Group;
        out.kind = toString(g->kind);
        out.publicSubnet = g->publicSubnet;
        out.name = oneLine(c.label);
        return out;
    }
    if (const QString kind = map.kindForShape(shape); !kind.isEmpty()) {
        out.role = Role::Node;
        out.kind = kind;
        out.name = oneLine(c.label);
        return out;
    }
    if (map.isDecoration(shape)) {
        out.role = Role::Other;
        return out;
    }
    const bool image = c.style.contains(QStringLiteral("image")) || shape == QLatin1String("image");
    const bool library = map.isProviderShape(shape);
    if ((image || library) && !c.label.isEmpty()) {
        // An icon labelled with its service ("Processed Events\nCloud Bigtable"), the name
        // perhaps broken over two lines ("Cloud Load\nBalancing").
        const QStringList lines = c.label.split(QLatin1Char('\n'));
        for (qsizetype i = lines.size() - 1; i >= 0; --i)
            for (qsizetype span = 1; span <= 2 && i - span + 1 >= 0; ++span) {
                const QString kind = map.kindForLabel(lines.mid(i - span + 1, span).join(QLatin1Char(' ')));
                if (kind.isEmpty())
                    continue;
                out.role = Role::Node;
                out.kind = kind;
                QStringList rest = lines;
                rest.remove(i - span + 1, span);
                out.name = rest.join(QLatin1Char(' '));
                return out;
            }
    }
    if (library || image) {
        out.role = Role::Unrecognised;
        out.unknownKey = library ? shape : QStringLiteral("image: %1").arg(lastLine(c.label).left(40));
        if (!library && c.label.isEmpty())
            out.role = Role::Other; // a picture without a name: decoration
        return out;
    }
    Q_UNUSED(catalog);
    out.role = Role::Other;
    return out;
}

std::size_t pageIndex(const std::vector<DrawioPage>& pages, const QString& wanted)
{
    if (wanted.isEmpty())
        return 0;
    bool number = false;
    const int n = wanted.toInt(&number);
    if (number && n >= 1 && std::size_t(n) <= pages.size())
        return std::size_t(n - 1);
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].name == wanted)
            return i;
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    QStringList names;
    for (std::size_t i = 0; i < pages.size(); ++i)
        names << QStringLiteral("%1 \"%2\"").arg(i + 1).arg(pages[i].name);
    throw LoadError{QString(), QStringLiteral("page"),
        ImportText::tr("the file has no page \"%1\"; its pages: %2").arg(wanted, names.join(QStringLiteral(", ")))};
}

} // namespace

ImportResult drawioImport(const QByteArray& bytes, const Catalog& catalog, const QString& pageWanted)
{
    const std::vector<DrawioPage> pages = readDrawioPages(bytes);
    const std::size_t pi = pageIndex(pages, pageWanted);
    std::vector<DrawioCell> cells;
    try {
        cells = readDrawioCells(pages[pi].model);
    } catch (LoadError& e) {
        e.place = QStringLiteral("page %1: %2").arg(pi + 1).arg(e.place);
        throw;
    }
    const DrawioMapping map(catalog);

    ImportResult result;
    ImportSummary& sum = result.summary;
    sum.format = QStringLiteral("draw.io");
    sum.page = pages[pi].name;
    for (const DrawioPage& p : pages)
        sum.pages << p.name;

    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < qsizetype(cells.size()); ++i)
        index.insert(cells[std::size_t(i)].id, i);
    std::vector<Classified> kinds(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i)
        kinds[i] = classify(cells[i], map, catalog);

    // A plain box around exactly one icon is that icon's card (Google Cloud's templates):
    // edges drawn to the box reach the node, and the node stands where the box is.
    QHash<QString, qsizetype> carrierOf; // box cell id -> icon cell index
    {
        QHash<QString, int> iconsIn;
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (kinds[i].role == Role::Node)
                ++iconsIn[cells[i].parent];
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto p = index.constFind(cells[i].parent);
            if (kinds[i].role != Role::Node || p == index.cend() || kinds[std::size_t(*p)].role != Role::Other
                || iconsIn.value(cells[i].parent) != 1)
                continue;
            carrierOf.insert(cells[i].parent, qsizetype(i));
            kinds[std::size_t(*p)].role = Role::Skip;
        }
    }

    Json doc = {{"format", "cloudwright"}, {"formatVersion", 1}};
    Json meta = Json::object();
    for (const DrawioCell& c : cells)
        if (Json m = parsedProperty(c, QStringLiteral("cloudwright_meta")); m.is_object()) {
            // A Cloudwright export's document but its entities: meta, scenarios, a lesson.
            for (const char* key : {"format", "formatVersion", "groups", "nodes", "edges"})
                m.erase(key);
            if (m.contains("meta") && m["meta"].is_object())
                meta = m["meta"];
            m.erase("meta");
            doc.update(m);
        }

    // Ids: a Cloudwright export's own; else one made from the name or the kind.
    QSet<QString> taken;
    const auto newId = [&taken](const QString& wanted, const QString& fallback) {
        QString base = identifier(wanted.left(32).toLower(), fallback);
        QString id = base;
        for (int k = 2; taken.contains(id); ++k)
            id = QStringLiteral("%1_%2").arg(base).arg(k);
        taken.insert(id);
        return id;
    };
    for (const Classified& k : kinds)
        if (k.entity.is_object() && k.entity.contains("id") && k.entity["id"].is_string())
            taken.insert(jsonText(k.entity["id"]));

    std::map<QString, int> unknown;
    QHash<QString, QString> entityOfCell; // cell id -> node or group id
    std::vector<GroupBox> groupBoxes;
    Json groups = Json::array(), nodes = Json::array(), notes = Json::array();
    QHash<QString, qsizetype> nodeJsonIndex;
    QHash<QString, QString> providerVotes;
    QHash<QString, int> votes;
    const QSizeF card = nodeRect(Node{}).size();
    bool allOwn = true; // every node is a Cloudwright export's own: its places are exact

    for (std::size_t i = 0; i < cells.size(); ++i) {
        const DrawioCell& c = cells[i];
        Classified& k = kinds[i];
        if (k.role == Role::Unrecognised) {
            ++sum.providerShapes;
            ++unknown[k.unknownKey];
            notes.push_back({{"shape", k.unknownKey.toStdString()}, {"label", oneLine(c.label).toStdString()},
                {"x", std::round(c.box.x())}, {"y", std::round(c.box.y())}});
            if (const QString lib = map.providerOf(c.shapeKey()); !lib.isEmpty())
                ++votes[lib];
            continue;
        }
        if (k.role == Role::Other) {
            ++sum.otherShapes;
            continue;
        }
        if (k.role == Role::Group) {
            Json g = k.entity.is_object() ? k.entity : Json::object();
            const QString id = g.contains("id") && g["id"].is_string() ? jsonText(g["id"]) : newId(k.name, QStringLiteral("group"));
            g["id"] = id.toStdString();
            if (!k.entity.is_object()) {
                g["kind"] = k.kind.toStdString();
                if (!k.name.isEmpty())
                    g["name"] = k.name.toStdString();
                if (k.kind == QLatin1String("subnet"))
                    g["props"] = {{"public", k.publicSubnet}};
            } else if (!c.label.isEmpty()) {
                g["name"] = oneLine(c.label).toStdString();
            }
            g.erase("parent");
            g["layout"] = rectJson(c.box, true);
            groups.push_back(std::move(g));
            groupBoxes.push_back({id, c.box});
            entityOfCell.insert(c.id, id);
            ++sum.groups;
            continue;
        }
        if (k.role != Role::Node)
            continue;
        ++sum.providerShapes;
        ++sum.typed;
        allOwn = allOwn && k.entity.is_object();
        if (const QString lib = map.providerOf(c.shapeKey()); !lib.isEmpty())
            ++votes[lib];
        Json n = k.entity.is_object() ? k.entity : Json::object();
        const QRectF place = carrierOf.contains(c.parent) && !k.entity.is_object()
            ? cells[std::size_t(index.value(c.parent))].box
            : c.box;
        QString name = k.name;
        if (name.isEmpty() && carrierOf.contains(c.parent))
            name = oneLine(cells[std::size_t(index.value(c.parent))].label);
        const QString id = n.contains("id") && n["id"].is_string() ? jsonText(n["id"])
                                                                   : newId(name, QStringLiteral("node"));
        n["id"] = id.toStdString();
        if (!k.entity.is_object()) {
            n["kind"] = k.kind.toStdString();
            if (!name.isEmpty())
                n["name"] = name.toStdString();
        } else if (!c.label.isEmpty()) {
            // Renamed in draw.io: the label is no longer the one the export wrote.
            QString written = jsonText(n.value("name", Json("")));
            if (written.isEmpty()) {
                const QString provider = jsonText(n.value("provider", meta.value("provider", Json("generic"))));
                const KindInfo* info = catalog.kind(k.kind);
                written = info ? info->serviceName(provider) : QString();
            }
            if (oneLine(c.label) != oneLine(written))
                n["name"] = oneLine(c.label).toStdString();
        }
        n.erase("group");
        // A Cloudwright export's icon stands at the top centre of the card it records.
        Json layout = n.value("layout", Json::object());
        const double w = layout.value("w", card.width()), h = layout.value("h", card.height());
        const QPointF centre = place.center();
        const double top = k.entity.is_object() ? place.top() : centre.y() - h / 2;
        layout["x"] = std::round(centre.x() - w / 2);
        layout["y"] = std::round(top);
        n["layout"] = layout;
        nodeJsonIndex.insert(id, qsizetype(nodes.size()));
        nodes.push_back(std::move(n));
        entityOfCell.insert(c.id, id);
        for (auto it = carrierOf.cbegin(); it != carrierOf.cend(); ++it)
            if (it.value() == qsizetype(i))
                entityOfCell.insert(it.key(), id);
        ++sum.nodes;
    }

    // Membership by geometry: the smallest group around a node's centre, and around a
    // group's whole box.
    const auto smallestAround = [&](const QRectF& r, const QString& self, bool whole) {
        QString best;
        double bestArea = 0;
        for (const GroupBox& b : groupBoxes) {
            if (b.id == self || area(b.rect) <= area(r) * (whole ? 1.0 : 0.0))
                continue;
            const bool inside = whole ? b.rect.adjusted(-2, -2, 2, 2).contains(r) : b.rect.contains(r.center());
            if (inside && (best.isEmpty() || area(b.rect) < bestArea)) {
                best = b.id;
                bestArea = area(b.rect);
            }
        }
        return best;
    };
    for (Json& g : groups) {
        const QString id = jsonText(g["id"]);
        QRectF r;
        for (const GroupBox& b : groupBoxes)
            if (b.id == id)
                r = b.rect;
        if (const QString parent = smallestAround(r, id, true); !parent.isEmpty())
            g["parent"] = parent.toStdString();
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (kinds[i].role != Role::Node)
            continue;
        const QString id = entityOfCell.value(cells[i].id);
        Json& n = nodes[std::size_t(nodeJsonIndex.value(id))];
        const Json& l = n["layout"];
        const QRectF r(l.value("x", 0.0), l.value("y", 0.0), l.value("w", card.width()), l.value("h", card.height()));
        if (const QString group = smallestAround(r, QString(), false); !group.isEmpty())
            n["group"] = group.toStdString();
    }

    // Cards are larger than draw.io's icons: spread the drawing just enough that no two
    // cards overlap and each card fits in its group (centres keep their proportions),
    // then let each group hold what is in it.
    if (!allOwn) {
        spreadApart(nodes, groupBoxes, card);
        for (Json& g : groups)
            for (const GroupBox& b : groupBoxes)
                if (b.id == jsonText(g["id"]))
                    g["layout"] = rectJson(b.rect, true);
        growAroundMembers(groups, nodes, card);
    }

    // Edges between two services (or groups), walking up from a label or part to its owner.
    const auto ownerOf = [&](QString cell) {
        for (int depth = 0; depth < 64 && !cell.isEmpty(); ++depth) {
            if (entityOfCell.contains(cell))
                return entityOfCell.value(cell);
            const auto p = index.constFind(cell);
            if (p == index.cend())
                break;
            cell = cells[std::size_t(*p)].parent;
        }
        return QString();
    };
    // The recognised shapes as drawn (the icon, or the card around it), for loose ends.
    std::vector<std::pair<QRectF, QString>> drawn;
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (const QString id = entityOfCell.value(cells[i].id); !id.isEmpty() && cells[i].vertex)
            drawn.emplace_back(cells[i].box, id);
    const auto nearestAt = [&drawn](const QPointF& p) {
        constexpr double kTouch = 48.0; // an icon's size: arrows stop short, or at the label below
        QString best;
        double bestDistance = kTouch;
        for (const auto& [box, id] : drawn) {
            const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
            const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
            if (const double d = std::hypot(dx, dy); d <= bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return best;
    };
    Json edges = Json::array();
    for (const DrawioCell& c : cells) {
        if (!c.edge)
            continue;
        QString from = ownerOf(c.source), to = ownerOf(c.target);
        // Templates often draw arrows that only touch their shapes: a loose end counts
        // for the recognised shape it touches.
        if (from.isEmpty() && c.source.isEmpty() && c.sourcePoint)
            from = nearestAt(*c.sourcePoint);
        if (to.isEmpty() && c.target.isEmpty() && c.targetPoint)
            to = nearestAt(*c.targetPoint);
        if (from.isEmpty() || to.isEmpty() || from == to) {
            ++sum.edgesLeftOut;
            continue;
        }
        Json e = parsedProperty(c, QStringLiteral("cloudwright_edge"));
        if (!e.is_object())
            e = Json::object();
        const QString id = e.contains("id") && e["id"].is_string() && !taken.contains(jsonText(e["id"]))
            ? jsonText(e["id"])
            : newId(c.label.isEmpty() ? QStringLiteral("e_%1_%2").arg(from, to) : c.label, QStringLiteral("edge"));
        taken.insert(id);
        e["id"] = id.toStdString();
        e["from"] = from.toStdString();
        e["to"] = to.toStdString();
        e.erase("layout");
        if (!c.label.isEmpty())
            e["label"] = oneLine(c.label).toStdString();
        else
            e.erase("label");
        edges.push_back(std::move(e));
        ++sum.edges;
    }

    for (const auto& [key, count] : unknown)
        sum.unrecognised.emplace_back(key, count);
    std::stable_sort(sum.unrecognised.begin(), sum.unrecognised.end(),
        [](const auto& a, const auto& b) { return a.second > b.second; });

    if (!meta.contains("provider")) {
        QString provider = QStringLiteral("generic");
        int most = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < provider)) {
                provider = it.key();
                most = it.value();
            }
        meta["provider"] = provider.toStdString();
    }
    if (!meta.contains("title") && !pages[pi].name.isEmpty())
        meta["title"] = pages[pi].name.toStdString();
    if (!notes.empty())
        meta["importNotes"] = notes;
    sum.provider = jsonText(meta["provider"]);
    doc["meta"] = meta;
    doc["groups"] = groups;
    doc["nodes"] = nodes;
    doc["edges"] = edges;

    LayoutNeeds needs;
    try {
        result.diagram = readDocument(doc, catalog, needs);
    } catch (const ReadFailure& f) {
        throw LoadError{QString(), QStringLiteral("page %1: %2").arg(pi + 1).arg(f.place),
            ImportText::tr("the imported diagram is not valid: %1").arg(f.message)};
    }
    autoLayout(result.diagram, needs);
    return result;
}

} // namespace cw::interop
