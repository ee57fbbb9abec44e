#include "service_model_style.h"

#include "theme.h"

#include <cmath>

namespace cw::theme {

QColor serviceModelColor(const QString& model)
{
    if (model == QLatin1String("IaaS"))
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    if (model == QLatin1String("CaaS"))
        return QColor(0xE6, 0x9F, 0x00); // orange
    if (model == QLatin1String("PaaS"))
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    if (model == QLatin1String("FaaS"))
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    if (model == QLatin1String("SaaS"))
        return QColor(0x00, 0x72, 0xB2); // blue
    return QColor(0x9E, 0x9E, 0x9E);
}

QColor serviceModelTint(const QString& model)
{
    const QColor c = serviceModelColor(model);
    constexpr double a = 0.22; // of the colour, over the card (white, or dark in the dark theme)
    const QColor card = colors().cardFill;
    auto mix = [](int base, int v) { return int(std::lround(base - a * (base - v))); };
    return QColor(mix(card.red(), c.red()), mix(card.green(), c.green()), mix(card.blue(), c.blue()));
}

QColor serviceModelInk(const QString& model)
{
    const QColor c = serviceModelColor(model);
    // Relative luminance (WCAG): black text above about 0.18, white below.
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    return l > 0.18 ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white);
}

QString serviceModelTag(const QString& model)
{
    return model.isEmpty() || model == QLatin1String("-") ? QStringLiteral("none") : model;
}

} // namespace cw::theme
