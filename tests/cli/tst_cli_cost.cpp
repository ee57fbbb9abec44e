// `cloudwright cost`: the text table, --json as design.md gives it, --csv, the months
// range and bad input (exit 2, the error object under --json), run on the built binary.
#include "cli_process.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CW_TEST_DATA "/cost/") + QLatin1String(name);
}

} // namespace

class TestCliCost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textOnSample()
    {
        const CliRun r = runCli({QStringLiteral("cost"), QStringLiteral(CW_SAMPLE)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(QStringLiteral("month 12")));
        // db: 0.145 x 730 + 100 GB x 0.115 = 117.35 a month, 1,408.20 over 12 months.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("db \\(.*\\$117\\.35 +\\$117\\.35 +\\$1,408\\.20"))),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("5 priced, 0 usage-dependent, 3 unpriced")));
        QVERIFY(r.out.contains(QStringLiteral("Total (incomplete)"))); // SageMaker g4dn training is unknown
        QVERIFY(!r.out.contains(QStringLiteral("Budget:")));           // no cost.budget node
        // A kind that is not billed says so, not "unknown"; a category whose only node has
        // no price says unknown, never $0.00.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("iam \\(.*\\) +not billed  IAM roles"))),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nML platform +unknown +unknown +unknown\\n"))),
            qPrintable(r.out));
    }

    void jsonOnSample()
    {
        const CliRun r = runCli({QStringLiteral("cost"), QStringLiteral(CW_SAMPLE), QStringLiteral("--json"),
            QStringLiteral("--months"), QStringLiteral("36")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        const QJsonArray months = doc.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 36);
        for (const QJsonValue& m : months) {
            double sum = 0;
            const QJsonObject byCategory = m.toObject().value(QStringLiteral("byCategory")).toObject();
            for (const QJsonValue& v : byCategory)
                sum += v.toDouble();
            QVERIFY(std::abs(sum - m.toObject().value(QStringLiteral("total")).toDouble()) < 1e-6);
        }
        QCOMPARE(months.first().toObject().value(QStringLiteral("month")).toInt(), 1);
        QVERIFY(!doc.contains(QStringLiteral("budget")));
        bool sawUnknown = false;
        for (const QJsonValue& v : doc.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = v.toObject();
            const QString status = n.value(QStringLiteral("status")).toString();
            QVERIFY(status == QLatin1String("priced") || status == QLatin1String("usage")
                || status == QLatin1String("unpriced"));
            if (n.value(QStringLiteral("id")).toString() == QLatin1String("db"))
                QCOMPARE(n.value(QStringLiteral("monthly")).toDouble(), 117.35);
            if (n.value(QStringLiteral("id")).toString() == QLatin1String("train")) {
                QCOMPARE(status, QStringLiteral("unpriced"));
                QVERIFY(n.value(QStringLiteral("monthly")).isNull()); // unknown, never 0
                sawUnknown = true;
            }
        }
        QVERIFY(sawUnknown);
        QCOMPARE(doc.value(QStringLiteral("horizon")).toObject().value(QStringLiteral("complete")).toBool(true), false);
    }

    void budgetFixture()
    {
        // 70.08 + 23 x 1.1^(m-1) passes 60 + 40 in month 4 (100.693); the function has no usage set.
        const CliRun r = runCli({QStringLiteral("cost"), fixture("budget.cwa"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        const QJsonObject budget = doc.value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("limit")).toDouble(), 100.0);
        QCOMPARE(budget.value(QStringLiteral("firstMonthOver")).toInt(), 4);
        const QJsonArray months = doc.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.at(3).toObject().value(QStringLiteral("total")).toDouble(), 100.693);
        const QJsonObject coverage = doc.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("usage")).toInt(), 1);

        const CliRun text
            = runCli({QStringLiteral("cost"), fixture("budget.cwa"), QStringLiteral("--months"), QStringLiteral("3")});
        QVERIFY2(text.out.contains(QStringLiteral("the sum of 2 cost.budget nodes")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("stays within it for all 3 months")));
        QVERIFY(text.out.contains(QStringLiteral("set requests_per_month")));
    }

    void csvRows()
    {
        const CliRun r = runCli({QStringLiteral("cost"), fixture("budget.cwa"), QStringLiteral("--csv"),
            QStringLiteral("--months"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const QStringList lines = outputLines(r.out);
        QCOMPARE(lines.first(), QStringLiteral("node,kind,category,status,month,usd"));
        QCOMPARE(lines.size(), 1 + 5 * 2); // five nodes, two months
        QVERIFY(lines.contains(QStringLiteral("s3,storage.object,storage,priced,2,25.30")));
        QVERIFY(lines.contains(QStringLiteral("fn,compute.function,compute,usage,1,")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString sample = QStringLiteral(CW_SAMPLE);
        QTest::newRow("months 0") << QStringList{sample, QStringLiteral("--months"), QStringLiteral("0")}
                                  << QStringLiteral("from 1 to 60");
        QTest::newRow("months 61") << QStringList{sample, QStringLiteral("--months"), QStringLiteral("61")}
                                   << QStringLiteral("from 1 to 60");
        QTest::newRow("months text") << QStringList{sample, QStringLiteral("--months"), QStringLiteral("ten")}
                                     << QStringLiteral("from 1 to 60");
        QTest::newRow("missing file") << QStringList{fixture("nope.cwa")} << QStringLiteral("nope.cwa");
        QTest::newRow("euro") << QStringList{fixture("euro.cwa")} << QStringLiteral("meta.currency");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{QStringLiteral("cost")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        const CliRun json = runCli(QStringList{QStringLiteral("cost"), QStringLiteral("--json")} + args);
        QCOMPARE(json.code, 2);
        const QJsonObject error = jsonOutput(json.out).value(QStringLiteral("error")).toObject();
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(json.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"
