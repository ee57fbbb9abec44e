// File > Export Report in the editor: the menu entry and its shortcut, the preview's pages
// (title, diagram, body), the cost horizon changing what the report says, and Export
// writing each format from the diagram as it is now, unsaved edits included.
#include "document.h"
#include "edit/edits.h"
#include "report/report_dialog.h"
#include "validation_controller.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace cw;

class TestReportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        QSettings().remove(QStringLiteral("report")); // the horizon a user chose last time
    }

    void cleanup()
    {
        doc().undoStack().setClean();
        m_window.reset();
    }

    void inTheFileMenuWithItsShortcut()
    {
        QAction* found = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Export Report")))
                found = a;
        }
        QVERIFY(found);
        QCOMPARE(found->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(!found->statusTip().isEmpty());
    }

    void previewShowsThePagesAndExportWritesEachFormat()
    {
        ReportDialog dialog(doc(), m_window->validation().findings(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.pageCount() >= 3);
        QVERIFY(!dialog.currentReport().plan.empty());
        QCOMPARE(dialog.currentReport().cost.months, 12);

        auto* months = dialog.findChild<QSpinBox*>();
        QVERIFY(months);
        months->setValue(24);
        QCOMPARE(dialog.currentReport().cost.months, 24);
        QCOMPARE(int(dialog.currentReport().cost.perMonth.size()), 24);

        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.html"), QStringLiteral("r.md")}) {
            const QString path = dir.filePath(name);
            QVERIFY2(dialog.exportTo(path), qPrintable(name));
            QVERIFY(QFile(path).size() > 1000);
            QCOMPARE(dialog.written().value(0), path);
        }
        QCOMPARE(dialog.written().size(), 3); // the Markdown and its two pictures
    }

    void reportsTheDiagramAsEditedNotAsSaved()
    {
        const QString title = QStringLiteral("Renamed, not saved");
        Meta meta = doc().model().meta();
        meta.title = title;
        QVERIFY(doc().request([meta](Architecture& m) { return edit::setMeta(m, meta); }));
        ReportDialog dialog(doc(), m_window->validation().findings(), m_window.get());
        QCOMPARE(dialog.currentReport().title, title);
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
