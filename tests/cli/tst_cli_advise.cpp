// `cloudwright advise`: the verdict in text, --json as design.md gives it, and bad input
// (an unknown node, a node that is not a workload, no --node) with exit 2, run on the
// built binary.
#include "cli_process.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CW_TEST_DATA "/advice/") + QLatin1String(name);
}

QJsonObject optionOf(const QJsonObject& doc, const QString& name)
{
    for (const QJsonValue& v : doc.value(QStringLiteral("options")).toArray()) {
        if (v.toObject().value(QStringLiteral("option")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliAdvise : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonContract()
    {
        const CliRun r = runCli({QStringLiteral("advise"), fixture("workloads.cwa"), QStringLiteral("--node"),
            QStringLiteral("api"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), QStringLiteral("api"));
        QCOMPARE(doc.value(QStringLiteral("recommendation")).toString(), QStringLiteral("serverless"));
        QVERIFY(doc.value(QStringLiteral("multiZone")).isBool());
        QCOMPARE(doc.value(QStringLiteral("multiZone")).toBool(), false);
        QVERIFY(!doc.value(QStringLiteral("reasons")).toArray().isEmpty());
        const QJsonArray options = doc.value(QStringLiteral("options")).toArray();
        QCOMPARE(options.size(), 3);
        QStringList names;
        for (const QJsonValue& v : options) {
            const QJsonObject o = v.toObject();
            names << o.value(QStringLiteral("option")).toString();
            QVERIFY(o.value(QStringLiteral("monthly")).isDouble());
            QVERIFY(o.value(QStringLiteral("fits")).isBool());
            QVERIFY(!o.value(QStringLiteral("why")).toString().isEmpty());
        }
        QCOMPARE(
            names, (QStringList{QStringLiteral("serverless"), QStringLiteral("containers"), QStringLiteral("vms")}));
        // Lambda: 3 M x $0.20/M + 37,500 GB-s x $0.0000166667 = $1.225001, as `cost` gives it.
        QCOMPARE(optionOf(doc, QStringLiteral("serverless")).value(QStringLiteral("monthly")).toDouble(), 1.225001);
        QCOMPARE(optionOf(doc, QStringLiteral("vms")).value(QStringLiteral("monthly")).toDouble(), 30.368);
        // Against one Fargate task ($9.010025): 9.010025 / $0.000000408333375 a request.
        const double breakEven = doc.value(QStringLiteral("breakEvenRequestsPerMonth")).toDouble();
        QVERIFY2(std::abs(breakEven - 22065344.8) <= 5, qPrintable(QString::number(breakEven, 'f', 1)));
        const QJsonArray checklist = doc.value(QStringLiteral("checklist")).toArray();
        QVERIFY(checklist.size() >= 5);
        for (const QJsonValue& v : checklist)
            QVERIFY(v.isString());
        // Joe and all his friends: 50x the average for ten minutes. Lambda takes it at once;
        // one Fargate task (24 req/s) waits a minute for its new tasks, so requests queue.
        const QJsonArray burst
            = doc.value(QStringLiteral("burst")).toObject().value(QStringLiteral("options")).toArray();
        QCOMPARE(burst.size(), 3);
        QCOMPARE(burst.at(0).toObject().value(QStringLiteral("queuedPeak")).toDouble(), 0.0);
        QCOMPARE(burst.at(0).toObject().value(QStringLiteral("failed")).toDouble(), 0.0);
        QVERIFY(burst.at(1).toObject().value(QStringLiteral("queuedPeak")).toDouble() > 0);
    }

    void jsonRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<bool>("multiZone");
        QTest::addColumn<bool>("breakEvenNull");
        QTest::newRow("steady high load")
            << QStringLiteral("workloads.cwa") << QStringLiteral("scorer") << QStringLiteral("vms") << false << false;
        QTest::newRow("GPU over two hours")
            << QStringLiteral("workloads.cwa") << QStringLiteral("trainer") << QStringLiteral("vms") << false << true;
        QTest::newRow("VM, small team") << QStringLiteral("workloads.cwa") << QStringLiteral("web")
                                        << QStringLiteral("serverless") << false << false;
        QTest::newRow("critical") << QStringLiteral("critical.cwa") << QStringLiteral("api") << QStringLiteral("vms")
                                  << true << false;
    }

    void jsonRows()
    {
        QFETCH(QString, file);
        QFETCH(QString, node);
        QFETCH(QString, recommendation);
        QFETCH(bool, multiZone);
        QFETCH(bool, breakEvenNull);
        const CliRun r = runCli({QStringLiteral("advise"), QStringLiteral(CW_TEST_DATA "/advice/") + file,
            QStringLiteral("--node"), node, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("recommendation")).toString(), recommendation);
        QCOMPARE(doc.value(QStringLiteral("multiZone")).toBool(), multiZone);
        QCOMPARE(doc.value(QStringLiteral("breakEvenRequestsPerMonth")).isNull(), breakEvenNull);
        if (node == QLatin1String("trainer")) {
            const QJsonObject s = optionOf(doc, QStringLiteral("serverless"));
            QCOMPARE(s.value(QStringLiteral("fits")).toBool(), false);
            QVERIFY(s.value(QStringLiteral("why")).toString().contains(QStringLiteral("GPU")));
        }
    }

    void text()
    {
        const CliRun r = runCli(
            {QStringLiteral("advise"), fixture("workloads.cwa"), QStringLiteral("--node"), QStringLiteral("scorer")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Recommendation: Virtual machines (EC2)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("constant high load")));
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("\\n  serverless +Lambda \\(as drawn\\) +\\$516\\.67"))),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Break-even: ")));
        QVERIFY(r.out.contains(QStringLiteral("[x] Traffic is steady")));
        QVERIFY(r.out.contains(QStringLiteral("A 50x burst for ten minutes at noon")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = fixture("workloads.cwa");
        QTest::newRow("unknown node") << QStringList{file, QStringLiteral("--node"), QStringLiteral("nope")}
                                      << QStringLiteral("workloads.cwa: --node \"nope\": no node has the id \"nope\"");
        QTest::newRow("not a workload") << QStringList{file, QStringLiteral("--node"), QStringLiteral("db")}
                                        << QStringLiteral(
                                               "workloads.cwa: nodes[4] (id \"db\"): \"db\" is a database.sql, "
                                               "not a workload");
        QTest::newRow("no --node") << QStringList{file} << QStringLiteral("--node ID is required");
        QTest::newRow("missing file") << QStringList{fixture("nope.cwa"), QStringLiteral("--node"),
            QStringLiteral("api")} << QStringLiteral("nope.cwa");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{QStringLiteral("advise")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(outputLines(r.err).first().contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        const CliRun json = runCli(QStringList{QStringLiteral("advise"), QStringLiteral("--json")} + args);
        QCOMPARE(json.code, 2);
        const QJsonObject error = jsonOutput(json.out).value(QStringLiteral("error")).toObject();
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(json.out));
    }

    // A property this version does not know is kept, not refused (the file format contract).
    void unknownPropertyStillLoads()
    {
        const CliRun r = runCli(
            {QStringLiteral("advise"), fixture("workloads.cwa"), QStringLiteral("--node"), QStringLiteral("web")});
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAdvise)
#include "tst_cli_advise.moc"
