#include "advisor/scaling_charts.h"

#include "advisor/advice_text.h"
#include "advisor/curve_points.h"
#include "advisor/day_axis.h"

#include <QDateTime>
#include <QGraphicsLayout>
#include <QToolButton>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

QColor optionColor(advice::Option option)
{
    switch (option) {
    case advice::Option::Serverless: return QColor(0xe1, 0x6a, 0x00);
    case advice::Option::Containers: return QColor(0x2e, 0x8b, 0x3e);
    case advice::Option::Vms: return QColor(0x6a, 0x3d, 0x9a);
    }
    return Qt::gray;
}

// What the legend calls an option's series: "Containers capacity", and "(does not fit)"
// after it when the option does not fit the workload.
QString seriesName(const advice::Advice& advice, advice::Option option, const QString& what = QString())
{
    QString name = advisorText::optionLongName(option);
    if (!what.isEmpty())
        name = ScalingCharts::tr("%1 %2", "an option's series: the option, then what it shows").arg(name, what);
    if (!advice.option(option).fits)
        name = ScalingCharts::tr("%1 (does not fit)", "an option's series").arg(name);
    return name;
}

QPen optionPen(const advice::Advice& advice, advice::Option option)
{
    if (!advice.option(option).fits)
        return QPen(QColor(0x9e, 0x9e, 0x9e), 1.5, Qt::DashLine);
    return QPen(optionColor(option), 2);
}

QList<QPointF> perMinute(const std::vector<double>& values)
{
    QList<QPointF> points;
    points.reserve(qsizetype(values.size()));
    for (size_t m = 0; m < values.size(); ++m)
        points.append(QPointF(dayX(double(m)), values[m]));
    return points;
}

double top(const QList<QPointF>& points)
{
    double most = 0;
    for (const QPointF& p : points)
        most = std::max(most, p.y());
    return most;
}

} // namespace

ScalingCharts::ScalingCharts(QWidget* parent)
    : QTabWidget(parent)
{
    m_load = makeView(tr("Load and capacity"), tr("req/s"), QStringLiteral("%.4g"), m_loadAxes);
    m_replicas = makeView(tr("Replicas"), tr("replicas"), QStringLiteral("%.0f"), m_replicaAxes);
    m_cost = makeView(tr("Cost over the day"), tr("USD so far"), QStringLiteral("$%.2f"), m_costAxes);
    addTab(m_load, tr("&Load and capacity"));
    addTab(m_replicas, tr("&Replicas"));
    addTab(m_cost, tr("C&ost over the day"));
    setTabToolTip(0, tr("The load, and the requests per second each option can serve as it scales"));
    setTabToolTip(1, tr("The replicas each option runs; for functions, the concurrent executions"));
    setTabToolTip(2, tr("What each option has cost since midnight"));
    setAccessibleName(tr("Scaling charts"));
    setAccessibleDescription(tr("The load, the replicas and the cost over the day of each option, one chart a tab"));

    // Zoom into a time on one chart and the others follow; the button shows the whole day.
    for (QChartView* view : {m_load, m_replicas, m_cost}) {
        view->setRubberBand(QChartView::HorizontalRubberBand);
        view->setToolTip(tr("Drag across a time to zoom in; right-click to zoom out"));
        QDateTimeAxis* x = view == m_load ? m_loadAxes.x : view == m_replicas ? m_replicaAxes.x : m_costAxes.x;
        connect(x, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime& from, const QDateTime& to) {
            if (m_syncing)
                return;
            m_syncing = true;
            // Whole ticks: the shown span widened to a round step (1 min to 3 h), at most 8 of them.
            const double first = minuteAt(double(from.toMSecsSinceEpoch()));
            const double last = minuteAt(double(to.toMSecsSinceEpoch()));
            int step = 180;
            for (int candidate : {1, 2, 5, 10, 15, 30, 60, 120, 180}) {
                if ((last - first) / candidate <= 8) {
                    step = candidate;
                    break;
                }
            }
            const double lo = std::max(0.0, std::floor(first / step + 1e-9) * step);
            const double hi
                = std::min(double(advice::kMinutesPerDay), std::max(lo + step, std::ceil(last / step - 1e-9) * step));
            for (const Axes* axes : {&m_loadAxes, &m_replicaAxes, &m_costAxes}) {
                axes->x->setTickCount(int(std::lround((hi - lo) / step)) + 1);
                axes->x->setRange(
                    QDateTime::fromMSecsSinceEpoch(qint64(dayX(lo))), QDateTime::fromMSecsSinceEpoch(qint64(dayX(hi))));
            }
            m_syncing = false;
        });
    }
    auto* whole = new QToolButton(this);
    whole->setText(tr("Whole day"));
    whole->setAccessibleName(tr("Show the whole day"));
    whole->setToolTip(tr("Zoom out to the whole day"));
    connect(whole, &QToolButton::clicked, this, &ScalingCharts::showWholeDay);
    setCornerWidget(whole, Qt::TopRightCorner);
}

