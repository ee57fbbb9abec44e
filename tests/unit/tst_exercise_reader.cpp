// Exercise files (docs/lessons.md): every legal file reads, and every bad one is refused
// with one message that names the file and the place, one row per case.
#include "core_test_helpers.h"

#include "teach/exercise_reader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::teach;

namespace {

// A valid exercise whose conditions are `conditions` (JSON text).
QByteArray withConditions(const char* conditions)
{
    return QByteArrayLiteral(R"({"format": "cloudwright-exercise", "formatVersion": 1, "id": "x", "title": "T",
        "text": "Do it", "conditions": )")
        + conditions + "}";
}

ExerciseLoad read(const QByteArray& bytes)
{
    return readExercise(bytes, QStringLiteral("ex.json"), test::catalog(), RuleBook::builtin());
}

} // namespace

class TestExerciseReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheContractsExample()
    {
        const ExerciseLoad r = read(R"({ "format": "cloudwright-exercise", "formatVersion": 1, "id": "churn-secure",
  "title": "Secure the churn product", "text": "what the student is asked to do",
  "conditions": [
    {"noFinding": "missing-iam"},
    {"hasKind": "security.secrets", "min": 1},
    {"connected": {"from": "network.load_balancer", "to": "compute.kubernetes", "edge": "request"}},
    {"monthlyCostBelow": 500},
    {"finding": "no-cost-controls"} ] })");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const Exercise& e = *r.exercise;
        QCOMPARE(e.id, QStringLiteral("churn-secure"));
        QCOMPARE(e.title, QStringLiteral("Secure the churn product"));
        QCOMPARE(e.text, QStringLiteral("what the student is asked to do"));
        QCOMPARE(e.conditions.size(), std::size_t(5));
        QCOMPARE(e.conditions[0].type, ConditionType::NoFinding);
        QCOMPARE(e.conditions[0].rule, QStringLiteral("missing-iam"));
        QCOMPARE(e.conditions[1].type, ConditionType::HasKind);
        QCOMPARE(e.conditions[1].kind, QStringLiteral("security.secrets"));
        QCOMPARE(e.conditions[1].min, 1);
        QCOMPARE(e.conditions[2].type, ConditionType::Connected);
        QCOMPARE(e.conditions[2].from, QStringLiteral("network.load_balancer"));
        QCOMPARE(e.conditions[2].to, QStringLiteral("compute.kubernetes"));
        QCOMPARE(e.conditions[2].edge, std::optional<EdgeKind>(EdgeKind::Request));
        QCOMPARE(e.conditions[3].type, ConditionType::MonthlyCostBelow);
        QCOMPARE(e.conditions[3].below, cost::Money::fromMicros(500'000'000));
        QCOMPARE(e.conditions[4].type, ConditionType::Finding);
        QCOMPARE(e.conditions[4].rule, QStringLiteral("no-cost-controls"));
    }

    void acceptsLegalVariations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("normalized"); // the first condition, as toJson() writes it
        QTest::newRow("no edge: any kind") << withConditions(
            R"([{"connected": {"to": "compute.kubernetes", "from": "network.load_balancer"}}])")
                                           << R"({"connected":{"from":"network.load_balancer","to":"compute.kubernetes"}})";
        QTest::newRow("edge null: any kind")
            << withConditions(R"([{"connected": {"from": "network.load_balancer", "to": "compute.vm", "edge": null}}])")
            << R"({"connected":{"from":"network.load_balancer","to":"compute.vm"}})";
        QTest::newRow("blanks around ids") << withConditions(R"([{"noFinding": "  missing-iam\t"}])")
                                           << R"({"noFinding":"missing-iam"})";
        QTest::newRow("JSON white space everywhere") << QByteArray(
            "\n{\r\n\t\"format\" : \"cloudwright-exercise\" ,\"formatVersion\":1,\"id\":\"x\",\"title\":\"T\","
            "\"text\":\"t\",\n\"conditions\" : [ { \"hasKind\" :\n\"security.iam\" , \"min\" : 3 } ] }\n  ")
                                                     << R"({"hasKind":"security.iam","min":3})";
        QTest::newRow("min 2.0 is whole") << withConditions(R"([{"min": 2.0, "hasKind": "compute.vm"}])")
                                          << R"({"hasKind":"compute.vm","min":2})";
        QTest::newRow("cents") << withConditions(R"([{"monthlyCostBelow": 499.99}])")
                               << R"({"monthlyCostBelow":499.99})";
        QTest::newRow("unknown top-level keys are the teacher's")
            << QByteArrayLiteral(R"({"format": "cloudwright-exercise", "formatVersion": 1, "id": "x", "title": "T",
                "text": "t", "author": "me", "$schema": "x", "conditions": [{"finding": "missing-iam"}]})")
            << R"({"finding":"missing-iam"})";
        QTest::newRow("an older version number is fine as version 1")
            << QByteArrayLiteral(R"({"formatVersion": 1, "format": "cloudwright-exercise", "conditions":
                [{"hasKind": "cost.budget"}], "text": "t", "title": "T", "id": "x"})")
            << R"({"hasKind":"cost.budget"})";
    }

    void acceptsLegalVariations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, normalized);
        const ExerciseLoad r = read(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(QString::fromStdString(r.exercise->conditions.front().toJson().dump()), normalized);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message"); // a part of it

        QTest::newRow("empty") << QByteArray("  \n") << QString() << QStringLiteral("the file is empty");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"cloudwright-exercise\",\n oops}")
                                  << QStringLiteral("line 2, column 2") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[1]") << QString()
                                  << QStringLiteral("not an exercise file: the document is an array");
        QTest::newRow("format missing") << QByteArray(R"({"formatVersion": 1})") << QString()
                                        << QStringLiteral("\"format\" is missing");
        QTest::newRow("a diagram") << QByteArray(R"({"format": "cloudwright", "formatVersion": 1})")
                                   << QStringLiteral("format") << QStringLiteral("this is a diagram");
        QTest::newRow("format a number") << QByteArray(R"({"format": 3, "formatVersion": 1})")
                                         << QStringLiteral("format") << QStringLiteral("expected \"cloudwright-exercise\"");
        QTest::newRow("version missing") << QByteArray(R"({"format": "cloudwright-exercise"})") << QString()
                                         << QStringLiteral("\"formatVersion\" is missing");
        QTest::newRow("version newer") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 2})")
                                       << QStringLiteral("formatVersion") << QStringLiteral("newer Cloudwright");
        QTest::newRow("version huge")
            << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1e30})")
            << QStringLiteral("formatVersion") << QStringLiteral("newer Cloudwright");
        QTest::newRow("version 1.5") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1.5})")
                                     << QStringLiteral("formatVersion") << QStringLiteral("must be a whole number");
        QTest::newRow("version 0") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 0})")
                                   << QStringLiteral("formatVersion") << QStringLiteral("does not exist");
        QTest::newRow("version a string")
            << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": "1"})")
            << QStringLiteral("formatVersion") << QStringLiteral("must be a whole number");
        QTest::newRow("id missing") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "title": "T", "text": "t", "conditions": [{"hasKind": "compute.vm"}]})")
                                    << QString() << QStringLiteral("\"id\" is missing");
        QTest::newRow("id a number") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": 7, "title": "T", "text": "t", "conditions": [{"hasKind": "compute.vm"}]})")
                                     << QStringLiteral("id") << QStringLiteral("must be a string, found a number");
        QTest::newRow("text blank") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": "x", "title": "T", "text": "", "conditions": [{"hasKind": "compute.vm"}]})")
                                    << QStringLiteral("text") << QStringLiteral("must not be empty");
        QTest::newRow("id blank") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": " ", "title": "T", "text": "t", "conditions": [{"hasKind": "compute.vm"}]})")
                                  << QStringLiteral("id") << QStringLiteral("must not be empty");
        QTest::newRow("title missing") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": "x", "text": "t", "conditions": [{"hasKind": "compute.vm"}]})")
                                       << QString() << QStringLiteral("\"title\" is missing");
        QTest::newRow("text null") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": "x", "title": "T", "text": null, "conditions": [{"hasKind": "compute.vm"}]})")
                                   << QStringLiteral("text") << QStringLiteral("must be a string, found null");
        QTest::newRow("conditions missing") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1,
            "id": "x", "title": "T", "text": "t"})")
                                            << QString() << QStringLiteral("\"conditions\" is missing");
        QTest::newRow("conditions an object") << withConditions(R"({"hasKind": "compute.vm"})")
                                              << QStringLiteral("conditions")
                                              << QStringLiteral("must be an array of conditions, found an object");
        QTest::newRow("conditions empty") << withConditions("[]") << QStringLiteral("conditions")
                                          << QStringLiteral("at least one condition");
        QTest::newRow("a condition is a string") << withConditions(R"(["missing-iam"])")
                                                 << QStringLiteral("conditions[0]")
                                                 << QStringLiteral("must be an object such as");
        QTest::newRow("an empty condition") << withConditions(R"([{"hasKind": "compute.vm"}, {}])")
                                            << QStringLiteral("conditions[1]") << QStringLiteral("is empty");
        QTest::newRow("unknown condition") << withConditions(R"([{"hasKind": "compute.vm"}, {"hasKnd": "x"}])")
                                           << QStringLiteral("conditions[1].hasKnd")
                                           << QStringLiteral("unknown condition \"hasKnd\" (did you mean \"hasKind\"?)");
        QTest::newRow("two conditions in one") << withConditions(R"([{"noFinding": "missing-iam", "hasKind": "compute.vm"}])")
                                               << QStringLiteral("conditions[0]") << QStringLiteral("holds two conditions");
        QTest::newRow("unknown rule id") << withConditions(R"([{"noFinding": "missing-iamm"}])")
                                         << QStringLiteral("conditions[0].noFinding")
                                         << QStringLiteral("unknown rule id \"missing-iamm\" (did you mean \"missing-iam\"?)");
        QTest::newRow("rule id a number") << withConditions(R"([{"finding": 3}])")
                                          << QStringLiteral("conditions[0].finding")
                                          << QStringLiteral("must be a string, found a number");
        QTest::newRow("rule id empty") << withConditions(R"([{"finding": ""}])")
                                       << QStringLiteral("conditions[0].finding") << QStringLiteral("must not be empty");
        QTest::newRow("unknown node kind") << withConditions(R"([{"hasKind": "security.secret"}])")
                                           << QStringLiteral("conditions[0].hasKind")
                                           << QStringLiteral("unknown node kind \"security.secret\"");
        QTest::newRow("min 0") << withConditions(R"([{"hasKind": "compute.vm", "min": 0}])")
                               << QStringLiteral("conditions[0].min") << QStringLiteral("whole number of 1 or more");
        QTest::newRow("min negative") << withConditions(R"([{"hasKind": "compute.vm", "min": -2}])")
                                      << QStringLiteral("conditions[0].min") << QStringLiteral("whole number of 1 or more");
        QTest::newRow("min 1.5") << withConditions(R"([{"hasKind": "compute.vm", "min": 1.5}])")
                                 << QStringLiteral("conditions[0].min") << QStringLiteral("whole number of 1 or more");
        QTest::newRow("min a string") << withConditions(R"([{"hasKind": "compute.vm", "min": "2"}])")
                                      << QStringLiteral("conditions[0].min") << QStringLiteral("found \"2\"");
        QTest::newRow("min too big") << withConditions(R"([{"hasKind": "compute.vm", "min": 1e9}])")
                                     << QStringLiteral("conditions[0].min") << QStringLiteral("at most 100000");
        QTest::newRow("min without hasKind") << withConditions(R"([{"noFinding": "missing-iam", "min": 2}])")
                                             << QStringLiteral("conditions[0].min")
                                             << QStringLiteral("unknown field \"min\" in a noFinding condition");
        QTest::newRow("a typo beside hasKind") << withConditions(R"([{"hasKind": "compute.vm", "mni": 2}])")
                                               << QStringLiteral("conditions[0].mni")
                                               << QStringLiteral("(did you mean \"min\"?)");
        QTest::newRow("connected a string") << withConditions(R"([{"connected": "lb"}])")
                                            << QStringLiteral("conditions[0].connected")
                                            << QStringLiteral("must be an object such as");
        QTest::newRow("connected without to") << withConditions(R"([{"connected": {"from": "compute.vm"}}])")
                                              << QStringLiteral("conditions[0].connected")
                                              << QStringLiteral("\"to\" is missing");
        QTest::newRow("connected unknown kind")
            << withConditions(R"([{"connected": {"from": "compute.vm", "to": "database.sqll"}}])")
            << QStringLiteral("conditions[0].connected.to") << QStringLiteral("unknown node kind \"database.sqll\"");
        QTest::newRow("unknown edge kind")
            << withConditions(R"([{"connected": {"from": "compute.vm", "to": "database.sql", "edge": "http"}}])")
            << QStringLiteral("conditions[0].connected.edge") << QStringLiteral("unknown edge kind \"http\"");
        QTest::newRow("unknown key in connected")
            << withConditions(R"([{"connected": {"from": "compute.vm", "to": "database.sql", "kind": "data"}}])")
            << QStringLiteral("conditions[0].connected.kind") << QStringLiteral("unknown field \"kind\"");
        QTest::newRow("cost negative") << withConditions(R"([{"monthlyCostBelow": -5}])")
                                       << QStringLiteral("conditions[0].monthlyCostBelow")
                                       << QStringLiteral("must be greater than 0");
        QTest::newRow("cost zero") << withConditions(R"([{"monthlyCostBelow": 0}])")
                                   << QStringLiteral("conditions[0].monthlyCostBelow")
                                   << QStringLiteral("must be greater than 0");
        QTest::newRow("cost a string") << withConditions(R"([{"monthlyCostBelow": "500"}])")
                                       << QStringLiteral("conditions[0].monthlyCostBelow")
                                       << QStringLiteral("must be a number of US dollars, found \"500\"");
        QTest::newRow("cost huge") << withConditions(R"([{"monthlyCostBelow": 1e300}])")
                                   << QStringLiteral("conditions[0].monthlyCostBelow") << QStringLiteral("at most 1e12");
        QTest::newRow("the third condition") << withConditions(
            R"([{"hasKind": "compute.vm"}, {"noFinding": "missing-iam"}, {"hasKind": "compute.vm", "min": true}])")
                                             << QStringLiteral("conditions[2].min") << QStringLiteral("found true");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const ExerciseLoad r = read(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("ex.json"));
        QCOMPARE(r.error.place, place);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        // One line, naming the file and the place, as the command line prints it.
        const QString line = r.error.toString();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(line.startsWith(QStringLiteral("ex.json: ") + (place.isEmpty() ? QString() : place + QStringLiteral(": "))));
    }

    void refusesMissingFilesAndFolders()
    {
        QTemporaryDir dir;
        const ExerciseLoad missing
            = readExerciseFile(dir.filePath(QStringLiteral("nope.json")), test::catalog(), RuleBook::builtin());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error.message, QStringLiteral("no such file"));
        const ExerciseLoad folder = readExerciseFile(dir.path(), test::catalog(), RuleBook::builtin());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error.message.contains(QStringLiteral("folder")));
    }

    void theBundledExercisesRead()
    {
        const auto exercises = builtinExercises();
        QVERIFY(exercises.size() >= 2);
        // None is left out for failing to read.
        QCOMPARE(qsizetype(exercises.size()), QDir(QStringLiteral(":/exercises")).entryList({QStringLiteral("*.json")}).size());
        for (const auto& [name, e] : exercises) {
            QVERIFY2(!e.conditions.empty(), qPrintable(name));
            QCOMPARE(name, e.id + QStringLiteral(".json")); // a file is named by its id
        }
    }
};

QTEST_GUILESS_MAIN(TestExerciseReader)
#include "tst_exercise_reader.moc"
