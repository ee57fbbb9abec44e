#include "start_entries.h"

#include "lesson_reader.h"

#include "catalog/catalog.h"
#include "cost/cost_model.h"
#include "io/cwa_reader.h"
#include "model/architecture.h"
#include "model/json_text.h"
#include "rules/validator.h"

#include <QDir>

namespace cw::teach {

DiagramSummary summarize(
    const Diagram& diagram, const Catalog& catalog, const RuleBook& rules, const cost::PriceBook& prices)
{
    DiagramSummary s;
    Architecture model;
    model.reset(diagram);
    s.nodes = int(model.nodes().size());
    s.edges = int(model.edges().size());
    Validator validator(catalog, rules);
    validator.run(model);
    s.findings = validator.counts();
    const cost::Projection p = cost::project(catalog, prices, model, 1);
    if (!p.perMonth.empty())
        s.month1 = p.perMonth.front().total;
    s.costComplete = p.complete();
    return s;
}

std::vector<TemplateEntry> templateEntries(const Catalog& catalog, const RuleBook& rules, const cost::PriceBook& prices)
{
    std::vector<TemplateEntry> out;
    for (const QString& id : builtinTemplateIds()) {
        std::optional<Diagram> d = builtinTemplate(id, catalog);
        if (!d)
            continue;
        TemplateEntry e;
        e.id = id;
        e.path = QStringLiteral(":/templates/%1.cwa").arg(id);
        e.title = d->meta.title.isEmpty() ? id : d->meta.title;
        e.description = jsonString(d->meta.extra, "description");
        e.summary = summarize(*d, catalog, rules, prices);
        e.diagram = std::move(*d);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<LessonEntry> lessonEntries(const Catalog& catalog, const RuleBook& rules)
{
    std::vector<LessonEntry> out;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        LessonLoad load = readLessonFile(path, catalog, rules);
        if (load.ok())
            out.push_back({path, std::move(*load.lesson)});
    }
    return out;
}

} // namespace cw::teach
