#include "advisor/day_axis.h"

#include <QDateTime>

#include <algorithm>

namespace cw {

namespace {

// A midnight in local time, as the axis shows times in local time; a winter day, so no
// daylight-saving change falls inside it.
double dayStart()
{
    static const double start = double(QDateTime(QDate(2001, 1, 15), QTime(0, 0)).toMSecsSinceEpoch());
    return start;
}

} // namespace

QDateTimeAxis* makeDayAxis(QObject* parent)
{
    auto* axis = new QDateTimeAxis(parent);
    axis->setFormat(QStringLiteral("HH:mm"));
    axis->setTickCount(9); // every three hours over the day
    axis->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(dayX(0))), QDateTime::fromMSecsSinceEpoch(qint64(dayX(24 * 60))));
    return axis;
}

double dayX(double minute)
{
    return dayStart() + minute * 60000.0;
}

double minuteAt(double x)
{
    return (x - dayStart()) / 60000.0;
}

void setNiceRange(QValueAxis* axis, double top)
{
    axis->setRange(0, std::max(top, 1e-6));
    axis->applyNiceNumbers();
    if (axis->max() < top) // applyNiceNumbers() may round a tiny range down
        axis->setMax(top);
}

} // namespace cw
