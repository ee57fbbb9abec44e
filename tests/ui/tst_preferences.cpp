// Edit ▸ Preferences and the dark theme: the dialog shows what is in force, OK and Apply
// store and apply it (autosave, File ▸ New, the canvas's colours), Cancel changes nothing,
// Restore Defaults refills the fields; Light stays pixel-identical after a round trip to
// Dark, and images stay light in the dark theme.
#include "advisor/advisor_panel.h"
#include "advisor/option_card.h"
#include "appearance.h"
#include "autosave.h"
#include "document.h"
#include "panels/cost_chart.h"
#include "panels/cost_panel.h"
#include "prefs/preferences_dialog.h"
#include "theme.h"
#include "view/diagram_image.h"
#include "view/view_scene.h"
#include "widget_test_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QtCharts/QScatterSeries>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

#include <functional>

Q_DECLARE_METATYPE(cw::Preferences)

using namespace cw;

namespace {

/// Runs `act` on the Preferences dialog once it is shown modally by showPreferences().
void whenDialogShown(const std::function<void(PreferencesDialog*)>& act)
{
    QTimer::singleShot(0, [act] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
        if (dialog->isVisible())
            dialog->reject(); // never leave a test waiting on a modal loop
    });
}

void click(PreferencesDialog* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QVERIFY(box->button(which));
    box->button(which)->click();
}

template <typename W> W* field(PreferencesDialog* dialog, const char* name)
{
    auto* w = dialog->findChild<W*>(QString::fromLatin1(name));
    if (w) {
        // every control says what it is to a screen reader and to the mouse
        if (w->accessibleName().isEmpty() || w->toolTip().isEmpty())
            return nullptr;
    }
    return w;
}

