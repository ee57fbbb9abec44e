#include "advisor/load_curve_view.h"

#include "advisor/curve_points.h"
#include "advisor/day_axis.h"

#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cmath>

namespace cw {

LoadCurveView::LoadCurveView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    setFocusPolicy(Qt::ClickFocus);
    viewport()->setCursor(Qt::CrossCursor);
    setToolTip(tr("Press and drag to draw the load over the day; Ctrl+Z undoes the last change"));
    setAccessibleName(tr("Load curve"));

    QChart* c = chart();
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    m_x = makeDayAxis(c);
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("req/s"));
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_line = new QLineSeries(c);
    m_area = new QAreaSeries(m_line);
    m_line->setParent(m_area);
    m_area->setName(tr("Load"));
    const QColor blue(0x1f, 0x77, 0xb4);
    m_area->setPen(QPen(blue, 2));
    m_area->setBrush(QColor(blue.red(), blue.green(), blue.blue(), 60));
    c->addSeries(m_area);
    m_area->attachAxis(m_x);
    m_area->attachAxis(m_y);
}

void LoadCurveView::setCurve(const advice::LoadCurve& curve)
{
    m_curve = curve;
    showCurve();
}

void LoadCurveView::showCurve()
{
    QList<QPointF> points;
    points.reserve(qsizetype(m_curve.rps.size()));
    for (size_t m = 0; m < m_curve.rps.size(); ++m)
        points.append(QPointF(dayX(double(m)), m_curve.rps[m]));
    m_line->replace(points);
    // Room above the peak to draw higher; the scale holds still under a stroke.
    if (!m_drawing)
        setNiceRange(m_y, std::max(m_curve.peak() * 1.25, 1.0));
}

QPoint LoadCurveView::viewportPoint(int minute, double rps) const
{
    const QPointF inChart = chart()->mapToPosition(QPointF(dayX(minute), rps), m_area);
    return mapFromScene(chart()->mapToScene(inChart));
}

std::pair<int, double> LoadCurveView::valueAt(QPoint viewportPos) const
{
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(viewportPos)), m_area);
    const int minute = std::clamp(int(std::lround(minuteAt(value.x()))), 0, advice::kMinutesPerDay - 1);
    return {minute, std::max(0.0, value.y())};
}

void LoadCurveView::mousePressEvent(QMouseEvent* event)
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (event->button() != Qt::LeftButton || !chart()->plotArea().adjusted(-4, -4, 4, 4).contains(inChart)
        || m_curve.rps.empty()) {
        QChartView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_drawing = true;
    m_last = {-1, 0};
    Q_EMIT strokeStarted();
    drawTo(event->position().toPoint());
    event->accept();
}

void LoadCurveView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drawing) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    drawTo(event->position().toPoint());
    event->accept();
}

void LoadCurveView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drawing || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    drawTo(event->position().toPoint());
    m_drawing = false;
    showCurve(); // rescale now the stroke is done
    Q_EMIT strokeFinished();
    event->accept();
}

void LoadCurveView::drawTo(QPoint viewportPos)
{
    const auto [minute, rps] = valueAt(viewportPos);
    // Straight from the last point, so a fast stroke that skips minutes leaves no gap.
    const auto [fromMinute, fromRps] = m_last.first < 0 ? std::pair{minute, rps} : m_last;
    const int lo = std::min(fromMinute, minute);
    const int hi = std::max(fromMinute, minute);
    for (int m = lo; m <= hi; ++m) {
        const double t = hi == lo ? 1.0 : double(m - fromMinute) / double(minute - fromMinute);
        m_curve.rps[size_t(m)] = fromRps + (rps - fromRps) * t;
    }
    m_last = {minute, rps};
    QToolTip::showText(viewport()->mapToGlobal(viewportPos) + QPoint(12, 12),
        tr("%1: %2 req/s").arg(curve_points::timeText(minute), QString::number(rps, 'f', 2)), this);
    showCurve();
    Q_EMIT curveDrawn(m_curve);
}

bool LoadCurveView::event(QEvent* event)
{
    // Take Ctrl+Z before the window's undo does, while there is a drawing to undo.
    if (event->type() == QEvent::ShortcutOverride && m_undoAvailable
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Undo)) {
        event->accept();
        return true;
    }
    return QChartView::event(event);
}

void LoadCurveView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Undo) && m_undoAvailable) {
        Q_EMIT undoRequested();
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace cw
