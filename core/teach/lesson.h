#pragma once

// A lesson: a diagram walked through step by step (docs/lessons.md). Each step tells
// part of the story, shows more of the diagram, points at parts of it, may animate a
// request along its edges, and may ask a live exercise and quiz questions.

#include "exercise.h"

#include "model/diagram.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw::teach {

/// A multiple-choice question.
struct QuizQuestion {
    QString question;
    QStringList choices; ///< at least two
    int answer = 0;      ///< index into choices of the correct one
    QString explanation; ///< why it is correct (may be empty)
};

struct LessonStep {
    QString title;            ///< may be empty
    QString narration;        ///< what the teacher says, or the student reads
    QList<Id> reveal;         ///< nodes, groups and edges shown from this step on
    QList<Id> highlight;      ///< drawn out in this step only
    QList<Id> flow;           ///< node ids in order: a request to animate along edges
    QList<Id> flowEdges;      ///< the edge between flow[i] and flow[i+1], worked out on reading
    std::optional<Exercise> exercise;
    std::vector<QuizQuestion> quiz;
    QString show; ///< a view the step opens beside the diagram: one of lessonViews(), or empty
};

/// The views a step can open with "show": "cost" (the cost chart), "findings", "advisor",
/// "scaling" (the scaling simulation) and "service-models" (the service-model overlay).
const QStringList& lessonViews();

struct Lesson {
    QString id;
    QString title;
    QString summary;    ///< one paragraph for the start page (may be empty)
    QString templateId; ///< the template it runs on ("01-typical-ml-product"); empty when embedded
    Diagram diagram;    ///< the diagram it runs on: the template's, its own, or its .cwa file's
    std::vector<LessonStep> steps; ///< never empty once read

    /// Whether any step reveals something; when none does, the whole diagram shows throughout.
    bool reveals() const;
    /// The ids (nodes, groups, edges) shown at a step (0-based): everything revealed up to
    /// it, the two ends of a revealed edge, every edge whose two ends are shown, and the
    /// groups around what is shown. The whole diagram when the lesson reveals nothing.
    QSet<Id> visibleAt(int step) const;
};

/// The format name and newest version of lesson files this program reads.
inline const QString kLessonFormat = QStringLiteral("cloudwright-lesson");
inline constexpr int kLessonFormatVersion = 1;

} // namespace cw::teach