/// A card drawn alone at 1:1, as the canvas draws it.
QImage paintCard(NodeItem* item)
{
    const QRectF bounds = item->boundingRect();
    QImage image(bounds.size().toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.translate(-bounds.topLeft() + QPointF(1, 1));
    QStyleOptionGraphicsItem option;
    option.rect = bounds.toRect();
    option.exposedRect = bounds;
    item->paint(&painter, &option, nullptr);
    return image;
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    NodeItem* aCard() const
    {
        const Architecture& model = m_window->document().model();
        return model.nodes().empty() ? nullptr : m_window->scene()->nodeItem(model.nodes().front().id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        Appearance::instance().apply(ThemeChoice::Light);
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void init()
    {
        Preferences light;
        light.theme = ThemeChoice::Light;
        m_window->applyPreferences(light);
        light.save();
    }

    void theDefaultsAreTodaysBehaviour()
    {
        const Preferences p;
        QCOMPARE(p.theme, ThemeChoice::System);
        QCOMPARE(p.autosaveIntervalMs(), 30000); // the 30 seconds the autosaver promised
        QCOMPARE(p.defaultProvider, QStringLiteral("generic"));
        QVERIFY(p.snapToGrid);
        QCOMPARE(p.costHorizonMonths, 12);
        QVERIFY(!p.costByYear);
        QCOMPARE(p.gridSize, int(DiagramScene::kDefaultGrid));
    }

    // The stored language: a shipped one or English is kept, anything else follows the
    // system (a settings file from a build with more languages, or edited by hand).
    void theLanguageIsStoredAndCheckedOnLoad()
    {
        Preferences p;
        QCOMPARE(p.language, QStringLiteral("system"));
        p.language = QStringLiteral("da");
        p.save();
        QCOMPARE(Preferences::load().language, QStringLiteral("da"));
        QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("fr"));
        QCOMPARE(Preferences::load().language, QStringLiteral("system"));
        QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("en"));
        QCOMPARE(Preferences::load().language, QStringLiteral("en"));
    }

    void theGridSizeIsStoredAndAppliedLive()
    {
        QCOMPARE(m_window->scene()->gridSize(), DiagramScene::kDefaultGrid);
        whenDialogShown([&](PreferencesDialog* d) {
            QSpinBox* grid = field<QSpinBox>(d, "prefGridSize");
            QVERIFY(grid);
            QCOMPARE(grid->value(), 20);
            QCOMPARE(grid->minimum(), 10);
            QCOMPARE(grid->maximum(), 80);
            grid->setValue(40);
            click(d, QDialogButtonBox::Ok);
        });
        m_window->showPreferences();
        QCOMPARE(Preferences::load().gridSize, 40);
        QCOMPARE(QSettings().value(QStringLiteral("canvas/gridSize")).toInt(), 40);
        // what is drawn, snapped to and stepped by with the arrow keys
        QCOMPARE(m_window->scene()->gridSize(), 40.0);
        QCOMPARE(m_window->scene()->snapped(QPointF(33, 61)), QPointF(40, 80));
        const Id id = m_window->document().model().nodes().front().id;
        m_window->scene()->selectOnly({id});
        const QPointF before = m_window->document().model().node(id)->pos;
        QTest::keyClick(m_window->view()->viewport(), Qt::Key_Right);
        QCOMPARE(m_window->document().model().node(id)->pos, before + QPointF(40, 0));
        m_window->document().undoStack().undo();

        // A value out of range in the settings is replaced by the default.
        for (const QVariant& bad : {QVariant(5), QVariant(500), QVariant(QStringLiteral("wide"))}) {
            QSettings().setValue(QStringLiteral("canvas/gridSize"), bad);
            QCOMPARE(Preferences::load().gridSize, 20);
        }
        Preferences defaults;
        m_window->applyPreferences(defaults);
        QCOMPARE(m_window->scene()->gridSize(), DiagramScene::kDefaultGrid);
    }

    void theAdvisorFollowsALiveSwitch()
    {
        m_window->advisorDock()->show();
        m_window->advisorDock()->raise();
        m_window->scene()->selectOnly({QStringLiteral("api")});
        AdvisorPanel* advisor = m_window->advisorPanel();
        QTRY_VERIFY(advisor->advice());
        OptionCard* card = advisor->card(advice::Option::Vms);
        QVERIFY(card);
        const auto cardLooks = [card](const theme::Colors& c) {
            return card->styleSheet().contains(c.cardFill.name()) && card->styleSheet().contains(c.cardBorder.name());
        };
        QVERIFY2(cardLooks(theme::lightColors()), qPrintable(card->styleSheet()));
        QVERIFY(advisor->messageLabel()->styleSheet().contains(theme::lightColors().subtleText.name()));
        Appearance::instance().apply(ThemeChoice::Dark);
        QVERIFY2(cardLooks(theme::darkColors()), qPrintable(card->styleSheet()));
        QVERIFY(advisor->messageLabel()->styleSheet().contains(theme::darkColors().subtleText.name()));
        Appearance::instance().apply(ThemeChoice::Light);
        QVERIFY(cardLooks(theme::lightColors()));
        QVERIFY(advisor->messageLabel()->styleSheet().contains(theme::lightColors().subtleText.name()));
    }

    void theOverBudgetLabelTakesTheTheme()
    {
        cost::Projection p;
        p.months = 3;
        for (int m = 1; m <= 3; ++m) {
            cost::MonthTotal t;
            t.month = m;
            t.total = cost::Money::fromMicros(qint64(m) * 100'000'000);
            t.byCategory = {{QStringLiteral("compute"), t.total}};
            p.perMonth.push_back(t);
        }
        p.budget = cost::Budget{cost::Money::fromMicros(150'000'000), 1, 2};
        CostChart chart(m_window->document().catalog());
        chart.setProjection(p, {});
        const auto overLabel = [&chart]() -> QScatterSeries* {
            for (QAbstractSeries* s : chart.chart()->series()) {
                if (auto* mark = qobject_cast<QScatterSeries*>(s); mark && mark->pointLabelsVisible())
                    return mark;
            }
            return nullptr;
        };
        QVERIFY(overLabel());
        QVERIFY(overLabel()->pointLabelsFormat().contains(QStringLiteral("over budget")));
        const QColor light = overLabel()->pointLabelsColor();
        Appearance::instance().apply(ThemeChoice::Dark);
        QVERIFY(overLabel());
        QCOMPARE(overLabel()->pointLabelsColor(), theme::darkColors().text);
        Appearance::instance().apply(ThemeChoice::Light);
        QCOMPARE(overLabel()->pointLabelsColor(), light);
    }

    void theDialogShowsTheCurrentValues()
    {
        Preferences p;
        p.theme = ThemeChoice::Light;
        p.language = QStringLiteral("en");
        p.snapToGrid = false;
        p.autosaveMinutes = 2.5;
        p.defaultProvider = QStringLiteral("gcp");
        p.defaultRegion = QStringLiteral("europe-west1");
        p.costHorizonMonths = 36;
        p.costByYear = true;
        m_window->applyPreferences(p);
        bool seen = false;
        whenDialogShown([&](PreferencesDialog* d) {
            seen = true;
            QVERIFY(field<QComboBox>(d, "prefTheme"));
            QCOMPARE(field<QComboBox>(d, "prefTheme")->currentText(), QStringLiteral("Light"));
            QCOMPARE(field<QComboBox>(d, "prefLanguage")->currentText(), QStringLiteral("English"));
            // A language change is read at start-up, and the tooltip says so; the shipped
            // languages are listed by their own names.
            QVERIFY(field<QComboBox>(d, "prefLanguage")->toolTip().contains(QStringLiteral("starts again")));
            QCOMPARE(field<QComboBox>(d, "prefLanguage")->count(), 3);
            QCOMPARE(field<QComboBox>(d, "prefLanguage")->itemText(2), QStringLiteral("Dansk"));
            QCOMPARE(field<QComboBox>(d, "prefLanguage")->itemData(2).toString(), QStringLiteral("da"));
            QVERIFY(!field<QCheckBox>(d, "prefSnap")->isChecked());
            QCOMPARE(field<QDoubleSpinBox>(d, "prefAutosave")->value(), 2.5);
            QCOMPARE(field<QComboBox>(d, "prefProvider")->currentData().toString(), QStringLiteral("gcp"));
            QCOMPARE(field<QLineEdit>(d, "prefRegion")->text(), QStringLiteral("europe-west1"));
            QCOMPARE(field<QComboBox>(d, "prefHorizon")->currentData().toInt(), 36);
            QCOMPARE(field<QComboBox>(d, "prefPeriod")->currentText(), QStringLiteral("By year"));
            click(d, QDialogButtonBox::Cancel);
        });
        m_window->showPreferences();
        QVERIFY(seen);
        // applied: snapping and the cost panel follow
        QVERIFY(!m_window->scene()->snapToGrid());
        QCOMPARE(m_window->costPanel()->horizonBox()->currentData().toInt(), 36);
        QCOMPARE(m_window->costPanel()->periodBox()->currentIndex(), 1);
    }

    void applyAndOkStoreAndApply()
    {
        const QColor lightCanvas = m_window->scene()->backgroundBrush().color();
        QCOMPARE(lightCanvas, theme::lightColors().canvas);
        NodeItem* card = aCard();
        QVERIFY(card);
        const QImage lightCard = paintCard(card);
        // the card's own fill, below its text (the card sits 10 units in, plus 1)
        const QSizeF size = card->cardLayout().size;
        const QPoint inside(11 + int(size.width() / 2), 11 + int(size.height()) - 4);
        QCOMPARE(lightCard.pixelColor(inside), theme::lightColors().cardFill);

        whenDialogShown([&](PreferencesDialog* d) {
            field<QComboBox>(d, "prefTheme")->setCurrentIndex(1); // Dark
            field<QDoubleSpinBox>(d, "prefAutosave")->setValue(5);
            click(d, QDialogButtonBox::Apply);
            // Apply: in force and saved, the dialog still open
            QVERIFY(d->isVisible());
            QVERIFY(theme::isDark());
            QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
            field<QComboBox>(d, "prefProvider")
                ->setCurrentIndex(field<QComboBox>(d, "prefProvider")->findData(QStringLiteral("azure")));
            field<QLineEdit>(d, "prefRegion")->setText(QStringLiteral("westeurope"));
            click(d, QDialogButtonBox::Ok);
            QVERIFY(!d->isVisible());
        });
        m_window->showPreferences();

        QCOMPARE(m_window->autosaver().interval(), 5 * 60 * 1000);
        QCOMPARE(m_window->scene()->backgroundBrush().color(), theme::darkColors().canvas);
        QCOMPARE(paintCard(card).pixelColor(inside), theme::darkColors().cardFill);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.5);
        const Preferences stored = Preferences::load();
        QCOMPARE(stored.theme, ThemeChoice::Dark);
        QCOMPARE(stored.autosaveMinutes, 5.0);
        QCOMPARE(stored.defaultProvider, QStringLiteral("azure"));
        QCOMPARE(stored.defaultRegion, QStringLiteral("westeurope"));

        // File ▸ New starts at the default provider and region
        m_window->newDiagram();
        QCOMPARE(m_window->document().model().meta().provider, QStringLiteral("azure"));
        QCOMPARE(m_window->document().model().meta().region, QStringLiteral("westeurope"));
        m_window->openSample();
    }

    void cancelChangesNothing()
    {
        const Preferences before = Preferences::load();
        const int interval = m_window->autosaver().interval();
        whenDialogShown([&](PreferencesDialog* d) {
            field<QComboBox>(d, "prefTheme")->setCurrentIndex(1);
            field<QDoubleSpinBox>(d, "prefAutosave")->setValue(42);
            field<QComboBox>(d, "prefProvider")
                ->setCurrentIndex(field<QComboBox>(d, "prefProvider")->findData(QStringLiteral("aws")));
            click(d, QDialogButtonBox::Cancel);
        });
        m_window->showPreferences();
        QVERIFY(!theme::isDark());
        QCOMPARE(m_window->scene()->backgroundBrush().color(), theme::lightColors().canvas);
        QCOMPARE(m_window->autosaver().interval(), interval);
        QCOMPARE(Preferences::load().autosaveMinutes, before.autosaveMinutes);
        QCOMPARE(Preferences::load().defaultProvider, before.defaultProvider);
        QCOMPARE(Preferences::load().theme, ThemeChoice::Light);
    }

    void restoreDefaultsRefillsTheFields()
    {
        Preferences odd;
        odd.theme = ThemeChoice::Dark;
        odd.snapToGrid = false;
        odd.autosaveMinutes = 10;
        odd.defaultProvider = QStringLiteral("aws");
        odd.costHorizonMonths = 60;
        PreferencesDialog dialog(odd, m_window->document().catalog().providers());
        QCOMPARE(dialog.values().autosaveMinutes, 10.0);
        QSignalSpy applied(&dialog, &PreferencesDialog::applyRequested);
        click(&dialog, QDialogButtonBox::RestoreDefaults);
        QCOMPARE(applied.count(), 0); // only the fields: applied on OK or Apply
        const Preferences shown = dialog.values();
        const Preferences defaults;
        QCOMPARE(shown.theme, defaults.theme);
        QCOMPARE(shown.snapToGrid, defaults.snapToGrid);
        QCOMPARE(shown.autosaveMinutes, defaults.autosaveMinutes);
        QCOMPARE(shown.defaultProvider, defaults.defaultProvider);
        QCOMPARE(shown.costHorizonMonths, defaults.costHorizonMonths);
        click(&dialog, QDialogButtonBox::Apply);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().value<Preferences>().autosaveMinutes, defaults.autosaveMinutes);
    }

    void lightIsPixelIdenticalAfterDark()
    {
        NodeItem* card = aCard();
        QVERIFY(card);
        const QImage before = paintCard(card);
        Appearance::instance().apply(ThemeChoice::Dark);
        const QImage dark = paintCard(card);
        QVERIFY(dark != before);
        Appearance::instance().apply(ThemeChoice::Light);
        QCOMPARE(paintCard(card), before);
    }

    void imagesStayLightInTheDarkTheme()
    {
        ViewScene view(m_window->document().model(), m_window->document().catalog());
        (void)image::DiagramImage(view, {}).toImage(); // a fresh scene's first picture settles it
        const QImage light = image::DiagramImage(view, {}).toImage();
        Appearance::instance().apply(ThemeChoice::Dark);
        const QImage inDark = image::DiagramImage(view, {}).toImage();
        Appearance::instance().apply(ThemeChoice::Light);
        QCOMPARE(inDark, light);
    }

    void systemFollowsThePlatformPalette()
    {
        Appearance::instance().apply(ThemeChoice::System);
        // the offscreen platform's palette is light
        QCOMPARE(Appearance::instance().systemIsDark(), false);
        QVERIFY(!theme::isDark());
    }

    void systemFollowsADesktopChangeWhileRunning()
    {
        const QPalette platform = QApplication::palette();
        Appearance::instance().apply(ThemeChoice::System);
        QVERIFY(!theme::isDark());
        // The desktop turns dark (offscreen has no desktop: its palette changes as a desktop's would).
        QPalette night = platform;
        night.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        night.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        QApplication::setPalette(night);
        QTRY_VERIFY(theme::isDark());
        QVERIFY(Appearance::instance().systemIsDark());
        QCOMPARE(m_window->scene()->backgroundBrush().color(), theme::darkColors().canvas);
        QCOMPARE(QApplication::palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));
        // ... and light again
        QApplication::setPalette(platform);
        QTRY_VERIFY(!theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(m_window->scene()->backgroundBrush().color(), theme::lightColors().canvas);
        // Under Light or Dark, the desktop has no say.
        Appearance::instance().apply(ThemeChoice::Light);
        QApplication::setPalette(night);
        QTest::qWait(50);
        QVERIFY(!theme::isDark());
        Appearance::instance().apply(ThemeChoice::Light);
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
