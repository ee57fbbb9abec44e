#include "panels/cost_chart.h"

#include "accessibility.h"
#include "appearance.h"
#include "theme.h"
#include "catalog/catalog.h"
#include "cost/cost_export.h"

#include <QGraphicsLayout>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <numeric>

namespace cw {

namespace {
constexpr size_t kTopNodes = 10;

// A stable palette for node stacking, where the catalog's colours would repeat.
QColor nodeColor(size_t i)
{
    static const char* const colors[] = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    return QColor(QLatin1String(colors[i % std::size(colors)]));
}
} // namespace

CostChart::CostChart(const Catalog& catalog, QWidget* parent)
    : QChartView(parent)
    , m_catalog(catalog)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    a11y::describe(this, tr("Cost chart"),
        tr("The cost of each period, stacked by category or by node, with the budget line; the table beside it "
           "lists the same figures"));
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    // The over-budget label and the budget's red are drawn in the theme's colours: rebuilt on a switch.
    connect(&Appearance::instance(), &Appearance::changed, this, &CostChart::rebuild);
}

void CostChart::setProjection(const cost::Projection& p, const QStringList& nodeNames)
{
    m_projection = p;
    m_nodeNames = nodeNames;
    rebuild();
}

void CostChart::setStacking(Stacking stacking)
{
    m_stacking = stacking;
    rebuild();
}

void CostChart::setYearly(bool yearly)
{
    m_yearly = yearly;
    rebuild();
}

void CostChart::setScenario(const QString& name, const std::vector<cost::Money>& monthly)
{
    m_scenarioName = name;
    m_scenario = name.isEmpty() ? std::vector<cost::Money>() : monthly;
    rebuild();
}

QString CostChart::scenarioSeriesName() const
{
    return m_scenarioName.isEmpty() ? QString() : tr("Scenario: %1").arg(m_scenarioName);
}

QList<QPointF> CostChart::scenarioPoints() const
{
    for (QAbstractSeries* series : chart()->series()) {
        if (series->name() == scenarioSeriesName() && !m_scenarioName.isEmpty())
            return static_cast<QLineSeries*>(series)->points();
    }
    return {};
}

QStringList CostChart::seriesNames() const
{
    QStringList names;
    for (const Band& b : bands())
        names << b.name;
    return names;
}

std::vector<double> CostChart::periods(const std::vector<cost::Money>& monthly) const
{
    // Years add whole months in integer money, then turn into dollars once.
    const size_t step = m_yearly ? 12 : 1;
    std::vector<double> out;
    for (size_t i = 0; i < monthly.size(); i += step) {
        cost::Money sum;
        for (size_t j = i; j < std::min(i + step, monthly.size()); ++j)
            sum += monthly[j];
        out.push_back(sum.toDouble());
    }
    return out;
}

std::vector<double> CostChart::scenarioPeriods() const
{
    const size_t months = m_projection.perMonth.size();
    const size_t shared = std::min(months, m_scenario.size());
    std::vector<cost::Money> kept(m_scenario.begin(), m_scenario.begin() + std::ptrdiff_t(shared));
    std::vector<double> out = periods(kept);
    // A year the scenario holds only part of would read as a drop in cost.
    if (m_yearly && !out.empty() && shared < months && shared % 12 != 0)
        out.pop_back();
    return out;
}

QString CostChart::hoverText(int period, const QString& series, double amount) const
{
    auto usd = [](double dollars) { return cost::usdText(cost::Money::fromMicros(qRound64(dollars * 1e6))); };
    const QString label = m_yearly ? tr("Year %1").arg(period + 1) : tr("Month %1").arg(period + 1);
    QString text = QStringLiteral("%1\n%2: %3").arg(label, series, usd(amount));
    const size_t i = size_t(period);
    if (i < m_total.size())
        text += tr("\nTotal: %1").arg(usd(m_total[i]));
    const std::vector<double> kept = scenarioPeriods();
    if (i < kept.size() && i < m_total.size()) {
        const cost::Money change = cost::Money::fromMicros(qRound64((m_total[i] - kept[i]) * 1e6));
        text += tr("\n%1: %2 (now %3%4)")
                    .arg(m_scenarioName, usd(kept[i]), change.micros() > 0 ? QStringLiteral("+") : QString(),
                        cost::usdText(change));
    }
    return text;
}

void CostChart::addScenarioLine(QAbstractAxis* x, QAbstractAxis* y, double& top)
{
    const std::vector<double> kept = scenarioPeriods();
    if (m_scenarioName.isEmpty() || kept.empty())
        return;
    QChart* c = chart();
    auto* line = new QLineSeries(c);
    line->setName(scenarioSeriesName());
    for (size_t i = 0; i < kept.size(); ++i) {
        line->append(double(i + 1), kept[i]);
        top = std::max(top, kept[i]);
    }
    // Dark and dashed, so it reads over any category colour and apart from the red budget.
    QPen pen(theme::isDark() ? QColor(0xEC, 0xEF, 0xF1) : QColor(0x21, 0x21, 0x21), 2.5, Qt::DashLine);
    pen.setDashPattern({5, 3});
    line->setPen(pen);
    if (kept.size() == 1) { // one period (a 12-month scenario by year): a dot, not an invisible line
        line->setPointsVisible(true);
        line->setMarkerSize(10);
    }
    c->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this, kept](QPointF at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int i = std::clamp(qRound(at.x()) - 1, 0, int(kept.size()) - 1);
        QToolTip::showText(QCursor::pos(), hoverText(i, scenarioSeriesName(), kept[size_t(i)]), this);
    });
}

