// cloudwright advise FILE --node ID [--json]: serverless, containers or VMs for one workload.
#include "advice/advice.h"
#include "advice/advice_json.h"
#include "advice/option_scaling.h"
#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "command.h"
#include "console.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "handlers.h"
#include "io/printable.h"
#include "model/architecture.h"

#include <QLocale>

#include <algorithm>

namespace cw::cli {

namespace {

using advice::Advice;
using advice::OptionAdvice;

QString whole(double n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(qint64(std::llround(n)));
}

QString costText(const OptionAdvice& o)
{
    if (const std::optional<cost::Money> m = o.monthly())
        return cost::usdText(*m);
    return QStringLiteral("unknown");
}

QString whatText(const OptionAdvice& o)
{
    const QString drawn = o.asDrawn ? QStringLiteral(" (as drawn)") : QString();
    if (!o.alwaysOn())
        return o.service + drawn;
    const Json type = o.node.props.value("instance_type", Json());
    const QString name
        = type.is_string() ? o.service + QLatin1Char(' ') + QString::fromStdString(type.get<std::string>()) : o.service;
    return QStringLiteral("%1 x %2").arg(o.replicas).arg(name) + drawn;
}

// Joe and all his friends (seeds/003): the built-in 50x burst around the average load.
std::vector<advice::OptionScaling> burstRuns(const Advice& a)
{
    if (a.workload.averageRps() <= 0)
        return {};
    return advice::simulateOptions(a, advice::builtinCurve(advice::CurveShape::Burst, a.workload.averageRps()));
}

nlohmann::ordered_json burstJson(const Advice& a, const std::vector<advice::OptionScaling>& runs)
{
    nlohmann::ordered_json doc;
    doc["shape"] = "burst";
    doc["baseRps"] = a.workload.averageRps();
    doc["peakRps"] = a.workload.averageRps() * 50;
    nlohmann::ordered_json options = nlohmann::ordered_json::array();
    for (const advice::OptionScaling& run : runs) {
        const int most = *std::max_element(run.result.replicas.begin(), run.result.replicas.end());
        nlohmann::ordered_json item = {{"option", utf8(advice::toString(run.option))}, {"maxReplicas", most},
            {"queuedPeak", run.result.queuedPeak}, {"minutesQueued", run.result.minutesQueued},
            {"failed", run.result.failedTotal}};
        item["dayCost"] = run.priced ? nlohmann::ordered_json(run.result.dayCostUsd) : nullptr;
        options.push_back(item);
    }
    doc["options"] = options;
    return doc;
}

void printBurst(const std::vector<advice::OptionScaling>& runs)
{
    if (runs.empty())
        return;
    out() << "\nA 50x burst for ten minutes at noon (seeds/003, Joe and all his friends):\n";
    for (const advice::OptionScaling& run : runs) {
        const advice::ScalingResult& r = run.result;
        QString what = r.queuedPeak > 0 || r.failedTotal > 0
            ? QStringLiteral("up to %1 requests queued, %2 failed").arg(whole(r.queuedPeak), whole(r.failedTotal))
            : QStringLiteral("absorbed, nothing queued");
        out() << QStringLiteral("  %1 %2\n").arg(advice::toString(run.option), -11).arg(what);
    }
}

void printText(const QString& path, const Catalog& catalog, const Architecture& model, const Advice& a)
{
    const advice::Workload& w = a.workload;
    out() << printable(path) << ": node \"" << printable(w.id) << "\" (" << printable(displayName(catalog, model, w.id))
          << ", " << w.kind << ")\n";
    out() << "Load: "
          << (w.hasLoad() ? whole(w.requestsPerMonth) + QStringLiteral(" requests a month, peak ")
                         + QString::number(w.peakRps(), 'g', 4) + QStringLiteral(" req/s")
                          : QStringLiteral("not set (requests_per_month)"))
          << "; " << w.durationMs << " ms, " << w.memoryMb << " MB per request\n\n";
    out() << "Recommendation: " << printable(a.verdict()) << "\n";
    for (const QString& reason : a.reasons)
        out() << "  - " << printable(reason) << "\n";
    out() << "\nOptions (USD a month, list prices, 730 h a month):\n";
    for (const OptionAdvice& o : a.options) {
        out() << QStringLiteral("  %1 %2 %3  %4\n")
                     .arg(advice::toString(o.option), -11)
                     .arg(printable(whatText(o)), -34)
                     .arg(costText(o), 12)
                     .arg(o.fits ? QStringLiteral("fits") : QStringLiteral("does not fit: ") + o.whyNot.join("; "));
        if (o.fits && !o.monthly())
            out() << "      cost unknown: " << printable(o.cost.reason) << "\n";
    }
    out() << "\nBreak-even: ";
    if (a.breakEvenRequestsPerMonth && a.breakEvenAgainst)
        out() << whole(*a.breakEvenRequestsPerMonth) << " requests a month against "
              << advice::optionText(*a.breakEvenAgainst) << " (serverless is cheaper below it)\n";
    else
        out() << "none (" << printable(a.breakEvenNote) << ")\n";
    out() << "\nMoving from serverless to containers, for this workload:\n";
    for (const advice::ChecklistItem& item : a.checklist)
        out() << (item.holds ? "  [x] " : "  [ ] ") << printable(item.text) << "\n";
    printBurst(burstRuns(a));
}

} // namespace

int runAdvise(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright advise");
    const QString help = QStringLiteral("Run \"cloudwright advise --help\" for its options.\n");
    const QString id = call.parser.value(QStringLiteral("node"));
    if (!call.parser.isSet(QStringLiteral("node")) || id.isEmpty())
        return usageError(who, QStringLiteral("--node ID is required: the workload to advise on"), help, call.json);
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    const QString problem = currencyProblem(loaded->diagram->meta.currency);
    if (!problem.isEmpty())
        return badInput(call.json, LoadError{path, QStringLiteral("meta.currency"), problem});
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    const Catalog& catalog = Catalog::builtin();
    const QString why = advice::whyNotAdvisable(catalog, model, id);
    if (!why.isEmpty()) {
        const int index = model.indexOf(id);
        const QString place = model.node(id) ? QStringLiteral("nodes[%1] (id \"%2\")").arg(index).arg(id)
                                             : QStringLiteral("--node \"%1\"").arg(id);
        return badInput(call.json, LoadError{path, place, why});
    }
    const std::optional<Advice> a = advice::advise(catalog, cost::PriceBook::builtin(), model, id);
    if (!a) // whyNotAdvisable() said yes, so this does not happen; still never a crash
        return badInput(call.json, LoadError{path, QStringLiteral("--node"), QStringLiteral("cannot advise")});
    if (call.json) {
        nlohmann::ordered_json doc = advice::adviceJson(*a);
        const std::vector<advice::OptionScaling> runs = burstRuns(*a);
        doc["burst"] = runs.empty() ? nlohmann::ordered_json(nullptr) : burstJson(*a, runs);
        out() << jsonText(doc, 2) << "\n";
    } else
        printText(path, catalog, model, *a);
    return Ok;
}

} // namespace cw::cli
