// cloudwright diff OLD NEW [--months N] [--json|--md]: what changes in cost and findings
// between two versions of a diagram (month-1 costs; findings as validate --json gives them).
#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "command.h"
#include "console.h"
#include "cost/cost_export.h"
#include "cost/cost_model.h"
#include "findings_json.h"
#include "handlers.h"
#include "io/printable.h"
#include "model/architecture.h"
#include "rules/validator.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace cw::cli {

namespace {

using cost::Money;
using cost::NodeStatus;

/// One version: its model, projection and (unsuppressed) findings.
struct Version {
    Architecture model;
    cost::Projection projection;
    std::vector<Finding> findings;
};

struct NodeChange {
    Id id;
    QString name;
    QString change;                     ///< added, removed, changed, same
    std::optional<Money> before, after; ///< month 1; none when absent or not priced
    bool notBilled = false;             ///< the kind costs nothing itself (a budget, IAM)
};

struct Comparison {
    std::vector<NodeChange> nodes;
    std::vector<Finding> added, resolved;
};

std::optional<Money> monthOne(const cost::Projection& p, size_t index)
{
    if (p.nodes[index].status != NodeStatus::Priced)
        return std::nullopt;
    return p.nodes[index].monthly;
}

// A finding is the same in both versions when rule, nodes and edges are: its message may
// carry figures that change with the design (a month, a total).
QString findingKey(const Finding& f)
{
    return f.rule + QLatin1Char('|') + f.nodes.join(QLatin1Char(',')) + QLatin1Char('|')
        + f.edges.join(QLatin1Char(','));
}

std::vector<Finding> minus(const std::vector<Finding>& of, const std::vector<Finding>& without)
{
    QSet<QString> keys;
    for (const Finding& f : without)
        keys.insert(findingKey(f));
    std::vector<Finding> left;
    for (const Finding& f : of) {
        if (!keys.contains(findingKey(f)))
            left.push_back(f);
    }
    return left;
}

Comparison compare(const Version& before, const Version& after)
{
    Comparison c;
    QHash<Id, size_t> oldIndex;
    const std::vector<Node>& oldNodes = before.model.nodes();
    for (size_t i = 0; i < oldNodes.size(); ++i)
        oldIndex.insert(oldNodes[i].id, i);
    QSet<Id> seen;
    const std::vector<Node>& newNodes = after.model.nodes();
    for (size_t i = 0; i < newNodes.size(); ++i) {
        NodeChange n{newNodes[i].id, displayName(Catalog::builtin(), after.model, newNodes[i].id), {}, {},
            monthOne(after.projection, i)};
        n.notBilled = after.projection.nodes[i].notBilled;
        seen.insert(n.id);
        const auto it = oldIndex.constFind(n.id);
        if (it == oldIndex.constEnd()) {
            n.change = QStringLiteral("added");
        } else {
            n.before = monthOne(before.projection, *it);
            const bool sameStatus = before.projection.nodes[*it].status == after.projection.nodes[i].status;
            n.change = sameStatus && n.before == n.after ? QStringLiteral("same") : QStringLiteral("changed");
        }
        c.nodes.push_back(std::move(n));
    }
    for (size_t i = 0; i < oldNodes.size(); ++i) {
        if (!seen.contains(oldNodes[i].id)) {
            c.nodes.push_back({oldNodes[i].id, displayName(Catalog::builtin(), before.model, oldNodes[i].id),
                QStringLiteral("removed"), monthOne(before.projection, i), {}, before.projection.nodes[i].notBilled});
        }
    }
    c.added = minus(after.findings, before.findings);
    c.resolved = minus(before.findings, after.findings);
    return c;
}

QString shown(const std::optional<Money>& m, bool notBilled)
{
    return m ? cost::usdText(*m) : notBilled ? QStringLiteral("not billed") : QStringLiteral("unknown");
}

Money total(const Version& v)
{
    return v.projection.perMonth.front().total;
}

nlohmann::json money(const std::optional<Money>& m)
{
    return m ? nlohmann::json(m->toDouble()) : nlohmann::json();
}

void printJson(const Version& before, const Version& after, const Comparison& c)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const NodeChange& n : c.nodes) {
        nodes.push_back({{"id", utf8(n.id)}, {"name", utf8(n.name)}, {"change", utf8(n.change)},
            {"old", money(n.before)}, {"new", money(n.after)},
            {"delta", n.before && n.after ? money(*n.after - *n.before) : nlohmann::json()}});
    }
    const Money months = after.projection.horizonTotal() - before.projection.horizonTotal();
    const nlohmann::json doc = {{"currency", "USD"},
        {"total",
            {{"old", total(before).toDouble()}, {"new", total(after).toDouble()},
                {"delta", (total(after) - total(before)).toDouble()}, {"oldComplete", before.projection.complete()},
                {"newComplete", after.projection.complete()}}},
        {"months", after.projection.months},
        {"horizon",
            {{"old", before.projection.horizonTotal().toDouble()}, {"new", after.projection.horizonTotal().toDouble()},
                {"delta", months.toDouble()}}},
        {"nodes", nodes}, {"findings", {{"added", findingsJson(c.added)}, {"resolved", findingsJson(c.resolved)}}}};
    out() << jsonText(doc, 2) << "\n";
}

QString incomplete(const Version& v)
{
    return v.projection.complete() ? QString() : QStringLiteral(" (incomplete)");
}