void ScalingCharts::showWholeDay()
{
    zoomTo(0, advice::kMinutesPerDay);
}

void ScalingCharts::zoomTo(int fromMinute, int toMinute)
{
    m_loadAxes.x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dayX(fromMinute))),
        QDateTime::fromMSecsSinceEpoch(qint64(dayX(toMinute))));
}

std::pair<double, double> ScalingCharts::shownMinutes(QChartView* view) const
{
    const QDateTimeAxis* x = view == m_load ? m_loadAxes.x : view == m_replicas ? m_replicaAxes.x : m_costAxes.x;
    return {minuteAt(double(x->min().toMSecsSinceEpoch())), minuteAt(double(x->max().toMSecsSinceEpoch()))};
}

QChartView* ScalingCharts::makeView(const QString& name, const QString& yTitle, const QString& yFormat, Axes& axes)
{
    auto* view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    view->setAccessibleName(name);
    QChart* c = view->chart();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignRight);
    axes.x = makeDayAxis(c);
    axes.y = new QValueAxis(c);
    axes.y->setTitleText(yTitle);
    axes.y->setLabelFormat(yFormat);
    c->addAxis(axes.x, Qt::AlignBottom);
    c->addAxis(axes.y, Qt::AlignLeft);
    setNiceRange(axes.y, 1);
    return view;
}

QLineSeries* ScalingCharts::addLine(QChartView* view, const Axes& axes, const QString& name, const QPen& pen,
    const QList<QPointF>& points, const QString& unit)
{
    auto* line = new QLineSeries(view->chart());
    line->setName(name);
    line->setPen(pen);
    line->replace(points);
    view->chart()->addSeries(line);
    line->attachAxis(axes.x);
    line->attachAxis(axes.y);
    connect(line, &QLineSeries::hovered, view, [view, name, unit](QPointF at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int minute = std::clamp(int(std::lround(minuteAt(at.x()))), 0, advice::kMinutesPerDay - 1);
        QToolTip::showText(QCursor::pos(),
            QStringLiteral("%1 %2: %3").arg(curve_points::timeText(minute), name, unit.arg(at.y(), 0, 'f', 2)), view);
    });
    return line;
}

void ScalingCharts::removeSeries(QChartView* view)
{
    view->chart()->removeAllSeries();
}

QLineSeries* ScalingCharts::series(QChartView* view, const QString& name)
{
    for (QAbstractSeries* s : view->chart()->series()) {
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    }
    return nullptr;
}

