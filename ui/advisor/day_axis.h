#pragma once

#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QValueAxis>

namespace cw {

/// The time axis of a day's chart, labelled HH:MM (three-hourly over the whole day, finer
/// when zoomed in). Series put minute m at x = dayX(m).
QDateTimeAxis* makeDayAxis(QObject* parent);
/// Where minute m of the day sits on a day axis.
double dayX(double minute);
/// The minute of the day at x on a day axis.
double minuteAt(double x);
/// A value axis from zero with nice round ticks up to at least `top`.
void setNiceRange(QValueAxis* axis, double top);

} // namespace cw
