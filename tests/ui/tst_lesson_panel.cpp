// The lesson in the editor: File ▸ Lessons opens a bundled lesson as a new untitled
// diagram, the Lesson dock steps through it, the canvas shows what each step shows
// (and what the student added), highlights and flows, the live exercise and the quiz
// answer, and lessons carried inside a .cwa file (presentation mode: tst_presentation.cpp).
#include "advisor/advisor_panel.h"
#include "document.h"
#include "rules/rule_book.h"
#include "teach/exercise_checklist.h"
#include "teach/lesson_overlay.h"
#include "teach/lesson_panel.h"
#include "teach/lesson_reader.h"
#include "teach/lesson_session.h"
#include "teach/lesson_stage.h"
#include "teach/quiz_widget.h"
#include "view/edge_item.h"
#include "widget_test_helpers.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QRegularExpression>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cw;

namespace {
const QString kPitfalls = QStringLiteral(":/lessons/05-five-pitfalls.json");

Id addNode(Document& doc, const QString& kind, Json props = Json::object())
{
    QList<Id> created;
    edit::NewNode spec;
    spec.kind = kind;
    spec.pos = QPointF(2000, 2000);
    spec.props = std::move(props);
    if (!doc.request([&](Architecture& m) { return edit::addNode(m, doc.catalog(), spec); }, &created))
        return {};
    return created.value(0);
}

/// A .cwa with a lesson of two steps in it; `flowTo` names the flow's second node.
QByteArray embeddedLesson(const char* flowTo)
{
    return QByteArray(R"({"format": "cloudwright", "formatVersion": 1,
  "nodes": [{"id": "u", "kind": "external.users"}, {"id": "f", "kind": "compute.function"}],
  "edges": [{"id": "e", "from": "u", "to": "f", "kind": "request"}],
  "lesson": {"id": "mine", "title": "Mine", "steps": [
    {"narration": "Users call a function.", "reveal": ["u"]},
    {"narration": "Who may call it?", "reveal": ["f"], "flow": ["u", ")")
        + flowTo + R"("], "show": "service-models"}]}})";
}
} // namespace

class TestLessonPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    LessonSession& session() { return *m_window->lessonSession(); }
    bool shown(const Id& id) { return m_window->scene()->canvasItem(id)->isVisible(); }
    void openPitfalls()
    {
        m_window->document().undoStack().setClean();
        QVERIFY(m_window->openLesson(kPitfalls));
        QVERIFY(session().active());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void fileLessonsListsTheBundledLessons()
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"));
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QStringList titles;
        for (QAction* a : menu->actions()) {
            if (!a->data().toString().isEmpty()) // "&1 Title": numbered for the keyboard
                titles << a->text().remove(QRegularExpression(QStringLiteral("^&\\d "))).replace(
                    QStringLiteral("&&"), QStringLiteral("&"));
        }
        QStringList expected;
        for (const teach::Lesson& l : teach::builtinLessons())
            expected << l.title;
        QCOMPARE(titles, expected);
        QVERIFY(menu->actions().first()->toolTip() == teach::builtinLessons().front().summary);
    }

    void openingALessonGivesANewUntitledDiagram()
    {
        openPitfalls();
        const teach::Lesson& lesson = session().lesson();
        const Document& doc = m_window->document();
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.model().nodes().size(), lesson.diagram.nodes.size()); // both std::vector
        for (const Node& n : lesson.diagram.nodes)
            QVERIFY2(doc.model().node(n.id), qPrintable(n.id));
        QCOMPARE(session().step(), 0);
        QVERIFY(m_window->lessonDock()->isVisible());
        QCOMPARE(m_window->lessonPanel()->titleLabel()->text(), lesson.title);
        QVERIFY(m_window->lessonPanel()->stepLabel()->text().startsWith(QStringLiteral("Step 1 of 6")));
        QCOMPARE(m_window->lessonPanel()->narrationLabel()->text(), lesson.steps[0].narration);
        QVERIFY(!m_window->lessonPanel()->backButton()->isEnabled());
    }

    void eachStepShowsWhatVisibleAtSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("step");
        const QDir dir(QStringLiteral(":/lessons"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const auto load = teach::readLessonFile(dir.filePath(name), Catalog::builtin(), RuleBook::builtin());
            QVERIFY(load.ok());
            for (int i = 0; i < int(load.lesson->steps.size()); ++i)
                QTest::addRow("%s step %d", qPrintable(name), i + 1) << dir.filePath(name) << i;
        }
    }

    void eachStepShowsWhatVisibleAtSays()
    {
        QFETCH(QString, path);
        QFETCH(int, step);
        if (!session().active() || m_window->document().filePath() != QString() || step == 0) {
            m_window->document().undoStack().setClean();
            QVERIFY(m_window->openLesson(path));
        }
        session().setStep(step);
        QCOMPARE(session().step(), step);
        const teach::Lesson& lesson = session().lesson();
        const QSet<Id> visible = lesson.visibleAt(step);
        int hidden = 0;
        for (const Node& n : m_window->document().model().nodes()) {
            QCOMPARE(shown(n.id), visible.contains(n.id));
            hidden += shown(n.id) ? 0 : 1;
        }
        for (const Edge& e : m_window->document().model().edges())
            QCOMPARE(shown(e.id), visible.contains(e.id));
        QCOMPARE(m_window->lessonStage()->overlay()->highlights(), lesson.steps[size_t(step)].highlight);
        QCOMPARE(m_window->lessonPanel()->stepBox()->currentIndex(), step);
        QCOMPARE(m_window->lessonPanel()->nextButton()->isEnabled(), step + 1 < session().stepCount());
        QCOMPARE(m_window->document().undoStack().count(), 0); // stepping is view state: no history
        // A step's "show" opens its view beside the diagram.
        const QString show = lesson.steps[size_t(step)].show;
        const auto dock = [this](const char* name) { return m_window->findChild<QDockWidget*>(QLatin1String(name)); };
        if (show == QLatin1String("cost"))
            QVERIFY(dock("costDock")->isVisible() && !m_window->visibleRegion().isNull());
        if (show == QLatin1String("findings"))
            QVERIFY(dock("findingsDock")->isVisible());
        if (show == QLatin1String("advisor") || show == QLatin1String("scaling")) {
            QVERIFY(m_window->advisorDock()->isVisible());
            const QTabWidget* tabs = m_window->advisorPanel()->tabs();
            QCOMPARE(tabs->tabText(tabs->currentIndex()),
                show == QLatin1String("scaling") ? QStringLiteral("Scaling") : QStringLiteral("Advice"));
        }
    }

    void whatTheStudentAddsStaysVisible()
    {
        openPitfalls();
        const Id added = addNode(m_window->document(), QStringLiteral("security.secrets"));
        QVERIFY(!added.isEmpty());
        QVERIFY(shown(added));
        QVERIFY(!shown(QStringLiteral("train"))); // the lesson's own, not revealed yet
        session().next();
        QVERIFY(shown(added));
        // An edge it gets to a card not shown yet waits with that card.
        QList<Id> edge;
        QVERIFY(m_window->document().request(
            [&](Architecture& m) { return edit::connect(m, QStringLiteral("train"), added, EdgeKind::Data); }, &edge));
        QVERIFY(!shown(edge.value(0)));
        session().setStep(2);
        QVERIFY(shown(edge.value(0)));
        session().setStep(1);
        m_window->document().undoStack().undo();
        m_window->document().undoStack().undo();
        QVERIFY(!m_window->scene()->canvasItem(added));
        QCOMPARE(session().step(), 1); // undo is the model's, not the lesson's
    }

    void highlightsDimTheRestAndTheFlowRuns()
    {
        openPitfalls();
        session().setStep(2); // highlight train; flow sched -> train -> data
        const teach::LessonStep& s = session().currentStep();
        LessonOverlay* overlay = m_window->lessonStage()->overlay();
        QCOMPARE(overlay->highlights(), QList<Id>{QStringLiteral("train")});
        QCOMPARE(m_window->scene()->canvasItem(QStringLiteral("train"))->opacity(), 1.0);
        QCOMPARE(m_window->scene()->canvasItem(QStringLiteral("users"))->opacity(), LessonStage::kDimmed);
        QVERIFY(overlay->animating());
        // The dots run from the flow's first node to its last, whichever way the edges point.
        const QPolygonF path = overlay->flowPath();
        QVERIFY(path.size() >= 4);
        const QRectF first = m_window->scene()->cardRect(s.flow.first()).adjusted(-2, -2, 2, 2);
        const QRectF last = m_window->scene()->cardRect(s.flow.last()).adjusted(-2, -2, 2, 2);
        QVERIFY2(first.contains(path.first()), "the flow starts at its first node");
        QVERIFY2(last.contains(path.last()), "the flow ends at its last node");
        const QPointF before = overlay->leadDot();
        QTest::qWait(120);
        QVERIFY(overlay->leadDot() != before);

        session().setStep(3); // no flow: the animation stops
        QVERIFY(!overlay->animating());
        m_window->closeLesson();
        QVERIFY(!session().active());
        for (const Node& n : m_window->document().model().nodes())
            QVERIFY(shown(n.id));
        QCOMPARE(m_window->scene()->canvasItem(QStringLiteral("users"))->opacity(), 1.0);
        QVERIFY(!overlay->isVisible());
    }

    void theExerciseTurnsMetAfterAnEdit()
    {
        openPitfalls();
        session().setStep(session().stepCount() - 1);
        ExerciseChecklist* checklist = m_window->lessonPanel()->exercise();
        QVERIFY(checklist->isVisibleTo(m_window->lessonPanel()));
        const int conditions = int(session().currentStep().exercise->conditions.size());
        QCOMPARE(checklist->list()->count(), conditions);
        QVERIFY(!checklist->grade().passed());
        QVERIFY(checklist->list()->item(1)->text().contains(QStringLiteral("Still missing")));

        QSignalSpy passed(checklist, &ExerciseChecklist::passed);
        Document& doc = m_window->document();
        const Id budget = addNode(doc, QStringLiteral("cost.budget"), Json{{"monthly_limit", 300}});
        QVERIFY(!budget.isEmpty());
        QVERIFY(doc.request(
            [&](Architecture& m) { return edit::connect(m, budget, QStringLiteral("train"), EdgeKind::Control); }));
        QTRY_VERIFY(checklist->grade().passed()); // graded once the event loop is free
        for (int i = 0; i < checklist->list()->count(); ++i)
            QVERIFY(checklist->list()->item(i)->text().startsWith(QStringLiteral("✔")));
        QVERIFY(checklist->statusLabel()->text().contains(QStringLiteral("Exercise passed")));
        QCOMPARE(passed.count(), 1);
        doc.undoStack().undo(); // the edge goes: missing again
        QTRY_VERIFY(!checklist->grade().passed());
    }

    void theQuizSaysRightOrWrongWithTheExplanation()
    {
        openPitfalls();
        session().setStep(1);
        const QList<QuizWidget*>& quiz = m_window->lessonPanel()->quiz();
        const auto& questions = session().currentStep().quiz;
        QCOMPARE(quiz.size(), qsizetype(questions.size()));
        QVERIFY(!quiz.isEmpty());
        const teach::QuizQuestion& q = questions.front();
        QVERIFY(quiz[0]->verdict().isEmpty());
        QVERIFY(!quiz[0]->check()); // nothing chosen yet
        quiz[0]->choose(q.answer == 0 ? 1 : 0);
        QVERIFY(quiz[0]->check());
        QVERIFY(!quiz[0]->answeredRight());
        QVERIFY(quiz[0]->verdict().contains(QStringLiteral("Not quite")));
        QVERIFY(quiz[0]->verdict().contains(q.explanation));
        quiz[0]->choose(q.answer);
        QVERIFY(quiz[0]->check());
        QVERIFY(quiz[0]->answeredRight());
        QVERIFY(quiz[0]->verdict().startsWith(QStringLiteral("✔ Right.")));
        QVERIFY(quiz[0]->verdict().contains(q.explanation));
    }

    void aLessonInACwaStartsOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.cwa"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(embeddedLesson("f"));
        file.close();
        m_window->document().undoStack().setClean();
        QSignalSpy overlay(m_window.get(), &MainWindow::serviceModelsRequested);
        QVERIFY(m_window->openFile(path));
        QVERIFY(session().active());
        QCOMPARE(session().lesson().id, QStringLiteral("mine"));
        QCOMPARE(m_window->document().filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(shown(QStringLiteral("u")));
        QVERIFY(!shown(QStringLiteral("f")));
        session().next();
        QVERIFY(shown(QStringLiteral("f")));
        QCOMPARE(overlay.count(), 1);
        QCOMPARE(overlay.at(0).at(0).toBool(), true);
        session().back();
        QCOMPARE(overlay.count(), 2);
        QCOMPARE(overlay.at(1).at(0).toBool(), false);
    }

    void aBrokenLessonInACwaStillOpensTheDiagram()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.cwa"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(embeddedLesson("g")); // no node "g"
        file.close();
        m_window->document().undoStack().setClean();
        QVERIFY(m_window->openFile(path));
        QVERIFY(!session().active());
        QCOMPARE(m_window->document().model().nodes().size(), size_t(2));
        QVERIFY(shown(QStringLiteral("f")));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(
            message.contains(QStringLiteral("broken.cwa")) && message.contains(QStringLiteral("lesson.steps[1].flow")),
            qPrintable(message));
    }

    void aBadLessonFileKeepsTheDiagram()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "cloudwright-lesson", "formatVersion": 1, "id": "x", "title": "X",
            "diagram": "01-typical-ml-product", "steps": [{"narration": "n", "hightlight": ["db"]}]})");
        file.close();
        const Diagram before = m_window->document().model().diagram();
        QTimer::singleShot(0, qApp, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!m_window->openLesson(path));
        QVERIFY(m_window->document().model().diagram() == before);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("steps[0]")));
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lesson_panel.moc"
