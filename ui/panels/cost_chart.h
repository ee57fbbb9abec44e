#pragma once

#include "cost/cost_model.h"

#include <QtCharts/QChartView>

namespace cw {

class Catalog;

/// Cost over time as stacked areas (by category, or by the ten costliest nodes and
/// "other"), with the budget as a line and the first month over it marked. Hovering an
/// area shows the period, the series and its amount.
class CostChart : public QChartView {
    Q_OBJECT

public:
    enum class Stacking { Category, Node };

    explicit CostChart(const Catalog& catalog, QWidget* parent = nullptr);

    void setProjection(const cost::Projection& p, const QStringList& nodeNames);
    void setStacking(Stacking stacking);
    void setYearly(bool yearly);
    /// Draws a kept scenario's monthly total as a dashed line over the areas, over the
    /// months it shares with the projection; an empty name removes it.
    void setScenario(const QString& name, const std::vector<cost::Money>& monthly);
    /// How many periods (months or years) the chart shows: a test's view of the axis.
    int points() const { return m_points; }
    /// The series' names, bottom to top.
    QStringList seriesNames() const;
    /// The scenario line's name in the legend, or empty when none is drawn.
    QString scenarioSeriesName() const;
    /// The scenario line's points (period, dollars), as drawn.
    QList<QPointF> scenarioPoints() const;
    /// What hovering a series shows at a period (0-based): the period, the series' amount,
    /// the total, and the compared scenario's figure with the change.
    QString hoverText(int period, const QString& series, double amount) const;

private:
    struct Band {
        QString name;
        QColor color;
        std::vector<double> values; ///< per period, in dollars
    };
    std::vector<double> m_total; ///< the projection's total per period
    QString m_scenarioName;
    std::vector<cost::Money> m_scenario; ///< per month
    void rebuild();
    std::vector<Band> bands() const;
    std::vector<double> periods(const std::vector<cost::Money>& monthly) const;
    /// The scenario per period over the months it shares with the projection; a year
    /// counts only when the scenario holds all of the months the projection has in it.
    std::vector<double> scenarioPeriods() const;
    void addScenarioLine(QAbstractAxis* x, QAbstractAxis* y, double& top);

    const Catalog& m_catalog;
    cost::Projection m_projection;
    QStringList m_nodeNames;
    Stacking m_stacking = Stacking::Category;
    bool m_yearly = false;
    int m_points = 0;
};

} // namespace cw
