#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cw {

class Document;
class ExerciseChecklist;
class LessonSession;
class QuizWidget;

/// The Lesson dock (docs/lessons.md "Running a lesson"): the lesson's title, "Step N of M"
/// with a list to jump to any step, the narration, Back and Next, the step's live
/// exercise as a checklist and its quiz questions, and Close Lesson. It follows the
/// session; the canvas side (what is shown, highlights, flow) is the LessonStage's.
class LessonPanel : public QWidget {
    Q_OBJECT

public:
    LessonPanel(LessonSession& session, Document& doc, QWidget* parent = nullptr);

    QLabel* titleLabel() const { return m_title; }
    QLabel* stepLabel() const { return m_stepLabel; }
    QLabel* narrationLabel() const { return m_narration; }
    QComboBox* stepBox() const { return m_steps; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    ExerciseChecklist* exercise() const { return m_exercise; }
    const QList<QuizWidget*>& quiz() const { return m_quiz; }

Q_SIGNALS:
    /// The step asks for a view beside the diagram ("cost", "findings", "advisor",
    /// "scaling", "service-models").
    void showRequested(const QString& view);
    /// Close Lesson was pressed.
    void closeRequested();

private:
    void showStep();
    void showNoLesson();

    LessonSession& m_session;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_stepLabel = nullptr;
    QComboBox* m_steps = nullptr;
    QLabel* m_narration = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QWidget* m_buttons = nullptr;
    ExerciseChecklist* m_exercise = nullptr;
    QWidget* m_quizBox = nullptr;
    QVBoxLayout* m_quizLayout = nullptr;
    QList<QuizWidget*> m_quiz;
};

} // namespace cw
