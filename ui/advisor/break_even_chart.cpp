#include "advisor/break_even_chart.h"

#include "appearance.h"
#include "advisor/advice_text.h"
#include "cost/cost_export.h"

#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <functional>
#include <cmath>

namespace cw {

namespace {

// "100", "10 k", "1 M", "1 B": a decade of requests for the axis.
QString decadeText(int exponent)
{
    static const char* const units[] = {"", " k", " M", " B", " T"};
    const int group = std::clamp(exponent / 3, 0, 4);
    const int rest = exponent - group * 3;
    return QStringLiteral("%1%2").arg(int(std::pow(10, rest))).arg(QLatin1String(units[group]));
}

// "$0.01", "$1", "$1k": a decade of dollars for the axis.
QString dollarDecadeText(int exponent)
{
    if (exponent < 0)
        return QStringLiteral("$%1").arg(std::pow(10.0, exponent), 0, 'f', -exponent);
    if (exponent < 3)
        return QStringLiteral("$%1").arg(int(std::pow(10, exponent)));
    return QStringLiteral("$%1").arg(decadeText(exponent).remove(QLatin1Char(' ')));
}

QCategoryAxis* decadeAxis(int low, int high, QString (*label)(int), const QString& title)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(low);
    for (int e = low; e <= high; ++e)
        axis->append(label(e), e);
    axis->setRange(low, high);
    axis->setTitleText(title);
    axis->setGridLineVisible(true);
    return axis;
}

} // namespace

BreakEvenChart::BreakEvenChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setObjectName(QStringLiteral("breakEvenChart"));
    setAccessibleName(tr("Break-even chart"));
    setToolTip(tr("Monthly cost of each option against requests per month, both on log scales; "
                  "the dot is where serverless starts to cost more, the dashed line the load set on the node"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 28, 4)); // room for the last label of the requests axis
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    QFont title = chart()->titleFont();
    title.setBold(true);
    chart()->setTitleFont(title);
    QFont small = chart()->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart()->legend()->setFont(small);
    m_crossingLabel = new QGraphicsTextItem(chart());
    m_crossingLabel->setZValue(20);
    m_loadLabel = new QGraphicsSimpleTextItem(chart());
    m_loadLabel->setZValue(20);
    m_loadLabel->setBrush(QColor(0x60, 0x6B, 0x78));
    connect(chart(), &QChart::plotAreaChanged, this, &BreakEvenChart::placeLabels);
}

void BreakEvenChart::clear()
{
    chart()->removeAllSeries();
    // removeAxis() hands the axis back to us: delete it, or every refresh leaks two.
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_points.clear();
    m_crossing.reset();
    m_load.reset();
    m_note.clear();
    m_crossingLabel->setHtml(QString());
    m_loadLabel->setText(QString());
}

