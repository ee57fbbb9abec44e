#include "panels/cost_table_model.h"

#include "cost/cost_export.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace cw {

CostTableModel::CostTableModel(std::function<QString(const Id&)> nameOf, QObject* parent)
    : QAbstractItemModel(parent)
    , m_nameOf(std::move(nameOf))
{
}

void CostTableModel::setProjection(const cost::Projection* projection)
{
    beginResetModel();
    m_projection = projection;
    const size_t n = projection ? projection->nodes.size() : 0;
    m_horizonTotals.assign(n, cost::Money());
    if (projection) {
        for (const cost::MonthTotal& month : projection->perMonth) {
            for (size_t i = 0; i < n; ++i)
                m_horizonTotals[i] += month.byNode[i];
        }
    }
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), size_t(0));
    applySort();
    endResetModel();
}

int CostTableModel::rowOf(const Id& id) const
{
    if (!m_projection)
        return -1;
    for (size_t row = 0; row < m_order.size(); ++row) {
        if (m_projection->nodes[m_order[row]].id == id)
            return int(row);
    }
    return -1;
}

const cost::NodeCost& CostTableModel::nodeAt(int row) const
{
    return m_projection->nodes[m_order[size_t(row)]];
}

QModelIndex CostTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_order[size_t(parent.row())] + 1));
}

QModelIndex CostTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(m_rowOfNode[size_t(child.internalId() - 1)], 0, quintptr(0));
}

int CostTableModel::rowCount(const QModelIndex& parent) const
{
    if (!m_projection)
        return 0;
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0; // line items have no children
    const cost::NodeCost& n = nodeAt(parent.row());
    // A node without a price says why in a child row above its line items.
    return int(n.items.size()) + (n.status == cost::NodeStatus::Priced ? 0 : 1);
}

int CostTableModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString CostTableModel::statusText(const cost::NodeCost& n) const
{
    // Never $0: an unknown is shown as unknown, and sorts below every price.
    return n.notBilled ? tr("not billed") : n.status == cost::NodeStatus::Usage ? tr("usage?") : tr("unknown");
}

QVariant CostTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_projection || !index.isValid())
        return {};
    const int col = index.column();
    if (index.internalId() != 0) { // a line item, or the reason a node has no price
        const cost::NodeCost& n = m_projection->nodes[size_t(index.internalId() - 1)];
        int item = index.row();
        if (n.status != cost::NodeStatus::Priced) {
            if (item == 0)
                return col == NodeCol && (role == Qt::DisplayRole || role == Qt::ToolTipRole) ? QVariant(n.reason)
                                                                                               : QVariant();
            --item;
        }
        const cost::LineItem& line = n.items[size_t(item)];
        if (role == Qt::DisplayRole) {
            switch (col) {
            case NodeCol: return lineText(line);
            case KindCol: return line.known ? line.source : QString();
            case StatusCol: return line.known ? line.asOf : tr("unknown");
            default: return {};
            }
        }
        if (role == Qt::ToolTipRole && (col == NodeCol || col == KindCol))
            return line.known ? lineSource(line) : line.reason;
        return {};
    }

    const size_t i = m_order[size_t(index.row())];
    const cost::NodeCost& n = m_projection->nodes[i];
    const bool priced = n.status == cost::NodeStatus::Priced;
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case NodeCol: return m_nameOf(n.id);
        case KindCol: return n.kind;
        case StatusCol:
            // The status as shown; the file and the CSV keep cost::toString's word.
            return n.status == cost::NodeStatus::Priced ? tr("priced", "cost status")
                : n.status == cost::NodeStatus::Usage   ? tr("usage not set", "cost status")
                                                        : tr("unpriced", "cost status");
        case MonthlyCol: return priced ? cost::usdText(n.monthly) : statusText(n);
        case HorizonCol: return priced ? cost::usdText(m_horizonTotals[i]) : statusText(n);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (col == NodeCol)
            return n.id;
        return priced ? QVariant() : QVariant(n.reason);
    case Qt::TextAlignmentRole:
        return col >= MonthlyCol ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole: return n.id;
    case SortRole: return sortKey(i, col);
    default: return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeCol: return tr("Node");
    case KindCol: return tr("Kind");
    case StatusCol: return tr("Status");
    case MonthlyCol: return tr("Monthly");
    case HorizonCol: return tr("Horizon");
    default: return {};
    }
}

qint64 CostTableModel::sortKey(size_t node, int column) const
{
    const cost::NodeCost& n = m_projection->nodes[node];
    if (n.status != cost::NodeStatus::Priced)
        return -1;
    return column == HorizonCol ? m_horizonTotals[node].micros() : n.monthly.micros();
}

void CostTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_projection)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<size_t> nodesBefore;
    for (const QModelIndex& idx : before)
        nodesBefore.push_back(idx.internalId() == 0 ? m_order[size_t(idx.row())] : size_t(-1));
    applySort();
    QModelIndexList after;
    for (size_t k = 0; k < size_t(before.size()); ++k) {
        const QModelIndex& idx = before[qsizetype(k)];
        if (nodesBefore[k] == size_t(-1)) {
            after << idx; // a child keeps its row under the same node
            continue;
        }
        after << createIndex(m_rowOfNode[nodesBefore[k]], idx.column(), quintptr(0));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CostTableModel::applySort()
{
    if (!m_projection)
        return;
    sortOrder();
    m_rowOfNode.assign(m_order.size(), 0);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOfNode[m_order[row]] = int(row);
}

void CostTableModel::sortOrder()
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == MonthlyCol || m_sortColumn == HorizonCol) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
            const qint64 ka = sortKey(a, m_sortColumn), kb = sortKey(b, m_sortColumn);
            return descending ? kb < ka : ka < kb;
        });
        return;
    }
    // Text columns: names are worked out once for the sort, not per comparison.
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<QString> keys(m_projection->nodes.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const cost::NodeCost& n = m_projection->nodes[i];
        keys[i] = m_sortColumn == NodeCol ? m_nameOf(n.id)
            : m_sortColumn == KindCol     ? n.kind
                                          : cost::toString(n.status);
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        const int c = collator.compare(keys[a], keys[b]);
        return descending ? c > 0 : c < 0;
    });
}

QString CostTableModel::lineText(const cost::LineItem& line)
{
    if (!line.known)
        return tr("%1: unknown (%2)").arg(line.component, line.reason);
    QString text = tr("%1: %2 %3 × $%4 = %5")
                       .arg(line.component, QString::number(line.quantity, 'g', 10), line.unit,
                           line.unitPrice.toDecimal(), cost::usdText(line.amount));
    if (!line.note.isEmpty())
        text += QStringLiteral(" (%1)").arg(line.note);
    return text;
}

QString CostTableModel::lineSource(const cost::LineItem& line)
{
    return line.known ? tr("%1, as of %2, confidence %3").arg(line.source, line.asOf, cost::toString(line.confidence))
                      : QString();
}

} // namespace cw
