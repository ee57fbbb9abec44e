// `cloudwright check FILE --exercise EXERCISE [--json]` on the built binary: exit 0 when
// every condition is met, 1 when not yet, 2 for bad input in either file; --json as
// design.md gives it, in the exercise's order.
#include "cli_process.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString exercise(const char* name)
{
    return QStringLiteral(CW_RESOURCES "/exercises/") + QLatin1String(name);
}

QString templateFile(const char* name)
{
    return QStringLiteral(CW_RESOURCES "/templates/") + QLatin1String(name);
}

QString fixture(const char* name)
{
    return QStringLiteral(CW_TEST_DATA "/teach/") + QLatin1String(name);
}

const char* const kFivePitfalls = "five-pitfalls-cost-controls.json";

bool isErrorObject(const QJsonObject& doc, QJsonObject* error)
{
    if (doc.size() != 1 || !doc.value(QStringLiteral("error")).isObject())
        return false;
    *error = doc.value(QStringLiteral("error")).toObject();
    return error->value(QStringLiteral("file")).isString() && error->value(QStringLiteral("place")).isString()
        && error->value(QStringLiteral("message")).isString();
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void notYet()
    {
        const CliRun r = runCli({QStringLiteral("check"), templateFile("01-typical-ml-product.cwa"),
            QStringLiteral("--exercise"), exercise(kFivePitfalls)});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QString());
        const QStringList lines = outputLines(r.out);
        QCOMPARE(lines.size(), 1 + 8 + 1); // the title, one line per condition, the summary
        QVERIFY2(lines.first().endsWith(QStringLiteral("Put a budget on the typical ML product "
                                                       "(five-pitfalls-cost-controls)")),
            qPrintable(lines.first()));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("  [ ] Still missing: an AWS Budgets node (cost.budget)")),
            qPrintable(lines.at(2)));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("  [x] No \"missing-iam\" finding")), qPrintable(lines.at(5)));
        QCOMPARE(lines.last(), QStringLiteral("5 of 8 conditions met: not yet."));
    }

    void passed()
    {
        const CliRun r = runCli({QStringLiteral("check"), fixture("typical-with-budget.cwa"),
            QStringLiteral("--exercise"), exercise(kFivePitfalls)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(outputLines(r.out).last(), QStringLiteral("All 8 conditions met: passed."));
        QVERIFY(!r.out.contains(QStringLiteral("[ ]")));
    }

    void jsonContract()
    {
        const CliRun r = runCli({QStringLiteral("check"), templateFile("01-typical-ml-product.cwa"),
            QStringLiteral("--exercise"), exercise(kFivePitfalls), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QString());
        const QJsonObject doc = jsonOutput(r.out);
        QVERIFY(doc.value(QStringLiteral("passed")).isBool());
        QCOMPARE(doc.value(QStringLiteral("passed")).toBool(), false);
        const QJsonArray conditions = doc.value(QStringLiteral("conditions")).toArray();
        QCOMPARE(conditions.size(), 8);
        QList<bool> met;
        for (const QJsonValue& v : conditions) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QStringLiteral("met")).isBool());
            QVERIFY(!c.value(QStringLiteral("message")).toString().isEmpty());
            met << c.value(QStringLiteral("met")).toBool();
        }
        // The exercise's order: no-cost-controls, budget, connected, budget-exceeded, iam,
        // secrets, observability, cost.
        QCOMPARE(met, (QList<bool>{false, false, false, true, true, true, true, true}));
        const QJsonObject cost = conditions.at(7).toObject();
        QCOMPARE(cost.value(QStringLiteral("condition")).toObject().value(QStringLiteral("monthlyCostBelow")).toDouble(),
            300.0);
        QVERIFY2(cost.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Month 1 costs $244.00")),
            qPrintable(cost.value(QStringLiteral("message")).toString()));

        const CliRun pass = runCli({QStringLiteral("check"), fixture("typical-with-budget.cwa"),
            QStringLiteral("--exercise"), exercise(kFivePitfalls), QStringLiteral("--json")});
        QCOMPARE(pass.code, 0);
        QCOMPARE(jsonOutput(pass.out).value(QStringLiteral("passed")).toBool(), true);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("diagram"); // "@name": written into a temporary folder
        QTest::addColumn<QByteArray>("diagramBytes");
        QTest::addColumn<QString>("exerciseFile");
        QTest::addColumn<QByteArray>("exerciseBytes");
        QTest::addColumn<bool>("blameExercise");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        const QByteArray good = QByteArrayLiteral(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": "x", "title": "T", "text": "t", "conditions": [{"hasKind": "compute.vm"}]})");
        QTest::newRow("diagram missing") << QStringLiteral("@missing") << QByteArray() << QStringLiteral("@ex.json")
                                         << good << false << QString() << QStringLiteral("no such file");
        QTest::newRow("diagram not JSON") << QStringLiteral("@d.cwa") << QByteArray("{nope") << QStringLiteral("@ex.json")
                                          << good << false << QStringLiteral("line 1, column 3")
                                          << QStringLiteral("not valid JSON");
        QTest::newRow("diagram unknown kind")
            << QStringLiteral("@d.cwa")
            << QByteArray(R"({"format": "cloudwright", "formatVersion": 1, "nodes": [{"id": "a", "kind": "x.y"}]})")
            << QStringLiteral("@ex.json") << good << false << QStringLiteral("nodes[0] (id \"a\").kind")
            << QStringLiteral("unknown node kind");
        QTest::newRow("exercise missing") << QString() << QByteArray() << QStringLiteral("@none.json") << QByteArray()
                                          << true << QString() << QStringLiteral("no such file");
        QTest::newRow("exercise a diagram") << QString() << QByteArray() << QStringLiteral("@ex.json")
                                            << QByteArray(R"({"format": "cloudwright", "formatVersion": 1})") << true
                                            << QStringLiteral("format") << QStringLiteral("this is a diagram");
        QTest::newRow("exercise newer") << QString() << QByteArray() << QStringLiteral("@ex.json")
                                        << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 2})")
                                        << true << QStringLiteral("formatVersion") << QStringLiteral("newer");
        QByteArray unknownRule = good;
        unknownRule.replace(R"({"hasKind": "compute.vm"})", R"({"hasKind": "compute.vm"}, {"noFinding": "no-iam"})");
        QTest::newRow("exercise unknown rule") << QString() << QByteArray() << QStringLiteral("@ex.json") << unknownRule
                                               << true << QStringLiteral("conditions[1].noFinding")
                                               << QStringLiteral("unknown rule id \"no-iam\"");
        QByteArray badCost = good;
        badCost.replace(R"({"hasKind": "compute.vm"})", R"({"monthlyCostBelow": -1})");
        QTest::newRow("exercise negative cost") << QString() << QByteArray() << QStringLiteral("@ex.json") << badCost
                                                << true << QStringLiteral("conditions[0].monthlyCostBelow")
                                                << QStringLiteral("greater than 0");
        QTest::newRow("a cost goal on a diagram in euros")
            << QStringLiteral("@d.cwa") << QByteArray(R"({"format": "cloudwright", "formatVersion": 1, "meta": {"currency": "EUR"}})")
            << QStringLiteral("@ex.json") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
                "id": "x", "title": "T", "text": "t", "conditions": [{"monthlyCostBelow": 5}]})")
            << false << QStringLiteral("meta.currency") << QStringLiteral("EUR");
    }

    // One line on stderr naming the file and the place; under --json the error object.
    void badInput()
    {
        QFETCH(QString, diagram);
        QFETCH(QByteArray, diagramBytes);
        QFETCH(QString, exerciseFile);
        QFETCH(QByteArray, exerciseBytes);
        QFETCH(bool, blameExercise);
        QFETCH(QString, place);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto resolve = [&](const QString& spec, const QByteArray& bytes) {
            if (spec.isEmpty())
                return templateFile("01-typical-ml-product.cwa");
            const QByteArray name = spec.mid(1).toUtf8();
            return bytes.isEmpty() ? dir.filePath(spec.mid(1)) : writeFile(dir, name.constData(), bytes);
        };
        const QString diagramPath = resolve(diagram, diagramBytes);
        const QString exercisePath = resolve(exerciseFile, exerciseBytes);
        const QString blamed = blameExercise ? exercisePath : diagramPath;

        CliRun r = runCli({QStringLiteral("check"), diagramPath, QStringLiteral("--exercise"), exercisePath});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        const QStringList err = outputLines(r.err);
        QCOMPARE(err.size(), 1);
        const QString start = blamed + QStringLiteral(": ") + (place.isEmpty() ? QString() : place + QStringLiteral(": "));
        QVERIFY2(err.first().startsWith(start), qPrintable(err.first()));
        QVERIFY2(err.first().contains(message), qPrintable(err.first()));

        r = runCli({QStringLiteral("check"), diagramPath, QStringLiteral("--exercise"), exercisePath,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(r.out), &error), qPrintable(r.out));
        QCOMPARE(error.value(QStringLiteral("file")).toString(), blamed);
        QCOMPARE(error.value(QStringLiteral("place")).toString(), place);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(message), qPrintable(r.out));
    }

    void exerciseIsRequired()
    {
        const CliRun r = runCli({QStringLiteral("check"), templateFile("01-typical-ml-product.cwa"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--exercise EXERCISE is required")), qPrintable(r.err));
        QJsonObject error;
        QVERIFY2(isErrorObject(jsonOutput(r.out), &error), qPrintable(r.out));
    }

    // The grading loop of docs/lessons.md: a folder of submissions, one verdict each.
    void gradesAFolderOfSubmissions()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture("typical-with-budget.cwa"), dir.filePath(QStringLiteral("alice.cwa"))));
        QVERIFY(QFile::copy(templateFile("01-typical-ml-product.cwa"), dir.filePath(QStringLiteral("bob.cwa"))));
        writeFile(dir, "carol.cwa", "{\"format\": \"cloudwright\"");
        QList<int> codes;
        for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name))
            codes << runCli({QStringLiteral("check"), dir.filePath(name), QStringLiteral("--exercise"),
                         exercise(kFivePitfalls), QStringLiteral("--json")})
                         .code;
        QCOMPARE(codes, (QList<int>{0, 1, 2}));
    }

    void helpNamesTheExercise()
    {
        const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: cloudwright check FILE --exercise EXERCISE [--json]")));
        QVERIFY(r.out.contains(QStringLiteral("docs/lessons.md")));
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("cloudwright check FILE --exercise")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
