#pragma once

#include "teach/grading.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace cw {

class ChangeGatherer;
class Document;

/// A lesson step's live exercise: its text, then each condition as a line of a checklist
/// graded by teach::grade() (the same as `cloudwright check`) after every edit that can
/// change it (a burst of edits grades once, when the event loop is free; moves grade
/// nothing): met shows a tick and what is there, missing what is still missing. Says
/// "Exercise passed" when every condition is met.
class ExerciseChecklist : public QWidget {
    Q_OBJECT

public:
    ExerciseChecklist(Document& doc, QWidget* parent = nullptr);

    /// The exercise to grade; nullopt hides the widget.
    void setExercise(const std::optional<teach::Exercise>& exercise);
    /// Grades now (tests; and when the exercise is first shown).
    void regrade();
    const teach::Grade& grade() const { return m_grade; }
    QListWidget* list() const { return m_list; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    /// Every condition became met.
    void passed();

private:
    Document& m_doc;
    ChangeGatherer* m_changes = nullptr;
    std::optional<teach::Exercise> m_exercise;
    teach::Grade m_grade;
    QLabel* m_text = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace cw
