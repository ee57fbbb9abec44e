#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QChart;

namespace cw {

/// The user's choice of look (Edit ▸ Preferences): Light, Dark, or whatever the desktop uses.
enum class ThemeChoice { Light, Dark, System };

QString themeKey(ThemeChoice choice);         ///< "light", "dark", "system" (the QSettings value)
ThemeChoice themeFromKey(const QString& key); ///< unknown keys are System

/// Applies a theme to the running application: the colours of theme.h, the widget palette
/// (Fusion with a designed dark QPalette when dark, the platform's own palette and style
/// when light), and repaints every canvas and chart that is open. One per application.
class Appearance : public QObject {
    Q_OBJECT

public:
    static Appearance& instance();

    ThemeChoice choice() const { return m_choice; }
    bool dark() const;
    void apply(ThemeChoice choice);

    /// Whether the desktop is dark: Qt 6.4 has no colour scheme, so the platform
    /// palette's window colour decides (lightness below one half). Under System, a
    /// desktop palette or theme change while running is followed (eventFilter).
    bool systemIsDark() const;
    static QPalette darkPalette();

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Appearance();
    void repaintAll();
    void setApplicationPalette(const QPalette& palette);
    /// Reads the desktop's palette again and, under System, applies what it says now.
    void followSystem();

    ThemeChoice m_choice = ThemeChoice::Light;
    bool m_applied = false;     ///< dark colours were ever set (light needs no work before)
    QPalette m_platformPalette; ///< what the platform gave, for Light and System
    QString m_platformStyle;
    bool m_settingPalette = false; ///< our own palette change, not the desktop's
    bool m_darkSet = false;        ///< the dark palette is the application's
    bool m_followPending = false;
};

/// Colours a chart for the active theme: dark surface and light labels when dark, Qt's
/// light chart colours otherwise. Charts that rebuild their axes call it after building.
void styleChart(QChart* chart);

} // namespace cw
