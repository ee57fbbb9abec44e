// cloudwright report FILE -o OUT.{html,md,pdf} [--months N] [--json]: the architecture
// report, headless (drawn on the offscreen platform).
#include "catalog/catalog.h"
#include "command.h"
#include "command_table.h"
#include "console.h"
#include "handlers.h"
#include "io/printable.h"
#include "model/architecture.h"
#include "report/report_export.h"
#include "rules/validator.h"

namespace cw::cli {

int runReport(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright report");
    QString output;
    if (const std::optional<int> refused
        = readOutput(call, who, QStringLiteral("OUT.html, OUT.md or OUT.pdf: where to write the report"), output))
        return *refused;
    if (!report::reportFormatFor(output))
        return usageError(who,
            QStringLiteral("%1: a report is written as .html, .md or .pdf").arg(printable(output)),
            shortUsage(call.command), call.json);
    int months = 12;
    if (const std::optional<int> refused = readMonths(call, who, shortUsage(call.command), months))
        return *refused;
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    Validator validator;
    validator.run(model);

    report::ReportRequest request;
    request.model = &model;
    request.catalog = &Catalog::builtin();
    request.findings = validator.findings();
    request.months = months;
    QStringList written;
    QString why;
    if (!report::exportReport(output, request, &written, &why))
        return writeFailed(call.json, output, why);
    if (call.json) {
        nlohmann::json files = nlohmann::json::array();
        for (const QString& f : written)
            files.push_back(utf8(f));
        const FindingCounts counts = validator.counts();
        const nlohmann::ordered_json doc = {{"output", utf8(output)}, {"files", files}, {"errors", counts.errors},
            {"warnings", counts.warnings}, {"infos", counts.infos}, {"suppressed", counts.suppressed}};
        out() << jsonText(doc) << "\n";
    } else {
        out() << "Wrote the report of " << printable(path) << " -> " << printable(written.join(QStringLiteral(", ")))
              << "\n";
    }
    return Ok;
}

} // namespace cw::cli
