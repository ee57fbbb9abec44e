// `cloudwright export`: each suffix writes its format (exit 0, one line or --json saying
// what was written and what had no mapping); bad input, a missing -o, an unknown suffix
// and an unwritable OUT are exit 2 with a message, and nothing is written.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExport = QStringLiteral("export");
const QString kSample = QStringLiteral(CW_SAMPLE);

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("starts");
        QTest::newRow("drawio") << "drawio" << "drawio" << "<?xml";
        QTest::newRow("terraform") << "tf" << "terraform" << "# Terraform skeleton";
        QTest::newRow("mermaid") << "mmd" << "mermaid" << "architecture-beta";
    }
    void writesEachFormat()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        QFETCH(QString, starts);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sample.") + suffix);
        const CliRun r = runCli({kExport, kSample, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("output")).toString(), out);
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), format);
        QVERIFY(doc.value(QStringLiteral("nodes")).toInt() > 0);
        QVERIFY(doc.value(QStringLiteral("unmapped")).isArray());
        QVERIFY2(readText(out).startsWith(starts), qPrintable(readText(out).left(200)));

        const CliRun plain = runCli({kExport, kSample, QStringLiteral("-o"), out});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.startsWith(QLatin1String("Exported ")), qPrintable(plain.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/no/such.cwa"), QStringLiteral("-o"), QStringLiteral("OUT.mmd")}
                                      << "such.cwa";
        QTest::newRow("missing -o") << QStringList{kSample} << "-o";
        QTest::newRow("unknown suffix") << QStringList{kSample, QStringLiteral("-o"), QStringLiteral("OUT.png")} << ".drawio";
        QTest::newRow("unwritable") << QStringList{kSample, QStringLiteral("-o"), QStringLiteral("/no/such/dir/OUT.tf")}
                                    << "OUT.tf";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliRun r = runCli(QStringList{kExport} + args, dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        const CliRun j = runCli(QStringList{kExport} + args + QStringList{QStringLiteral("--json")}, dir.path());
        QCOMPARE(j.code, 2);
        QVERIFY(jsonOutput(j.out).contains(QStringLiteral("error")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
