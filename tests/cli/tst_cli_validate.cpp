// `cloudwright validate`: findings and their summary, as text and as JSON, and bad input
// as one line on stderr (and an error object under --json), exit 2, never a crash.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliValidate : public QObject {
    Q_OBJECT

    static QJsonObject summaryOf(const QString& path)
    {
        return jsonOutput(runCli({QStringLiteral("validate"), QStringLiteral("--json"), path}).out)
            .value(QStringLiteral("summary"))
            .toObject();
    }

    // A copy of `path` with meta.ruleProfile set, in `dir`.
    static QString withProfile(const QTemporaryDir& dir, const QString& path, const QString& profile)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
        meta.insert(QStringLiteral("ruleProfile"), profile);
        doc.insert(QStringLiteral("meta"), meta);
        QFile out(dir.filePath(QStringLiteral("profiled.cwa")));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(doc).toJson());
        return out.fileName();
    }

private Q_SLOTS:
    void validateGoodFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("sample") << QStringLiteral(CW_SAMPLE);
        const QDir golden(QStringLiteral(CW_TEST_DATA "/golden"));
        for (const QString& name : golden.entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << golden.filePath(name);
    }

    void validateGoodFiles()
    {
        QFETCH(QString, path);
        const CliRun r = runCli({QStringLiteral("validate"), path});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // loaded; 1 when a rule finds an error
        QCOMPARE(r.err, QString());
        const QStringList out = outputLines(r.out);
        QVERIFY(!out.isEmpty());
        // The last line sums up; before it, each finding names the file first.
        QVERIFY2(out.last().startsWith(path + QStringLiteral(": ")), qPrintable(out.last()));
        QVERIFY2(out.last().contains(QStringLiteral(" nodes, ")), qPrintable(out.last()));
        for (const QString& line : out) {
            QVERIFY2(line.startsWith(path + QStringLiteral(": ")) || line.startsWith(QStringLiteral("    fix: ")),
                qPrintable(line));
        }
        const bool errors = r.out.contains(QStringLiteral(": error: "));
        QCOMPARE(r.code, errors ? 1 : 0);
    }

    void validateSampleFindings()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral(CW_SAMPLE)});
        QCOMPARE(r.code, 1); // the sample has no secret manager: an error, for teaching
        QVERIFY2(r.out.contains(QStringLiteral(": error: missing-secrets: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("8 nodes, 4 groups, 8 edges; 1 error")), qPrintable(r.out));
        // The editor's quick fix and what it adds to the bill, on the fix line (docs/cost.md).
        QVERIFY2(
            r.out.contains(QStringLiteral("(quick fix adds Secrets Manager: +$0.40 a month)\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(quick fix adds AWS Budgets: $0.00 a month)\n")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("not priced")));
    }

    // Each priced fix is tried on the whole diagram: past 50 the summary says how many were not.
    void fixCostsStopAtFifty()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("many.cwa"));
        QByteArray nodes;
        QByteArray edges;
        for (int i = 0; i < 30; ++i) { // missing-iam and missing-secrets each, and one no-cost-controls
            nodes += QStringLiteral("%1{\"id\": \"api%2\", \"kind\": \"compute.container\"},"
                                    "{\"id\": \"db%2\", \"kind\": \"database.sql\"}")
                         .arg(i ? QStringLiteral(",") : QString())
                         .arg(i)
                         .toUtf8();
            edges += QStringLiteral("%1{\"id\": \"e%2\", \"from\": \"api%2\", \"to\": \"db%2\"}")
                         .arg(i ? QStringLiteral(",") : QString())
                         .arg(i)
                         .toUtf8();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"cloudwright\", \"formatVersion\": 1, \"meta\": {\"provider\": \"aws\"},\n\"nodes\": ["
            + nodes + "],\n\"edges\": [" + edges + "]}\n");
        f.close();
        const CliRun r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count(QStringLiteral("(quick fix ")), 50);
        const QStringList out = outputLines(r.out);
        QVERIFY2(
            out.last().endsWith(QStringLiteral("; quick-fix costs for the first 50 fixes only, 11 more not priced")),
            qPrintable(out.last()));
    }

    void validateJson()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral(CW_SAMPLE), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        bool secrets = false;
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"rule", "severity", "message", "fix"})
                QVERIFY2(
                    f.value(QLatin1String(key)).isString() && !f.value(QLatin1String(key)).toString().isEmpty(), key);
            QVERIFY(f.value(QStringLiteral("nodes")).isArray());
            const QString severity = f.value(QStringLiteral("severity")).toString();
            QVERIFY(severity == QLatin1String("error") || severity == QLatin1String("warning")
                || severity == QLatin1String("info"));
            if (f.value(QStringLiteral("rule")).toString() == QLatin1String("missing-secrets")) {
                secrets = true;
                QCOMPARE(f.value(QStringLiteral("nodes")).toArray(), QJsonArray{QStringLiteral("db")});
            }
        }
        QVERIFY(secrets);
    }

    void validateBadFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QDir bad(QStringLiteral(CW_TEST_DATA "/bad"));
        const QStringList names = bad.entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 30);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << bad.filePath(name);
    }

    void validateBadFiles()
    {
        QFETCH(QString, path);
        const CliRun r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 2); // bad input, and not a crash (-2)
        QCOMPARE(r.out, QString());
        const QStringList err = outputLines(r.err);
        QCOMPARE(err.size(), 1); // one clear line
        QVERIFY2(err.first().startsWith(path + QStringLiteral(": ")), qPrintable(err.first()));
        QVERIFY2(err.first().size() > path.size() + 12, qPrintable(err.first()));
    }

    void validateMissingFile()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("/no/such/file.cwa")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("/no/such/file.cwa: no such file"));
    }

    void validateExitCodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        const QString rules = QStringLiteral(CW_TEST_DATA "/../rules/");
        QTest::newRow("built well: no finding") << rules + QStringLiteral("seed-churn/churn-good.cwa") << 0;
        QTest::newRow("warnings only") << rules + QStringLiteral("seed-churn/churn-training-reads-crm.cwa") << 0;
        QTest::newRow("an error") << rules + QStringLiteral("public-database/positive.cwa") << 1;
        QTest::newRow("bad input") << QStringLiteral(CW_TEST_DATA "/bad/not-json.cwa") << 2;
    }

    void validateExitCodes()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        QCOMPARE(runCli({QStringLiteral("validate"), path}).code, code);
        QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--json"), path}).code, code);
    }

    void suppressedFindingsCarryTheirReason()
    {
        // A copy of a positive fixture with the finding suppressed on its subject.
        QFile in(QStringLiteral(CW_TEST_DATA "/../rules/public-database/positive.cwa"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        const CliRun before = runCli({QStringLiteral("validate"), in.fileName(), QStringLiteral("--json")});
        QString subject;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(before.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("public-database"))
                subject = v.toObject().value(QStringLiteral("nodes")).toArray().first().toString();
        }
        QVERIFY(!subject.isEmpty());
        QJsonArray nodes = doc.value(QStringLiteral("nodes")).toArray();
        for (int i = 0; i < nodes.size(); ++i) {
            QJsonObject n = nodes[i].toObject();
            if (n.value(QStringLiteral("id")).toString() == subject) {
                n.insert(QStringLiteral("suppress"),
                    QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("public-database")},
                        {QStringLiteral("reason"), QStringLiteral("Read replica for a public demo")}}});
                nodes[i] = n;
            }
        }
        doc.insert(QStringLiteral("nodes"), nodes);
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("suppressed.cwa")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();

        const CliRun r = runCli({QStringLiteral("validate"), out.fileName(), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("rule")).toString() != QLatin1String("public-database"))
                continue;
            found = true;
            QCOMPARE(f.value(QStringLiteral("suppressed")).toBool(), true);
            QCOMPARE(f.value(QStringLiteral("reason")).toString(), QStringLiteral("Read replica for a public demo"));
        }
        QVERIFY(found);
        const QJsonObject summary = jsonOutput(r.out).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("suppressed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(),
            jsonOutput(before.out).value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt()
                - 1);
        // Not counted as an error any more; the text report leaves it out of the list.
        const CliRun text = runCli({QStringLiteral("validate"), out.fileName()});
        QVERIFY(!text.out.contains(QStringLiteral(": public-database: ")));
        QVERIFY(text.out.contains(QStringLiteral("suppressed")));
    }

    void validateFolder()
    {
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("validate"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("folder")));
    }

    // A name is the user's text: whatever is in it, each finding stays on its two lines and
    // no line is forged.
    void namesCannotBreakTheTextOutput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("names.cwa"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"cloudwright\", \"formatVersion\": 1,\n"
                "\"nodes\": [{\"id\": \"vm\", \"kind\": \"compute.vm\",\n"
                "             \"name\": \"Evil\\nfake.cwa: error: forged\\u001b[2J\"},\n"
                "           {\"id\": \"s3\", \"kind\": \"storage.object\"}],\n"
                "\"edges\": [{\"id\": \"e\", \"from\": \"vm\", \"to\": \"s3\", \"kind\": \"data\"}]}\n");
        f.close();
        const CliRun r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 1);
        for (const QString& line : outputLines(r.out)) {
            QVERIFY2(line.startsWith(path + QStringLiteral(": ")) || line.startsWith(QStringLiteral("    fix: ")),
                qPrintable(line));
            QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line));
        }
        QVERIFY(r.out.contains(QStringLiteral("Evil\\nfake.cwa: error: forged\\u001b[2J")));
    }

    void validateHelpAndEndOfOptions()
    {
        const CliRun help = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("Usage:")));
        const CliRun file = runCli({QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral(CW_SAMPLE)});
        QVERIFY2(file.code == 0 || file.code == 1, qPrintable(file.err));

        // "-" is a file name, and so is anything after "--".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString& name : {QStringLiteral("-"), QStringLiteral("--json")})
            QVERIFY(QFile::copy(QStringLiteral(CW_SAMPLE), dir.filePath(name)));
        const CliRun dash = runCli({QStringLiteral("validate"), QStringLiteral("-")}, dir.path());
        QCOMPARE(dash.code, 1);
        QVERIFY2(dash.out.startsWith(QStringLiteral("-: ")), qPrintable(dash.out + dash.err));
        const CliRun named
            = runCli({QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(named.code, 1);
        QVERIFY2(named.out.startsWith(QStringLiteral("--json: ")), qPrintable(named.out + named.err));
    }

    void newerVersionIsRefusedWithReason()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral(CW_TEST_DATA "/bad/format-version-2.cwa")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer Cloudwright")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("formatVersion")));
    }

    void badInputAsJson_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("place");   // the place, or a part of it
        QTest::addColumn<QString>("message"); // a part of the message
        const QString bad = QStringLiteral(CW_TEST_DATA "/bad/");
        QTest::newRow("missing file") << QStringLiteral("/no/such/file.cwa") << QString()
                                      << QStringLiteral("no such file");
        QTest::newRow("not JSON") << bad + QStringLiteral("not-json.cwa") << QStringLiteral("line ")
                                  << QStringLiteral("JSON");
        QTest::newRow("newer version") << bad + QStringLiteral("format-version-2.cwa")
                                       << QStringLiteral("formatVersion") << QStringLiteral("newer Cloudwright");
        QTest::newRow("unknown kind") << bad + QStringLiteral("unknown-node-kind.cwa") << QStringLiteral("nodes[")
                                      << QStringLiteral("kind");
        QTest::newRow("dangling edge") << bad + QStringLiteral("dangling-edge-to.cwa") << QStringLiteral("edges[")
                                       << QStringLiteral("no node or group");
    }

    // Each class of bad input, under --json: the error object on stdout, the same error
    // as one line on stderr, exit 2.
    void badInputAsJson()
    {
        QFETCH(QString, path);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("--json"), path});
        QCOMPARE(r.code, 2);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.keys(), QStringList{QStringLiteral("error")});
        const QJsonObject error = doc.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("file")).toString(), path);
        const QString gotPlace = error.value(QStringLiteral("place")).toString();
        const QString gotMessage = error.value(QStringLiteral("message")).toString();
        if (place.isEmpty())
            QCOMPARE(gotPlace, QString());
        else
            QVERIFY2(gotPlace.contains(place), qPrintable(gotPlace));
        QVERIFY2(gotMessage.contains(message), qPrintable(gotMessage));
        const QString line = place.isEmpty()
            ? path + QStringLiteral(": ") + gotMessage
            : path + QStringLiteral(": ") + gotPlace + QStringLiteral(": ") + gotMessage;
        QCOMPARE(outputLines(r.err), QStringList{line});
    }

    void validateBadFilesAsJson_data() { validateBadFiles_data(); }

    // Every bad fixture gives the error object, naming the file, with a message.
    void validateBadFilesAsJson()
    {
        QFETCH(QString, path);
        const CliRun r = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        const QJsonObject error = jsonOutput(r.out).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("file")).toString(), path);
        QVERIFY(error.value(QStringLiteral("place")).isString());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(outputLines(r.err).size(), 1);
    }

    void summaryCounts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QList<int>>("counts"); // nodes, groups, edges, errors, warnings, infos, suppressed
        QTest::addColumn<bool>("automaticLayout");
        const QString golden = QStringLiteral(CW_TEST_DATA "/golden/");
        QTest::newRow("sample") << QStringLiteral(CW_SAMPLE) << QStringLiteral("all") << QList<int>{8, 4, 8, 1, 2, 5, 0}
                                << false;
        QTest::newRow("no layout") << golden + QStringLiteral("v1-no-layout.cwa") << QStringLiteral("all")
                                   << QList<int>{} << true;
        QTest::newRow("every field") << golden + QStringLiteral("v1-every-field.cwa") << QString() << QList<int>{}
                                     << false;
    }

    // The JSON summary carries every count of the text summary, with the same values.
    void summaryCounts()
    {
        QFETCH(QString, path);
        QFETCH(QString, profile);
        QFETCH(QList<int>, counts);
        QFETCH(bool, automaticLayout);
        const QJsonObject summary = summaryOf(path);
        const char* keys[] = {"nodes", "groups", "edges", "errors", "warnings", "infos", "suppressed"};
        for (const char* key : keys)
            QVERIFY2(summary.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(summary.value(QStringLiteral("automaticLayout")).isBool());
        QVERIFY(summary.value(QStringLiteral("profile")).isString());
        QCOMPARE(summary.value(QStringLiteral("automaticLayout")).toBool(), automaticLayout);
        if (!profile.isEmpty())
            QCOMPARE(summary.value(QStringLiteral("profile")).toString(), profile);
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(summary.value(QLatin1String(keys[i])).toInt(), counts[i]);

        // The text summary line says the same.
        const QString text = outputLines(runCli({QStringLiteral("validate"), path}).out).last();
        static const QRegularExpression line(
            QStringLiteral(": (\\d+) nodes?, (\\d+) groups?, (\\d+) edges?( \\(automatic layout\\))?; (\\d+) errors?, "
                           "(\\d+) warnings?, (\\d+) infos?(, (\\d+) suppressed)?$"));
        const QRegularExpressionMatch m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const int groupOf[] = {1, 2, 3, 5, 6, 7, 9};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(summary.value(QLatin1String(keys[i])).toInt(), m.captured(groupOf[i]).toInt());
        QCOMPARE(!m.captured(4).isEmpty(), automaticLayout);
    }

    void summaryNamesTheProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = withProfile(dir, QStringLiteral(CW_SAMPLE), QStringLiteral("security"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(summaryOf(path).value(QStringLiteral("profile")).toString(), QStringLiteral("security"));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
