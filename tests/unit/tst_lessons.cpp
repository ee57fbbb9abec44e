// Lessons (docs/lessons.md): the reader refuses bad lessons with the place, one row per
// case; the shipped lessons load and name only what their diagrams hold; a lesson can
// travel inside a .cwa. tst_exercise_solutions grades every shipped exercise against a
// scripted solution.
#include "core_test_helpers.h"

#include "teach/exercise_reader.h"
#include "teach/grading.h"
#include "teach/lesson_reader.h"

#include <QtTest>

using namespace cw;
using namespace cw::teach;

namespace {

// A valid lesson on the typical ML product whose steps are `steps` (JSON text).
QByteArray withSteps(const char* steps, const char* diagram = "\"01-typical-ml-product\"")
{
    return QByteArrayLiteral(R"({"format": "cloudwright-lesson", "formatVersion": 1, "id": "l", "title": "L",
        "diagram": )")
        + diagram + ", \"steps\": " + steps + "}";
}

LessonLoad read(const QByteArray& bytes)
{
    return readLesson(bytes, QStringLiteral("lesson.json"), test::catalog(), RuleBook::builtin());
}

Exercise shippedExercise(const QString& id)
{
    const ExerciseLoad load = readExerciseFile(
        QStringLiteral(":/exercises/%1.json").arg(id), test::catalog(), RuleBook::builtin());
    if (!load.ok())
        qWarning("%s", qPrintable(load.error.toString()));
    return load.ok() ? *load.exercise : Exercise{};
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShippedLessonLoads()
    {
        const QStringList files = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 7);
        for (const QString& name : files) {
            const LessonLoad load
                = readLessonFile(QStringLiteral(":/lessons/") + name, test::catalog(), RuleBook::builtin());
            QVERIFY2(load.ok(), qPrintable(load.error.toString()));
            const Lesson& l = *load.lesson;
            QVERIFY2(l.steps.size() >= 4, qPrintable(name));
            QVERIFY(!l.templateId.isEmpty());
            QVERIFY(!l.diagram.nodes.empty());
            int exercises = 0;
            int questions = 0;
            for (const LessonStep& s : l.steps) {
                QVERIFY(!s.narration.isEmpty());
                for (const QList<Id>& ids : {s.reveal, s.highlight, s.flow}) {
                    for (const Id& id : ids) {
                        const bool there = std::any_of(l.diagram.nodes.begin(), l.diagram.nodes.end(),
                                               [&](const Node& n) { return n.id == id; })
                            || std::any_of(l.diagram.edges.begin(), l.diagram.edges.end(),
                                [&](const Edge& e) { return e.id == id; })
                            || std::any_of(l.diagram.groups.begin(), l.diagram.groups.end(),
                                [&](const Group& g) { return g.id == id; });
                        QVERIFY2(there, qPrintable(name + QStringLiteral(": ") + id));
                    }
                }
                QCOMPARE(s.flowEdges.size(), s.flow.isEmpty() ? 0 : s.flow.size() - 1);
                exercises += s.exercise ? 1 : 0;
                questions += int(s.quiz.size());
            }
            QVERIFY2(exercises >= 1, qPrintable(name));
            QVERIFY2(questions >= 2, qPrintable(name));
            // By the last step the whole diagram is on the screen.
            const QSet<Id> shown = l.visibleAt(int(l.steps.size()) - 1);
            for (const Node& n : l.diagram.nodes)
                QVERIFY2(shown.contains(n.id), qPrintable(name + QStringLiteral(": ") + n.id));
        }
        QCOMPARE(builtinLessons().size(), std::size_t(files.size()));
    }

    // Each lesson's exercise is shipped as a file too, with the same conditions.
    void lessonExercisesAreShippedAsFiles()
    {
        for (const Lesson& l : builtinLessons()) {
            for (const LessonStep& s : l.steps) {
                if (!s.exercise)
                    continue;
                const Exercise file = shippedExercise(s.exercise->id);
                QVERIFY2(!file.conditions.empty(), qPrintable(s.exercise->id));
                QCOMPARE(file.conditions, s.exercise->conditions);
                QCOMPARE(file.title, s.exercise->title);
            }
        }
    }

