#pragma once

#include "advice/cost_curve.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QtCharts/QChartView>

#include <optional>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace cw {

/// The advisor's break-even chart: each fitting option's monthly cost against requests
/// per month, both axes on a log scale (serverless a rising line, always-on options flat),
/// the crossing core's breakEven() found marked with a point and its figures, and the
/// workload's own load marked with a dashed line.
class BreakEvenChart : public QChartView {
    Q_OBJECT

public:
    explicit BreakEvenChart(QWidget* parent = nullptr);

    /// Draws the curves of an advice; costAtBreakEven is the monthly cost where serverless
    /// meets advice.breakEvenAgainst (nullopt: no crossing to mark).
    void setCurves(const advice::Advice& advice, const std::vector<double>& requests,
        const std::vector<advice::CostCurve>& curves, std::optional<cost::Money> costAtBreakEven);
    void clear();

    /// The crossing as marked: (requests a month, dollars a month); nullopt when none.
    std::optional<QPointF> crossing() const { return m_crossing; }
    /// The options drawn, in legend order ("Serverless (Lambda)", ...).
    QStringList optionSeries() const;
    /// One option series' points as (requests a month, dollars a month).
    QList<QPointF> pointsOf(const QString& series) const;
    /// The words beside the crossing ("Break-even: 22.1 M requests a month, $9.01").
    QString crossingText() const;
    /// What the chart cannot draw (options that do not fit or have no price), one line.
    QString note() const { return m_note; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeLabels();

    std::optional<QPointF> m_crossing;
    cost::Money m_crossingCost;
    std::optional<double> m_load;
    QString m_note;
    QGraphicsTextItem* m_crossingLabel = nullptr;
    QGraphicsSimpleTextItem* m_loadLabel = nullptr;
    QHash<QString, QList<QPointF>> m_points; ///< per option series, in real units
};

} // namespace cw
