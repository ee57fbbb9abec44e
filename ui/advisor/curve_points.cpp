// Reading pasted load-curve points, with errors that point at the line a user has to fix.
#include "advisor/curve_points.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace cw::curve_points {

namespace {

// The words of this file, in their own translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(CurvePoints)
};

// "570" or "09:30" as a minute of the day; nullopt with why when it is neither.
std::optional<int> readMinute(const QString& field, QString* why)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (const QRegularExpressionMatch m = clock.match(field); m.hasMatch()) {
        const int hours = m.captured(1).toInt();
        const int minutes = m.captured(2).toInt();
        if (hours > 23 || minutes > 59) {
            *why = Words::tr("%1 is not a time of day (00:00 to 23:59)").arg(field);
            return std::nullopt;
        }
        return hours * 60 + minutes;
    }
    bool ok = false;
    const int minute = field.toInt(&ok);
    if (!ok) {
        *why = Words::tr("%1 is neither a minute (0 to 1439) nor a time (HH:MM)").arg(field);
        return std::nullopt;
    }
    if (minute < 0 || minute >= advice::kMinutesPerDay) {
        *why = Words::tr("minute %1 is outside the day (0 to 1439)").arg(minute);
        return std::nullopt;
    }
    return minute;
}

} // namespace

std::optional<advice::LoadCurve> parse(const QString& text, QString* error)
{
    const auto fail = [error](int line, const QString& why) {
        if (error)
            *error = Words::tr("Line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    static const QRegularExpression separators(QStringLiteral("[,;\\t ]+"));
    std::vector<std::pair<int, double>> points;
    std::vector<int> lineOf; // the line each point came from
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        const QString trimmed = lines[i].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = trimmed.split(separators, Qt::SkipEmptyParts);
        // A header of column names ("minute,rps") before the first point.
        if (points.empty()
            && std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.front().isLetter(); }))
            continue;
        if (fields.size() != 2)
            return fail(
                line, Words::tr("\"%1\" is not a minute and a rate (like \"540 12.5\" or \"09:00 12.5\")").arg(trimmed));
        QString why;
        const std::optional<int> minute = readMinute(fields[0], &why);
        if (!minute)
            return fail(line, why);
        bool ok = false;
        const double rps = fields[1].toDouble(&ok);
        if (!ok || !std::isfinite(rps))
            return fail(line, Words::tr("%1 is not a number of requests per second").arg(fields[1]));
        if (rps < 0)
            return fail(line, Words::tr("%1 requests per second is below zero").arg(fields[1]));
        if (!points.empty() && *minute <= points.back().first)
            return fail(line,
                Words::tr("%1 does not come after %2: points go in order through the day")
                    .arg(timeText(*minute), timeText(points.back().first)));
        points.emplace_back(*minute, rps);
        lineOf.push_back(line);
    }
    if (points.empty()) {
        if (error)
            *error
                = Words::tr("No points: give one a line, like \"09:00 12.5\" (a time or minute, then requests per second).");
        return std::nullopt;
    }
    QString why;
    std::optional<advice::LoadCurve> curve = advice::curveFromPoints(points, &why);
    if (!curve) {
        // The checks above mirror curveFromPoints'; should it refuse anyway, say where.
        static const QRegularExpression point(QStringLiteral("^point (\\d+): "));
        const QRegularExpressionMatch m = point.match(why);
        const size_t index = m.hasMatch() ? size_t(m.captured(1).toInt() - 1) : 0;
        return fail(index < lineOf.size() ? lineOf[index] : lineOf.front(), why.mid(m.capturedLength()));
    }
    return curve;
}

QString format(const advice::LoadCurve& curve)
{
    QString out;
    const auto& rps = curve.rps;
    for (size_t m = 0; m < rps.size(); ++m) {
        // A point where the curve bends: the first, the last, and where the slope changes.
        const bool bend = m == 0 || m + 1 == rps.size()
            || std::abs((rps[m] - rps[m - 1]) - (rps[m + 1] - rps[m])) > 1e-9 * std::max(1.0, std::abs(rps[m]));
        if (bend)
            out += QStringLiteral("%1 %2\n").arg(timeText(int(m)), QString::number(rps[m], 'g', 10));
    }
    return out;
}

QString timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cw::curve_points
