#include "advisor/scaling_summary_model.h"

#include "advisor/advice_text.h"
#include "cost/cost_export.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace cw {

namespace {

QString usd(double dollars)
{
    return cost::usdText(cost::Money::fromMicros(qRound64(dollars * 1e6)));
}

QString count(double requests)
{
    return QLocale().toString(qRound64(requests));
}

QString rate(double rps)
{
    return QLocale().toString(rps, 'f', rps < 10 ? 2 : rps < 100 ? 1 : 0);
}

} // namespace

ScalingSummaryModel::ScalingSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScalingSummaryModel::setRuns(const advice::Advice& advice, const std::vector<advice::OptionScaling>& runs)
{
    beginResetModel();
    m_rows.clear();
    for (const advice::OptionScaling& run : runs) {
        const advice::OptionAdvice& o = advice.option(run.option);
        const QString longName = advisorText::optionLongName(run.option);
        const QString name = o.service.isEmpty() ? longName : tr("%1 (%2)", "option (its service)").arg(longName, o.service);
        m_rows.push_back({run, name, o.fits, o.whyNot.join(QStringLiteral("; "))});
    }
    endResetModel();
}

void ScalingSummaryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ScalingSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScalingSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScalingSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OptionCol: return tr("Option");
        case FitsCol: return tr("Fits?");
        case CapacityCol: return tr("Per replica");
        case ServedCol: return tr("Served");
        case FailedCol: return tr("Failed");
        case PeakQueueCol: return tr("Peak queue");
        case MinutesQueuedCol: return tr("Min. queued");
        case DayCostCol: return tr("Day");
        case MonthCostCol: return tr("Month");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CapacityCol: return tr("Requests per second one replica serves at the target utilisation (70 %)");
        case ServedCol: return tr("Requests served over the day");
        case FailedCol: return tr("Requests that failed: throttled, or waited past the timeout");
        case PeakQueueCol: return tr("The most requests waiting at the end of a minute");
        case MinutesQueuedCol: return tr("Minutes that ended with requests waiting");
        case DayCostCol: return tr("The day's cost: replica-hours, plus served requests for functions");
        case MonthCostCol: return tr("A month of days like this one (730 hours)");
        }
    }
    if (role == Qt::TextAlignmentRole && section >= CapacityCol)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ScalingSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case ValueRole: return value(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = tooltip(row, index.column());
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::ForegroundRole:
        if (!row.fits)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == FailedCol && row.run.result.failedTotal > 0.5)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CapacityCol ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant ScalingSummaryModel::display(const Row& row, int column) const
{
    const advice::ScalingResult& r = row.run.result;
    const advice::ScalingSettings& s = row.run.settings;
    switch (column) {
    case OptionCol: return row.name;
    case FitsCol: return row.fits ? tr("Yes") : tr("No: %1").arg(row.whyNot);
    case CapacityCol:
        if (s.capacityPerReplica <= 0)
            return tr("unknown");
        return s.perRequest ? tr("%1 req/s × %2").arg(rate(s.capacityPerReplica), QLocale().toString(s.maxReplicas))
                            : tr("%1 req/s").arg(rate(s.capacityPerReplica));
    case ServedCol: return count(r.served);
    case FailedCol: return count(r.failedTotal);
    case PeakQueueCol: return count(r.queuedPeak);
    case MinutesQueuedCol: return QLocale().toString(r.minutesQueued);
    case DayCostCol: return row.run.priced ? usd(r.dayCostUsd) : tr("not priced");
    case MonthCostCol: return row.run.priced ? usd(r.monthCostUsd) : tr("not priced");
    }
    return {};
}

QVariant ScalingSummaryModel::value(const Row& row, int column) const
{
    const advice::ScalingResult& r = row.run.result;
    switch (column) {
    case FitsCol: return row.fits;
    case CapacityCol: return row.run.settings.capacityPerReplica;
    case ServedCol: return r.served;
    case FailedCol: return r.failedTotal;
    case PeakQueueCol: return r.queuedPeak;
    case MinutesQueuedCol: return r.minutesQueued;
    case DayCostCol: return row.run.priced ? QVariant(r.dayCostUsd) : QVariant();
    case MonthCostCol: return row.run.priced ? QVariant(r.monthCostUsd) : QVariant();
    }
    return display(row, column);
}

QString ScalingSummaryModel::tooltip(const Row& row, int column) const
{
    if (!row.fits && (column == OptionCol || column == FitsCol))
        return tr("Does not fit this workload: %1").arg(row.whyNot);
    if ((column == DayCostCol || column == MonthCostCol) && !row.run.priced)
        return tr("Not priced: %1").arg(row.run.unpricedWhy);
    if (column == CapacityCol && row.run.settings.perRequest)
        return tr("Functions scale per request: each concurrent execution serves %1 req/s, up to the concurrency "
                  "limit of %2")
            .arg(rate(row.run.settings.capacityPerReplica), QLocale().toString(row.run.settings.maxReplicas));
    if (column == CapacityCol)
        return tr("Replicas from %1 to %2, each serving %3 req/s; a new one serves %4 min after it is ordered")
            .arg(row.run.settings.minReplicas)
            .arg(row.run.settings.maxReplicas)
            .arg(rate(row.run.settings.capacityPerReplica))
            .arg(std::max(1, row.run.settings.scaleUpDelayMin));
    return {};
}

} // namespace cw
