#pragma once

#include "cost/cost_model.h"

#include <QAbstractItemModel>

#include <functional>

namespace cw {

/// The cost panel's table as a model over the projection: one row per node (name, kind,
/// status, month 1, the horizon), each with its line items as children. Nothing is built
/// per row: a new projection is a model reset and the view asks only for the rows it
/// shows, so a 10,000-node diagram refreshes in the time its sort takes.
class CostTableModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NodeCol, KindCol, StatusCol, MonthlyCol, HorizonCol, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    /// `nameOf` gives a node's display name; it is asked only for rows on screen.
    explicit CostTableModel(std::function<QString(const Id&)> nameOf, QObject* parent = nullptr);

    /// Shows this projection (kept by reference: the owner keeps it alive until the next call).
    void setProjection(const cost::Projection* projection);
    /// The row of a node at the top level, or -1.
    int rowOf(const Id& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// How a line item reads in the table: "Requests: 1.75 1m_requests × $0.20 = $0.35".
    static QString lineText(const cost::LineItem& line);
    /// Where its price is from: source, date and confidence.
    static QString lineSource(const cost::LineItem& line);

private:
    // Children carry their node's position in the projection + 1 as internal id; top
    // rows carry 0.
    const cost::NodeCost& nodeAt(int row) const;
    qint64 sortKey(size_t node, int column) const;
    QString statusText(const cost::NodeCost& n) const;
    void applySort(); ///< sorts m_order and updates its inverse
    void sortOrder();

    std::function<QString(const Id&)> m_nameOf;
    const cost::Projection* m_projection = nullptr;
    std::vector<cost::Money> m_horizonTotals; ///< per node, worked out once per projection
    std::vector<size_t> m_order;        ///< row -> index into projection nodes
    std::vector<int> m_rowOfNode;       ///< the inverse of m_order
    int m_sortColumn = MonthlyCol;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cw
