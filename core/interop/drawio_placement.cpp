// Where imported draw.io shapes go: cards larger than the icons they replace, spread
// apart and held by their groups (docs/interop.md#import-from-drawio, "places").
#include "interop/drawio_placement.h"

#include "model/json_text.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cmath>

namespace cw::interop {

double area(const QRectF& r)
{
    return r.width() * r.height();
}

Json rectJson(const QRectF& r, bool withSize)
{
    Json j = {{"x", std::round(r.x())}, {"y", std::round(r.y())}};
    if (withSize) {
        j["w"] = std::max(1.0, std::round(r.width()));
        j["h"] = std::max(1.0, std::round(r.height()));
    }
    return j;
}

QRectF cardOf(const Json& node, const QSizeF& card)
{
    const Json& l = node["layout"];
    return QRectF(l.value("x", 0.0), l.value("y", 0.0), l.value("w", card.width()), l.value("h", card.height()));
}

void spreadApart(Json& nodes, std::vector<GroupBox>& groupBoxes, const QSizeF& card)
{
    constexpr double kGap = 56.0, kMostSpread = 4.0; // room for an edge between two cards
    constexpr std::size_t kMostPairs = 3000; // beyond, pairs cost too much: keep the places
    if (nodes.size() > kMostPairs)
        return;
    double factor = 1.0;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        for (std::size_t j = i + 1; j < nodes.size(); ++j) {
            const QRectF a = cardOf(nodes[i], card), b = cardOf(nodes[j], card);
            const double dx = std::abs(a.center().x() - b.center().x()), dy = std::abs(a.center().y() - b.center().y());
            const double needX = (a.width() + b.width()) / 2 + kGap, needY = (a.height() + b.height()) / 2 + kGap;
            if (dx >= needX || dy >= needY)
                continue;
            const double fx = dx > 0.5 ? needX / dx : kMostSpread, fy = dy > 0.5 ? needY / dy : kMostSpread;
            factor = std::max(factor, std::min({fx, fy, kMostSpread}));
        }
    // A card in a group stays inside it: margin on the sides, room for the title on top.
    for (const Json& n : nodes) {
        if (!n.contains("group") || !n["group"].is_string())
            continue;
        const QString group = jsonText(n["group"]);
        for (const auto& b : groupBoxes) {
            if (b.id != group)
                continue;
            const QRectF r = cardOf(n, card);
            const QPointF c = r.center();
            const double halfW = r.width() / 2 + kGap, halfH = r.height() / 2 + kGap;
            const double room[4] = {c.x() - b.rect.left(), b.rect.right() - c.x(), c.y() - b.rect.top(), b.rect.bottom() - c.y()};
            const double need[4] = {halfW, halfW, halfH + kGap, halfH};
            for (int k = 0; k < 4; ++k)
                if (room[k] > 0.5 && room[k] < need[k])
                    factor = std::max(factor, std::min(need[k] / room[k], kMostSpread));
        }
    }
    if (factor <= 1.0)
        return;
    for (Json& n : nodes) {
        const QRectF r = cardOf(n, card);
        n["layout"]["x"] = std::round(r.center().x() * factor - r.width() / 2);
        n["layout"]["y"] = std::round(r.center().y() * factor - r.height() / 2);
    }
    for (auto& b : groupBoxes)
        b.rect = QRectF(b.rect.topLeft() * factor, b.rect.size() * factor);
}

// Each group grows to hold its members' cards and its inner groups, with a margin and room
// for its title; innermost first.
void growAroundMembers(Json& groups, const Json& nodes, const QSizeF& card)
{
    constexpr double kMargin = 20.0, kTitle = 28.0;
    QHash<QString, QRectF> box;
    QHash<QString, QString> parent;
    for (const Json& g : groups) {
        const QString id = jsonText(g["id"]);
        const Json& l = g["layout"];
        box.insert(id, QRectF(l.value("x", 0.0), l.value("y", 0.0), l.value("w", 1.0), l.value("h", 1.0)));
        if (g.contains("parent") && g["parent"].is_string())
            parent.insert(id, jsonText(g["parent"]));
    }
    const auto depth = [&parent](QString id) {
        int d = 0;
        while (parent.contains(id) && d < 64) {
            id = parent.value(id);
            ++d;
        }
        return d;
    };
    QList<QString> order = box.keys();
    std::sort(order.begin(), order.end(), [&](const QString& a, const QString& b) { return depth(a) > depth(b); });
    for (const QString& id : order) {
        QRectF r = box.value(id);
        for (const Json& n : nodes)
            if (n.contains("group") && jsonText(n["group"]) == id)
                r |= cardOf(n, card).adjusted(-kMargin, -kMargin - kTitle, kMargin, kMargin);
        for (auto it = parent.cbegin(); it != parent.cend(); ++it)
            if (it.value() == id)
                r |= box.value(it.key()).adjusted(-kMargin, -kMargin - kTitle, kMargin, kMargin);
        box.insert(id, r);
    }
    for (Json& g : groups)
        g["layout"] = rectJson(box.value(jsonText(g["id"])), true);
}

} // namespace cw::interop
