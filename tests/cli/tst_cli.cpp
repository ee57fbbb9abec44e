// `cloudwright` as a program: --version, --help, the command table, and what it says to
// a command, an option or a file it does not know. Exit 2 and one clear line, never a crash.
#include "cli_process.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    // The command names the program's --help lists ("  cloudwright NAME ...").
    static QStringList listedCommands()
    {
        static const QRegularExpression line(QStringLiteral("^  cloudwright ([a-z][a-z0-9-]*) "));
        QStringList names;
        for (const QString& l : outputLines(runCli({QStringLiteral("--help")}).out)) {
            const QRegularExpressionMatch m = line.match(l);
            if (m.hasMatch())
                names << m.captured(1);
        }
        return names;
    }

    // The error object of the contract, with its three strings.
    static bool isErrorObject(const QJsonObject& doc, QJsonObject* error)
    {
        *error = doc.value(QStringLiteral("error")).toObject();
        return doc.size() == 1 && error->size() == 3 && error->value(QStringLiteral("file")).isString()
            && error->value(QStringLiteral("place")).isString() && error->value(QStringLiteral("message")).isString();
    }

private Q_SLOTS:
    void version()
    {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("cloudwright ")));
        QCOMPARE(r.err, QString());
    }

    void help()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(QStringLiteral("cloudwright [FILE]")));
        QVERIFY(r.out.contains(QStringLiteral("cloudwright validate FILE [--json]")));
        QVERIFY(r.out.contains(QStringLiteral("cloudwright COMMAND --help")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(listedCommands().contains(QStringLiteral("validate")));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        const QStringList names = listedCommands();
        QVERIFY(!names.isEmpty());
        for (const QString& name : names) {
            for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")})
                QTest::newRow(qPrintable(name + QLatin1Char(' ') + flag)) << name << flag;
        }
    }

    // Every command the program lists explains itself, from the same table.
    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        const CliRun r = runCli({command, flag});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: cloudwright %1 ").arg(command)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Options:\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(r.out));
        // Its usage line is the one the program's --help gives.
        const QString usage = outputLines(r.out).first().mid(int(qstrlen("Usage: ")));
        QVERIFY2(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("  ") + usage), qPrintable(usage));
    }

    void validateHelpNamesItsOptions()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        QVERIFY(r.out.contains(QStringLiteral("FILE: PLACE: MESSAGE")));
    }

    void unknownCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("deploy x.cwa") << QStringList{QStringLiteral("deploy"), QStringLiteral("x.cwa")}
                                     << QStringLiteral("cloudwright: unknown command \"deploy\"");
        QTest::newRow("deploy with options") << QStringList{QStringLiteral("deploy"), QStringLiteral(CW_SAMPLE),
            QStringLiteral("--to"), QStringLiteral("prod")}
                                            << QStringLiteral("cloudwright: unknown command \"deploy\"");
        QTest::newRow("deploy --help") << QStringList{QStringLiteral("deploy"), QStringLiteral("--help")}
                                      << QStringLiteral("cloudwright: unknown command \"deploy\"");
        QTest::newRow("a lone word") << QStringList{QStringLiteral(
            "deploy")} << QStringLiteral("cloudwright: unknown command \"deploy\", and no file of that name");
        QTest::newRow("a mistyped command")
            << QStringList{QStringLiteral("valdate"), QStringLiteral(CW_SAMPLE)}
            << QStringLiteral("cloudwright: unknown command \"valdate\" (did you mean \"validate\"?)");
        QTest::newRow("a mistyped lone command")
            << QStringList{QStringLiteral("validat")}
            << QStringLiteral(
                   "cloudwright: unknown command \"validat\" (did you mean \"validate\"?), and no file of that name");
    }

    // A command this version does not have is named as such, with where to look.
    void unknownCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        const QStringList err = outputLines(r.err);
        QCOMPARE(err.size(), 2);
        QCOMPARE(err.first(), line);
        QVERIFY2(err.last().contains(QStringLiteral("cloudwright --help")), qPrintable(err.last()));
    }

    void unknownCommandUnderJson()
    {
        const CliRun r = runCli({QStringLiteral("deploy"), QStringLiteral("x.cwa"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(r.out), &error), qPrintable(r.out));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("unknown command \"deploy\""));
        QCOMPARE(error.value(QStringLiteral("file")).toString(), QString());
        QVERIFY(outputLines(r.err).first().contains(QStringLiteral("unknown command \"deploy\"")));
    }

    void unknownOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("line");
        const QString sample = QStringLiteral(CW_SAMPLE);
        const QString frob = QStringLiteral("--frobnicate");
        const QString json = QStringLiteral("--json");
        const QString validate = QStringLiteral("validate");
        QTest::newRow("program") << QStringList{frob} << false
                                 << QStringLiteral("cloudwright: unknown option --frobnicate");
        QTest::newRow("program, short") << QStringList{QStringLiteral("-x"), sample} << false
                                        << QStringLiteral("cloudwright: unknown option -x");
        QTest::newRow("validate") << QStringList{validate, frob, sample} << false
                                  << QStringLiteral("cloudwright validate: unknown option --frobnicate");
        QTest::newRow("validate, short") << QStringList{validate, QStringLiteral("-q"), sample} << false
                                         << QStringLiteral("cloudwright validate: unknown option -q");
        QTest::newRow("validate, --json first") << QStringList{validate, json, frob, sample} << true
                                                << QStringLiteral("cloudwright validate: unknown option --frobnicate");
        QTest::newRow("validate, --json last") << QStringList{validate, frob, sample, json} << true
                                               << QStringLiteral("cloudwright validate: unknown option --frobnicate");
    }

    // An option that is not known stops the command before it reads anything; under
    // --json the error is also an object on stdout.
    void unknownOption()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, json);
        QFETCH(QString, line);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(outputLines(r.err).first(), line);
        // A command's usage follows; the program's points at --help.
        QVERIFY2(
            r.err.contains(args.first() == QLatin1String("validate") ? QStringLiteral("Usage: cloudwright validate")
                                                                     : QStringLiteral("cloudwright --help")),
            qPrintable(r.err));
        if (!json) {
            QCOMPARE(r.out, QString());
            return;
        }
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(r.out), &error), qPrintable(r.out));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("unknown option --frobnicate"));
        QCOMPARE(error.value(QStringLiteral("file")).toString(), QString());
        QCOMPARE(error.value(QStringLiteral("place")).toString(), QString());
    }

    void valueForAFlag()
    {
        const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("--json=yes"), QStringLiteral(CW_SAMPLE)});
        QCOMPARE(r.code, 2);
        const QString line = outputLines(r.err).first();
        QVERIFY2(line.startsWith(QStringLiteral("cloudwright validate: ")) && line.contains(QStringLiteral("--json")),
            qPrintable(line));
        // JSON was asked for, if clumsily: the error comes as JSON too.
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(r.out), &error), qPrintable(r.out));
        QCOMPARE(QStringLiteral("cloudwright validate: ") + error.value(QStringLiteral("message")).toString(), line);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString validate = QStringLiteral("validate");
        QTest::newRow("no file") << QStringList{validate} << QStringLiteral("expected FILE");
        QTest::newRow("two files") << QStringList{validate, QStringLiteral("a.cwa"), QStringLiteral("b.cwa")}
                                   << QStringLiteral("expected only FILE, found also \"b.cwa\"");
        QTest::newRow("only options") << QStringList{validate, QStringLiteral("--")} << QStringLiteral("expected FILE");
    }

    // A command line that cannot run says what is wrong and shows the usage; with --json
    // the same message is an error object on stdout.
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun text = runCli(args);
        QCOMPARE(text.code, 2);
        QCOMPARE(text.out, QString());
        QCOMPARE(outputLines(text.err).first(), QStringLiteral("cloudwright validate: ") + message);
        QVERIFY(text.err.contains(QStringLiteral("Usage: cloudwright validate FILE")));

        QStringList withJson = args;
        withJson.insert(1, QStringLiteral("--json"));
        const CliRun json = runCli(withJson);
        QCOMPARE(json.code, 2);
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(json.out), &error), qPrintable(json.out));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    }

    void editorRefusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a missing file") << QStringList{QStringLiteral("/no/such/arch.cwa")}
                                        << QStringLiteral("cloudwright: /no/such/arch.cwa: no such file");
        QTest::newRow("a missing file named like a word")
            << QStringList{QStringLiteral("arch.cwa")} << QStringLiteral("cloudwright: arch.cwa: no such file");
        QTest::newRow("a missing file named -")
            << QStringList{QStringLiteral("-")} << QStringLiteral("cloudwright: -: no such file");
        QTest::newRow("a folder") << QStringList{QStringLiteral(CW_TEST_DATA)} << QStringLiteral("a folder");
        QTest::newRow("no display") << QStringList{QStringLiteral(CW_SAMPLE)} << QStringLiteral("no display");
        QTest::newRow("two files") << QStringList{QStringLiteral(CW_SAMPLE), QStringLiteral(CW_SAMPLE)}
                                   << QStringLiteral("unexpected arguments");
        QTest::newRow("--version with more")
            << QStringList{QStringLiteral("--version"), QStringLiteral("x")} << QStringLiteral("takes no arguments");
        QTest::newRow("--help with more") << QStringList{QStringLiteral("--help"), QStringLiteral("validate")}
                                          << QStringLiteral("takes no arguments");
    }

    // Without a display, and with what it cannot open, the editor says so in one line
    // and exits 2; it never aborts.
    void editorRefusesWhatItCannotOpen()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(outputLines(r.err).first().contains(phrase), qPrintable(r.err));
    }

    // A file whose name is a word is a file, not an unknown command.
    void aFileNamedLikeACommandOpensInTheEditor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(QStringLiteral(CW_SAMPLE), dir.filePath(QStringLiteral("deploy"))));
        const CliRun r = runCli({QStringLiteral("deploy")}, dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("cloudwright: no display")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