void printText(
    const QString& oldPath, const QString& newPath, const Version& before, const Version& after, const Comparison& c)
{
    out() << "Monthly cost (month 1): " << cost::usdText(total(before)) << incomplete(before) << " -> "
          << cost::usdText(total(after)) << incomplete(after) << " ("
          << cost::signedUsdText(total(after) - total(before)) << ")\n";
    out() << "Over " << after.projection.months << " months: " << cost::usdText(before.projection.horizonTotal())
          << " -> " << cost::usdText(after.projection.horizonTotal()) << "\n";
    for (const NodeChange& n : c.nodes) {
        if (n.change == QLatin1String("same"))
            continue;
        out() << QStringLiteral("  %1 %2 %3 -> %4\n")
                     .arg(n.change, -8)
                     .arg(printable(n.id + QStringLiteral(" (") + n.name + QLatin1Char(')')), -36)
                     .arg(n.change == QLatin1String("added") ? QStringLiteral("-") : shown(n.before, n.notBilled))
                     .arg(n.change == QLatin1String("removed") ? QStringLiteral("-") : shown(n.after, n.notBilled));
    }
    for (const Finding& f : c.added)
        out() << printable(newPath) << ": new " << toString(f.severity) << ": " << f.rule << ": "
              << printable(f.message) << "\n";
    for (const Finding& f : c.resolved)
        out() << printable(oldPath) << ": resolved " << toString(f.severity) << ": " << f.rule << ": "
              << printable(f.message) << "\n";
    out() << c.added.size() << " findings added, " << c.resolved.size() << " resolved\n";
}

// Markdown table cells: a pipe or a line break would end the cell.
QString cell(const QString& text)
{
    QString s = printable(text);
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

void printMarkdown(const Version& before, const Version& after, const Comparison& c)
{
    out() << "## Cloudwright: cost and findings\n\n";
    out() << "Monthly cost goes from **" << cost::usdText(total(before)) << "**" << incomplete(before) << " to **"
          << cost::usdText(total(after)) << "**" << incomplete(after) << " (**"
          << cost::signedUsdText(total(after) - total(before)) << "** a month; "
          << cost::usdText(before.projection.horizonTotal()) << " to " << cost::usdText(after.projection.horizonTotal())
          << " over " << after.projection.months << " months).\n\n";
    bool any = false;
    for (const NodeChange& n : c.nodes)
        any = any || n.change != QLatin1String("same");
    if (any) {
        out() << "| Node | Change | Before | After |\n|---|---|---:|---:|\n";
        for (const NodeChange& n : c.nodes) {
            if (n.change == QLatin1String("same"))
                continue;
            out() << "| " << cell(n.name) << " (`" << cell(n.id) << "`) | " << n.change << " | "
                  << (n.change == QLatin1String("added") ? QStringLiteral("–") : shown(n.before, n.notBilled)) << " | "
                  << (n.change == QLatin1String("removed") ? QStringLiteral("–") : shown(n.after, n.notBilled))
                  << " |\n";
        }
        out() << "\n";
    } else {
        out() << "No node's cost changes.\n\n";
    }
    out() << "**Findings:** " << c.added.size() << " added, " << c.resolved.size() << " resolved\n\n";
    for (const Finding& f : c.added)
        out() << "- :warning: added `" << f.rule << "` (" << toString(f.severity) << "): " << cell(f.message) << "\n";
    for (const Finding& f : c.resolved)
        out() << "- :white_check_mark: resolved `" << f.rule << "`: " << cell(f.message) << "\n";
    out() << "\n<sub>List prices in USD, 730 hours a month; generated by `cloudwright diff`.</sub>\n";
}

std::unique_ptr<Version> load(const Invocation& call, const QString& path, int months)
{
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return nullptr;
    const QString problem = currencyProblem(loaded->diagram->meta.currency);
    if (!problem.isEmpty()) {
        LoadError error;
        error.file = path;
        error.place = QStringLiteral("meta.currency");
        error.message = problem;
        badInput(call.json, error);
        return nullptr;
    }
    auto v = std::make_unique<Version>();
    v->model.reset(std::move(*loaded->diagram));
    v->projection = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), v->model, months);
    Validator validator;
    validator.run(v->model);
    for (const Finding& f : validator.findings()) {
        if (!f.suppressed)
            v->findings.push_back(f);
    }
    return v;
}

} // namespace

int runDiff(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright diff");
    const bool md = call.parser.isSet(QStringLiteral("md"));
    const QString help = QStringLiteral("Run \"cloudwright diff --help\" for its options.\n");
    if (md && call.json)
        return usageError(who, QStringLiteral("--json and --md cannot both be given"), help, call.json);
    int months = 12;
    if (const std::optional<int> refused = readMonths(call, who, help, months))
        return *refused;
    const std::unique_ptr<Version> before = load(call, call.arguments.at(0), months);
    if (!before)
        return BadInput;
    const std::unique_ptr<Version> after = load(call, call.arguments.at(1), months);
    if (!after)
        return BadInput;
    const Comparison c = compare(*before, *after);
    if (call.json)
        printJson(*before, *after, c);
    else if (md)
        printMarkdown(*before, *after, c);
    else
        printText(call.arguments.at(0), call.arguments.at(1), *before, *after, c);
    return Ok;
}

} // namespace cw::cli