std::vector<CostChart::Band> CostChart::bands() const
{
    const cost::Projection& p = m_projection;
    std::vector<Band> result;
    if (p.perMonth.empty())
        return result;
    if (m_stacking == Stacking::Category) {
        for (size_t k = 0; k < p.perMonth.front().byCategory.size(); ++k) {
            std::vector<cost::Money> monthly;
            for (const cost::MonthTotal& m : p.perMonth)
                monthly.push_back(m.byCategory[k].second);
            const QString id = p.perMonth.front().byCategory[k].first;
            const Category* c = m_catalog.category(id);
            Band band{c ? c->name : id, c ? QColor(c->color) : QColor(Qt::gray), periods(monthly)};
            if (std::any_of(band.values.begin(), band.values.end(), [](double v) { return v > 0; }))
                result.push_back(std::move(band));
        }
        return result;
    }
    // The ten nodes costliest over the horizon, each on its own, the rest as "other".
    std::vector<size_t> order;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (p.nodes[i].status == cost::NodeStatus::Priced && p.horizonTotalOfNode(i).micros() > 0)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return p.horizonTotalOfNode(b) < p.horizonTotalOfNode(a); });
    std::vector<cost::Money> other(p.perMonth.size());
    for (size_t r = 0; r < order.size(); ++r) {
        std::vector<cost::Money> monthly;
        for (const cost::MonthTotal& m : p.perMonth)
            monthly.push_back(m.byNode[order[r]]);
        if (r < kTopNodes) {
            const size_t i = order[r];
            result.push_back({i < size_t(m_nodeNames.size()) ? m_nodeNames[qsizetype(i)] : p.nodes[i].id, nodeColor(r),
                periods(monthly)});
        } else {
            for (size_t m = 0; m < monthly.size(); ++m)
                other[m] += monthly[m];
        }
    }
    if (order.size() > kTopNodes)
        result.push_back({tr("other"), QColor(Qt::gray), periods(other)});
    return result;
}

void CostChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries(); // deletes the series (and, below, the lines each area owns)
    // removeAxis() hands the axis back to us: delete it, or every rebuild leaks two.
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const std::vector<Band> all = bands();
    std::vector<cost::Money> totals;
    for (const cost::MonthTotal& m : m_projection.perMonth)
        totals.push_back(m.total);
    m_total = periods(totals);
    const std::vector<double>& total = m_total;
    m_points = int(total.size());
    const QString period = m_yearly ? tr("Year") : tr("Month");

    auto* x = new QValueAxis(c);
    x->setRange(1, std::max(2, m_points));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(m_points > 24 ? 6 : m_points > 12 ? 3 : 1);
    x->setTitleText(period);
    auto* y = new QValueAxis(c);
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setTitleText(m_yearly ? tr("USD a year") : tr("USD a month"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    styleChart(c); // the new axes in the active theme's colours

    double top = 0;
    std::vector<double> base(size_t(m_points), 0.0);
    for (const Band& band : all) {
        auto* lower = new QLineSeries(c);
        auto* upper = new QLineSeries(c);
        for (int i = 0; i < m_points; ++i) {
            lower->append(i + 1, base[size_t(i)]);
            base[size_t(i)] += band.values[size_t(i)];
            upper->append(i + 1, base[size_t(i)]);
            top = std::max(top, base[size_t(i)]);
        }
        auto* area = new QAreaSeries(upper, lower);
        // The area does not own its bounding lines; make it, so removeAllSeries() frees them.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(band.name);
        area->setColor(band.color);
        area->setBorderColor(band.color.darker(120));
        c->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        const std::vector<double> values = band.values;
        connect(area, &QAreaSeries::hovered, this, [this, values, name = band.name](QPointF at, bool state) {
            const int i = std::clamp(qRound(at.x()) - 1, 0, int(values.size()) - 1);
            if (!state || values.empty()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), hoverText(i, name, values[size_t(i)]), this);
        });
    }
    addScenarioLine(x, y, top);

    if (m_projection.budget && m_projection.budget->nodes > 0) {
        const double limit = m_projection.budget->limit.toDouble() * (m_yearly ? 12 : 1);
        auto* line = new QLineSeries(c);
        line->setName(tr("Budget %1").arg(cost::usdText(m_projection.budget->limit)));
        line->append(1, limit);
        line->append(std::max(2, m_points), limit);
        const QColor overColour = theme::isDark() ? theme::severityColor(Severity::Error) : QColor(0xc6, 0x28, 0x28);
        line->setPen(QPen(overColour, 2, Qt::DashLine));
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        top = std::max(top, limit);
        if (const std::optional<int> over = m_projection.budget->firstMonthOver) {
            const int at = m_yearly ? (*over - 1) / 12 : *over - 1;
            auto* mark = new QScatterSeries(c);
            mark->setName(tr("Over from month %1").arg(*over));
            mark->setColor(overColour);
            mark->setMarkerSize(11);
            mark->append(at + 1, total[size_t(at)]);
            mark->setPointLabelsVisible(true);
            mark->setPointLabelsFormat(tr("over budget: month %1").arg(*over));
            mark->setPointLabelsClipping(false);
            if (theme::isDark()) // Qt's own label colour is near black, unreadable on the dark chart
                mark->setPointLabelsColor(theme::colors().text);
            c->addSeries(mark);
            mark->attachAxis(x);
            mark->attachAxis(y);
            // Its label on the plot says it; a legend entry would crowd the categories out.
            for (QLegendMarker* marker : c->legend()->markers(mark))
                marker->setVisible(false);
        }
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
}

} // namespace cw