    void revealsStepByStep()
    {
        const LessonLoad load
            = readLessonFile(QStringLiteral(":/lessons/05-five-pitfalls.json"), test::catalog(), RuleBook::builtin());
        QVERIFY2(load.ok(), qPrintable(load.error.toString()));
        const Lesson& l = *load.lesson;
        QCOMPARE(l.templateId, QStringLiteral("01-typical-ml-product"));
        const QSet<Id> first = l.visibleAt(0);
        // users, lb, api; the edges between them; the frames around lb and api.
        QCOMPARE(first,
            (QSet<Id>{"users", "lb", "api", "e1", "e2", "public", "private", "vpc", "region"}));
        QCOMPARE(l.steps[0].flowEdges, (QList<Id>{"e1", "e2"}));
        const QSet<Id> second = l.visibleAt(1);
        QVERIFY(second.contains(QStringLiteral("db")));
        QVERIFY(second.contains(QStringLiteral("e3"))); // api -> db, both ends shown
        QVERIFY(!second.contains(QStringLiteral("iam")));
        // The third step's flow runs sched -> train -> data along e5 and e6 (drawn train -> data).
        QCOMPARE(l.steps[2].flowEdges, (QList<Id>{"e5", "e6"}));
    }

    void aLessonWithoutRevealsShowsEverything()
    {
        const LessonLoad load = read(withSteps(R"([{"narration": "Look.", "highlight": ["db"]}])"));
        QVERIFY2(load.ok(), qPrintable(load.error.toString()));
        QCOMPARE(load.lesson->visibleAt(0).size(), qsizetype(11 + 11 + 4));
    }

