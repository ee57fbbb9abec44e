// cloudwright validate FILE [--json]: the pitfall findings of one diagram.
#include "command.h"
#include "console.h"
#include "cost/price_book.h"
#include "findings_json.h"
#include "handlers.h"
#include "io/printable.h"
#include "rules/quick_fix_cost.h"
#include "rules/quick_fixes.h"
#include "rules/validator.h"

namespace cw::cli {

namespace {

// "1 node", "2 nodes": the counts of the summary line.
QString count(qsizetype n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// Each fix is tried and undone on the whole diagram: enough to read, not one per finding
// of a 10,000-node diagram with thousands of them.
constexpr int kMaxPricedFixes = 50;

// What each shown finding's quick fix (in the editor) adds to the monthly bill, by index;
// empty for findings without one and past the first kMaxPricedFixes. Tried on the model
// itself and undone: no copies.
QStringList fixCosts(Architecture& model, const std::vector<Finding>& findings, int* unpriced)
{
    QStringList texts;
    int priced = 0;
    *unpriced = 0;
    for (const Finding& f : findings) {
        std::optional<fix::FixCost> c;
        if (!f.suppressed && fix::canFix(f)) {
            if (priced < kMaxPricedFixes) {
                ++priced;
                c = fix::quickFixCostInPlace(model, Catalog::builtin(), cost::PriceBook::builtin(), f);
            } else {
                ++*unpriced;
            }
        }
        texts << (c ? c->text() : QString());
    }
    return texts;
}

void printText(const QString& path, const Architecture& model, bool laidOut, const std::vector<Finding>& findings,
    const FindingCounts& counts, const QStringList& fixCosts, int unpricedFixes)
{
    // Names and ids come from the file: each finding stays on its two lines.
    const QString shownPath = printable(path);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (f.suppressed)
            continue;
        out() << shownPath << ": " << toString(f.severity) << ": " << f.rule << ": " << printable(f.message);
        if (!f.nodes.isEmpty())
            out() << " [" << printable(f.nodes.join(QStringLiteral(", "))) << "]";
        out() << "\n    fix: " << f.fix;
        if (!fixCosts.value(qsizetype(i)).isEmpty())
            out() << " (quick fix " << printable(fixCosts.value(qsizetype(i))) << ")";
        out() << "\n";
    }
    const Diagram& d = model.diagram();
    out() << shownPath << ": " << count(d.nodes.size(), "node", "nodes") << ", "
          << count(d.groups.size(), "group", "groups") << ", " << count(d.edges.size(), "edge", "edges")
          << (laidOut ? " (automatic layout)" : "") << "; " << count(counts.errors, "error", "errors") << ", "
          << count(counts.warnings, "warning", "warnings") << ", " << count(counts.infos, "info", "infos");
    if (counts.suppressed > 0)
        out() << ", " << counts.suppressed << " suppressed";
    if (unpricedFixes > 0)
        out() << "; quick-fix costs for the first " << kMaxPricedFixes << " fixes only, " << unpricedFixes
              << " more not priced";
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
    else {
        int unpricedFixes = 0;
        const QStringList costs = fixCosts(model, validator.findings(), &unpricedFixes);
        printText(path, model, loaded->laidOut, validator.findings(), counts, costs, unpricedFixes);
    }
    return counts.errors > 0 ? Findings : Ok;
}

} // namespace cw::cli
