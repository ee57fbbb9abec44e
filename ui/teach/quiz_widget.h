#pragma once

#include "teach/lesson.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace cw {

/// One multiple-choice question of a lesson step: the choices as radio buttons, "Check",
/// then right or wrong with the explanation. A wrong answer can be changed and checked again.
class QuizWidget : public QWidget {
    Q_OBJECT

public:
    explicit QuizWidget(const teach::QuizQuestion& question, QWidget* parent = nullptr);

    /// Picks a choice (0-based), as a click on its radio button would.
    void choose(int choice);
    /// Checks the chosen answer; false when none is chosen.
    bool check();
    /// What "Check" said: empty before, then right or wrong with the explanation.
    QString verdict() const;
    bool answeredRight() const { return m_right; }

private:
    teach::QuizQuestion m_question;
    QButtonGroup* m_choices = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_verdict = nullptr;
    bool m_right = false;
};

} // namespace cw
