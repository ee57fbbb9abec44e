// Mermaid architecture-beta (https://mermaid.js.org/syntax/architecture.html). Its grammar
// is strict: ids are [\w-]+, titles [\w ]+, so names are reduced to those (docs/interop.md).
#include "interop/mermaid_export.h"

#include "catalog/catalog.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace cw::interop {

QString mermaidTitle(const QString& text, const QString& fallback)
{
    const QString plain = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar ch : plain) {
        if (ch.isMark())
            continue;
        const bool word = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'))
            || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            || ch == QLatin1Char('_');
        if (word)
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    out = out.trimmed();
    return out.isEmpty() ? fallback : out;
}

std::pair<QChar, QChar> facingSides(const QRectF& from, const QRectF& to)
{
    const QPointF d = to.center() - from.center();
    if (std::abs(d.x()) >= std::abs(d.y()))
        return d.x() >= 0 ? std::pair{QLatin1Char('R'), QLatin1Char('L')} : std::pair{QLatin1Char('L'), QLatin1Char('R')};
    return d.y() >= 0 ? std::pair{QLatin1Char('B'), QLatin1Char('T')} : std::pair{QLatin1Char('T'), QLatin1Char('B')};
}

namespace {

int depth(const Diagram& d, const Group& g)
{
    int n = 0;
    Id parent = g.parent;
    while (!parent.isEmpty() && n <= kMaxGroupDepth) {
        const auto it = std::find_if(d.groups.begin(), d.groups.end(), [&](const Group& x) { return x.id == parent; });
        if (it == d.groups.end())
            break;
        parent = it->parent;
        ++n;
    }
    return n;
}

} // namespace

ExportResult mermaidExport(const Diagram& d, const Catalog& catalog)
{
    ExportResult r;
    std::vector<std::pair<Id, QString>> wanted;
    for (const Group& g : d.groups)
        wanted.emplace_back(g.id, g.id);
    for (const Node& n : d.nodes)
        wanted.emplace_back(n.id, n.id);
    // Words of the grammar are not taken as ids.
    const QHash<Id, QString> ids = uniqueIdentifiers(wanted, QStringLiteral("n"),
        {QStringLiteral("architecture"), QStringLiteral("group"), QStringLiteral("service"), QStringLiteral("junction"),
            QStringLiteral("in"), QStringLiteral("title"), QStringLiteral("accTitle"), QStringLiteral("accDescr")});

    QString& t = r.text;
    t += QStringLiteral("architecture-beta\n");
    std::vector<const Group*> groups;
    for (const Group& g : d.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [&](const Group* a, const Group* b) { return depth(d, *a) < depth(d, *b); });
    QHash<Id, QRectF> boxes;
    for (const Group* g : groups) {
        const GroupKindInfo* info = catalog.groupKind(g->kind);
        const QString name = !g->name.isEmpty() ? g->name : info ? info->displayName(d.meta.provider) : toString(g->kind);
        t += QStringLiteral("    group %1(cloud)[%2]").arg(ids.value(g->id), mermaidTitle(name, ids.value(g->id)));
        if (!g->parent.isEmpty() && ids.contains(g->parent))
            t += QStringLiteral(" in ") + ids.value(g->parent);
        t += QLatin1Char('\n');
        boxes.insert(g->id, g->box);
    }
    for (const Node& n : d.nodes) {
        const KindInfo* info = catalog.kind(n.kind);
        QString icon = info ? QString::fromStdString(info->interop.value("mermaid", std::string("server"))) : QString();
        if (icon.isEmpty())
            icon = QStringLiteral("server");
        const QString provider = n.provider.isEmpty() ? d.meta.provider : n.provider;
        t += QStringLiteral("    service %1(%2)[%3]")
                 .arg(ids.value(n.id), icon, mermaidTitle(nodeLabel(n, provider, catalog), ids.value(n.id)));
        if (!n.group.isEmpty() && ids.contains(n.group))
            t += QStringLiteral(" in ") + ids.value(n.group);
        t += QLatin1Char('\n');
        boxes.insert(n.id, nodeRect(n));
        ++r.nodes;
    }
    QSet<Id> nodeIds;
    for (const Node& n : d.nodes)
        nodeIds.insert(n.id);
    for (const Edge& e : d.edges) {
        // Mermaid joins services; an edge to a group is drawn to it with {group} only from
        // a service inside it, so such edges are named in a comment instead.
        if (!nodeIds.contains(e.from) || !nodeIds.contains(e.to) || e.from == e.to) {
            t += QStringLiteral("    %% not drawn: %1 -> %2 (an end is a group)\n")
                     .arg(mermaidTitle(e.from, QStringLiteral("?")), mermaidTitle(e.to, QStringLiteral("?")));
            continue;
        }
        const auto [a, b] = facingSides(boxes.value(e.from), boxes.value(e.to));
        t += QStringLiteral("    %1:%2 --> %3:%4\n").arg(ids.value(e.from), a, b, ids.value(e.to));
    }
    return r;
}

} // namespace cw::interop
