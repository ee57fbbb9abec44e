#pragma once

#include "exercise.h"

#include "catalog/catalog.h"
#include "io/document_place.h"
#include "io/load_error.h"
#include "rules/rule_book.h"

#include <QByteArray>

#include <optional>

namespace cw::teach {

/// An exercise file read, or the one problem that refused it.
struct ExerciseLoad {
    std::optional<Exercise> exercise; ///< set on success
    LoadError error;                  ///< set on failure: the file, the place, what is wrong

    bool ok() const { return exercise.has_value(); }
};

/// Reads an exercise file (docs/lessons.md, "Exercise files"): checks the format and
/// version, every field's type, and that rule ids, node kinds and edge kinds exist.
/// fileName only labels messages.
ExerciseLoad readExercise(
    const QByteArray& bytes, const QString& fileName, const Catalog& catalog, const RuleBook& rules);
ExerciseLoad readExerciseFile(const QString& path, const Catalog& catalog, const RuleBook& rules);

/// Reads an exercise's body (id, title, text, conditions) from an object at place;
/// id and title may be left out when the caller gives defaults (a lesson step's exercise).
/// Throws ReadFailure.
Exercise readExerciseBody(const Json& object, const Place& place, const Catalog& catalog, const RuleBook& rules,
    const QString& defaultId = {}, const QString& defaultTitle = {});
/// Reads a list of conditions at place (never empty). Throws ReadFailure.
std::vector<Condition> readConditions(
    const Json& list, const Place& place, const Catalog& catalog, const RuleBook& rules);

/// The exercise files bundled with the program (resources/exercises), by file name.
std::vector<std::pair<QString, Exercise>> builtinExercises();

} // namespace cw::teach
