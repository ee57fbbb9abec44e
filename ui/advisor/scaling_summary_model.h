#pragma once

#include "advice/option_scaling.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw {

/// One row per option of the scaling simulation: whether it fits the workload, its
/// capacity, the requests served and failed, the queue, and the cost of the day and of a
/// month like it. An option without a price says "not priced", never $0; an option that
/// does not fit is greyed, with why in its tooltip.
class ScalingSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        OptionCol,
        FitsCol,
        CapacityCol,
        ServedCol,
        FailedCol,
        PeakQueueCol,
        MinutesQueuedCol,
        DayCostCol,
        MonthCostCol,
        ColumnCount
    };
    /// The figure behind a cell, unrounded (a double; invalid for "not priced").
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ScalingSummaryModel(QObject* parent = nullptr);

    void setRuns(const advice::Advice& advice, const std::vector<advice::OptionScaling>& runs);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        advice::OptionScaling run;
        QString name; ///< "Containers (Fargate)"
        bool fits = true;
        QString whyNot;
    };
    QVariant display(const Row& row, int column) const;
    QVariant value(const Row& row, int column) const;
    QString tooltip(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace cw
