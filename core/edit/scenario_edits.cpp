// Edits of the kept cost scenarios: keep, rename, delete. Each is one undo step whose
// ChangeSummary says only scenariosChanged, so neither rules nor prices are worked again.
#include "edits.h"

#include <QCoreApplication>
#include <algorithm>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

// Why `name` cannot be a scenario's name beside the others (`except` is the one renamed).
QString nameProblem(const std::vector<Scenario>& list, const QString& name, const QString& except = {})
{
    if (name.isEmpty())
        return EditText::tr("a scenario needs a name");
    if (name != except && findScenario(list, name))
        return EditText::tr("there is already a scenario \"%1\"").arg(name);
    return {};
}

} // namespace

EditResult keepScenario(Architecture& model, Scenario scenario)
{
    scenario.name = scenario.name.trimmed();
    const QString problem = nameProblem(model.scenarios(), scenario.name);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    EditBatch changes(model);
    std::vector<Scenario> list = model.scenarios();
    const QString text = EditText::tr("Keep scenario \"%1\"").arg(scenario.name);
    list.push_back(std::move(scenario));
    changes.setScenarios(std::move(list));
    return changes.commit(model, text);
}

EditResult renameScenario(Architecture& model, const QString& name, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (!findScenario(model.scenarios(), name))
        return EditResult::failure(EditText::tr("there is no scenario \"%1\"").arg(name));
    const QString problem = nameProblem(model.scenarios(), trimmed, name);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    std::vector<Scenario> list = model.scenarios();
    for (Scenario& s : list) {
        if (s.name == name)
            s.name = trimmed;
    }
    EditBatch changes(model);
    changes.setScenarios(std::move(list));
    return changes.commit(model, EditText::tr("Rename scenario \"%1\" to \"%2\"").arg(name, trimmed));
}

EditResult deleteScenario(Architecture& model, const QString& name)
{
    std::vector<Scenario> list = model.scenarios();
    const auto it = std::find_if(list.begin(), list.end(), [&](const Scenario& s) { return s.name == name; });
    if (it == list.end())
        return EditResult::failure(EditText::tr("there is no scenario \"%1\"").arg(name));
    list.erase(it);
    EditBatch changes(model);
    changes.setScenarios(std::move(list));
    return changes.commit(model, EditText::tr("Delete scenario \"%1\"").arg(name));
}

QString nextScenarioName(const Architecture& model)
{
    for (int i = 1;; ++i) {
        const QString name = EditText::tr("Scenario %1").arg(i);
        if (!findScenario(model.scenarios(), name))
            return name;
    }
}

} // namespace cw::edit
