#include "appearance.h"

#include "theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QValueAxis>

namespace cw {

QString themeKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::System: return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

Appearance::Appearance()
    : m_platformPalette(QApplication::palette())
    , m_platformStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    if (qApp)
        qApp->installEventFilter(this);
}

bool Appearance::eventFilter(QObject* watched, QEvent* event)
{
    // The application's palette changes (ApplicationPaletteChange, to the application object) when
    // the desktop's does and the palette is not ours; its windows get ThemeChange when the desktop's
    // theme changes (also under our dark palette, which hides the desktop's).
    const bool desktop = (event->type() == QEvent::ApplicationPaletteChange && watched == qApp)
        || (event->type() == QEvent::ThemeChange && watched->isWindowType());
    if (desktop && !m_settingPalette && m_choice == ThemeChoice::System && !m_followPending) {
        m_followPending = true; // once per burst: every widget gets the event too
        QTimer::singleShot(0, this, &Appearance::followSystem);
    }
    return QObject::eventFilter(watched, event);
}

void Appearance::setApplicationPalette(const QPalette& palette)
{
    m_settingPalette = true;
    QApplication::setPalette(palette);
    m_settingPalette = false;
}

void Appearance::followSystem()
{
    m_followPending = false;
    if (m_choice != ThemeChoice::System)
        return;
    if (m_darkSet) {
        // Under our dark palette the desktop's cannot be seen: let it through for a moment.
        setApplicationPalette(QPalette());
    }
    if (QApplication::palette().color(QPalette::Window) != darkPalette().color(QPalette::Window))
        m_platformPalette = QApplication::palette();
    if (m_darkSet && systemIsDark())
        setApplicationPalette(darkPalette()); // still dark: nothing to redo
    if (systemIsDark() != theme::isDark() || (m_darkSet && !systemIsDark()))
        apply(ThemeChoice::System);
}

Appearance& Appearance::instance()
{
    static Appearance* appearance = new Appearance; // lives as long as the application
    return *appearance;
}

bool Appearance::systemIsDark() const
{
    return m_platformPalette.color(QPalette::Window).lightnessF() < 0.5;
}

bool Appearance::dark() const
{
    return m_choice == ThemeChoice::Dark || (m_choice == ThemeChoice::System && systemIsDark());
}

QPalette Appearance::darkPalette()
{
    const theme::Colors& c = theme::darkColors();
    QPalette p;
    const QColor window(0x23, 0x29, 0x31);
    const QColor base(0x1C, 0x22, 0x29);
    const QColor button(0x2C, 0x33, 0x3C);
    const QColor disabledText(0x6E, 0x78, 0x84);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x2C, 0x34));
    p.setColor(QPalette::ToolTipBase, QColor(0x2F, 0x37, 0x41));
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.subtleText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x3A, 0x43, 0x4E));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x3B, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2A, 0x31, 0x3A));
    p.setColor(QPalette::Dark, QColor(0x16, 0x1B, 0x21));
    p.setColor(QPalette::Shadow, QColor(0x0C, 0x0F, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x7F, 0xD0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB8, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xF0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3A, 0x43, 0x4E));
    return p;
}

void Appearance::apply(ThemeChoice choice)
{
    m_choice = choice;
    const bool dark = this->dark();
    if (!dark && !m_applied) {
        theme::setDark(false); // Light before anything was darkened: today's look, untouched
        Q_EMIT changed(false);
        return;
    }
    m_applied = true;
    theme::setDark(dark);
    if (dark) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
            m_settingPalette = true; // a new style brings its palette
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            m_settingPalette = false;
        }
        setApplicationPalette(darkPalette());
        m_darkSet = true;
    } else {
        if (QApplication::style()->name() != m_platformStyle) {
            m_settingPalette = true;
            QApplication::setStyle(QStyleFactory::create(m_platformStyle));
            m_settingPalette = false;
        }
        // An empty palette: the application follows the desktop's again, as before any Dark.
        setApplicationPalette(QPalette());
        m_darkSet = false;
        m_platformPalette = QApplication::palette();
    }
    repaintAll();
    Q_EMIT changed(dark);
}

void Appearance::repaintAll()
{
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* chartView = qobject_cast<QChartView*>(w))
            styleChart(chartView->chart());
        if (auto* view = qobject_cast<QGraphicsView*>(w)) {
            view->resetCachedContent();
            if (view->scene())
                view->scene()->update();
            view->viewport()->update();
        }
    }
}

void styleChart(QChart* chart)
{
    // A chart never darkened keeps exactly what it was built with.
    if (!chart || (!theme::isDark() && !chart->property("cwDarkened").toBool()))
        return;
    chart->setProperty("cwDarkened", theme::isDark());
    // Qt's own light chart colours, read once from a chart nobody changed.
    struct Look {
        QBrush background, title, legend, labels, axisTitle;
        QColor grid, line;
    };
    static const Look light = [] {
        QChart probe;
        auto* axis = new QValueAxis;
        probe.addAxis(axis, Qt::AlignBottom);
        return Look{probe.backgroundBrush(), probe.titleBrush(), QBrush(probe.legend()->labelColor()),
            axis->labelsBrush(), axis->titleBrush(), axis->gridLineColor(), axis->linePenColor()};
    }();
    const theme::Colors& c = theme::darkColors();
    static const Look dark{QBrush(QColor(0x22, 0x29, 0x31)), QBrush(c.text), QBrush(c.text), QBrush(c.subtleText),
        QBrush(c.text), QColor(0x3A, 0x43, 0x4E), QColor(0x5A, 0x65, 0x72)};
    const Look& look = theme::isDark() ? dark : light;
    chart->setBackgroundBrush(look.background);
    chart->setTitleBrush(look.title);
    chart->legend()->setLabelColor(look.legend.color());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(look.labels);
        axis->setTitleBrush(look.axisTitle);
        axis->setGridLineColor(look.grid);
        axis->setLinePenColor(look.line);
    }
}

} // namespace cw
