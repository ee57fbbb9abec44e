// draw.io's file format: https://www.drawio.com/doc/faq/save-file-formats. Styles are
// catalog data (docs/interop.md); a child cell's mxGeometry is relative to its parent.
#include "interop/drawio_export.h"

#include "catalog/catalog.h"
#include "io/cwa_writer.h"
#include "model/json_text.h"

#include <QRegularExpression>
#include <QSet>

namespace cw::interop {

namespace {

constexpr double kIconSize = 48.0;

QString num(double v)
{
    return QString::number(v, 'f', 1).remove(QRegularExpression(QStringLiteral("\\.0$")));
}

QString str(const Json& obj, const std::string& key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? jsonText(*it) : QString();
}

QString edgeStyle(EdgeKind kind)
{
    QString s = QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=0;endArrow=block;endFill=1;strokeColor=#555555;");
    if (kind == EdgeKind::Data)
        s += QStringLiteral("dashed=1;");
    else if (kind == EdgeKind::Event)
        s += QStringLiteral("dashed=1;dashPattern=8 4;");
    else if (kind == EdgeKind::Control)
        s += QStringLiteral("dashed=1;dashPattern=1 3;endArrow=open;");
    return s;
}

// The document but its entities: meta, and whatever else the file carries (scenarios,
// a lesson), for the import to give back.
QString documentRecord(Json written)
{
    if (!written.is_object())
        return QString();
    for (const char* key : {"format", "formatVersion", "groups", "nodes", "edges"})
        written.erase(key);
    return jsonText(written);
}

} // namespace

ExportResult drawioExport(const Diagram& d, const Catalog& catalog)
{
    ExportResult r;
    std::vector<std::pair<Id, QString>> wanted;
    for (const Group& g : d.groups)
        wanted.emplace_back(g.id, QStringLiteral("g_") + g.id);
    for (const Node& n : d.nodes)
        wanted.emplace_back(n.id, QStringLiteral("n_") + n.id);
    for (const Edge& e : d.edges)
        wanted.emplace_back(e.id, QStringLiteral("e_") + e.id);
    const QHash<Id, QString> ids = uniqueIdentifiers(wanted, QStringLiteral("c"), {QStringLiteral("c_0"), QStringLiteral("c_1")});
    QHash<Id, QPointF> origin; // a group's top-left, for its children's relative geometry
    for (const Group& g : d.groups)
        origin.insert(g.id, g.box.topLeft());
    const auto parentOf = [&](const Id& group) { return ids.contains(group) ? ids.value(group) : QStringLiteral("c_1"); };
    const auto offset = [&](const Id& group) { return origin.contains(group) ? origin.value(group) : QPointF(); };
    const Json nodeStyles = catalog.interop().value("drawioNode", Json::object());

    // Each cell carries its entity as the .cwa writes it, as a draw.io custom property
    // (an <object>'s attribute, shown by Edit Data): the import reads it back, so a round
    // trip gives the same diagram, while draw.io's own edits (moves, labels, new edges) count.
    const Json written = Json::parse(writeCwa(d).toStdString(), nullptr, false);
    const auto record = [&written](const char* list, std::size_t i, bool keepSize) {
        if (!written.is_object() || !written.contains(list) || i >= written[list].size())
            return QString();
        Json e = written[list][i];
        e.erase("group");
        e.erase("parent");
        e.erase("from");
        e.erase("to");
        if (keepSize && e.contains("layout") && e["layout"].is_object()) {
            Json size = Json::object();
            for (const char* k : {"w", "h"})
                if (e["layout"].contains(k))
                    size[k] = e["layout"][k];
            e["layout"] = size;
            if (size.empty())
                e.erase("layout");
        } else {
            e.erase("layout");
        }
        return jsonText(e);
    };

    QString cells;
    const auto cell = [&cells](const QString& id, const QString& value, const QString& style, const QString& parent,
                          const QRectF& geo, const QString& property, const QString& entity) {
        const QString geometry = QStringLiteral("<mxGeometry x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" as=\"geometry\" />")
                                     .arg(num(geo.x()), num(geo.y()), num(geo.width()), num(geo.height()));
        cells += QStringLiteral("        <object id=\"%1\" label=\"%2\" %3=\"%4\">\n"
                                "          <mxCell style=\"%5\" vertex=\"1\" parent=\"%6\">\n"
                                "            %7\n"
                                "          </mxCell>\n"
                                "        </object>\n")
                     .arg(xmlAttribute(id), xmlAttribute(value), property, xmlAttribute(entity), xmlAttribute(style),
                         xmlAttribute(parent), geometry);
    };

    // Parents before children: draw.io reads cells in order.
    std::vector<const Group*> order;
    QSet<Id> placed;
    for (std::size_t pass = 0; order.size() < d.groups.size() && pass <= d.groups.size(); ++pass)
        for (const Group& g : d.groups)
            if (!placed.contains(g.id) && (g.parent.isEmpty() || placed.contains(g.parent) || !origin.contains(g.parent))) {
                order.push_back(&g);
                placed.insert(g.id);
            }
    for (const Group* g : order) {
        const GroupKindInfo* info = catalog.groupKind(g->kind);
        const QString provider = d.meta.provider;
        Json styles = info ? info->interop.value("drawio", Json::object()) : Json::object();
        if (g->kind == GroupKind::Subnet && g->props.value("public", false) && info && info->interop.contains("drawioPublic"))
            styles = info->interop["drawioPublic"];
        QString style = str(styles, provider.toStdString());
        if (style.isEmpty())
            style = str(styles, "generic");
        if (style.isEmpty())
            style = QStringLiteral("container=1;collapsible=0;rounded=0;fillColor=none;verticalAlign=top;align=left;");
        const QString name = !g->name.isEmpty() ? g->name : info ? info->displayName(provider) : toString(g->kind);
        cell(ids.value(g->id), name, style, parentOf(g->parent), g->box.translated(-offset(g->parent)),
            QStringLiteral("cloudwright_group"), record("groups", std::size_t(g - d.groups.data()), false));
    }
    for (std::size_t ni = 0; ni < d.nodes.size(); ++ni) {
        const Node& n = d.nodes[ni];
        ++r.nodes;
        const QString provider = n.provider.isEmpty() ? d.meta.provider : n.provider;
        const KindInfo* info = catalog.kind(n.kind);
        const Category* category = info ? catalog.category(info->category) : nullptr;
        const QString color = category && !category->color.isEmpty() ? category->color : QStringLiteral("#DDDDDD");
        const QString shape = info ? str(info->interop.value("drawio", Json::object()), provider.toStdString()) : QString();
        QString style = str(nodeStyles, (shape.isEmpty() ? QStringLiteral("generic") : provider).toStdString());
        if (style.isEmpty())
            style = QStringLiteral("rounded=1;fillColor={color};");
        style.replace(QLatin1String("{shape};"), shape.isEmpty() ? QString() : shape + QLatin1Char(';'))
            .replace(QLatin1String("{color}"), color);
        if (!info)
            r.unmapped << QStringLiteral("%1 (%2)").arg(n.id, n.kind);
        QRectF geo = nodeRect(n).translated(-offset(n.group));
        if (!shape.isEmpty()) // a provider icon, its label below it, centred where the card is
            geo = QRectF(geo.center().x() - kIconSize / 2, geo.top(), kIconSize, kIconSize);
        cell(ids.value(n.id), nodeLabel(n, provider, catalog), style, parentOf(n.group), geo,
            QStringLiteral("cloudwright_node"), record("nodes", ni, true));
    }
    for (std::size_t ei = 0; ei < d.edges.size(); ++ei) {
        const Edge& e = d.edges[ei];
        if (!ids.contains(e.from) || !ids.contains(e.to))
            continue;
        QString points;
        for (std::size_t i = 1; i + 1 < e.points.size(); ++i)
            points += QStringLiteral("              <mxPoint x=\"%1\" y=\"%2\" />\n").arg(num(e.points[i].x()), num(e.points[i].y()));
        cells += QStringLiteral("        <object id=\"%1\" label=\"%2\" cloudwright_edge=\"%3\">\n"
                                "        <mxCell style=\"%4\" edge=\"1\" parent=\"c_1\" source=\"%5\" target=\"%6\">\n")
                     .arg(xmlAttribute(ids.value(e.id)), xmlAttribute(e.label), xmlAttribute(record("edges", ei, false)),
                         xmlAttribute(edgeStyle(e.kind)), xmlAttribute(ids.value(e.from)), xmlAttribute(ids.value(e.to)));
        if (points.isEmpty())
            cells += QStringLiteral("          <mxGeometry relative=\"1\" as=\"geometry\" />\n");
        else
            cells += QStringLiteral("          <mxGeometry relative=\"1\" as=\"geometry\">\n            <Array as=\"points\">\n")
                + points + QStringLiteral("            </Array>\n          </mxGeometry>\n");
        cells += QStringLiteral("        </mxCell>\n        </object>\n");
    }

    const QString title = d.meta.title.isEmpty() ? QStringLiteral("Cloudwright diagram") : d.meta.title;
    r.text = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<mxfile host=\"Cloudwright\" type=\"device\">\n"
                            "  <diagram id=\"cloudwright\" name=\"%1\">\n"
                            "    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\" "
                            "fold=\"1\" page=\"0\" pageScale=\"1\" math=\"0\" shadow=\"0\">\n"
                            "      <root>\n"
                            "        <object id=\"c_0\" label=\"\" cloudwright_meta=\"%2\">\n"
                            "          <mxCell />\n"
                            "        </object>\n"
                            "        <mxCell id=\"c_1\" parent=\"c_0\" />\n")
                 .arg(xmlAttribute(title), xmlAttribute(documentRecord(written)))
        + cells
        + QStringLiteral("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
    return r;
}

} // namespace cw::interop
