// Opening a broken file in the editor: a clear dialog naming the file and the place,
// and the diagram that was open stays open, untouched.
#include "document.h"
#include "io/cwa_reader.h"
#include "widget_test_helpers.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

using namespace cw;

class TestOpenErrors : public QObject {
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

    void brokenFileGivesDialogAndKeepsDiagram_data()
    {
        QTest::addColumn<QString>("path");
        const QDir bad(QStringLiteral(CW_TEST_DATA "/bad"));
        for (const QString& name : bad.entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << bad.filePath(name);
        QVERIFY(bad.entryList({QStringLiteral("*.cwa")}).size() >= 30);
    }

    void brokenFileGivesDialogAndKeepsDiagram()
    {
        QFETCH(QString, path);
        // An edit in progress must survive the failed open.
        Document& doc = m_window->document();
        doc.openSample();
        QVERIFY(doc.request([&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("users")}); }));
        const Diagram before = doc.model().diagram();

        QString shown;
        QTimer::singleShot(0, qApp, [&shown] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        });
        QVERIFY(!m_window->openFile(path));
        const LoadResult expected = readCwaFile(path, Catalog::builtin());
        QVERIFY(!expected.ok());
        QVERIFY2(shown.contains(QFileInfo(path).fileName()), qPrintable(shown));
        QVERIFY2(shown.contains(expected.error.toString()), qPrintable(shown)); // file, place and message
        QVERIFY(doc.model().diagram() == before);
        QVERIFY(doc.isModified());
    }
};

QTEST_MAIN(TestOpenErrors)
#include "tst_open_errors.moc"
