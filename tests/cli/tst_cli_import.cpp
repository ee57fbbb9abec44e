// `cloudwright import`: a draw.io file becomes a .cwa that opens and validates like any
// other, with a full layout; the summary (and --json) says what was mapped and what not;
// bad input, an unknown page, Terraform (not read yet) and a missing -o are exit 2.
#include "cli_process.h"

#include <QFile>
#include <QJsonArray>
#include <QRectF>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kImport = QStringLiteral("import");
const QString kCases = QStringLiteral(CW_TEST_DATA "/interop/cases/");
const QString kTerraform = QStringLiteral(CW_TEST_DATA "/interop/terraform/infracost-infracost/examples/");

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsAPageAndSaysWhatItMapped()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("net.cwa"));
        const CliRun r = runCli({kImport, kCases + QStringLiteral("two-pages.drawio"), QStringLiteral("--page"),
            QStringLiteral("Network"), QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("nodes")).toInt(), 3);
        QCOMPARE(doc.value(QStringLiteral("groups")).toInt(), 3);
        QCOMPARE(doc.value(QStringLiteral("edges")).toInt(), 2);
        const QJsonArray unmapped = doc.value(QStringLiteral("unmapped")).toArray();
        QCOMPARE(unmapped.size(), 1);
        QCOMPARE(unmapped[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("mxgraph.aws4.greengrass"));
        QCOMPARE(unmapped[0].toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("page")).toString(), QStringLiteral("Network"));

        // The result is a diagram like any other, with every place, size and route written.
        const CliRun check = runCli({QStringLiteral("validate"), out, QStringLiteral("--json")});
        QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = jsonOutput(QString::fromUtf8(f.readAll()));
        for (const QJsonValue n : saved.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject layout = n.toObject().value(QStringLiteral("layout")).toObject();
            for (const char* k : {"x", "y", "w", "h"})
                QVERIFY2(layout.contains(QLatin1String(k)), k);
        }
        for (const QJsonValue e : saved.value(QStringLiteral("edges")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("layout")).toObject().contains(QStringLiteral("points")));

        const CliRun plain = runCli({kImport, kCases + QStringLiteral("two-pages.drawio"), QStringLiteral("-o"), out});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains(QLatin1String("2 of 2 provider shapes became typed nodes")), qPrintable(plain.out));
        QVERIFY2(plain.out.contains(QLatin1String("Page \"Overview\" of 2")), qPrintable(plain.out));
    }

    void importsTerraformLaidOut_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("format");
        QTest::newRow(".tf") << kTerraform + QStringLiteral("terraform/main.tf") << QStringLiteral("Terraform");
        QTest::newRow("plan") << kTerraform + QStringLiteral("small_terraform/plan.json") << QStringLiteral("Terraform plan");
    }
    void importsTerraformLaidOut()
    {
        QFETCH(QString, input);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tf.cwa"));
        const CliRun r = runCli({kImport, input, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), format);
        QVERIFY(doc.value(QStringLiteral("nodes")).toInt() >= 4);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = jsonOutput(QString::fromUtf8(f.readAll()));
        // Laid out as Tidy Up would: every card has a place, and no two overlap.
        QList<QRectF> cards;
        for (const QJsonValue n : saved.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject l = n.toObject().value(QStringLiteral("layout")).toObject();
            const QRectF card(l.value(QStringLiteral("x")).toDouble(), l.value(QStringLiteral("y")).toDouble(),
                l.value(QStringLiteral("w")).toDouble(), l.value(QStringLiteral("h")).toDouble());
            for (const QRectF& other : cards)
                QVERIFY(!card.intersects(other));
            cards << card;
        }
        const CliRun check = runCli({QStringLiteral("cost"), out, QStringLiteral("--months"), QStringLiteral("1")});
        QCOMPARE(check.code, 0);
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no -o") << QStringList{kCases + QStringLiteral("two-pages.drawio")} << QStringLiteral("missing -o");
        QTest::newRow("unknown page") << QStringList{kCases + QStringLiteral("two-pages.drawio"), QStringLiteral("--page"),
            QStringLiteral("9"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                      << QStringLiteral("page: the file has no page \"9\"");
        QTest::newRow("not draw.io") << QStringList{kCases + QStringLiteral("make_cases.py"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                     << QStringLiteral("make_cases.py: line 1");
        QTest::newRow("missing file") << QStringList{kCases + QStringLiteral("nothing.drawio"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                      << QStringLiteral("cannot read");
        QTest::newRow("missing .tf") << QStringList{QStringLiteral("main.tf"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                     << QStringLiteral("main.tf: cannot read");
        QTest::newRow("--page with Terraform") << QStringList{kTerraform + QStringLiteral("small_terraform/main.tf"),
            QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                               << QStringLiteral("--page is for draw.io files");
        QTest::newRow("JSON not from Terraform") << QStringList{QStringLiteral(CW_TEST_DATA "/teach/../../../resources/schema/exercise-1.schema.json"),
            QStringLiteral("-o"), QStringLiteral("OUT")} << QStringLiteral("not `terraform show -json` output");
    }
    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString& a : args)
            if (a == QLatin1String("OUT"))
                a = dir.filePath(QStringLiteral("out.cwa"));
        const CliRun r = runCli(QStringList{kImport} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.cwa"))));
        const CliRun j = runCli(QStringList{kImport} + args + QStringList{QStringLiteral("--json")});
        QCOMPARE(j.code, 2);
        QVERIFY2(jsonOutput(j.out).contains(QStringLiteral("error")), qPrintable(j.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
