// Help: F1 opens the user guide (bundled, with its contents, search and links to the
// other docs, every one of which is bundled); Keyboard Shortcuts lists every menu command
// with its keys; About names the version and the price data's sources with their dates.
#include "document.h"
#include "help/about_dialog.h"
#include "help/help_window.h"
#include "help/shortcuts_dialog.h"
#include "widget_test_helpers.h"

#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUndoStack>

using namespace cw;

class TestHelp : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void f1OpensTheGuide()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* help = m_window->findChild<HelpWindow*>();
        QVERIFY(help && help->isVisible());
        QVERIFY(help->browser()->toPlainText().contains(QLatin1String("Your first diagram")));
        QVERIFY(help->contents().contains(QStringLiteral("Your first diagram")));
        QVERIFY(help->contents().size() >= 10);
        QVERIFY(help->find(QStringLiteral("Tidy Up")));
        QVERIFY(!help->find(QStringLiteral("no such words anywhere in the guide")));
        help->showPage(QStringLiteral("rules.md"));
        QVERIFY(help->browser()->source().toString().endsWith(QLatin1String("rules.md")));
        QVERIFY(help->browser()->toPlainText().contains(QLatin1String("missing-iam")));
        help->close();
    }

    void everyLinkOfTheGuideIsBundled()
    {
        QFile guide(QStringLiteral(":/docs/user-guide.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)#]+\\.md)(#[^)]*)?\\)"));
        int links = 0;
        for (auto it = link.globalMatch(text); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(QFile::exists(QStringLiteral(":/docs/") + target), qPrintable(target));
        }
        QVERIFY(links >= 4);
        // The guide's own contents list points at headings that exist.
        static const QRegularExpression anchor(QStringLiteral("\\]\\(#([a-z0-9-]+)\\)"));
        QStringList headings;
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("## ")))
                headings << line.mid(3).toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]"))).replace(QLatin1Char(' '), QLatin1Char('-'));
        for (auto it = anchor.globalMatch(text); it.hasNext();) {
            const QString a = it.next().captured(1);
            QVERIFY2(headings.contains(a), qPrintable(a));
        }
    }

    void shortcutsListEveryCommandWithKeys()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        QCOMPARE(dialog.keysOf(QStringLiteral("Save")), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QVERIFY(dialog.keysOf(QStringLiteral("User Guide")).contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        int withKeys = 0;
        for (QAction* top : m_window->menuBar()->actions())
            for (QAction* a : top->menu()->actions())
                if (!a->menu() && !a->isSeparator() && !a->shortcut().isEmpty()) {
                    ++withKeys;
                    const QString name = a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
                    QVERIFY2(!dialog.keysOf(name).isEmpty(), qPrintable(name));
                }
        QVERIFY(withKeys >= 15);
        QVERIFY(dialog.rows() > withKeys);
    }

    void aboutNamesThePriceSources()
    {
        AboutDialog about;
        QVERIFY(about.text().contains(QStringLiteral(CLOUDWRIGHT_VERSION)));
        QVERIFY(about.text().contains(QLatin1String("GNU General Public License")));
        QVERIFY(about.text().contains(QLatin1String("karpenter-provider-aws")));
        QVERIFY(about.text().contains(QLatin1String("2026-07-20")));
        QVERIFY(about.text().contains(QLatin1String("730 hours")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
