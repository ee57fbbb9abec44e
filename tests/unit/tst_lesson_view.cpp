// What a lesson step asks of the canvas (core/teach/lesson_view.h): which of the lesson's
// own items are hidden, and which way the step's flow walks each edge.
#include "core_test_helpers.h"
#include "rules/rule_book.h"
#include "teach/lesson_reader.h"
#include "teach/lesson_view.h"

#include <QtTest>

using namespace cw;

namespace {
// u -> f (request), f -> db (data): a flow u, f, db, f walks the data edge back.
const char* kLesson = R"({"format": "cloudwright-lesson", "formatVersion": 1, "id": "t", "title": "T",
  "diagram": {"format": "cloudwright", "formatVersion": 1,
    "groups": [{"id": "vpc", "kind": "vpc"}],
    "nodes": [{"id": "u", "kind": "external.users"}, {"id": "f", "kind": "compute.function", "group": "vpc"},
              {"id": "db", "kind": "database.sql", "group": "vpc"}],
    "edges": [{"id": "e1", "from": "u", "to": "f", "kind": "request"},
              {"id": "e2", "from": "f", "to": "db", "kind": "data"}]},
  "steps": [
    {"narration": "in", "reveal": ["u", "f"], "flow": ["u", "f"]},
    {"narration": "state", "reveal": ["db"], "flow": ["u", "f", "db", "f", "u"]},
    {"narration": "no flow"}]})";

teach::Lesson lesson()
{
    teach::LessonLoad load = teach::readLesson(kLesson, QStringLiteral("t.json"), test::catalog(), RuleBook::builtin());
    if (!load.ok())
        qFatal("%s", qPrintable(load.error.toString()));
    return *load.lesson;
}

QString legsText(const std::vector<teach::FlowLeg>& legs)
{
    QStringList out;
    for (const teach::FlowLeg& leg : legs)
        out << (leg.backwards ? QStringLiteral("<") : QStringLiteral(">")) + leg.edge;
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestLessonView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flowLegsFollowTheFlowsDirection_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("legs");
        QTest::newRow("along the edge") << 0 << QStringLiteral(">e1");
        QTest::newRow("there and back") << 1 << QStringLiteral(">e1 >e2 <e2 <e1");
        QTest::newRow("no flow") << 2 << QString();
        QTest::newRow("before the first step") << -1 << QString();
        QTest::newRow("past the last step") << 3 << QString();
    }

    void flowLegsFollowTheFlowsDirection()
    {
        QFETCH(int, step);
        QFETCH(QString, legs);
        QCOMPARE(legsText(teach::flowLegs(lesson(), step)), legs);
    }

    void hiddenAtIsTheLessonsOwnItemsNotShown_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("step 1: the database, its edge") << 0 << QStringList{"db", "e2"};
        QTest::newRow("step 2: everything") << 1 << QStringList{};
        QTest::newRow("step 3 keeps what was revealed") << 2 << QStringList{};
    }

    void hiddenAtIsTheLessonsOwnItemsNotShown()
    {
        QFETCH(int, step);
        QFETCH(QStringList, hidden);
        QStringList got = teach::hiddenAt(lesson(), step).values();
        got.sort();
        hidden.sort();
        QCOMPARE(got, hidden);
    }

    void aLessonThatRevealsNothingHidesNothing()
    {
        teach::Lesson l = lesson();
        for (teach::LessonStep& s : l.steps)
            s.reveal.clear();
        QVERIFY(!l.reveals());
        QVERIFY(teach::hiddenAt(l, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLessonView)
#include "tst_lesson_view.moc"
