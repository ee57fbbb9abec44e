#include "cost_chart_svg.h"

#include "markup.h"

#include "cost/cost_export.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report {

namespace {

constexpr double kWidth = 760, kHeight = 400;
constexpr double kLeft = 84, kRight = 24, kTop = 48, kBottom = 96; // room for axis labels and the legend
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

// A 1, 2 or 5 times a power of ten, so that about five ticks cover top.
double niceStep(double top)
{
    if (top <= 0)
        return 1;
    const double raw = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * power >= raw)
            return f * power;
    }
    return 10 * power;
}

// "$1,500" for a tick: whole dollars when it is whole, else cents.
QString tickLabel(double usd)
{
    QString text = cost::usdText(cost::Money::fromMicros(qint64(std::llround(usd * 1e6))));
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    return text;
}

} // namespace

QString costChartSvg(const CostSection& cost, const QString& givenTitle)
{
    const QString title = givenTitle.isEmpty() ? ReportText::tr("Cost over time") : givenTitle;
    const size_t months = cost.perMonth.size();
    double top = 0;
    for (const MonthPoint& m : cost.perMonth)
        top = std::max(top, m.total.toDouble());
    if (cost.budget)
        top = std::max(top, cost.budget->toDouble());
    const double step = niceStep(top * 1.05);
    const double yMax = std::max(step, std::ceil(top * 1.05 / step) * step);
    const auto x
        = [&](size_t i) { return kLeft + (months > 1 ? kPlotW * double(i) / double(months - 1) : kPlotW / 2); };
    const auto y = [&](double usd) { return kTop + kPlotH * (1 - usd / yMax); };

    QString s; // the body; the header follows once the legend's height is known
    s += QStringLiteral("<text x=\"%1\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">%2</text>\n")
             .arg(num(kLeft))
             .arg(xmlEscaped(title));

    // Grid and y axis in USD.
    for (double v = 0; v <= yMax + step / 2; v += step) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e0e0e0\"/>\n")
                 .arg(num(kLeft), num(y(v)), num(kLeft + kPlotW));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#444444\">%3</text>\n")
                 .arg(num(kLeft - 6), num(y(v) + 4), xmlEscaped(tickLabel(v)));
    }
    s += QStringLiteral("<text transform=\"translate(16 %1) rotate(-90)\" text-anchor=\"middle\" fill=\"#444444\">"
                        "%2</text>\n")
             .arg(num(kTop + kPlotH / 2), xmlEscaped(ReportText::tr("USD per month")));

    // x axis: months, at most about twelve labels.
    const size_t every = std::max<size_t>(1, (months + 11) / 12);
    for (size_t i = 0; i < months; ++i) {
        if (i % every != 0 && i + 1 != months)
            continue;
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#444444\">%3</text>\n")
                 .arg(num(x(i)), num(kTop + kPlotH + 16))
                 .arg(cost.perMonth[i].month);
    }
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#444444\">%3</text>\n")
             .arg(num(kLeft + kPlotW / 2), num(kTop + kPlotH + 34), xmlEscaped(ReportText::tr("Month")));

    // One stacked area per category, bottom to top in catalog order.
    std::vector<double> below(months, 0.0);
    std::vector<bool> drawn(cost.categories.size(), false); // the legend names these only
    for (size_t k = 0; k < cost.categories.size(); ++k) {
        std::vector<double> above = below;
        for (size_t i = 0; i < months; ++i)
            above[i] += k < cost.perMonth[i].byCategory.size() ? cost.perMonth[i].byCategory[k].toDouble() : 0.0;
        if (above == below)
            continue; // nothing priced in it: no empty band
        QStringList points;
        for (size_t i = 0; i < months; ++i)
            points << num(x(i)) + QLatin1Char(',') + num(y(above[i]));
        for (size_t i = months; i-- > 0;)
            points << num(x(i)) + QLatin1Char(',') + num(y(below[i]));
        s += QStringLiteral("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"0.55\" stroke=\"none\">"
                            "<title>%3</title></polygon>\n")
                 .arg(points.join(QLatin1Char(' ')), safeColor(cost.categories[k].color),
                     xmlEscaped(cost.categories[k].name));
        below = std::move(above);
        drawn[k] = true;
    }
    if (months > 0) {
        QStringList line;
        for (size_t i = 0; i < months; ++i)
            line << num(x(i)) + QLatin1Char(',') + num(y(cost.perMonth[i].total.toDouble()));
        s += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>\n")
                 .arg(line.join(QLatin1Char(' ')));
    }
    // Axes over the areas.
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#666666\"/>\n")
             .arg(num(kLeft), num(kTop), num(kTop + kPlotH));
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#666666\"/>\n")
             .arg(num(kLeft), num(kTop + kPlotH), num(kLeft + kPlotW));

    if (cost.budget) {
        const double by = y(cost.budget->toDouble());
        s += QStringLiteral("<line class=\"budget\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#c62828\" "
                            "stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n")
                 .arg(num(kLeft), num(by), num(kLeft + kPlotW));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#c62828\">%3</text>\n")
                 .arg(num(kLeft + kPlotW - 4), num(by - 6),
                     xmlEscaped(ReportText::tr("Budget %1 a month").arg(cost::usdText(*cost.budget))));
    }

    // Legend under the axis, wrapped by width; the total line first.
    double lx = kLeft, ly = kTop + kPlotH + 58;
    const auto legend = [&](const QString& swatch, const QString& name) {
        const double width = 28 + 7.0 * double(std::min<qsizetype>(name.size(), 40));
        if (lx + width > kWidth - kRight && lx > kLeft) {
            lx = kLeft;
            ly += 18;
        }
        s += swatch.arg(num(lx), num(ly - 10));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#222222\">%3</text>\n")
                 .arg(num(lx + 18), num(ly), xmlEscaped(name.left(40)));
        lx += width;
    };
    legend(QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"3\" transform=\"translate(0 4)\" "
                          "fill=\"#1a1a1a\"/>\n"),
        cost.complete ? ReportText::tr("Total") : ReportText::tr("Total (unknown prices left out)"));
    for (size_t k = 0; k < cost.categories.size(); ++k) {
        if (!drawn[k])
            continue;
        legend(QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"")
                + safeColor(cost.categories[k].color) + QStringLiteral("\" fill-opacity=\"0.55\"/>\n"),
            cost.categories[k].name);
    }
    const double height = std::max(kHeight, ly + 14);
    QString head = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                                  "height=\"%2\" role=\"img\" aria-labelledby=\"cost-chart-title\" "
                                  "font-family=\"sans-serif\" font-size=\"12\">\n")
                       .arg(num(kWidth), num(height));
    head += QStringLiteral("<title id=\"cost-chart-title\">%1</title>\n").arg(xmlEscaped(title));
    head += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n")
                .arg(num(kWidth), num(height));
    return head + s + QStringLiteral("</svg>\n");
}

} // namespace cw::report
