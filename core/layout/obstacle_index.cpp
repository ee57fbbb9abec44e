#include "obstacle_index.h"

#include <algorithm>
#include <cmath>

namespace cw::routing {

namespace {
// Beyond this many cells a rectangle (or a question) is handled by scanning instead.
constexpr qint64 kMaxCells = 4096;
} // namespace

bool ObstacleIndex::cellRange(const QRectF& r, int& x0, int& y0, int& x1, int& y1) const
{
    const double lx = std::floor(r.left() / kCell), ly = std::floor(r.top() / kCell);
    const double hx = std::floor(r.right() / kCell), hy = std::floor(r.bottom() / kCell);
    if ((hx - lx + 1) * (hy - ly + 1) > double(kMaxCells))
        return false;
    x0 = int(lx);
    y0 = int(ly);
    x1 = int(hx);
    y1 = int(hy);
    return true;
}

void ObstacleIndex::file(int slot, bool add)
{
    int x0, y0, x1, y1;
    const QRectF& r = m_rects[std::size_t(slot)];
    if (!cellRange(r, x0, y0, x1, y1)) {
        if (add)
            m_huge.push_back(slot);
        else
            m_huge.erase(std::remove(m_huge.begin(), m_huge.end(), slot), m_huge.end());
        return;
    }
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            std::vector<int>& cell = m_cells[cellKey(x, y)];
            if (add) {
                cell.push_back(slot);
            } else {
                cell.erase(std::remove(cell.begin(), cell.end(), slot), cell.end());
                if (cell.empty())
                    m_cells.erase(cellKey(x, y));
            }
        }
    }
}

void ObstacleIndex::set(const Id& key, const QRectF& rect, bool soft)
{
    const QRectF r = rect.normalized();
    m_bounds = QRectF();
    auto it = m_slots.find(key);
    if (it != m_slots.end()) {
        m_soft[std::size_t(*it)] = soft ? 1 : 0;
        if (m_rects[std::size_t(*it)] == r)
            return;
        file(*it, false);
        m_rects[std::size_t(*it)] = r;
        file(*it, true);
        return;
    }
    int slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_rects[std::size_t(slot)] = r;
        m_soft[std::size_t(slot)] = soft ? 1 : 0;
    } else {
        slot = int(m_rects.size());
        m_rects.push_back(r);
        m_soft.push_back(soft ? 1 : 0);
        m_stamp.push_back(0);
    }
    m_slots.insert(key, slot);
    file(slot, true);
}

void ObstacleIndex::remove(const Id& key)
{
    const int slot = m_slots.value(key, -1);
    if (slot < 0)
        return;
    m_bounds = QRectF();
    file(slot, false);
    m_rects[std::size_t(slot)] = QRectF();
    m_free.push_back(slot);
    m_slots.remove(key);
}

void ObstacleIndex::clear()
{
    m_slots.clear();
    m_bounds = QRectF();
    m_rects.clear();
    m_soft.clear();
    m_free.clear();
    m_huge.clear();
    m_cells.clear();
    m_stamp.clear();
}

std::vector<int> ObstacleIndex::query(const QRectF& area) const
{
    std::vector<int> out;
    auto take = [&](int slot) {
        if (m_stamp[std::size_t(slot)] == m_query)
            return;
        m_stamp[std::size_t(slot)] = m_query;
        if (m_rects[std::size_t(slot)].intersects(area))
            out.push_back(slot);
    };
    int x0, y0, x1, y1;
    const bool small = cellRange(area, x0, y0, x1, y1) && qint64(m_cells.size()) > qint64(x1 - x0 + 1) * (y1 - y0 + 1);
    if (!small) {
        // An area as big as the diagram (a long edge's search): a scan of the slots in
        // order, already ascending. Walking the hash of keys and sorting the thousands of
        // slots found took most of the time of re-routing after a move at 10,000 cards.
        for (std::size_t slot = 0; slot < m_rects.size(); ++slot) {
            if (m_rects[slot].intersects(area)) // a free slot's null rect meets nothing
                out.push_back(int(slot));
        }
        return out;
    }
    if (++m_query == 0) { // wrapped: forget old stamps
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_query = 1;
    }
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            const auto it = m_cells.find(cellKey(x, y));
            if (it != m_cells.end()) {
                for (int slot : it->second)
                    take(slot);
            }
        }
    }
    for (int slot : m_huge)
        take(slot);
    std::sort(out.begin(), out.end());
    return out;
}

QRectF ObstacleIndex::bounds() const
{
    if (m_bounds.isNull()) {
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
            m_bounds = m_bounds.isNull() ? m_rects[std::size_t(*it)] : m_bounds.united(m_rects[std::size_t(*it)]);
    }
    return m_bounds;
}

} // namespace cw::routing
