// Unsaved work is copied in the background and offered back after a crash; saving or
// declining removes the copy.
#include "autosave.h"
#include "document.h"
#include "io/cwa_reader.h"
#include "widget_test_helpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace cw;

class TestAutosave : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    // Presses a button of the next message box (they are modal).
    static void answerNextBox(const QString& button)
    {
        QTimer::singleShot(0, qApp, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton* b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button) {
                    b->click();
                    return;
                }
            }
            QFAIL("no such button");
        });
    }

    // A copy as a crashed session leaves it: the .cwa, its description, a stale lock.
    static Recoverable plantCrashedCopy(const QString& title)
    {
        QDir().mkpath(Autosaver::folder());
        const QString id = QStringLiteral("crashed-%1").arg(title);
        const QString base = QDir(Autosaver::folder()).filePath(id);
        QFile::copy(QStringLiteral(":/samples/ml-product.cwa"), base + QStringLiteral(".cwa"));
        QFile::setPermissions(base + QStringLiteral(".cwa"), QFile::ReadOwner | QFile::WriteOwner);
        QFile meta(base + QStringLiteral(".json"));
        meta.open(QIODevice::WriteOnly);
        meta.write(QStringLiteral(R"({"original": "", "title": "%1", "savedAt": "2026-11-22T08:00:00Z"})")
                       .arg(title)
                       .toUtf8());
        QFile lock(base + QStringLiteral(".lock"));
        lock.open(QIODevice::WriteOnly);
        // A process that does not exist, on this machine (QLockFile's own format).
        lock.write(QByteArray("999999\nCloudwright\n") + QSysInfo::machineHostName().toUtf8() + '\n');
        return Recoverable{id, base + QStringLiteral(".cwa"), QString(), title, QDateTime()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CLOUDWRIGHT_AUTOSAVE_SECONDS", "1");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QDir(Autosaver::folder()).removeRecursively();
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void unsavedWorkIsCopiedInTheBackground()
    {
        QCOMPARE(m_window->autosaver().interval(), 1000);
        QSignalSpy saved(&m_window->autosaver(), &Autosaver::saved);
        Document& doc = m_window->document();
        QVERIFY(doc.request([&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("users")}); }));
        QVERIFY(saved.wait(5000));
        const QString copy = saved.first().first().toString();
        const LoadResult loaded = readCwaFile(copy, doc.catalog());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.diagram->nodes.size(), std::size_t(7)); // the edit is in the copy
        // This session is alive: its copy is not offered to anyone.
        QVERIFY(Autosaver::findRecoverable().isEmpty());
        // Saving makes the copy pointless.
        QTemporaryDir dir;
        QString error;
        QVERIFY(doc.saveAs(dir.filePath(QStringLiteral("saved.cwa")), &error));
        QVERIFY(!QFile::exists(copy));
    }

    void undoingToTheSavedStateRemovesTheCopy()
    {
        QSignalSpy saved(&m_window->autosaver(), &Autosaver::saved);
        Document& doc = m_window->document();
        QVERIFY(doc.request([&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("users")}); }));
        QVERIFY(saved.wait(5000));
        doc.undoStack().undo();
        QVERIFY(!QFile::exists(m_window->autosaver().copyPath()));
    }

    void crashedSessionIsOfferedAndRecovered()
    {
        const Recoverable r = plantCrashedCopy(QStringLiteral("Lost afternoon"));
        const QList<Recoverable> found = Autosaver::findRecoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().title, QStringLiteral("Lost afternoon"));
        QCOMPARE(found.first().savedAt, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));

        m_window->document().newDiagram();
        answerNextBox(QStringLiteral("Recover"));
        QVERIFY(m_window->offerRecovery());
        QCOMPARE(m_window->document().model().nodes().size(), std::size_t(8));
        QVERIFY(m_window->document().isModified()); // recovered work is unsaved
        QVERIFY(m_window->isWindowModified());
        QVERIFY(Autosaver::findRecoverable().isEmpty()); // this session owns it now
        QVERIFY(QFile::exists(r.file));
        // Saving it puts the copy away for good.
        QTemporaryDir dir;
        QString error;
        QVERIFY(m_window->document().saveAs(dir.filePath(QStringLiteral("recovered.cwa")), &error));
        QVERIFY(!m_window->document().isModified());
        QVERIFY(!QFile::exists(r.file));
    }

    void declinedCopyIsDeleted()
    {
        const Recoverable r = plantCrashedCopy(QStringLiteral("Not wanted"));
        answerNextBox(QStringLiteral("Discard"));
        QVERIFY(!m_window->offerRecovery());
        QVERIFY(!QFile::exists(r.file));
        QVERIFY(Autosaver::findRecoverable().isEmpty());
        QCOMPARE(m_window->document().model().nodes().size(), std::size_t(8)); // the sample, untouched
        QVERIFY(!m_window->document().isModified());
    }

    void failedSaveKeepsTheDiagramOpenAndModified()
    {
        Document& doc = m_window->document();
        QVERIFY(doc.request([&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("users")}); }));
        QTemporaryDir dir;
        QString error;
        // A folder that is not there, and a path that is a folder.
        QVERIFY(!doc.saveAs(dir.filePath(QStringLiteral("gone/arch.cwa")), &error));
        QVERIFY(error.contains(QStringLiteral("gone/arch.cwa")));
        QVERIFY(!doc.saveAs(dir.path(), &error));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.model().nodes().size(), std::size_t(7));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
