// Every bundled exercise (resources/exercises) FAILS on the diagram it starts from and
// PASSES once a scripted solution is applied: the edits a student would make, through
// core/edit as the editor makes them. The solutions are a table; an exercise shipped
// without a row fails the test. Near misses (the tempting wrong answer) fail with the
// sentence the student would read. The bundled lessons: at least seven, in teaching
// order, each ending in a live exercise that starts from the lesson's own diagram.
#include "core_test_helpers.h"

#include "cost/price_book.h"
#include "edit/edits.h"
#include "teach/exercise_reader.h"
#include "teach/grading.h"
#include "teach/lesson_reader.h"

#include <QtTest>

#include <optional>

using namespace cw;
using namespace cw::teach;

namespace {

// Applies edits in order, as the editor would, and keeps the first refusal (which edit,
// and why), so a broken script says where it broke.
class Script {
public:
    explicit Script(Architecture& model) : m_model(model) {}

    Id add(const char* kind, const char* group, Json props = Json::object())
    {
        edit::NewNode spec;
        spec.kind = QLatin1String(kind);
        spec.group = QLatin1String(group);
        spec.props = std::move(props);
        const EditResult r = edit::addNode(m_model, test::catalog(), spec);
        note(r, QStringLiteral("add ") + QLatin1String(kind));
        return r.ok() && !r.created.isEmpty() ? r.created.first() : Id();
    }
    void connect(const Id& from, const Id& to, EdgeKind kind)
    {
        note(edit::connect(m_model, from, to, kind), QStringLiteral("connect %1 to %2").arg(from, to));
    }
    void set(const Id& node, const char* key, const Json& value)
    {
        note(edit::setProperty(m_model, test::catalog(), node, QLatin1String(key), value),
            QStringLiteral("set %1.%2").arg(node, QLatin1String(key)));
    }
    void remove(const Id& id) { note(edit::removeItems(m_model, {id}), QStringLiteral("remove ") + id); }
    // The Cost menu's pricing switch on one node (Price Selection On ...).
    void pricing(const Id& node, const char* pricingModel)
    {
        note(edit::setPricingModel(m_model, test::catalog(), cost::PriceBook::builtin(),
                  QLatin1String(pricingModel), edit::PricingScope::only({node})),
            QStringLiteral("price %1 on %2").arg(node, QLatin1String(pricingModel)));
    }
    const QString& error() const { return m_error; }

private:
    void note(const EditResult& r, const QString& what)
    {
        if (m_error.isEmpty() && !r.ok())
            m_error = what + QStringLiteral(": ") + r.error;
    }

