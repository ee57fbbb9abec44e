// Presentation mode (View > Present, F5): full screen without docks, the presentation
// look, the step's caption and the live line; the keys that step (a clicker's Page Up and
// Page Down too), arrows that nudge a selection instead, Esc, and edits while presenting.
#include "document.h"
#include "teach/lesson_session.h"
#include "teach/presentation_caption.h"
#include "teach/presentation_mode.h"
#include "widget_test_helpers.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QUndoStack>

using namespace cw;

class TestPresentation : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    LessonSession& session() { return *m_window->lessonSession(); }
    void openPitfalls()
    {
        m_window->document().undoStack().setClean();
        QVERIFY(m_window->openLesson(QStringLiteral(":/lessons/05-five-pitfalls.json")));
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

    void presentationKeysStepAndEscLeaves()
    {
        openPitfalls();
        PresentationMode* presentation = m_window->presentation();
        QWidget* canvas = m_window->view()->viewport();
        m_window->presentAction()->trigger();
        QVERIFY(presentation->active());
        QVERIFY(!m_window->lessonDock()->isVisible());
        QVERIFY(m_window->scene()->presentationLook());
        QCOMPARE(presentation->caption()->counterLabel()->text(), QStringLiteral("1 / 6"));
        QVERIFY(presentation->caption()->liveLabel()->text().contains(QStringLiteral("/mo")));
        const struct {
            Qt::Key key;
            int step;
        } presses[] = {{Qt::Key_PageDown, 1}, {Qt::Key_Right, 2}, {Qt::Key_Space, 3}, {Qt::Key_Down, 4},
            {Qt::Key_Left, 3}, {Qt::Key_Up, 2}, {Qt::Key_PageUp, 1}};
        for (const auto& p : presses) {
            QTest::keyClick(canvas, p.key);
            QCOMPARE(session().step(), p.step);
        }
        QCOMPARE(presentation->caption()->counterLabel()->text(), QStringLiteral("2 / 6"));
        QCOMPARE(presentation->caption()->narrationLabel()->text(), session().currentStep().narration);

        // With a card selected the arrows nudge it (one undo entry); Page Down still steps.
        m_window->scene()->selectOnly({QStringLiteral("db")});
        const QPointF at = m_window->document().model().node(QStringLiteral("db"))->pos;
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(session().step(), 1);
        QVERIFY(m_window->document().model().node(QStringLiteral("db"))->pos.x() > at.x());
        QTest::keyClick(canvas, Qt::Key_PageDown);
        QCOMPARE(session().step(), 2);
        // Edits go on during presentation, and the live line follows them.
        const QString before = presentation->liveLine();
        QVERIFY(m_window->document().request(
            [&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("iam")}); }));
        QTRY_VERIFY(presentation->caption()->liveLabel()->text() != before);

        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(!presentation->active());
        QVERIFY(!m_window->scene()->presentationLook());
        QVERIFY(m_window->lessonDock()->isVisible());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(!m_window->isFullScreen());
        QTest::keyClick(canvas, Qt::Key_PageDown); // out of presentation, keys are the canvas's again
        QCOMPARE(session().step(), 2);
    }

    void presentingWithoutALessonShowsNoCaption()
    {
        m_window->closeLesson();
        m_window->presentAction()->trigger();
        QVERIFY(m_window->presentation()->active());
        QVERIFY(m_window->presentation()->caption()->bandHeight() == 0);
        QTest::keyClick(m_window->view()->viewport(), Qt::Key_Escape);
        QVERIFY(!m_window->presentation()->active());
    }

    // Last: the window closes. Its settings must not remember a full-screen window without docks.
    void closingWhilePresentingLeavesPresentationFirst()
    {
        m_window->document().undoStack().setClean();
        m_window->presentAction()->trigger();
        QVERIFY(m_window->presentation()->active());
        QVERIFY(m_window->close());
        QVERIFY(!m_window->presentation()->active());
        QVERIFY(!m_window->isFullScreen());
        QVERIFY(!m_window->menuBar()->isHidden());
        QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->isHidden());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
