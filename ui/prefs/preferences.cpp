#include "preferences.h"

#include "i18n/language.h"

#include <QSettings>

#include <algorithm>

namespace cw {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kSnap = QStringLiteral("canvas/snap"); // the same key View ▸ Snap to Grid keeps
const QString kGrid = QStringLiteral("canvas/gridSize");
const QString kAutosave = QStringLiteral("autosave/intervalMinutes");
const QString kProvider = QStringLiteral("newDiagram/provider");
const QString kRegion = QStringLiteral("newDiagram/region");
const QString kHorizon = QStringLiteral("cost/horizonMonths");
const QString kByYear = QStringLiteral("cost/byYear");
} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.theme = themeFromKey(s.value(kTheme, themeKey(p.theme)).toString());
    const QString language = s.value(kLanguage, p.language).toString();
    p.language = language == QLatin1String("en") || i18n::availableLanguages().contains(language)
        ? language
        : QStringLiteral("system");
    p.snapToGrid = s.value(kSnap, p.snapToGrid).toBool();
    bool ok = false;
    const int grid = s.value(kGrid, p.gridSize).toInt(&ok);
    if (ok && grid >= kMinGrid && grid <= kMaxGrid)
        p.gridSize = grid;
    const double minutes = s.value(kAutosave, p.autosaveMinutes).toDouble(&ok);
    if (ok && minutes >= 0.5 && minutes <= 60)
        p.autosaveMinutes = minutes;
    p.defaultProvider = s.value(kProvider, p.defaultProvider).toString();
    if (p.defaultProvider.isEmpty())
        p.defaultProvider = QStringLiteral("generic");
    p.defaultRegion = s.value(kRegion).toString();
    const int horizon = s.value(kHorizon, p.costHorizonMonths).toInt();
    if (horizon == 12 || horizon == 24 || horizon == 36 || horizon == 60)
        p.costHorizonMonths = horizon;
    p.costByYear = s.value(kByYear, p.costByYear).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kTheme, themeKey(theme));
    s.setValue(kLanguage, language);
    s.setValue(kSnap, snapToGrid);
    s.setValue(kGrid, gridSize);
    s.setValue(kAutosave, autosaveMinutes);
    s.setValue(kProvider, defaultProvider);
    s.setValue(kRegion, defaultRegion);
    s.setValue(kHorizon, costHorizonMonths);
    s.setValue(kByYear, costByYear);
}

} // namespace cw
