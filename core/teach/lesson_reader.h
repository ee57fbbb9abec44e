#pragma once

#include "lesson.h"

#include "catalog/catalog.h"
#include "io/load_error.h"
#include "rules/rule_book.h"

#include <QByteArray>

#include <optional>

namespace cw::teach {

/// A lesson read, or the one problem that refused it.
struct LessonLoad {
    std::optional<Lesson> lesson; ///< set on success
    LoadError error;              ///< set on failure

    bool ok() const { return lesson.has_value(); }
};

/// Reads a lesson file (format cloudwright-lesson, docs/lessons.md): its fields, its
/// diagram (a template id or an embedded .cwa document), and that every step names
/// ids of that diagram, highlights only what is shown, and that every flow follows
/// edges. fileName only labels messages.
LessonLoad readLesson(const QByteArray& bytes, const QString& fileName, const Catalog& catalog, const RuleBook& rules);
LessonLoad readLessonFile(const QString& path, const Catalog& catalog, const RuleBook& rules);

/// The lesson a .cwa diagram carries in its top-level "lesson" key, run on that
/// diagram; places start with "lesson". No lesson and no error when it has none.
LessonLoad readEmbeddedLesson(
    const Diagram& diagram, const QString& fileName, const Catalog& catalog, const RuleBook& rules);

/// The lessons bundled with the program (resources/lessons), in file-name order.
std::vector<Lesson> builtinLessons();

/// The ids of the bundled templates (resources/templates, file names without ".cwa").
QStringList builtinTemplateIds();
/// A bundled template by id, laid out as when opened; nullopt when there is none.
std::optional<Diagram> builtinTemplate(const QString& id, const Catalog& catalog = Catalog::builtin());

} // namespace cw::teach
