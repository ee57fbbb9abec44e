#pragma once

#include "teach/lesson.h"

#include <QObject>

#include <optional>

namespace cw {

/// The lesson running in a window and the step it is at: view state shared by the lesson
/// dock, the canvas stage and presentation mode. Never part of the model: stepping adds
/// no undo entry and nothing of it is saved.
class LessonSession : public QObject {
    Q_OBJECT

public:
    explicit LessonSession(QObject* parent = nullptr);

    bool active() const { return m_lesson.has_value(); }
    /// The lesson running; only while active().
    const teach::Lesson& lesson() const { return *m_lesson; }
    /// The current step, 0-based; -1 when no lesson runs.
    int step() const { return m_lesson ? m_step : -1; }
    int stepCount() const { return m_lesson ? int(m_lesson->steps.size()) : 0; }
    /// The current step; only while active().
    const teach::LessonStep& currentStep() const { return m_lesson->steps[size_t(m_step)]; }

    /// Starts a lesson at its first step (ends the one running first).
    void start(teach::Lesson lesson);
    /// Ends the lesson; the diagram stays as it is.
    void end();
    /// Goes to a step (clamped); false when nothing changed.
    bool setStep(int step);
    bool next() { return setStep(step() + 1); }
    bool back() { return setStep(step() - 1); }

Q_SIGNALS:
    void started();
    void ended();
    /// The step changed, also on start().
    void stepChanged(int step);

private:
    std::optional<teach::Lesson> m_lesson;
    int m_step = 0;
};

} // namespace cw