void BreakEvenChart::setCurves(const advice::Advice& advice, const std::vector<double>& requests,
    const std::vector<advice::CostCurve>& curves, std::optional<cost::Money> costAtBreakEven)
{
    clear();
    chart()->setTitle(tr("Monthly cost against requests per month"));
    if (requests.empty())
        return;
    QStringList notDrawn;
    double yLow = 1e300;
    double yHigh = -1e300;
    struct Drawn {
        QString name;
        advice::Option option;
        QList<QPointF> points;
    };
    std::vector<Drawn> drawn;
    for (size_t i = 0; i < curves.size() && i < advice.options.size(); ++i) {
        const advice::OptionAdvice& o = advice.options[i];
        const QString name = advisorText::optionTitle(o);
        if (!curves[i].fits) {
            notDrawn << tr("%1 does not fit").arg(name);
            continue;
        }
        Drawn d{name, o.option, {}};
        for (size_t k = 0; k < requests.size() && k < curves[i].monthly.size(); ++k) {
            const std::optional<cost::Money>& m = curves[i].monthly[k];
            if (!m || m->toDouble() <= 0)
                continue;
            d.points.append(QPointF(requests[k], m->toDouble()));
            yLow = std::min(yLow, m->toDouble());
            yHigh = std::max(yHigh, m->toDouble());
        }
        if (d.points.isEmpty())
            notDrawn << tr("%1 has no price").arg(name);
        else
            drawn.push_back(std::move(d));
    }
    m_note = notDrawn.isEmpty() ? QString() : tr("Not drawn: %1.").arg(notDrawn.join(QStringLiteral("; ")));
    if (drawn.empty())
        return;

    // Decades that hold the always-on lines with room, and serverless from a cent up.
    const int xLow = int(std::floor(std::log10(requests.front()) + 1e-9));
    const int xHigh = int(std::ceil(std::log10(requests.back()) - 1e-9));
    const int yFloor = std::max(int(std::floor(std::log10(yLow))), -2);
    const int yTop = std::max(int(std::ceil(std::log10(yHigh))), yFloor + 1);
    auto* x = decadeAxis(xLow, std::max(xHigh, xLow + 1), decadeText, tr("Requests per month"));
    auto* y = decadeAxis(yFloor, yTop, dollarDecadeText, tr("Monthly cost (USD)"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    styleChart(chart()); // the new axes in the active theme's colours
    const auto place = [](QPointF p) { return QPointF(std::log10(p.x()), std::log10(p.y())); };

    for (const Drawn& d : drawn) {
        auto* series = new QLineSeries;
        const bool recommended = d.option == advice.recommendation;
        series->setName(d.name);
        for (const QPointF& p : d.points)
            series->append(place(p));
        chart()->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QPen pen(advisorText::optionColor(d.option));
        pen.setWidthF(recommended ? 3.5 : 2.2);
        series->setPen(pen);
        m_points.insert(d.name, d.points);
    }
    if (advice.workload.requestsPerMonth > 0) {
        m_load = advice.workload.requestsPerMonth;
        auto* load = new QLineSeries;
        load->setName(tr("Load now: %1 a month").arg(advisorText::requestsText(*m_load)));
        load->append(std::log10(*m_load), yFloor);
        load->append(std::log10(*m_load), yTop);
        QPen pen(QColor(0x60, 0x6B, 0x78));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        load->setPen(pen);
        chart()->addSeries(load);
        load->attachAxis(x);
        load->attachAxis(y);
        m_loadLabel->setText(tr("now: %1").arg(advisorText::requestsText(*m_load)));
        for (QLegendMarker* marker : chart()->legend()->markers(load))
            marker->setVisible(false);
    }
    if (advice.breakEvenRequestsPerMonth && costAtBreakEven && costAtBreakEven->toDouble() > 0) {
        m_crossing = QPointF(*advice.breakEvenRequestsPerMonth, costAtBreakEven->toDouble());
        m_crossingCost = *costAtBreakEven;
        auto* point = new QScatterSeries;
        point->setName(tr("Break-even"));
        point->setMarkerSize(12);
        point->setColor(QColor(0xC6, 0x28, 0x28));
        point->setBorderColor(Qt::white);
        point->append(place(*m_crossing));
        chart()->addSeries(point);
        point->attachAxis(x);
        point->attachAxis(y);
        for (QLegendMarker* marker : chart()->legend()->markers(point))
            marker->setVisible(false);
        // On a light backing: the label sits among the lines it names.
        m_crossingLabel->setHtml(QStringLiteral("<div style='background-color:rgba(255,255,255,225)'>"
                                                "<span style='color:#c62828'><b>%1</b></span></div>")
                                     .arg(crossingText().toHtmlEscaped()));
    }
    placeLabels();
}

QString BreakEvenChart::crossingText() const
{
    if (!m_crossing)
        return QString();
    return tr("Break-even: %1 requests a month, %2")
        .arg(advisorText::requestsText(m_crossing->x()), cost::usdText(m_crossingCost));
}

QStringList BreakEvenChart::optionSeries() const
{
    QStringList names;
    for (QAbstractSeries* s : chart()->series()) {
        if (m_points.contains(s->name()))
            names << s->name();
    }
    return names;
}

QList<QPointF> BreakEvenChart::pointsOf(const QString& series) const
{
    return m_points.value(series);
}

void BreakEvenChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void BreakEvenChart::placeLabels()
{
    const QList<QAbstractSeries*> series = chart()->series();
    if (series.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    if (m_crossing) {
        const QPointF at = chart()->mapToPosition(
            QPointF(std::log10(m_crossing->x()), std::log10(m_crossing->y())), series.last());
        const QRectF box = m_crossingLabel->boundingRect();
        // Above and to the left of the dot (serverless runs below there), kept inside the
        // plot and lifted over any always-on line it would sit on.
        QPointF pos(at.x() - box.width() - 10, at.y() - box.height() - 8);
        pos.setX(std::clamp(pos.x(), plot.left() + 4, std::max(plot.left() + 4, plot.right() - box.width() - 4)));
        std::vector<double> levels;
        for (auto it = m_points.cbegin(); it != m_points.cend(); ++it) {
            if (it.value().size() < 2 || it.value().first().y() != it.value().last().y())
                continue; // not a flat always-on line
            levels.push_back(chart()->mapToPosition(QPointF(0, std::log10(it.value().first().y())), series.last()).y());
        }
        std::sort(levels.begin(), levels.end(), std::greater<>());
        for (double level : levels) {
            if (level > pos.y() - 2 && level < pos.y() + box.height() + 2)
                pos.setY(level - box.height() - 4);
        }
        pos.setY(std::clamp(pos.y(), plot.top() + 4, std::max(plot.top() + 4, plot.bottom() - box.height() - 4)));
        m_crossingLabel->setPos(pos);
    }
    if (m_load) {
        const QPointF at = chart()->mapToPosition(QPointF(std::log10(*m_load), 0), series.first());
        m_loadLabel->setPos(at.x() + 4, plot.top() + 4);
    }
}

} // namespace cw
