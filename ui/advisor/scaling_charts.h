#pragma once

#include "advice/option_scaling.h"

#include <QTabWidget>

#include <utility>
#include <vector>

class QChartView;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace cw {

/// The scaling simulation as charts over the day, one tab each: the load with each
/// option's capacity, the replicas each option runs, and each option's cumulative cost.
/// Options that do not fit are grey and dashed; an option without a price has no cost
/// line, and its legend entry says "not priced".
class ScalingCharts : public QTabWidget {
    Q_OBJECT

public:
    explicit ScalingCharts(QWidget* parent = nullptr);

    void setRuns(
        const advice::Advice& advice, const advice::LoadCurve& curve, const std::vector<advice::OptionScaling>& runs);
    void clear();
    /// Zooms every chart out to the whole day.
    void showWholeDay();
    /// Shows minutes [from, to) of the day on every chart.
    void zoomTo(int fromMinute, int toMinute);
    /// The minutes a chart shows, first and last.
    std::pair<double, double> shownMinutes(QChartView* view) const;

    QChartView* loadView() const { return m_load; }
    QChartView* replicasView() const { return m_replicas; }
    QChartView* costView() const { return m_cost; }
    /// A chart's series by name (nullptr when there is none): for tests.
    static QLineSeries* series(QChartView* view, const QString& name);
    /// The cost each option has run up by the end of each minute, in dollars.
    static std::vector<double> cumulativeCost(const advice::LoadCurve& curve, const advice::OptionScaling& run);

private:
    struct Axes {
        QDateTimeAxis* x = nullptr;
        QValueAxis* y = nullptr;
    };
    QChartView* makeView(const QString& name, const QString& yTitle, const QString& yFormat, Axes& axes);
    QLineSeries* addLine(QChartView* view, const Axes& axes, const QString& name, const QPen& pen,
        const QList<QPointF>& points, const QString& unit);
    void removeSeries(QChartView* view);

    QChartView* m_load = nullptr;
    QChartView* m_replicas = nullptr;
    QChartView* m_cost = nullptr;
    Axes m_loadAxes;
    Axes m_replicaAxes;
    Axes m_costAxes;
    bool m_syncing = false; ///< one chart's zoom is being copied to the others
};

} // namespace cw