std::vector<double> ScalingCharts::cumulativeCost(const advice::LoadCurve& curve, const advice::OptionScaling& run)
{
    const advice::ScalingResult& r = run.result;
    const advice::ScalingSettings& s = run.settings;
    std::vector<double> out(r.replicas.size());
    double sum = 0;
    double backlog = 0;
    for (size_t m = 0; m < out.size(); ++m) {
        // Served this minute: what arrived and waited, less what still waits or failed.
        const double arrivals = m < curve.rps.size() ? std::max(0.0, curve.rps[m]) * 60 : 0;
        const double served = std::max(0.0, arrivals + backlog - r.queued[m] - r.failed[m]);
        backlog = r.queued[m];
        sum += r.replicas[m] / 60.0 * s.replicaHourUsd + served * s.perRequestUsd;
        out[m] = sum;
    }
    return out;
}

void ScalingCharts::clear()
{
    for (QChartView* view : {m_load, m_replicas, m_cost})
        removeSeries(view);
}

void ScalingCharts::setRuns(
    const advice::Advice& advice, const advice::LoadCurve& curve, const std::vector<advice::OptionScaling>& runs)
{
    clear();
    // Load and capacity: the load shaded, each option's capacity as a line over it.
    const QList<QPointF> load = perMinute(curve.rps);
    double loadTop = top(load);
    {
        auto* upper = new QLineSeries(m_load->chart());
        upper->replace(load);
        auto* area = new QAreaSeries(upper);
        upper->setParent(area); // freed with the area by removeAllSeries()
        area->setName(tr("Load"));
        const QColor blue(0x1f, 0x77, 0xb4);
        area->setPen(QPen(blue, 1.5));
        area->setBrush(QColor(blue.red(), blue.green(), blue.blue(), 70));
        m_load->chart()->addSeries(area);
        area->attachAxis(m_loadAxes.x);
        area->attachAxis(m_loadAxes.y);
    }
    double replicaTop = 0;
    double costTop = 0;
    for (const advice::OptionScaling& run : runs) {
        const QString name = seriesName(advice, run.option);
        const QPen pen = optionPen(advice, run.option);
        std::vector<double> capacity(run.result.replicas.size());
        std::vector<double> replicas(run.result.replicas.size());
        for (size_t m = 0; m < capacity.size(); ++m) {
            replicas[m] = run.result.replicas[m];
            capacity[m] = run.result.replicas[m] * run.settings.capacityPerReplica;
        }
        if (run.settings.capacityPerReplica > 0) {
            const QList<QPointF> points = perMinute(capacity);
            loadTop = std::max(loadTop, top(points));
            addLine(m_load, m_loadAxes, seriesName(advice, run.option, tr("capacity")), pen, points, tr("%1 req/s"));
        }
        const QList<QPointF> replicaPoints = perMinute(replicas);
        replicaTop = std::max(replicaTop, top(replicaPoints));
        addLine(m_replicas, m_replicaAxes,
            seriesName(advice, run.option, run.settings.perRequest ? tr("(executions)") : QString()), pen,
            replicaPoints, QStringLiteral("%1"));
        if (run.priced) {
            const QList<QPointF> cost = perMinute(cumulativeCost(curve, run));
            costTop = std::max(costTop, top(cost));
            addLine(m_cost, m_costAxes, name, pen, cost, QStringLiteral("$%1"));
        } else {
            // No line, but the legend says why there is none.
            addLine(m_cost, m_costAxes, tr("%1: not priced").arg(name), pen, {}, QString());
        }
    }
    // Capacity far above the load (a function's limit, an idle floor) is cut at 3x the load.
    setNiceRange(m_loadAxes.y, std::max(1e-3, std::min(loadTop, std::max(curve.peak() * 3, 1e-3)) * 1.05));
    // Whole replicas: a tick on each while there are few, so no label repeats.
    const int replicaCeiling = int(std::ceil(replicaTop * 1.05));
    if (replicaCeiling <= 8) {
        m_replicaAxes.y->setRange(0, std::max(2, replicaCeiling));
        m_replicaAxes.y->setTickCount(std::max(2, replicaCeiling) + 1);
    } else {
        setNiceRange(m_replicaAxes.y, replicaTop * 1.05);
    }
    setNiceRange(m_costAxes.y, std::max(0.01, costTop * 1.05));
}

} // namespace cw
