#pragma once

#include "model/kinds.h"

#include <QHash>
#include <QRectF>

#include <type_traits>
#include <unordered_map>
#include <vector>

namespace cw::routing {

/// The rectangles routes go around (cards, group title bars), keyed by the id of what
/// they belong to, filed in a uniform grid so that a question about a small area looks
/// at the few rectangles near it. Setting one rectangle is cheap: moving a card updates
/// only its own entry.
class ObstacleIndex {
public:
    static constexpr double kCell = 400.0;

    /// A soft obstacle (a group's title bar) is one routes keep off when they can; an
    /// edge with no way around the soft ones may cross them, never a hard one (a card).
    void set(const Id& key, const QRectF& rect, bool soft = false);
    void remove(const Id& key);
    void clear();
    qsizetype size() const { return m_slots.size(); }
    /// The slot of a key's rectangle, or -1.
    int slotOf(const Id& key) const { return m_slots.value(key, -1); }
    const QRectF& rect(int slot) const { return m_rects[std::size_t(slot)]; }
    bool soft(int slot) const { return m_soft[std::size_t(slot)] != 0; }
    /// The slots whose rectangles intersect area, each once, in ascending order.
    std::vector<int> query(const QRectF& area) const;
    /// Whether test(rect) holds for any rectangle near area (those filed in the cells it
    /// covers; some may lie outside area, so test must check for itself). Allocates nothing.
    /// test takes the rectangle, or the rectangle and whether it is soft.
    template <typename Test> bool any(const QRectF& area, Test&& test) const
    {
        const auto holds = [&](int slot) {
            if constexpr (std::is_invocable_v<Test, const QRectF&, bool>)
                return test(m_rects[std::size_t(slot)], m_soft[std::size_t(slot)] != 0);
            else
                return test(m_rects[std::size_t(slot)]);
        };
        int x0, y0, x1, y1;
        if (!cellRange(area, x0, y0, x1, y1)) {
            for (std::size_t slot = 0; slot < m_rects.size(); ++slot) {
                if (!m_rects[slot].isNull() && holds(int(slot)))
                    return true;
            }
            return false;
        }
        for (int x = x0; x <= x1; ++x) {
            for (int y = y0; y <= y1; ++y) {
                const auto it = m_cells.find(cellKey(x, y));
                if (it == m_cells.end())
                    continue;
                for (int slot : it->second) {
                    if (holds(slot))
                        return true;
                }
            }
        }
        for (int slot : m_huge) {
            if (holds(slot))
                return true;
        }
        return false;
    }
    /// The union of all rectangles.
    QRectF bounds() const;

private:
    bool cellRange(const QRectF& r, int& x0, int& y0, int& x1, int& y1) const;
    static quint64 cellKey(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    void file(int slot, bool add);

    QHash<Id, int> m_slots;
    std::vector<QRectF> m_rects; ///< by slot; a null rect is a free slot
    std::vector<quint8> m_soft;  ///< by slot
    std::vector<int> m_free;
    std::vector<int> m_huge; ///< rectangles spanning too many cells to file
    std::unordered_map<quint64, std::vector<int>> m_cells;
    mutable QRectF m_bounds;              ///< cached union; null when it must be recomputed
    mutable std::vector<quint32> m_stamp; ///< by slot, to report each rectangle once
    mutable quint32 m_query = 0;
};

} // namespace cw::routing
