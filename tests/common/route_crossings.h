#pragma once
// Counts where edge routes run through cards: the contract says a routed edge crosses no
// card but its own two ends (design.md, `layout`). Plain geometry (QtCore only), so that
// the command-line tests (routes read from a written file) and the core tests (routes of
// random diagrams) share it.

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace cw::test {

struct RoutedEdge {
    QString id;
    QString from; ///< the ends' ids: their own cards are where the route starts and ends
    QString to;
    std::vector<QPointF> points;
};

/// Whether the segment a–b runs through the inside of rect (touching its border, where
/// ports sit, does not count): Liang–Barsky clipping against rect shrunk by inset.
inline bool segmentCrossesRect(QPointF a, QPointF b, const QRectF& rect, double inset = 1.0)
{
    const QRectF r = rect.adjusted(inset, inset, -inset, -inset);
    if (r.isEmpty())
        return false;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false; // parallel to this side and outside (or on) it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    return true;
}

struct Crossings {
    int count = 0;       ///< (edge, card) pairs where a segment of the edge runs through the card
    QStringList details; ///< "e3 through db", the first few, for a failure message
};

/// Every (edge, card) pair where the edge's route runs through a card other than its
/// ends. cards: id → rect as drawn (nodes only: routes may cross group frames).
inline Crossings countCardCrossings(
    const QHash<QString, QRectF>& cards, const std::vector<RoutedEdge>& edges, double inset = 1.0)
{
    Crossings found;
    for (const RoutedEdge& e : edges) {
        for (auto card = cards.cbegin(); card != cards.cend(); ++card) {
            if (card.key() == e.from || card.key() == e.to)
                continue;
            for (std::size_t i = 1; i < e.points.size(); ++i) {
                if (segmentCrossesRect(e.points[i - 1], e.points[i], card.value(), inset)) {
                    ++found.count;
                    if (found.details.size() < 10)
                        found.details << QStringLiteral("%1 through %2").arg(e.id, card.key());
                    break;
                }
            }
        }
    }
    return found;
}

} // namespace cw::test
