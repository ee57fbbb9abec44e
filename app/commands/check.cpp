// cloudwright check FILE --exercise EXERCISE [--json]: grade a diagram against an exercise file.
#include "command.h"
#include "console.h"
#include "handlers.h"
#include "io/printable.h"
#include "model/architecture.h"
#include "teach/exercise_reader.h"
#include "teach/grading.h"

#include <algorithm>

namespace cw::cli {

namespace {

using teach::Grade;

void printText(const QString& path, const teach::Exercise& exercise, const Grade& g)
{
    out() << printable(path) << ": " << printable(exercise.title) << " (" << printable(exercise.id) << ")\n";
    for (const teach::ConditionResult& r : g.conditions)
        out() << (r.met ? "  [x] " : "  [ ] ") << printable(r.message) << "\n";
    const int n = int(g.conditions.size());
    if (g.passed())
        out() << "All " << n << (n == 1 ? " condition" : " conditions") << " met: passed.\n";
    else
        out() << g.metCount() << " of " << n << (n == 1 ? " condition" : " conditions") << " met: not yet.\n";
}

void printJson(const teach::Exercise& exercise, const Grade& g)
{
    nlohmann::ordered_json conditions = nlohmann::ordered_json::array();
    for (const teach::ConditionResult& r : g.conditions)
        conditions.push_back({{"met", r.met}, {"message", utf8(r.message)}, {"condition", r.condition.toJson()}});
    const nlohmann::ordered_json doc
        = {{"passed", g.passed()}, {"exercise", utf8(exercise.id)}, {"conditions", conditions}};
    out() << jsonText(doc, 2) << "\n";
}

} // namespace

int runCheck(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright check");
    const QString help = QStringLiteral("Run \"cloudwright check --help\" for its options.\n");
    const QString exercisePath = call.parser.value(QStringLiteral("exercise"));
    if (!call.parser.isSet(QStringLiteral("exercise")) || exercisePath.isEmpty())
        return usageError(
            who, QStringLiteral("--exercise EXERCISE is required: the exercise file to grade against"), help, call.json);
    const QString& path = call.arguments.first();
    // The diagram first: in a folder of submissions, a broken one is the student's to fix.
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    const Catalog& catalog = Catalog::builtin();
    const teach::ExerciseLoad exercise = teach::readExerciseFile(exercisePath, catalog, RuleBook::builtin());
    if (!exercise.ok())
        return badInput(call.json, exercise.error);
    const bool asksCost = std::any_of(exercise.exercise->conditions.begin(), exercise.exercise->conditions.end(),
        [](const teach::Condition& c) { return c.type == teach::ConditionType::MonthlyCostBelow; });
    const QString problem = currencyProblem(loaded->diagram->meta.currency);
    if (asksCost && !problem.isEmpty())
        return badInput(call.json, LoadError{path, QStringLiteral("meta.currency"), problem});
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    const Grade g = teach::grade(catalog, cost::PriceBook::builtin(), RuleBook::builtin(), model, *exercise.exercise);
    if (call.json)
        printJson(*exercise.exercise, g);
    else
        printText(path, *exercise.exercise, g);
    return g.passed() ? Ok : Findings;
}

} // namespace cw::cli