    void quizAnswersByIndexOrText()
    {
        const LessonLoad load = read(withSteps(R"([{"narration": "n", "quiz": [
            {"question": "q1", "choices": ["a", "b"], "answer": 1},
            {"question": "q2", "choices": ["a", "b", "c"], "answer": " c ", "explanation": "because"}]}])"));
        QVERIFY2(load.ok(), qPrintable(load.error.toString()));
        QCOMPARE(load.lesson->steps[0].quiz[0].answer, 1);
        QCOMPARE(load.lesson->steps[0].quiz[1].answer, 2);
        QCOMPARE(load.lesson->steps[0].quiz[1].explanation, QStringLiteral("because"));
    }

    void anEmbeddedDiagram()
    {
        const LessonLoad load = read(withSteps(R"([{"narration": "n", "reveal": ["a", "b"], "flow": ["a", "b"]}])",
            R"({"format": "cloudwright", "formatVersion": 1, "nodes": [{"id": "a", "kind": "external.users"},
               {"id": "b", "kind": "compute.function"}], "edges": [{"id": "e", "from": "a", "to": "b"}]})"));
        QVERIFY2(load.ok(), qPrintable(load.error.toString()));
        QVERIFY(load.lesson->templateId.isEmpty());
        QCOMPARE(load.lesson->diagram.nodes.size(), std::size_t(2));
        QCOMPARE(load.lesson->steps[0].flowEdges, (QList<Id>{"e"}));
    }

    void refusesBadLessons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("line 1, column 12")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("an exercise") << QByteArray(R"({"format": "cloudwright-exercise", "formatVersion": 1})")
                                     << QStringLiteral("format") << QStringLiteral("expected \"cloudwright-lesson\"");
        QTest::newRow("newer") << QByteArray(R"({"format": "cloudwright-lesson", "formatVersion": 9})")
                               << QStringLiteral("formatVersion") << QStringLiteral("newer Cloudwright");
        QTest::newRow("no steps") << QByteArray(R"({"format": "cloudwright-lesson", "formatVersion": 1, "id": "l",
            "title": "L", "diagram": "01-typical-ml-product"})")
                                  << QString() << QStringLiteral("\"steps\" is missing");
        QTest::newRow("steps empty") << withSteps("[]") << QStringLiteral("steps")
                                     << QStringLiteral("at least one step");
        QTest::newRow("no diagram") << QByteArray(R"({"format": "cloudwright-lesson", "formatVersion": 1, "id": "l",
            "title": "L", "steps": [{"narration": "n"}]})")
                                    << QString() << QStringLiteral("\"diagram\" is missing");
        QTest::newRow("unknown template") << withSteps(R"([{"narration": "n"}])", "\"01-typical-ml-prodcut\"")
                                          << QStringLiteral("diagram")
                                          << QStringLiteral("(did you mean \"01-typical-ml-product\"?)");
        QTest::newRow("diagram a number") << withSteps(R"([{"narration": "n"}])", "7") << QStringLiteral("diagram")
                                          << QStringLiteral("must be a template id or a .cwa document");
        QTest::newRow("bad embedded diagram")
            << withSteps(R"([{"narration": "n"}])",
                   R"({"format": "cloudwright", "formatVersion": 1, "nodes": [{"id": "a", "kind": "compute.vmm"}]})")
            << QStringLiteral("diagram.nodes[0] (id \"a\").kind") << QStringLiteral("unknown node kind \"compute.vmm\"");
        QTest::newRow("narration missing") << withSteps(R"([{"title": "t"}])") << QStringLiteral("steps[0]")
                                           << QStringLiteral("\"narration\" is missing");
        QTest::newRow("a step is a string") << withSteps(R"(["n"])") << QStringLiteral("steps[0]")
                                            << QStringLiteral("must be an object");
        QTest::newRow("a misspelt step key") << withSteps(R"([{"narration": "n", "hightlight": ["db"]}])")
                                             << QStringLiteral("steps[0].hightlight")
                                             << QStringLiteral("(did you mean \"highlight\"?)");
        QTest::newRow("reveal a string") << withSteps(R"([{"narration": "n", "reveal": "db"}])")
                                         << QStringLiteral("steps[0].reveal") << QStringLiteral("must be an array of ids");
        QTest::newRow("reveal an unknown id") << withSteps(R"([{"narration": "n"}, {"narration": "n", "reveal": ["lb", "bd"]}])")
                                              << QStringLiteral("steps[1].reveal[1]")
                                              << QStringLiteral("names \"bd\", which is no node, group or edge");
        QTest::newRow("highlight before reveal")
            << withSteps(R"([{"narration": "n", "reveal": ["users"], "highlight": ["db"]}, {"narration": "n", "reveal": ["db"]}])")
            << QStringLiteral("steps[0].highlight[0]") << QStringLiteral("not shown yet");
        QTest::newRow("show an unknown view") << withSteps(R"([{"narration": "n", "show": "costs"}])")
                                              << QStringLiteral("steps[0].show")
                                              << QStringLiteral("unknown view \"costs\" (did you mean \"cost\"?)");
        QTest::newRow("show a number") << withSteps(R"([{"narration": "n", "show": 3}])")
                                       << QStringLiteral("steps[0].show") << QStringLiteral("must be a string");
        QTest::newRow("flow of one") << withSteps(R"([{"narration": "n", "flow": ["users"]}])")
                                     << QStringLiteral("steps[0].flow") << QStringLiteral("names one node");
        QTest::newRow("flow through a group") << withSteps(R"([{"narration": "n", "flow": ["users", "vpc"]}])")
                                              << QStringLiteral("steps[0].flow[1]") << QStringLiteral("is not a node");
        QTest::newRow("flow off the edges") << withSteps(R"([{"narration": "n", "flow": ["users", "lb", "db"]}])")
                                            << QStringLiteral("steps[0].flow[2]")
                                            << QStringLiteral("no edge joins \"lb\" and \"db\"");
        QTest::newRow("flow through the hidden")
            << withSteps(R"([{"narration": "n", "reveal": ["users"], "flow": ["users", "lb"]}, {"narration": "n", "reveal": ["lb"]}])")
            << QStringLiteral("steps[0].flow[1]") << QStringLiteral("not shown yet");
        QTest::newRow("exercise without conditions") << withSteps(R"([{"narration": "n", "exercise": {"text": "t"}}])")
                                                     << QStringLiteral("steps[0].exercise")
                                                     << QStringLiteral("\"conditions\" is missing");
        QTest::newRow("exercise unknown rule")
            << withSteps(R"([{"narration": "n", "exercise": {"text": "t", "conditions": [{"noFinding": "nope"}]}}])")
            << QStringLiteral("steps[0].exercise.conditions[0].noFinding") << QStringLiteral("unknown rule id \"nope\"");
        QTest::newRow("exercise unknown key")
            << withSteps(R"([{"narration": "n", "exercise": {"text": "t", "condition": []}}])")
            << QStringLiteral("steps[0].exercise.condition") << QStringLiteral("unknown field \"condition\"");
        QTest::newRow("quiz an object") << withSteps(R"([{"narration": "n", "quiz": {"question": "q"}}])")
                                        << QStringLiteral("steps[0].quiz") << QStringLiteral("must be an array of questions");
        QTest::newRow("one choice") << withSteps(R"([{"narration": "n", "quiz": [{"question": "q", "choices": ["a"], "answer": 0}]}])")
                                    << QStringLiteral("steps[0].quiz[0].choices") << QStringLiteral("at least two");
        QTest::newRow("answer out of range")
            << withSteps(R"([{"narration": "n", "quiz": [{"question": "q", "choices": ["a", "b"], "answer": 2}]}])")
            << QStringLiteral("steps[0].quiz[0].answer") << QStringLiteral("from 0 (the first) to 1");
        QTest::newRow("answer not a choice")
            << withSteps(R"([{"narration": "n", "quiz": [{"question": "q", "choices": ["a", "b"], "answer": "c"}]}])")
            << QStringLiteral("steps[0].quiz[0].answer") << QStringLiteral("\"c\" is none of the choices");
        QTest::newRow("answer missing")
            << withSteps(R"([{"narration": "n", "quiz": [{"question": "q", "choices": ["a", "b"]}]}])")
            << QStringLiteral("steps[0].quiz[0]") << QStringLiteral("\"answer\" is missing");
        QTest::newRow("the same choice twice")
            << withSteps(R"([{"narration": "n", "quiz": [{"question": "q", "choices": ["a", "a"], "answer": 0}]}])")
            << QStringLiteral("steps[0].quiz[0].choices[1]") << QStringLiteral("already choice 0");
    }

    void refusesBadLessons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const LessonLoad r = read(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("lesson.json"));
        QCOMPARE(r.error.place, place);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    }

    // A lesson inside a .cwa (the top-level "lesson" key) runs on that file's diagram; the
    // diagram opens whatever the lesson holds, and the lesson's error names its place.
    void aLessonTravelsInsideACwa()
    {
        const QByteArray good = R"({"format": "cloudwright", "formatVersion": 1,
            "nodes": [{"id": "u", "kind": "external.users"}, {"id": "f", "kind": "compute.function"}],
            "edges": [{"id": "e", "from": "u", "to": "f", "kind": "request"}],
            "lesson": {"id": "mine", "title": "Mine", "steps": [{"narration": "n", "flow": ["u", "f"]},
                {"narration": "m", "exercise": {"text": "t", "conditions": [{"hasKind": "security.iam"}]}}]}})";
        LoadResult opened = readCwa(good, QStringLiteral("mine.cwa"), test::catalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
        const LessonLoad lesson = readEmbeddedLesson(*opened.diagram, QStringLiteral("mine.cwa"), test::catalog(),
            RuleBook::builtin());
        QVERIFY2(lesson.ok(), qPrintable(lesson.error.toString()));
        QCOMPARE(lesson.lesson->id, QStringLiteral("mine"));
        QCOMPARE(lesson.lesson->steps[1].exercise->id, QStringLiteral("mine-step-2"));
        QVERIFY(lesson.lesson->diagram.extra.find("lesson") == lesson.lesson->diagram.extra.end());
        // Saved again, the lesson is kept (an unknown top-level key, file-format.md).
        const QByteArray saved = writeCwa(*opened.diagram);
        QVERIFY(saved.contains("\"lesson\""));

        QByteArray bad = good;
        bad.replace("\"flow\": [\"u\", \"f\"]", "\"flow\": [\"u\", \"g\"]");
        opened = readCwa(bad, QStringLiteral("mine.cwa"), test::catalog());
        QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
        const LessonLoad refused = readEmbeddedLesson(*opened.diagram, QStringLiteral("mine.cwa"), test::catalog(),
            RuleBook::builtin());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.place, QStringLiteral("lesson.steps[0].flow[1]"));

        QByteArray withDiagram = good;
        withDiagram.replace("\"id\": \"mine\"", "\"id\": \"mine\", \"diagram\": \"01-typical-ml-product\"");
        opened = readCwa(withDiagram, QStringLiteral("mine.cwa"), test::catalog());
        QVERIFY(opened.ok());
        const LessonLoad two = readEmbeddedLesson(*opened.diagram, QStringLiteral("mine.cwa"), test::catalog(),
            RuleBook::builtin());
        QCOMPARE(two.error.place, QStringLiteral("lesson.diagram"));

        // A .cwa without a lesson has none, and no error.
        opened = readCwa(R"({"format": "cloudwright", "formatVersion": 1})", QStringLiteral("x.cwa"), test::catalog());
        const LessonLoad none = readEmbeddedLesson(*opened.diagram, QStringLiteral("x.cwa"), test::catalog(),
            RuleBook::builtin());
        QVERIFY(!none.ok());
        QVERIFY(none.error.message.isEmpty());
    }

    // The complete examples of docs/lessons.md read as they are printed there.
    void theDocumentedExamplesRead()
    {
        QFile file(QDir::cleanPath(test::dataPath(QStringLiteral("../../docs/lessons.md"))));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        QStringList blocks;
        for (qsizetype at = doc.indexOf(QStringLiteral("```json\n")); at >= 0;
             at = doc.indexOf(QStringLiteral("```json\n"), at + 1)) {
            const qsizetype start = at + 8;
            blocks << doc.mid(start, doc.indexOf(QStringLiteral("```"), start) - start);
        }
        int exercises = 0;
        int lessons = 0;
        int embedded = 0;
        for (const QString& block : std::as_const(blocks)) {
            const QByteArray bytes = block.toUtf8();
            if (block.contains(QStringLiteral("\"format\": \"cloudwright-exercise\""))) {
                const ExerciseLoad r = readExercise(bytes, QStringLiteral("docs"), test::catalog(), RuleBook::builtin());
                QVERIFY2(r.ok(), qPrintable(r.error.toString()));
                ++exercises;
            } else if (block.contains(QStringLiteral("\"format\": \"cloudwright-lesson\""))) {
                const LessonLoad r = read(bytes);
                QVERIFY2(r.ok(), qPrintable(r.error.toString()));
                QCOMPARE(r.lesson->steps.back().exercise.has_value(), true);
                ++lessons;
            } else if (block.contains(QStringLiteral("\"lesson\": {"))) {
                const LoadResult d = readCwa(bytes, QStringLiteral("docs.cwa"), test::catalog());
                QVERIFY2(d.ok(), qPrintable(d.error.toString()));
                const LessonLoad r
                    = readEmbeddedLesson(*d.diagram, QStringLiteral("docs.cwa"), test::catalog(), RuleBook::builtin());
                QVERIFY2(r.ok(), qPrintable(r.error.toString()));
                ++embedded;
            }
        }
        QCOMPARE(exercises, 1);
        QCOMPARE(lessons, 1);
        QCOMPARE(embedded, 1);
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
