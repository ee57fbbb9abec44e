// cloudwright cost FILE [--months N] [--json|--csv]: monthly cost per node and category.
#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "command.h"
#include "console.h"
#include "cost/cost_export.h"
#include "cost/cost_model.h"
#include "handlers.h"
#include "io/printable.h"
#include "model/architecture.h"

namespace cw::cli {

namespace {

using cost::Money;
using cost::NodeCost;
using cost::NodeStatus;
using cost::Projection;

QString usd(Money m)
{
    return cost::usdText(m);
}

QString coverage(const Projection& p)
{
    return cost::coverageText(p);
}

void printText(const QString& path, const Catalog& catalog, const Architecture& model, const Projection& p)
{
    const int last = p.months;
    out() << printable(path) << ": cost over " << p.months << (p.months == 1 ? " month" : " months")
          << " (USD, list prices, 730 h a month, no free tiers)\n\n";
    const QString header = QStringLiteral("%1 %2 %3 %4\n")
                               .arg(QStringLiteral("node"), -32)
                               .arg(QStringLiteral("month 1"), 14)
                               .arg(QStringLiteral("month %1").arg(last), 14)
                               .arg(QStringLiteral("total"), 16);
    out() << header;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const NodeCost& n = p.nodes[i];
        const QString name = printable(displayName(catalog, model, n.id)).left(30);
        QString label = QStringLiteral("%1 (%2)").arg(printable(n.id), name);
        if (label.size() > 32)
            label = label.left(31) + QChar(0x2026);
        if (n.status == NodeStatus::Priced) {
            out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(label, -32)
                         .arg(usd(n.monthly), 14)
                         .arg(usd(p.perMonth.back().byNode[i]), 14)
                         .arg(usd(p.horizonTotalOfNode(i)), 16);
        } else {
            // A kind that is not billed says so; its reason starts "not billed: ".
            const QString what = n.notBilled  ? QStringLiteral("not billed")
                : n.status == NodeStatus::Usage ? QStringLiteral("usage?")
                                                : QStringLiteral("unknown");
            QString reason = printable(n.reason);
            if (n.notBilled && reason.startsWith(QLatin1String("not billed: ")))
                reason = reason.mid(12);
            out() << QStringLiteral("%1 %2  %3\n").arg(label, -32).arg(what, 14).arg(reason);
        }
    }
    out() << "\n"
          << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("category"), -32)
                 .arg(QStringLiteral("month 1"), 14)
                 .arg(QStringLiteral("month %1").arg(last), 14)
                 .arg(QStringLiteral("total"), 16);
    const cost::MonthTotal& first = p.perMonth.front();
    QStringList gaps;   // categories with a node whose price is unknown
    QStringList priced; // categories with a priced node
    for (const NodeCost& n : p.nodes) {
        if (n.status == NodeStatus::Priced)
            priced << n.category;
        else if (!n.notBilled)
            gaps << n.category;
    }
    for (size_t k = 0; k < first.byCategory.size(); ++k) {
        Money sum;
        for (const cost::MonthTotal& m : p.perMonth)
            sum += m.byCategory[k].second;
        const Category* category = catalog.category(first.byCategory[k].first);
        const QString id = first.byCategory[k].first;
        if (gaps.contains(id) && !priced.contains(id)) { // nothing known: never a $0.00
            const QString unknown = QStringLiteral("unknown");
            out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(category ? category->name : id, -32)
                         .arg(unknown, 14)
                         .arg(unknown, 14)
                         .arg(unknown, 16);
            continue;
        }
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg((category ? category->name : first.byCategory[k].first)
                             + (gaps.contains(first.byCategory[k].first) ? QStringLiteral(" *") : QString()),
                         -32)
                     .arg(usd(first.byCategory[k].second), 14)
                     .arg(usd(p.perMonth.back().byCategory[k].second), 14)
                     .arg(usd(sum), 16);
    }
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(p.complete() ? QStringLiteral("Total") : QStringLiteral("Total (incomplete)"), -32)
                 .arg(usd(first.total), 14)
                 .arg(usd(p.perMonth.back().total), 14)
                 .arg(usd(p.horizonTotal()), 16);
    if (!gaps.isEmpty())
        out() << "* leaves out nodes whose price is unknown\n";
    out() << "\n" << coverage(p) << "\n";
    if (p.budget)
        out() << cost::budgetText(p) << "\n";
}

} // namespace

int runCost(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright cost");
    const bool csv = call.parser.isSet(QStringLiteral("csv"));
    const QString help = QStringLiteral("Run \"cloudwright cost --help\" for its options.\n");
    if (csv && call.json)
        return usageError(who, QStringLiteral("--json and --csv cannot both be given"), help, call.json);
    int months = 12;
    if (const std::optional<int> refused = readMonths(call, who, help, months))
        return *refused;
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    const QString problem = currencyProblem(loaded->diagram->meta.currency);
    if (!problem.isEmpty()) {
        LoadError error;
        error.file = path;
        error.place = QStringLiteral("meta.currency");
        error.message = problem;
        return badInput(call.json, error);
    }
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    const Catalog& catalog = Catalog::builtin();
    const Projection p = cost::project(catalog, cost::PriceBook::builtin(), model, months);
    if (call.json)
        out() << cost::projectionJson(p);
    else if (csv)
        out() << cost::projectionCsv(p);
    else
        printText(path, catalog, model, p);
    return Ok;
}

} // namespace cw::cli
