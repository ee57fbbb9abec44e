// The advisor's rules (docs/advice.md, "The rules"), each from the course material:
// seeds/001's helper and its exercises, seeds/003's scaling story, seeds/004's
// "when to use serverless". Turns priced options into one recommendation.
#include "advice.h"

#include "catalog/catalog.h"
#include "cost/cost_export.h"
#include "model/architecture.h"

#include <QCoreApplication>
#include <QLocale>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};
} // namespace

namespace cw::advice {

namespace {

QString usd(cost::Money m)
{
    return cost::usdText(m);
}

QString requestsText(double n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(qint64(std::llround(n)));
}

// "0.1 s", "20 min": a run's length for the checklist.
QString runText(double minutes)
{
    if (minutes < 1)
        return QStringLiteral("%1 s").arg(minutes * 60, 0, 'g', 3);
    return QStringLiteral("%1 min").arg(minutes, 0, 'g', 4);
}

OptionAdvice& find(std::vector<OptionAdvice>& options, Option which)
{
    for (OptionAdvice& o : options) {
        if (o.option == which)
            return o;
    }
    return options.front();
}

// The cheaper of the fitting always-on options with a known price; prefer breaks a tie
// or stands in when neither is priced.
std::optional<Option> cheaperAlwaysOn(const std::vector<OptionAdvice>& options, Option prefer)
{
    const OptionAdvice* best = nullptr;
    for (const OptionAdvice& o : options) {
        if (!o.alwaysOn() || !o.fits || !o.monthly())
            continue;
        if (!best || *o.monthly() < *best->monthly() || (*o.monthly() == *best->monthly() && o.option == prefer))
            best = &o;
    }
    if (best)
        return best->option;
    for (const OptionAdvice& o : options) {
        if (o.option == prefer && o.fits)
            return prefer;
    }
    return std::nullopt;
}

void addProsAndCons(std::vector<OptionAdvice>& options, const Workload& w)
{
    OptionAdvice& s = find(options, Option::Serverless);
    s.pros << AdviceText::tr("low operations: no servers to patch or scale (seeds/001)")
           << AdviceText::tr("pay per use, nothing while idle (seeds/004: intermittent workloads)")
           << AdviceText::tr("great for spiky or unpredictable traffic (seeds/001)");
    s.cons << AdviceText::tr("every request is billed: constant high load costs more than always-on capacity "
                             "(seeds/004)");
    s.cons += s.whyNot;
    OptionAdvice& c = find(options, Option::Containers);
    c.pros << AdviceText::tr("the app and its dependencies in one image that runs the same everywhere (seeds/003)")
           << AdviceText::tr("replicas scale out behind a load balancer and restart when they fail (seeds/003)")
           << AdviceText::tr("long runs, state and steady load fit (seeds/001)");
    c.cons << AdviceText::tr("images, a registry and the service (or a cluster) to run")
           << AdviceText::tr("always-on replicas are paid while idle");
    if (w.gpu)
        c.cons << AdviceText::tr("GPU containers need a Kubernetes cluster with GPU worker nodes");
    OptionAdvice& v = find(options, Option::Vms);
    v.pros << AdviceText::tr("full control, for long-running or highly tuned workloads (seeds/001)")
           << AdviceText::tr("potentially the lowest steady-state cost at scale (seeds/001)");
    if (w.gpu)
        v.pros << AdviceText::tr("GPU instances are available (seeds/004)");
    v.cons << AdviceText::tr("you manage the OS, runtime and patches (seeds/004: IaaS)")
           << AdviceText::tr("scales slowly: a new VM takes minutes to boot")
           << AdviceText::tr("pays for idle capacity");
    // The cost, where the model knows it: the cheapest option says so.
    const OptionAdvice* cheapest = nullptr;
    for (const OptionAdvice& o : options) {
        if (o.fits && o.monthly() && (!cheapest || *o.monthly() < *cheapest->monthly()))
            cheapest = &o;
    }
    if (cheapest)
        find(options, cheapest->option).pros << AdviceText::tr("the cheapest that fits at this load");
}

std::vector<ChecklistItem> checklistFor(const Workload& w, const Advice& a)
{
    const OptionAdvice& s = a.option(Option::Serverless);
    const bool costsMore = a.breakEvenRequestsPerMonth && w.requestsPerMonth >= *a.breakEvenRequestsPerMonth;
    return {
        {AdviceText::tr("Runs take longer than %1 minutes (now up to %2)")
                .arg(kFunctionLimitMinutes)
                .arg(runText(w.longestMinutes())),
            w.longestMinutes() > kFunctionLimitMinutes},
        {AdviceText::tr("The work needs a GPU"), w.gpu},
        {AdviceText::tr("It keeps state between requests (memory, local disk, open connections)"), w.stateful},
        {a.breakEvenRequestsPerMonth
                ? AdviceText::tr("The load passes the break-even of %1 requests a month (now %2)")
                      .arg(requestsText(*a.breakEvenRequestsPerMonth), requestsText(w.requestsPerMonth))
                : AdviceText::tr("The load makes functions cost more than always-on capacity"),
            costsMore},
        {AdviceText::tr("Traffic is steady, so always-on replicas stay busy"), w.traffic == Traffic::Steady},
        {AdviceText::tr("The team can run containers: build images, keep a registry, watch the service"),
            w.ops == OpsCapacity::Medium || w.ops == OpsCapacity::Large},
        {AdviceText::tr("It needs more than %1 MB of memory (now %2 MB)")
                .arg(requestsText(kFunctionMaxMemoryMb), requestsText(w.memoryMb)),
            w.memoryMb > kFunctionMaxMemoryMb},
        {AdviceText::tr("Functions no longer fit for another reason: %1")
                .arg(s.fits ? QStringLiteral("none") : s.whyNot.join(QStringLiteral("; "))),
            !s.fits},
    };
}

} // namespace

const OptionAdvice& Advice::option(Option which) const
{
    for (const OptionAdvice& o : options) {
        if (o.option == which)
            return o;
    }
    return options.front();
}

QString Advice::verdict() const
{
    const OptionAdvice& o = option(recommendation);
    QString what = QStringLiteral("%1 (%2)").arg(optionText(recommendation), o.service);
    what[0] = what[0].toUpper();
    const std::optional<cost::Money> m = o.monthly();
    if (m && multiZone)
        return AdviceText::tr("%1, about %2 a month, spread over several zones").arg(what, usd(*m));
    if (m)
        return AdviceText::tr("%1, about %2 a month").arg(what, usd(*m));
    if (multiZone)
        return AdviceText::tr("%1, spread over several zones").arg(what);
    return what;
}

QString whyNotAdvisable(const Catalog& catalog, const Architecture& model, const Id& nodeId)
{
    const Node* node = model.node(nodeId);
    if (!node)
        return AdviceText::tr("no node has the id \"%1\"").arg(nodeId);
    if (!isWorkloadKind(node->kind)) {
        const KindInfo* info = catalog.kind(node->kind);
        return AdviceText::tr("\"%1\" is a %2, not a workload the advisor compares (a function, container service, "
                              "Kubernetes cluster, VM, GPU VM, batch or ML endpoint)")
            .arg(nodeId, info ? info->kind : node->kind);
    }
    return QString();
}

std::optional<Advice> advise(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Id& nodeId)
{
    const Node* node = model.node(nodeId);
    if (!node)
        return std::nullopt;
    const std::optional<Workload> work = readWorkload(catalog, model, *node);
    if (!work)
        return std::nullopt;
    return decide(catalog, book, model, *work, priceOptions(catalog, book, model, *work));
}

Advice decide(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Workload& w,
    std::vector<OptionAdvice> options)
{
    Advice a;
    a.workload = w;
    addProsAndCons(options, w);
    a.options = std::move(options);
    const OptionAdvice& serverless = a.option(Option::Serverless);

    // The break-even against the cheapest always-on option that fits and has a price.
    const std::optional<Option> cheapest = cheaperAlwaysOn(a.options, Option::Vms);
    if (!serverless.fits) {
        a.breakEvenNote = AdviceText::tr("functions do not fit this workload");
    } else if (!cheapest || !a.option(*cheapest).monthly()) {
        a.breakEvenNote = AdviceText::tr("no always-on option has a price at %1").arg(catalog.providerName(w.provider));
    } else {
        a.breakEvenAgainst = *cheapest;
        a.breakEvenRequestsPerMonth = breakEven(catalog, book, model, serverless.node, a.option(*cheapest).node);
        if (!a.breakEvenRequestsPerMonth)
            a.breakEvenNote = serverless.cost.status == cost::NodeStatus::Unpriced
                ? AdviceText::tr("functions have no price at %1").arg(catalog.providerName(w.provider))
                : AdviceText::tr("functions stay cheaper at any load");
    }

    const bool spiky = w.traffic == Traffic::Spiky;
    const bool smallTeam = w.ops == OpsCapacity::Small;
    const std::optional<cost::Money> serverlessCost = serverless.monthly();
    const std::optional<cost::Money> alwaysOnCost = cheapest ? a.option(*cheapest).monthly() : std::nullopt;
    const bool costsMore = serverlessCost && alwaysOnCost && *alwaysOnCost < *serverlessCost;
    // Prices decide when both are known; the rule's request count only when they are not.
    const bool comparable = serverlessCost && alwaysOnCost;
    const bool highLoad = comparable ? costsMore : w.requestsPerMonth >= kConstantHighLoad;

    if (w.critical) {
        // seeds/001 exercise: prefer VMs (or containers) over several zones when reliability is critical.
        a.multiZone = true;
        // VMs, as the exercise says; containers when the team is too small to run VMs.
        a.recommendation = smallTeam && a.option(Option::Containers).fits ? Option::Containers : Option::Vms;
        a.reasons << AdviceText::tr("reliability is critical: run at least two replicas spread over several zones, "
                                    "which VMs or containers do (seeds/001 exercise)");
        if (smallTeam)
            a.reasons << AdviceText::tr("a small operations team: managed containers over zones need less "
                                        "running than VMs (seeds/001)");
    } else if (!serverless.fits) {
        for (const QString& why : serverless.whyNot)
            a.reasons << AdviceText::tr("functions do not fit: %1 (seeds/004)").arg(why);
        if ((spiky || smallTeam) && a.option(Option::Containers).fits) {
            a.recommendation = Option::Containers;
            a.reasons << (spiky ? AdviceText::tr("spiky load: containers autoscale replicas behind a load "
                                                 "balancer (seeds/003)")
                                : AdviceText::tr("a small operations team: a managed container service needs less "
                                                 "running than VMs (seeds/001)"));
        } else {
            a.recommendation = cheapest.value_or(Option::Vms);
            if (alwaysOnCost)
                a.reasons << AdviceText::tr("%1 cost the least of what fits (%2 a month)")
                                 .arg(optionText(a.recommendation), usd(*alwaysOnCost));
        }
    } else if (highLoad && !spiky && cheapest) {
        // seeds/004: not good for serverless, constant high load (cost).
        a.recommendation = smallTeam && a.option(Option::Containers).fits && a.option(Option::Containers).monthly()
            ? Option::Containers
            : *cheapest;
        if (costsMore)
            a.reasons << AdviceText::tr("constant high load makes serverless the expensive choice: %1 a month "
                                        "against %2 for %3 (seeds/004)")
                             .arg(usd(*serverlessCost), usd(*alwaysOnCost), optionText(*cheapest));
        else
            a.reasons << AdviceText::tr("constant high load (%1 requests a month) makes serverless the expensive "
                                        "choice (seeds/004)")
                             .arg(requestsText(w.requestsPerMonth));
        if (a.recommendation == Option::Containers && *cheapest != Option::Containers)
            a.reasons << AdviceText::tr("a small operations team: containers need less running than VMs (seeds/001)");
    } else {
        a.recommendation = Option::Serverless;
        if (spiky)
            a.reasons << AdviceText::tr("spiky or unpredictable load favours serverless: it scales per request and "
                                        "costs nothing while idle (seeds/001, seeds/004)");
        if (smallTeam)
            a.reasons << AdviceText::tr("a small operations team favours serverless: no servers to run (seeds/001)");
        if (costsMore && spiky)
            a.reasons << AdviceText::tr("serverless costs more at this load (%1 a month against %2 for %3), but the "
                                        "always-on capacity sized for the peaks would sit idle between them")
                             .arg(usd(*serverlessCost), usd(*alwaysOnCost), optionText(*cheapest));
        else if (highLoad && spiky)
            a.reasons << AdviceText::tr("the load is high but spiky: always-on capacity sized for the peaks would "
                                        "sit idle between them");
        if (serverlessCost && alwaysOnCost && !costsMore)
            a.reasons << AdviceText::tr("serverless is the cheaper at this load: %1 a month against %2 for %3")
                             .arg(usd(*serverlessCost), usd(*alwaysOnCost), optionText(*cheapest));
        if (!w.hasLoad())
            a.reasons << AdviceText::tr("no load is set (requests_per_month): functions fit, and cost only what "
                                        "is used (seeds/004: intermittent workloads)");
    }
    if (a.reasons.isEmpty())
        a.reasons << AdviceText::tr("%1 fit this workload").arg(optionText(a.recommendation));
    a.checklist = checklistFor(w, a);
    return a;
}

} // namespace cw::advice
