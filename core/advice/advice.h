#pragma once

#include "advice/workload.h"
#include "cost/cost_model.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace cw::cost {
class PriceBook;
}

/// The advisor: serverless, containers or VMs for one workload node, priced by the cost
/// model with the same prices as `cloudwright cost` (design.md, `advise`; docs/advice.md).
/// Pure functions of the model.
namespace cw::advice {

/// One of the three options, sized and priced for the workload.
struct OptionAdvice {
    Option option = Option::Serverless;
    Node node;               ///< what is priced: the node as drawn, or one of the option's kind made for it
    bool asDrawn = false;    ///< node is the workload node itself (its count raised to 2 when critical)
    QString service;         ///< the service at the provider: "Lambda", "Fargate", "EC2"
    int replicas = 0;        ///< always-on options: instances or tasks; serverless: 0
    double replicaVcpus = 0; ///< vCPUs of one replica (0 when the type is not listed)
    cost::NodeCost cost;     ///< the cost model's estimate of node, with its line items
    bool fits = true;
    QStringList whyNot; ///< when it does not fit: each reason, one clause
    QStringList pros;
    QStringList cons;

    /// The month-1 figure when the cost model prices it (never a zero for an unknown).
    std::optional<cost::Money> monthly() const;
    bool alwaysOn() const { return option != Option::Serverless; }
    /// One sentence: why it does not fit, or what it is and costs.
    QString why() const;
};

/// One item of the checklist for moving from serverless to containers, for this workload.
struct ChecklistItem {
    QString text;
    bool holds = false;
};

struct Advice {
    Workload workload;
    Option recommendation = Option::Serverless;
    bool multiZone = false;
    QStringList reasons;               ///< why the recommendation, each from a rule of docs/advice.md
    std::vector<OptionAdvice> options; ///< serverless, containers, vms in that order
    std::optional<double> breakEvenRequestsPerMonth;
    std::optional<Option> breakEvenAgainst; ///< the always-on option the break-even is against
    QString breakEvenNote;                  ///< why there is none, when there is none
    std::vector<ChecklistItem> checklist;

    const OptionAdvice& option(Option which) const;
    /// "Containers (Fargate), about $9.01 a month, spread over zones": the verdict in one line.
    QString verdict() const;
};

/// Why a node cannot be advised on: not found, or not a workload. Empty when it can.
QString whyNotAdvisable(const Catalog& catalog, const Architecture& model, const Id& nodeId);

/// The advice for one workload node; call whyNotAdvisable() first (nullopt when it says no).
std::optional<Advice> advise(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Id& nodeId);

/// The three options, sized and priced for the workload, with fit, pros and cons.
std::vector<OptionAdvice> priceOptions(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Workload& work);

/// The monthly request count at which `serverless` (a function node) costs as much as
/// `alwaysOn`, both re-priced by the cost model with requests_per_month set to the
/// count; nullopt when one is not priced, or serverless stays cheaper up to 1e15.
std::optional<double> breakEven(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model,
    const Node& serverless, const Node& alwaysOn);

/// Applies the rules of docs/advice.md to priced options: recommendation, multiZone,
/// reasons, break-even and checklist. `options` as priceOptions() gives them.
Advice decide(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Workload& work,
    std::vector<OptionAdvice> options);

} // namespace cw::advice
