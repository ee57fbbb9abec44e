// `cloudwright diff`: cost change per node and in total, findings added and resolved,
// --json as design.md gives it, --md for a pull request, and bad input (exit 2, the
// error object under --json), run on the built binary.
#include "cli_process.h"

#include <QJsonArray>
#include <QTest>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CW_TEST_DATA "/diff/") + QLatin1String(name);
}

QJsonObject nodeOf(const QJsonObject& doc, const QString& id)
{
    for (const QJsonValue& v : doc.value(QStringLiteral("nodes")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QStringList rulesOf(const QJsonArray& findings)
{
    QStringList rules;
    for (const QJsonValue& f : findings)
        rules << f.toObject().value(QStringLiteral("rule")).toString();
    return rules;
}

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const CliRun r
            = runCli({QStringLiteral("diff"), fixture("old.cwa"), fixture("new.cwa"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        // m5.large $70.08 + S3 1,000 GB $23.00 + m5.large $70.08, then m5.2xlarge $280.32 + S3 $23.00.
        const QJsonObject total = doc.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("old")).toDouble(), 163.16);
        QCOMPARE(total.value(QStringLiteral("new")).toDouble(), 303.32);
        QCOMPARE(total.value(QStringLiteral("delta")).toDouble(), 140.16);

        QCOMPARE(
            nodeOf(doc, QStringLiteral("api")).value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(nodeOf(doc, QStringLiteral("api")).value(QStringLiteral("old")).toDouble(), 70.08);
        QCOMPARE(nodeOf(doc, QStringLiteral("api")).value(QStringLiteral("new")).toDouble(), 280.32);
        QCOMPARE(
            nodeOf(doc, QStringLiteral("lake")).value(QStringLiteral("change")).toString(), QStringLiteral("same"));
        QCOMPARE(
            nodeOf(doc, QStringLiteral("cache")).value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
        QVERIFY(nodeOf(doc, QStringLiteral("cache")).value(QStringLiteral("new")).isNull());
        const QJsonObject fn = nodeOf(doc, QStringLiteral("fn"));
        QCOMPARE(fn.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
        QVERIFY(fn.value(QStringLiteral("new")).isNull()); // billed by usage that is not set: unknown, not zero

        const QJsonObject findings = doc.value(QStringLiteral("findings")).toObject();
        const QJsonArray resolved = findings.value(QStringLiteral("resolved")).toArray();
        QVERIFY2(rulesOf(resolved).contains(QStringLiteral("no-cost-controls")), qPrintable(r.out));
        QVERIFY(
            !rulesOf(findings.value(QStringLiteral("added")).toArray()).contains(QStringLiteral("no-cost-controls")));
        // A finding as validate --json gives it.
        const QJsonObject first = resolved.first().toObject();
        for (const char* key : {"rule", "severity", "message", "nodes", "fix"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    void sameFileChangesNothing()
    {
        const CliRun r
            = runCli({QStringLiteral("diff"), fixture("old.cwa"), fixture("same.cwa"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("total")).toObject().value(QStringLiteral("delta")).toDouble(), 0.0);
        for (const QJsonValue& n : doc.value(QStringLiteral("nodes")).toArray())
            QCOMPARE(n.toObject().value(QStringLiteral("change")).toString(), QStringLiteral("same"));
        const QJsonObject findings = doc.value(QStringLiteral("findings")).toObject();
        QVERIFY(findings.value(QStringLiteral("added")).toArray().isEmpty());
        QVERIFY(findings.value(QStringLiteral("resolved")).toArray().isEmpty());
    }

    void text()
    {
        const CliRun r = runCli({QStringLiteral("diff"), fixture("old.cwa"), fixture("new.cwa")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(QStringLiteral("$163.16 -> $303.32 (+$140.16)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("resolved warning: no-cost-controls")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("lake ("))); // unchanged nodes are left out
    }

    void markdown()
    {
        const CliRun r
            = runCli({QStringLiteral("diff"), fixture("old.cwa"), fixture("new.cwa"), QStringLiteral("--md")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("## ")));
        QVERIFY2(r.out.contains(QStringLiteral("**+$140.16**")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("| Node | Change | Before | After |")));
        QVERIFY(r.out.contains(QStringLiteral("| Model API (`api`) | changed | $70.08 | $280.32 |")));
        QVERIFY(r.out.contains(QStringLiteral("resolved `no-cost-controls`")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken new") << QStringList{fixture("old.cwa"), fixture("broken.cwa")}
                                    << QStringLiteral("broken.cwa");
        QTest::newRow("missing old") << QStringList{fixture("nope.cwa"), fixture("new.cwa")}
                                     << QStringLiteral("nope.cwa");
        QTest::newRow("one file") << QStringList{fixture("old.cwa")} << QStringLiteral("expected OLD NEW");
        QTest::newRow("months 0") << QStringList{fixture("old.cwa"), fixture("new.cwa"), QStringLiteral("--months"),
            QStringLiteral("0")} << QStringLiteral("from 1 to 60");
        QTest::newRow("md with json") << QStringList{fixture("old.cwa"), fixture("new.cwa"), QStringLiteral("--md")}
                                      << QStringLiteral("cannot both");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        if (!args.contains(QStringLiteral("--md"))) {
            const CliRun r = runCli(QStringList{QStringLiteral("diff")} + args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QCOMPARE(r.out, QString());
        }
        const CliRun json = runCli(QStringList{QStringLiteral("diff"), QStringLiteral("--json")} + args);
        QCOMPARE(json.code, 2);
        QVERIFY2(json.err.contains(message), qPrintable(json.err));
        const QJsonObject error = jsonOutput(json.out).value(QStringLiteral("error")).toObject();
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(json.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
