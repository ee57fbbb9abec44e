#pragma once

#include "advice/scaling.h"

#include <QString>

#include <optional>

/// Load-curve points as a user pastes them: one point a line, `minute rps` or `HH:MM rps`,
/// the two separated by a comma, a tab or spaces. Blank lines and lines starting with `#`
/// are skipped, and so is a first line of column names ("minute,rps", "time rps").
namespace cw::curve_points {

/// The curve through the points (advice::curveFromPoints), or nullopt with an error that
/// names the line and what is wrong with it.
std::optional<advice::LoadCurve> parse(const QString& text, QString* error);

/// A curve as lines of `HH:MM rps`, one for each minute where its slope changes (what
/// parse() reads back as the same curve).
QString format(const advice::LoadCurve& curve);

/// "09:30" for minute 570.
QString timeText(int minute);

} // namespace cw::curve_points
