#pragma once

#include "appearance.h"

#include <QString>

namespace cw {

/// What Edit ▸ Preferences sets, as saved in QSettings. Defaults are today's behaviour.
struct Preferences {
    ThemeChoice theme = ThemeChoice::System;
    QString language = QStringLiteral("system"); ///< "system", "en" or a shipped language ("da"); read at start-up
    bool snapToGrid = true;
    int gridSize = 20;                                   ///< px, 10 to 80: the canvas grid
    static constexpr int kMinGrid = 10;
    static constexpr int kMaxGrid = 80;
    double autosaveMinutes = 0.5;                        ///< 0.5 to 60
    QString defaultProvider = QStringLiteral("generic"); ///< for new diagrams
    QString defaultRegion;                               ///< for new diagrams; empty: none
    int costHorizonMonths = 12;                          ///< 12, 24, 36 or 60
    bool costByYear = false;

    static Preferences load(); ///< from QSettings, bad values replaced by defaults
    void save() const;
    int autosaveIntervalMs() const { return qRound(autosaveMinutes * 60000.0); }
};

} // namespace cw
