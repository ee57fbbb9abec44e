// cloudwright validate FILE [--json]: the pitfall findings of one diagram.
#include "command.h"
#include "console.h"
#include "findings_json.h"
#include "handlers.h"
#include "io/printable.h"
#include "rules/validator.h"

namespace cw::cli {

namespace {

// "1 node", "2 nodes": the counts of the summary line.
QString count(qsizetype n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

void printText(const QString& path, const Architecture& model, bool laidOut, const std::vector<Finding>& findings,
    const FindingCounts& counts)
{
    // Names and ids come from the file: each finding stays on its two lines.
    const QString shownPath = printable(path);
    for (const Finding& f : findings) {
        if (f.suppressed)
            continue;
        out() << shownPath << ": " << toString(f.severity) << ": " << f.rule << ": " << printable(f.message);
        if (!f.nodes.isEmpty())
            out() << " [" << printable(f.nodes.join(QStringLiteral(", "))) << "]";
        out() << "\n    fix: " << f.fix << "\n";
    }
    const Diagram& d = model.diagram();
    out() << shownPath << ": " << count(d.nodes.size(), "node", "nodes") << ", "
          << count(d.groups.size(), "group", "groups") << ", " << count(d.edges.size(), "edge", "edges")
          << (laidOut ? " (automatic layout)" : "") << "; " << count(counts.errors, "error", "errors") << ", "
          << count(counts.warnings, "warning", "warnings") << ", " << count(counts.infos, "info", "infos");
    if (counts.suppressed > 0)
        out() << ", " << counts.suppressed << " suppressed";
    out() << "\n";
}

void printJson(
    const Architecture& model, bool laidOut, const std::vector<Finding>& findings, const FindingCounts& counts)
{
    // Every count the text summary gives, under the same names.
    const Diagram& d = model.diagram();
    const nlohmann::json summary = {{"nodes", d.nodes.size()}, {"groups", d.groups.size()}, {"edges", d.edges.size()},
        {"automaticLayout", laidOut}, {"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos},
        {"suppressed", counts.suppressed}, {"profile", utf8(model.meta().ruleProfile)}};
    const nlohmann::json doc = {{"findings", findingsJson(findings)}, {"summary", summary}};
    out() << jsonText(doc, 2) << "\n";
}

} // namespace

int runValidate(const Invocation& call)
{
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    Validator validator;
    validator.run(model);
    const FindingCounts counts = validator.counts();
    if (call.json)
        printJson(model, loaded->laidOut, validator.findings(), counts);
    else
        printText(path, model, loaded->laidOut, validator.findings(), counts);
    return counts.errors > 0 ? Findings : Ok;
}

} // namespace cw::cli
