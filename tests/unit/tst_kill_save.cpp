// kill -9 in the middle of a save leaves the old file or the new one, never a broken one.
// The test runs itself as the child that saves in a loop, and kills it at random moments.
#include "core_test_helpers.h"

#include "synthetic.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace cw;

namespace {
// Two different versions, big enough that a save takes a while.
Diagram version(int which)
{
    Diagram d = test::syntheticDiagram(4000, 6000, 0.1, unsigned(which + 1));
    d.meta.title = QStringLiteral("version %1").arg(which);
    return d;
}

int saveForever(const QString& path)
{
    const Diagram versions[2] = {version(0), version(1)};
    for (int i = 0;; ++i) {
        QString error;
        if (!saveCwaFile(path, versions[i % 2], &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (i == 0) {
            std::fprintf(stdout, "saving\n");
            std::fflush(stdout);
        }
    }
}
} // namespace

class TestKillSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killDuringSaveLeavesAWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arch.cwa"));
        const QByteArray versions[2] = {writeCwa(version(0)), writeCwa(version(1))};
        QRandomGenerator random(20261122);
        for (int round = 0; round < 20; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-forever"), path});
            QVERIFY(child.waitForReadyRead(20000)); // the first save is complete
            QThread::msleep(random.bounded(5, 120));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));

            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes == versions[0] || bytes == versions[1],
                qPrintable(
                    QStringLiteral("round %1: the file is neither version (%2 bytes)").arg(round).arg(bytes.size())));
        }
        // Whatever a kill left beside the file (QSaveFile's temporary), the next save
        // goes through and replaces the file whole.
        QFile last(path);
        QVERIFY(last.open(QIODevice::ReadOnly));
        const int other = last.readAll() == versions[0] ? 1 : 0; // so the save must change the file
        last.close();
        QString error;
        QVERIFY2(saveCwaFile(path, version(other), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), versions[other]);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--save-forever")
        return saveForever(QString::fromLocal8Bit(argv[2]));
    TestKillSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kill_save.moc"