    Architecture& m_model;
    QString m_error;
};

using Solve = void (*)(Script&);

struct Solution {
    const char* exercise; ///< resources/exercises/ID.json
    const char* diagram;  ///< where it starts: a template id, or a lesson id (its diagram)
    Solve solve;
};

// One row per bundled exercise: the edits that solve it.
const Solution kSolutions[] = {
    {"cloud-observability", "05-gcp-ml-services",
        [](Script& s) {
            const Id mon = s.add("observability.monitoring", "region");
            s.connect(mon, QStringLiteral("run"), EdgeKind::Control);
            s.connect(mon, QStringLiteral("ep"), EdgeKind::Control);
            const Id alert = s.add("observability.alerting", "region");
            s.connect(alert, mon, EdgeKind::Control);
        }},
    {"service-models-notebook", "05-gcp-ml-services",
        [](Script& s) {
            s.remove(QStringLiteral("vm"));
            const Id notebook = s.add("ml.notebook", "private");
            s.connect(notebook, QStringLiteral("bucket"), EdgeKind::Data);
            s.connect(QStringLiteral("iam"), notebook, EdgeKind::Control);
        }},
    {"serverless-nightly-report", "04-serverless-upload-pipeline",
        [](Script& s) {
            const Id batch = s.add("compute.batch", "region", Json{{"max_runtime_min", 30}});
            s.remove(QStringLiteral("report"));
            s.connect(QStringLiteral("sched"), batch, EdgeKind::Event);
            s.connect(batch, QStringLiteral("results"), EdgeKind::Data);
            s.connect(QStringLiteral("iam"), batch, EdgeKind::Control);
            s.set(batch, "hours_per_month", 15);
        }},
    {"private-database", "03-pc-to-cloud",
        [](Script& s) {
            const Id db = s.add("database.sql", "private", Json{{"instance_type", "db.t3.medium"}});
            s.connect(QStringLiteral("k8s"), db, EdgeKind::Data);
            s.connect(QStringLiteral("secrets"), db, EdgeKind::Data);
        }},
    {"five-pitfalls-cost-controls", "01-typical-ml-product",
        [](Script& s) {
            const Id budget = s.add("cost.budget", "region", Json{{"monthly_limit", 300}});
            s.connect(budget, QStringLiteral("train"), EdgeKind::Control);
        }},
    {"pricing-archive-tier", "06-gpu-training-spot",
        [](Script& s) {
            const Id archive = s.add("storage.object", "region", Json{{"storage_gb", 5000}});
            s.set(archive, "storage_class", "archive");
            s.connect(QStringLiteral("gpu"), archive, EdgeKind::Data);
            s.connect(QStringLiteral("kms"), archive, EdgeKind::Control);
        }},
    {"kubernetes-reserved-floor", "03-pc-to-cloud",
        [](Script& s) {
            s.pricing(QStringLiteral("k8s"), "reserved_1y");
            const Id budget = s.add("cost.budget", "region", Json{{"monthly_limit", 400}});
            s.connect(budget, QStringLiteral("k8s"), EdgeKind::Control);
        }},
};

// A tempting wrong answer, and the start of the sentence that says what is still wrong.
struct NearMiss {
    const char* name;
    const char* exercise;
    Solve solve;
    const char* unmet;
};

const NearMiss kNearMisses[] = {
    {"monitoring without an alert", "cloud-observability",
        [](Script& s) {
            const Id mon = s.add("observability.monitoring", "region");
            s.connect(mon, QStringLiteral("run"), EdgeKind::Control);
            s.connect(mon, QStringLiteral("ep"), EdgeKind::Control);
        },
        "Still reported: a \"no-model-monitoring\" finding"},
    {"notebook beside the VM", "service-models-notebook",
        [](Script& s) {
            const Id notebook = s.add("ml.notebook", "private");
            s.connect(notebook, QStringLiteral("bucket"), EdgeKind::Data);
            s.connect(QStringLiteral("iam"), notebook, EdgeKind::Control);
        },
        "Month 1 costs $232.77"},
    {"notebook outside the VPC", "service-models-notebook",
        [](Script& s) {
            s.remove(QStringLiteral("vm"));
            const Id notebook = s.add("ml.notebook", "region");
            s.connect(notebook, QStringLiteral("bucket"), EdgeKind::Data);
            s.connect(QStringLiteral("iam"), notebook, EdgeKind::Control);
        },
        "Still reported: a \"ml-outside-vpc\" finding"},
    {"database in the public subnet", "private-database",
        [](Script& s) {
            const Id db = s.add("database.sql", "public");
            s.connect(QStringLiteral("k8s"), db, EdgeKind::Data);
            s.connect(QStringLiteral("secrets"), db, EdgeKind::Data);
        },
        "Still reported: a \"public-database\" finding"},
    {"old checkpoints on infrequent access", "pricing-archive-tier",
        [](Script& s) {
            const Id archive = s.add("storage.object", "region", Json{{"storage_gb", 5000}});
            s.set(archive, "storage_class", "infrequent");
            s.connect(QStringLiteral("gpu"), archive, EdgeKind::Data);
            s.connect(QStringLiteral("kms"), archive, EdgeKind::Control);
        },
        "Month 1 costs $647.40"},
    {"serving pods on spot", "kubernetes-reserved-floor",
        [](Script& s) {
            s.pricing(QStringLiteral("k8s"), "spot");
            const Id budget = s.add("cost.budget", "region", Json{{"monthly_limit", 400}});
            s.connect(budget, QStringLiteral("k8s"), EdgeKind::Control);
        },
        "Still reported: a \"spot-for-serving\" finding"},
};

const Solution* solutionFor(const QString& exercise)
{
    for (const Solution& s : kSolutions) {
        if (exercise == QLatin1String(s.exercise))
            return &s;
    }
    return nullptr;
}

std::optional<Exercise> shipped(const QString& id)
{
    for (const auto& entry : builtinExercises()) {
        if (entry.second.id == id)
            return entry.second;
    }
    return std::nullopt;
}

std::optional<Diagram> startingDiagram(const QString& from)
{
    if (std::optional<Diagram> t = builtinTemplate(from))
        return t;
    for (Lesson& l : builtinLessons()) {
        if (l.id == from)
            return std::move(l.diagram);
    }
    return std::nullopt;
}

Grade gradeOf(const Architecture& model, const Exercise& e)
{
    return grade(test::catalog(), cost::PriceBook::builtin(), RuleBook::builtin(), model, e);
}

QString unmet(const Grade& g)
{
    QStringList lines;
    for (const ConditionResult& r : g.conditions) {
        if (!r.met)
            lines << r.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestExerciseSolutions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every file in :/exercises reads, and has exactly one solution row; every row names
    // a shipped exercise.
    void everyExerciseHasASolution()
    {
        const QStringList files = QDir(QStringLiteral(":/exercises")).entryList({QStringLiteral("*.json")});
        const auto exercises = builtinExercises();
        QCOMPARE(exercises.size(), std::size_t(files.size()));
        for (const auto& [file, exercise] : exercises) {
            QCOMPARE(file, exercise.id + QStringLiteral(".json"));
            QVERIFY2(solutionFor(exercise.id), qPrintable(exercise.id + QStringLiteral(" has no scripted solution")));
        }
        QSet<QString> rows;
        for (const Solution& s : kSolutions) {
            QVERIFY2(shipped(QLatin1String(s.exercise)), s.exercise);
            QVERIFY2(!rows.contains(QLatin1String(s.exercise)), s.exercise);
            rows.insert(QLatin1String(s.exercise));
        }
        QCOMPARE(rows.size(), qsizetype(exercises.size()));
    }

    void failsAsShippedPassesSolved_data()
    {
        QTest::addColumn<QString>("exercise");
        for (const Solution& s : kSolutions)
            QTest::newRow(s.exercise) << QString::fromLatin1(s.exercise);
    }

    void failsAsShippedPassesSolved()
    {
        QFETCH(QString, exercise);
        const Solution* solution = solutionFor(exercise);
        const std::optional<Exercise> e = shipped(exercise);
        QVERIFY(solution && e);
        const std::optional<Diagram> start = startingDiagram(QLatin1String(solution->diagram));
        QVERIFY2(start, solution->diagram);
        Architecture model;
        model.reset(*start);
        const Grade before = gradeOf(model, *e);
        QVERIFY2(!before.passed(), "the exercise already passes on its starting diagram");

        Script script(model);
        solution->solve(script);
        QVERIFY2(script.error().isEmpty(), qPrintable(script.error()));
        const Grade after = gradeOf(model, *e);
        QVERIFY2(after.passed(), qPrintable(unmet(after)));
    }

    void nearMissesFail_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kNearMisses)); ++i)
            QTest::newRow(kNearMisses[i].name) << i;
    }

    void nearMissesFail()
    {
        QFETCH(int, row);
        const NearMiss& miss = kNearMisses[row];
        const Solution* solution = solutionFor(QLatin1String(miss.exercise));
        const std::optional<Exercise> e = shipped(QLatin1String(miss.exercise));
        QVERIFY(solution && e);
        Architecture model;
        model.reset(*startingDiagram(QLatin1String(solution->diagram)));
        Script script(model);
        miss.solve(script);
        QVERIFY2(script.error().isEmpty(), qPrintable(script.error()));
        const Grade g = gradeOf(model, *e);
        QVERIFY(!g.passed());
        const QString says = unmet(g);
        QVERIFY2(says.startsWith(QLatin1String(miss.unmet)), qPrintable(says));
    }

    // At least seven lessons, listed (file-name order) in teaching order; each ends in a
    // live exercise that is a shipped exercise starting from the lesson's own diagram.
    void theLessonsInTeachingOrder()
    {
        const std::vector<Lesson> lessons = builtinLessons();
        QVERIFY(lessons.size() >= 7);
        QStringList ids;
        for (const Lesson& l : lessons)
            ids << l.id;
        QCOMPARE(ids.mid(0, 7),
            (QStringList{"what-is-the-cloud", "service-models", "vms-containers-serverless",
                "public-private-networking", "five-pitfalls", "pricing-and-storage-tiers", "scaling-with-kubernetes"}));
        for (const Lesson& l : lessons) {
            QVERIFY2(l.steps.size() >= 4 && l.steps.size() <= 8, qPrintable(l.id));
            const std::optional<Exercise>& last = l.steps.back().exercise;
            QVERIFY2(last, qPrintable(l.id + QStringLiteral(": the last step asks no exercise")));
            const Solution* solution = solutionFor(last->id);
            QVERIFY2(solution, qPrintable(last->id));
            const QString from = QLatin1String(solution->diagram);
            QVERIFY2(from == (l.templateId.isEmpty() ? l.id : l.templateId), qPrintable(l.id));
        }
    }

    // The views the course asks for open where the lessons need them.
    void stepsOpenTheirViews()
    {
        QHash<QString, QStringList> shows;
        for (const Lesson& l : builtinLessons()) {
            for (const LessonStep& s : l.steps) {
                if (!s.show.isEmpty())
                    shows[l.id] << s.show;
            }
        }
        QVERIFY(shows.value(QStringLiteral("service-models")).contains(QStringLiteral("service-models")));
        QVERIFY(shows.value(QStringLiteral("pricing-and-storage-tiers")).contains(QStringLiteral("cost")));
        QVERIFY(shows.value(QStringLiteral("scaling-with-kubernetes")).contains(QStringLiteral("scaling")));
    }

    // Both questions of seeds/001's mini quiz are asked somewhere in the course.
    void theSeedMiniQuizIsCovered()
    {
        QStringList asked;
        for (const Lesson& l : builtinLessons()) {
            for (const LessonStep& s : l.steps) {
                for (const QuizQuestion& q : s.quiz)
                    asked << q.question;
            }
        }
        QVERIFY(asked.contains(QStringLiteral("Why is object storage so common in ML systems?")));
        QVERIFY(asked.contains(
            QStringLiteral("Why do teams prefer managed databases and managed ML services early on?")));
    }
};

QTEST_GUILESS_MAIN(TestExerciseSolutions)
#include "tst_exercise_solutions.moc"
