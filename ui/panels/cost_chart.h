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
    /// How many periods (months or years) the chart shows: a test's view of the axis.
    int points() const { return m_points; }
    /// The series' names, bottom to top.
    QStringList seriesNames() const;

private:
    struct Band {
        QString name;
        QColor color;
        std::vector<double> values; ///< per period, in dollars
    };
    void rebuild();
    std::vector<Band> bands() const;
    std::vector<double> periods(const std::vector<cost::Money>& monthly) const;

    const Catalog& m_catalog;
    cost::Projection m_projection;
    QStringList m_nodeNames;
    Stacking m_stacking = Stacking::Category;
    bool m_yearly = false;
    int m_points = 0;
};

} // namespace cw
