// `cloudwright` as reviewers and CI call it: exit codes, one clear line per problem,
// no display needed.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless commands must work where there is no display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CW_APP), args);
        if (!p.waitForFinished(30000))
            return {};
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2; // -2: crashed
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("cloudwright ")));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("cloudwright validate FILE")));
    }

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
        const Run r = run({QStringLiteral("validate"), path});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // loaded; 1 when a rule finds an error
        QCOMPARE(r.err, QString());
        const QStringList out = lines(r.out);
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
        const Run r = run({QStringLiteral("validate"), QStringLiteral(CW_SAMPLE)});
        QCOMPARE(r.code, 1); // the sample has no secret manager: an error, for teaching
        QVERIFY2(r.out.contains(QStringLiteral(": error: missing-secrets: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("8 nodes, 4 groups, 8 edges; 1 error")), qPrintable(r.out));
    }

    void validateJson()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral(CW_SAMPLE), QStringLiteral("--json")});
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
        const Run r = run({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 2); // bad input, and not a crash (-2)
        QCOMPARE(r.out, QString());
        const QStringList err = lines(r.err);
        QCOMPARE(err.size(), 1); // one clear line
        QVERIFY2(err.first().startsWith(path + QStringLiteral(": ")), qPrintable(err.first()));
        QVERIFY2(err.first().size() > path.size() + 12, qPrintable(err.first()));
    }

    void validateMissingFile()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("/no/such/file.cwa")});
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
        QCOMPARE(run({QStringLiteral("validate"), path}).code, code);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--json"), path}).code, code);
    }

    void suppressedFindingsCarryTheirReason()
    {
        // A copy of a positive fixture with the finding suppressed on its subject.
        QFile in(QStringLiteral(CW_TEST_DATA "/../rules/public-database/positive.cwa"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        const Run before = run({QStringLiteral("validate"), in.fileName(), QStringLiteral("--json")});
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

        const Run r = run({QStringLiteral("validate"), out.fileName(), QStringLiteral("--json")});
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
        // Not counted as an error any more; the text report leaves it out of the list.
        const Run text = run({QStringLiteral("validate"), out.fileName()});
        QVERIFY(!text.out.contains(QStringLiteral(": public-database: ")));
        QVERIFY(text.out.contains(QStringLiteral("suppressed")));
    }

    void validateFolder()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("validate"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("folder")));
    }

    void validateUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{QStringLiteral("validate")};
        QTest::newRow("two files") << QStringList{
            QStringLiteral("validate"), QStringLiteral("a.cwa"), QStringLiteral("b.cwa")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("validate"), QStringLiteral("--frobnicate"), QStringLiteral(CW_SAMPLE)};
    }

    void validateUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
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
        const Run r = run({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 1);
        for (const QString& line : lines(r.out)) {
            QVERIFY2(line.startsWith(path + QStringLiteral(": ")) || line.startsWith(QStringLiteral("    fix: ")),
                qPrintable(line));
            QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line));
        }
        QVERIFY(r.out.contains(QStringLiteral("Evil\\nfake.cwa: error: forged\\u001b[2J")));
    }

    void editorRefusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a mistyped command") << QStringList{QStringLiteral("valdate")} << QStringLiteral("no such file");
        QTest::newRow("a missing file") << QStringList{QStringLiteral("/no/such/arch.cwa")}
                                        << QStringLiteral("no such file");
        QTest::newRow("a folder") << QStringList{QStringLiteral(CW_TEST_DATA)} << QStringLiteral("a folder");
        QTest::newRow("no display") << QStringList{QStringLiteral(CW_SAMPLE)} << QStringLiteral("no display");
        QTest::newRow("--version with more") << QStringList{QStringLiteral("--version"), QStringLiteral("x")}
                                             << QStringLiteral("takes no arguments");
    }

    // Without a display, and with what it cannot open, the editor says so in one line
    // and exits 2; it never aborts.
    void editorRefusesWhatItCannotOpen()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(lines(r.err).first().contains(phrase), qPrintable(r.err));
    }

    void validateHelpAndEndOfOptions()
    {
        const Run help = run({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("Usage:")));
        const Run file = run({QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral(CW_SAMPLE)});
        QVERIFY2(file.code == 0 || file.code == 1, qPrintable(file.err));
    }

    void newerVersionIsRefusedWithReason()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral(CW_TEST_DATA "/bad/format-version-2.cwa")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer Cloudwright")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("formatVersion")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
