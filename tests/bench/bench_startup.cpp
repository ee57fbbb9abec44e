// From starting the program to the first painted window with the sample open
// (design.md: 400 ms). The program quits itself after its first paint. A median, printed
// with its ratio to the bare JSON parse measured here in the same run.
#include "bench_support.h"

#include <QProcess>
#include <QTest>

class BenchStartup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bareJsonParse() { cw::bench::measureParse(); }

    void startToFirstPaint()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDWRIGHT_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Wall time whatever CW_BENCH_CLOCK says: the work is in another process.
        cw::bench::report("start to first paint",
            cw::bench::medianMs(
                5,
                [&] {
                    QProcess p;
                    p.setProcessEnvironment(env);
                    p.start(QStringLiteral(CW_APP), {});
                    QVERIFY(p.waitForFinished(10000));
                    QCOMPARE(p.exitCode(), 0);
                },
                true));
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
