#include "lesson_session.h"

#include <algorithm>

namespace cw {

LessonSession::LessonSession(QObject* parent)
    : QObject(parent)
{
}

void LessonSession::start(teach::Lesson lesson)
{
    if (lesson.steps.empty())
        return; // the reader never gives one, but a step index must always be valid
    m_lesson = std::move(lesson);
    m_step = 0;
    Q_EMIT started();
    Q_EMIT stepChanged(m_step);
}

void LessonSession::end()
{
    if (!m_lesson)
        return;
    m_lesson.reset();
    m_step = 0;
    Q_EMIT ended();
}

bool LessonSession::setStep(int step)
{
    if (!m_lesson)
        return false;
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == m_step)
        return false;
    m_step = step;
    Q_EMIT stepChanged(m_step);
    return true;
}

} // namespace cw
