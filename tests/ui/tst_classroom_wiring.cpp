// The classroom's parts meet in the window: a lesson chosen on the start page opens in the
// lesson dock, and a step that shows the service models turns the overlay on, then off
// again when the lesson moves on.
#include "document.h"
#include "service_model_overlay.h"
#include "teach/lesson_session.h"
#include "widget_test_helpers.h"

#include <QUndoStack>

using namespace cw;

class TestClassroomWiring : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

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

    void aLessonFromTheStartPageOpensAndShowsTheServiceModels()
    {
        Q_EMIT m_window->lessonChosen(QStringLiteral(":/lessons/02-service-models.json"));
        LessonSession* session = m_window->lessonSession();
        QVERIFY(session && session->active());
        QCOMPARE(session->step(), 0);
        ServiceModelOverlay* overlay = m_window->serviceModelOverlay();
        QVERIFY(overlay);
        // The steps of the service-models lesson: which show the overlay (docs/lessons.md).
        const QList<bool> expected{true, false, false, false, false, true};
        QCOMPARE(session->stepCount(), int(expected.size()));
        QCOMPARE(overlay->isOn(), expected[0]);
        for (int step = 1; step < session->stepCount(); ++step) {
            QVERIFY(session->next());
            QCOMPARE(overlay->isOn(), expected[step]);
        }
        m_window->closeLesson();
        QVERIFY(!session->active());
        QVERIFY(!overlay->isOn());
    }
};

QTEST_MAIN(TestClassroomWiring)
#include "tst_classroom_wiring.moc"
