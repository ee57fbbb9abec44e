// Accessibility (issue 15): every control a keyboard can reach says what it is (an accessible
// name, as a screen reader reads it: its own, a button's text, or its label's buddy) and what
// it does (an accessible description or a tooltip), in the main window with every dock
// raised and every tab shown, and in every dialog; every menu and every command in a menu
// has a mnemonic of its own; the dialogs' tab order follows their fields.
#include "advisor/paste_points_dialog.h"
#include "connect_dialog.h"
#include "document.h"
#include "export_image_dialog.h"
#include "help/about_dialog.h"
#include "i18n/language.h"
#include "help/help_window.h"
#include "help/shortcuts_dialog.h"
#include "import_summary_dialog.h"
#include "prefs/preferences_dialog.h"
#include "report/report_dialog.h"
#include "start/start_page.h"
#include "teach/lesson_session.h"
#include "validation_controller.h"
#include "widget_test_helpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTextEdit>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace cw;

namespace {

bool isInteractive(const QWidget* w)
{
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w))
        return false;
    // Our own widgets that take the focus (the start page's cards) are controls too.
    if ((w->focusPolicy() & Qt::TabFocus) && QByteArray(w->metaObject()->className()).startsWith("cw::"))
        return true;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSlider*>(w)
        || qobject_cast<const QGraphicsView*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w);
}

/// Parts of a composite control (a spin box's or an editable combo's line edit) speak
/// through the control.
bool isPartOfAControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p))
            return true;
    }
    return false;
}

QString buddyText(const QWidget* w)
{
    const QWidget* top = w->window();
    for (const QLabel* label : top->findChildren<QLabel*>()) {
        if (label->buddy() == w)
            return label->text();
    }
    return {};
}

/// What a screen reader calls the control. Qt's combo box reports its current item as its
/// name on Linux, which names the value, not the control: a combo needs a name of its own or a
/// label.
QString accessibleName(QWidget* w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (const QString buddy = buddyText(w); !buddy.isEmpty())
        return buddy;
    if (qobject_cast<QComboBox*>(w))
        return {};
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString accessibleDescription(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    const QString d = iface ? iface->text(QAccessible::Description) : QString();
    return d.isEmpty() ? w->toolTip() : d;
}

QString where(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(p->objectName());
    }
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    return QStringLiteral("%1 [%2] \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), path.join(QLatin1Char('/')), text);
}

/// Every focusable, interactive control now visible in root that lacks a name or a description.
void checkVisible(QWidget* root, QSet<QString>& problems)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window()) || w->focusPolicy() == Qt::NoFocus || !isInteractive(w)
            || isPartOfAControl(w))
            continue;
        if (accessibleName(w).isEmpty())
            problems.insert(where(w) + QStringLiteral(": no accessible name"));
        if (accessibleDescription(w).trimmed().isEmpty())
            problems.insert(where(w) + QStringLiteral(": no accessible description or tooltip"));
    }
}

/// checkVisible on each page of every stack (tab widgets hold one) in turn.
void checkAllPages(QWidget* root, QSet<QString>& problems)
{
    checkVisible(root, problems);
    for (QStackedWidget* stack : root->findChildren<QStackedWidget*>()) {
        if (!stack->isVisibleTo(root->window()))
            continue;
        const int shown = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            QCoreApplication::processEvents();
            checkVisible(stack->widget(i), problems);
        }
        stack->setCurrentIndex(shown);
    }
}

/// The main window with each dock raised in turn.
QSet<QString> windowProblems(MainWindow* window)
{
    QSet<QString> problems;
    checkAllPages(window, problems);
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        const bool wasVisible = dock->isVisible();
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        checkAllPages(dock, problems);
        if (!wasVisible)
            dock->hide();
    }
    return problems;
}

QString listed(const QSet<QString>& problems)
{
    QStringList list(problems.begin(), problems.end());
    list.sort();
    return list.join(QLatin1Char('\n'));
}

/// The mnemonic of a menu text, "" when it has none.
QString mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString().toLower();
}

/// Menu entries without a mnemonic, or sharing one with another entry of the same menu.
void checkMenu(QMenu* menu, const QString& path, QStringList& problems)
{
    Q_EMIT menu->aboutToShow(); // menus filled when they open (recent files, lessons)
    QHash<QString, QString> seen;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible() || a->text().isEmpty())
            continue;
        const QString name = path + QStringLiteral(" > ") + a->text();
        const QString key = mnemonicOf(a->text());
        if (key.isEmpty())
            problems << name + QStringLiteral(": no mnemonic");
        else if (seen.contains(key))
            problems << name + QStringLiteral(": mnemonic %1 also used by %2").arg(key, seen.value(key));
        else
            seen.insert(key, a->text());
        if (a->menu())
            checkMenu(a->menu(), name, problems);
    }
}

using DialogFactory = std::function<std::unique_ptr<QWidget>(MainWindow*)>;

} // namespace

Q_DECLARE_METATYPE(DialogFactory)

