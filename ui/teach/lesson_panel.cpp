#include "lesson_panel.h"

#include "exercise_checklist.h"
#include "lesson_session.h"
#include "quiz_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cw {

LessonPanel::LessonPanel(LessonSession& session, Document& doc, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No lesson is running. Choose one under File ▸ Lessons, or open a diagram that "
                            "carries its own lesson."),
        this);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    outer->addWidget(m_empty);

    // The step's text can be long and the exercise tall: they scroll, the buttons stay put.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps to the dock's width
    m_content = scroll;
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(10, 8, 10, 8);
    m_title = new QLabel(inner);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_stepLabel = new QLabel(inner);
    m_stepLabel->setObjectName(QStringLiteral("lessonStep"));
    m_stepLabel->setWordWrap(true);
    m_stepLabel->setStyleSheet(QStringLiteral("font-weight:600; color:#1565c0"));
    layout->addWidget(m_stepLabel);
    m_steps = new QComboBox(inner);
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    m_steps->setAccessibleName(tr("Lesson steps"));
    m_steps->setToolTip(tr("Jump to a step"));
    // Long step titles must not make the dock wider than it is: the list elides them.
    m_steps->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_steps->setMinimumContentsLength(12);
    layout->addWidget(m_steps);
    m_narration = new QLabel(inner);
    m_narration->setObjectName(QStringLiteral("lessonNarration"));
    m_narration->setAccessibleName(tr("Narration"));
    m_narration->setWordWrap(true);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont readable = m_narration->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.1);
    m_narration->setFont(readable);
    m_narration->setStyleSheet(QStringLiteral("QLabel { line-height: 130%; padding: 6px 0; }"));
    layout->addWidget(m_narration);
    m_exercise = new ExerciseChecklist(doc, inner);
    layout->addWidget(m_exercise, 1); // the checklist takes the height there is
    m_quizBox = new QWidget(inner);
    m_quizLayout = new QVBoxLayout(m_quizBox);
    m_quizLayout->setContentsMargins(0, 0, 0, 0);
    m_quizLayout->addWidget(new QLabel(tr("<b>Quiz</b>"), m_quizBox));
    layout->addWidget(m_quizBox);
    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 4, 10, 8);
    m_back = new QPushButton(tr("◀ Back"), this);
    m_back->setObjectName(QStringLiteral("lessonBack"));
    m_back->setToolTip(tr("The previous step (Page Up when presenting)"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_next->setToolTip(tr("The next step (Page Down when presenting)"));
    m_next->setDefault(true);
    auto* close = new QPushButton(tr("Close Lesson"), this);
    close->setObjectName(QStringLiteral("lessonClose"));
    close->setToolTip(tr("End the lesson and show the whole diagram again; the diagram stays open"));
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(close);
    m_buttons = new QWidget(this);
    m_buttons->setLayout(buttons);
    outer->addWidget(m_buttons);

    connect(m_back, &QPushButton::clicked, &session, &LessonSession::back);
    connect(m_next, &QPushButton::clicked, &session, &LessonSession::next);
    connect(m_steps, &QComboBox::activated, &session, &LessonSession::setStep);
    connect(close, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    connect(&session, &LessonSession::stepChanged, this, &LessonPanel::showStep);
    connect(&session, &LessonSession::ended, this, &LessonPanel::showNoLesson);
    showNoLesson();
}

void LessonPanel::showNoLesson()
{
    m_content->hide();
    m_buttons->hide();
    m_empty->show();
    m_exercise->setExercise(std::nullopt);
    qDeleteAll(m_quiz);
    m_quiz.clear();
}

void LessonPanel::showStep()
{
    if (!m_session.active()) {
        showNoLesson();
        return;
    }
    m_empty->hide();
    m_content->show();
    m_buttons->show();
    const teach::Lesson& lesson = m_session.lesson();
    const int step = m_session.step();
    const teach::LessonStep& s = m_session.currentStep();
    m_title->setText(lesson.title);
    m_stepLabel->setText(s.title.isEmpty()
            ? tr("Step %1 of %2").arg(step + 1).arg(m_session.stepCount())
            : tr("Step %1 of %2: %3").arg(step + 1).arg(m_session.stepCount()).arg(s.title));
    {
        const QSignalBlocker quiet(m_steps);
        if (m_steps->count() != m_session.stepCount() || m_steps->property("lesson").toString() != lesson.id) {
            m_steps->clear();
            for (int i = 0; i < m_session.stepCount(); ++i) {
                const QString t = lesson.steps[size_t(i)].title;
                m_steps->addItem(t.isEmpty() ? tr("%1.").arg(i + 1) : tr("%1. %2").arg(i + 1).arg(t));
            }
            m_steps->setProperty("lesson", lesson.id);
        }
        m_steps->setCurrentIndex(step);
    }
    m_narration->setText(s.narration);
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < m_session.stepCount());
    m_exercise->setExercise(s.exercise);

    qDeleteAll(m_quiz);
    m_quiz.clear();
    for (const teach::QuizQuestion& q : s.quiz) {
        auto* w = new QuizWidget(q, m_quizBox);
        m_quizLayout->addWidget(w);
        m_quiz.append(w);
    }
    m_quizBox->setVisible(!m_quiz.isEmpty());
    if (!s.show.isEmpty())
        Q_EMIT showRequested(s.show);
}

} // namespace cw
