#pragma once

#include "cost/money.h"
#include "model/kinds.h"
#include "rules/finding.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw {
class Architecture;
class Catalog;
namespace cost {
class PriceBook;
}
} // namespace cw

/// The architecture report's content (issue 11), worked out once and written by each
/// format: HTML and Markdown here, PDF in the ui. Plain values only: every string is as
/// the diagram or the catalog gives it, NOT escaped; each writer escapes for its format.
/// Money is exact (cost::Money, micro-dollars); an unknown amount is an empty optional
/// and its text says "unknown", never $0.
namespace cw::report {

/// One node of the inventory.
struct InventoryNode {
    Id id;                ///< the node's id; writers link findings to it ("#node-ID")
    QString name;         ///< displayName(): its own name, else the service name
    QString kind;         ///< catalog kind, e.g. "compute.vm"
    QString serviceName;  ///< the service at the node's provider, e.g. "EC2"
    QString serviceModel; ///< IaaS, PaaS, CaaS, FaaS, SaaS or "-"
    QString provider;     ///< the provider's display name, e.g. "AWS" (the node's or the diagram's)
    QString group;        ///< display name of the group it sits in; empty at top level
};

/// The nodes of one catalog category, in diagram order.
struct InventoryCategory {
    QString id;    ///< "compute"
    QString name;  ///< "Compute"
    QString color; ///< "#RRGGBB", the category's colour in the catalog
    std::vector<InventoryNode> nodes;
};

/// One step of the improvement plan: an unsuppressed finding, highest risk first.
struct PlanItem {
    int rank = 0; ///< 1-based place in the plan
    QString rule; ///< stable rule id, e.g. "missing-iam"
    Severity severity = Severity::Warning;
    QString severityText;  ///< "error", "warning", "info"
    QString severityName;  ///< the same for people, in the user's language
    QString pillar;        ///< the Well-Architected pillar, for people: "Cost optimization"
    QString title;         ///< the rule's title
    QString message;       ///< this case, naming the nodes
    QString why;           ///< why it matters (the rule book's "why")
    QString fix;           ///< how to fix it
    QString fixCost;       ///< what the quick fix adds to the bill ("adds Secrets Manager: +$0.40 a month",
                           ///< "... cost unknown (...)"); empty when the finding has no quick fix
    QString source;        ///< where the rule comes from
    QList<Id> nodes;       ///< the nodes it names, subject first; empty: the whole diagram
    QStringList nodeNames; ///< their display names, same order
};

/// A finding the diagram accepts (a node's "suppress" entry), with the reason given.
struct SuppressedItem {
    QString rule;
    QString title;
    QString message;
    QList<Id> nodes;
    QStringList nodeNames;
    QString reason; ///< as stored; "no reason given" when the file leaves it empty
};

/// One node's row of the cost table.
struct CostRow {
    Id id;
    QString name;
    QString category;                                    ///< category display name
    QString status;                                      ///< "priced", "usage", "unpriced" or "not billed"
    std::optional<cost::Money> month1, lastMonth, total; ///< none unless priced (0 for not billed)
    QString month1Text, lastMonthText, totalText;        ///< "$12.34", or "unknown" / "usage?" / "not billed"
    QString reason; ///< why there is no price (usage not set, no list price); empty when priced
};

/// One category's row of the cost table; amounts leave out the category's unknowns.
struct CategoryRow {
    QString id;
    QString name;
    QString color;
    std::optional<cost::Money> month1, lastMonth, total; ///< none when no node of it has a price
    QString month1Text, lastMonthText, totalText;        ///< "unknown" when none
    bool incomplete = false;                             ///< some node of the category has an unknown price
};

/// One month of the cost-over-time chart.
struct MonthPoint {
    int month = 0;                       ///< 1-based
    cost::Money total;                   ///< the priced nodes' total
    std::vector<cost::Money> byCategory; ///< same order as CostSection::categories
};

/// The cost table and the series the chart draws.
struct CostSection {
    int months = 0;                      ///< the horizon, 1..60
    std::vector<CostRow> nodes;          ///< diagram order
    std::vector<CategoryRow> categories; ///< catalog order, every category with a node
    std::vector<MonthPoint> perMonth;    ///< months 1..months
    cost::Money month1Total, lastMonthTotal, horizonTotal;
    QString month1TotalText, lastMonthTotalText, horizonTotalText;
    bool complete = true;              ///< false when a total leaves out a node whose price is unknown
    std::optional<cost::Money> budget; ///< the cost.budget limit; none without a budget node
    std::optional<int> firstMonthOver; ///< the first month above the budget
    QString budgetText;                ///< the budget line in words; empty without a budget node
};

/// A kept scenario against the diagram now.
struct ScenarioRow {
    QString name;
    QString savedAt;
    int months = 0;                                          ///< the months compared
    QString thenMonth1Text, nowMonth1Text, month1ChangeText; ///< "$1.00", "+$0.50"
    QString thenTotalText, nowTotalText, totalChangeText;    ///< over the months compared
    cost::Money thenMonth1, nowMonth1, thenTotal, nowTotal;
    bool complete = true; ///< both sides leave no unknown price out
    QStringList changes;  ///< one line per node that changed: "Lambda (fn1): added, +$3.20"
};

/// Where one price the estimate used comes from.
struct PriceSource {
    QString provider;   ///< "aws"
    QString region;     ///< the region priced
    QString key;        ///< price book key, "vm:m5.large"
    QString item;       ///< what the source calls it
    QString unitPrice;  ///< "$0.096 per hour"
    QString source;     ///< the source's name or address, as the price book gives it (plain text, not a link)
    QString asOf;       ///< the date the price was read
    QString confidence; ///< A, B, C or E (docs/pricing.md)
};

/// How the figures were worked out.
struct Assumptions {
    int hoursPerMonth = 730;
    QStringList statements;          ///< "List prices, no free tiers, no taxes.", "730 hours a month.", ...
    std::vector<PriceSource> prices; ///< each price used, once, in the order first used
};

/// How many nodes are priced.
struct Coverage {
    int priced = 0;
    int usage = 0;    ///< usage-dependent: the usage is not set
    int unpriced = 0; ///< including kinds that are not billed
    int unknown = 0;  ///< unpriced because the price is missing
    QString text;     ///< "7 priced, 2 usage-dependent, 1 unpriced" (cost::coverageText)
};

/// The whole report, in the order the writers show it.
struct Report {
    QString title;       ///< meta.title, or "Untitled architecture"
    QDate date;          ///< the day the report was made
    QString dateText;    ///< ISO, "2026-12-02"
    QString provider;    ///< display name, "AWS"; "Generic" when provider-neutral
    QString region;      ///< meta.region; empty when not set
    QString reliability; ///< meta.reliability
    int nodeCount = 0, groupCount = 0, edgeCount = 0;
    std::vector<InventoryCategory> inventory; ///< catalog category order, only categories with nodes
    std::vector<PlanItem> plan;               ///< unsuppressed findings: severity, then pillar, then rule
    std::vector<SuppressedItem> suppressed;   ///< in the same order
    int errors = 0, warnings = 0, infos = 0;
    CostSection cost;
    std::vector<ScenarioRow> scenarios; ///< the diagram's kept scenarios, in file order
    Assumptions assumptions;
    Coverage coverage;
};

/// Works out the report of a model. findings are the validator's (suppressed ones
/// included); months is the cost horizon (1..60, clamped); date is the report's day.
/// Quick-fix costs are priced for the first 50 plan items only (each tries the fix on a copy).
Report buildReport(const Architecture& model, const Catalog& catalog, const cost::PriceBook& book,
    const std::vector<Finding>& findings, int months, QDate date);

/// The anchor a node is linked by: "node-" + id with anything but [A-Za-z0-9-]
/// written as "_XXXX" (four hex digits of its UTF-16 unit, "_" itself too), so an id is a valid, unique HTML id and URL
/// fragment.
QString nodeAnchor(const Id& id);

} // namespace cw::report