class TestAccessibility : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        // tst_accessibility_da runs the same checks in Danish: mnemonics must stay unique
        // and names present in every shipped language (the translators go in before the
        // catalog is first read, as in main()).
        if (const QString language = qEnvironmentVariable("CW_TEST_LANGUAGE"); !language.isEmpty())
            QVERIFY(i18n::installTranslations(*QCoreApplication::instance(), language));
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void everyControlOfTheWindowIsNamedAndDescribed()
    {
        m_window->scene()->selectOnly({QStringLiteral("api")}); // the inspector and advisor show their fields
        QCoreApplication::processEvents();
        const QSet<QString> problems = windowProblems(m_window.get());
        if (!problems.isEmpty())
            qWarning().noquote() << listed(problems); // QVERIFY2 cuts long messages short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + listed(problems)));
    }

    void everyControlOfTheLessonDockIsNamedAndDescribed()
    {
        Q_EMIT m_window->lessonChosen(QStringLiteral(":/lessons/02-service-models.json"));
        QVERIFY(m_window->lessonSession()->active());
        QCoreApplication::processEvents();
        const QSet<QString> problems = windowProblems(m_window.get());
        m_window->closeLesson();
        if (!problems.isEmpty())
            qWarning().noquote() << listed(problems); // QVERIFY2 cuts long messages short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + listed(problems)));
    }

    void everyControlOfEachDialogIsNamedAndDescribed_data()
    {
        QTest::addColumn<DialogFactory>("make");
        QTest::newRow("Preferences") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<PreferencesDialog>(Preferences(), w->document().catalog().providers(), w);
        });
        QTest::newRow("Connect To") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<ConnectDialog>(
                w->document().model().diagram(), w->document().catalog(), QStringLiteral("api"), w);
        });
        QTest::newRow("Export Image") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<ExportImageDialog>(image::Format::Png, true, w);
        });
        QTest::newRow("Import summary") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            interop::ImportSummary s;
            s.format = QStringLiteral("draw.io");
            s.pages = {QStringLiteral("A")};
            s.providerShapes = 3;
            s.typed = 2;
            s.nodes = 2;
            s.unrecognised = {{QStringLiteral("mxgraph.aws4.car"), 1}};
            return std::make_unique<ImportSummaryDialog>(QStringLiteral("/tmp/x.drawio"), s, w);
        });
        QTest::newRow("Help window") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            auto help = std::make_unique<HelpWindow>(w);
            help->setWindowFlag(Qt::Window);
            return help;
        });
        QTest::newRow("Keyboard Shortcuts") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<ShortcutsDialog>(w->menuBar(), w);
        });
        QTest::newRow("About") << DialogFactory(
            [](MainWindow* w) -> std::unique_ptr<QWidget> { return std::make_unique<AboutDialog>(w); });
        QTest::newRow("Start page") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<StartPage>(w->document().catalog(), w);
        });
        QTest::newRow("Report") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<ReportDialog>(w->document(), w->validation().findings(), w);
        });
        QTest::newRow("Paste points") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<PastePointsDialog>(
                QString(), [](const QString&) { return QString(); }, w);
        });
    }

    void everyControlOfEachDialogIsNamedAndDescribed()
    {
        QFETCH(DialogFactory, make);
        std::unique_ptr<QWidget> dialog = make(m_window.get());
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QSet<QString> problems;
        checkAllPages(dialog.get(), problems);
        dialog->hide();
        if (!problems.isEmpty())
            qWarning().noquote() << listed(problems); // QVERIFY2 cuts long messages short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + listed(problems)));
    }

    void everyMenuAndCommandHasItsOwnMnemonic()
    {
        QStringList problems;
        QHash<QString, QString> seen;
        for (QAction* top : m_window->menuBar()->actions()) {
            if (!top->isVisible())
                continue;
            const QString key = mnemonicOf(top->text());
            if (key.isEmpty())
                problems << top->text() + QStringLiteral(": no mnemonic");
            else if (seen.contains(key))
                problems << top->text() + QStringLiteral(": mnemonic %1 also used by %2").arg(key, seen.value(key));
            seen.insert(key, top->text());
            if (top->menu())
                checkMenu(top->menu(), top->text(), problems);
        }
        if (!problems.isEmpty())
            qWarning().noquote() << problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void theDialogsTabOrderFollowsTheirFields_data()
    {
        QTest::addColumn<DialogFactory>("make");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("Preferences") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<PreferencesDialog>(Preferences(), w->document().catalog().providers(), w);
        })
                                     << QStringList{QStringLiteral("prefTheme"), QStringLiteral("prefLanguage"),
                                            QStringLiteral("prefSnap"), QStringLiteral("prefGridSize"),
                                            QStringLiteral("prefAutosave"), QStringLiteral("prefProvider"),
                                            QStringLiteral("prefRegion"), QStringLiteral("prefHorizon"),
                                            QStringLiteral("prefPeriod")};
        QTest::newRow("Connect To") << DialogFactory([](MainWindow* w) -> std::unique_ptr<QWidget> {
            return std::make_unique<ConnectDialog>(
                w->document().model().diagram(), w->document().catalog(), QStringLiteral("api"), w);
        })
                                    << QStringList{QStringLiteral("connectFilter"), QStringLiteral("connectTargets"),
                                           QStringLiteral("connectKind"), QStringLiteral("connectLabel")};
    }

    void theDialogsTabOrderFollowsTheirFields()
    {
        QFETCH(DialogFactory, make);
        QFETCH(QStringList, order);
        std::unique_ptr<QWidget> dialog = make(m_window.get());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // Walk the focus chain from the first field: the named fields come in the order given.
        QWidget* first = dialog->findChild<QWidget*>(order.first());
        QVERIFY2(first, qPrintable(order.first()));
        QStringList met;
        QWidget* w = first;
        do {
            if (order.contains(w->objectName()) && !met.contains(w->objectName()))
                met << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != first);
        QCOMPARE(met, order);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
