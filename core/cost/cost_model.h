#pragma once

#include "cost/money.h"
#include "cost/price_book.h"
#include "model/kinds.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw {
class Architecture;
class Catalog;
struct Node;
} // namespace cw

namespace cw::cost {

/// Whether a node's monthly figure is known (docs/cost.md).
enum class NodeStatus {
    Priced,   ///< every line has a list price
    Usage,    ///< billed by usage, and its usage is not set (reason names the property)
    Unpriced, ///< a price is unknown, or the kind is not billed (reason says which)
};
QString toString(NodeStatus status);

/// One line of a node's bill: quantity x unit price = amount, with where the price is from.
struct LineItem {
    QString component;   ///< "m5.large instances", "Requests"
    QString key;         ///< the price book key, e.g. "vm:m5.large"
    double quantity = 0; ///< in the price's unit (730 h, 1.75 million requests...)
    QString unit;        ///< the book's unit id: "hour", "1m_requests"
    bool known = false;
    UnitPrice unitPrice; ///< after any reservation or spot discount
    Money amount;        ///< this month's amount; meaningful only when known
    bool usage = false;  ///< grows with growth_pct_per_month
    QString source;
    QString asOf;
    Confidence confidence = Confidence::E;
    QString note;   ///< how it was worked out: discount, Multi-AZ, default region, tier
    QString reason; ///< why there is no price, when !known
};

/// How one usage line's amount follows its quantity: the volume bands of its price
/// (one open band when the price has no tiers), so a later month is priced by arithmetic
/// alone, with the same rounding as a full estimate of that month.
struct UsageCurve {
    double quantity = 0; ///< in the price's unit, before growth (month 1)
    struct Band {
        double width = 0; ///< in the price's unit; 0 for the open last band
        UnitPrice price;
    };
    std::vector<Band> bands;
    Money cost(double amountOfUnits) const;
};

/// One node's cost in one month.
struct NodeCost {
    Id id;
    QString kind;
    QString category;
    QString provider;
    QString region;
    NodeStatus status = NodeStatus::Priced;
    QString reason;         ///< for Usage and Unpriced
    bool notBilled = false; ///< Unpriced because the kind costs nothing itself: no gap in a total
    std::vector<LineItem> items;
    Money monthly; ///< sum of the items; 0 and meaningless unless status is Priced
    double growthPct = 0;
    Money fixedMonthly;              ///< the lines growth does not change (Priced only)
    std::vector<UsageCurve> curves;  ///< the lines it does (Priced only)
    bool grows() const; ///< has a usage line that growth changes
    /// The monthly amount in month (1-based), equal to estimateNode(..., month).monthly
    /// but without reading the node or the price book again.
    Money monthlyIn(int month) const;
};

/// Prices one node in month `month` (1-based): usage lines are multiplied by
/// (1+g/100)^(month-1), hourly capacity is not. Pure: reads the node through
/// effectiveValue() and prices from the book.
NodeCost estimateNode(
    const Catalog& catalog, const PriceBook& book, const Architecture& model, const Node& node, int month = 1);

/// The budget from cost.budget nodes: the sum of their monthly_limit.
struct Budget {
    Money limit;
    int nodes = 0;                     ///< how many cost.budget nodes set a limit
    std::optional<int> firstMonthOver; ///< the first month whose total is above the limit
};

struct MonthTotal {
    int month = 0;
    Money total;                                       ///< sum of byNode over priced nodes
    std::vector<std::pair<QString, Money>> byCategory; ///< catalog order, every category with a node
    std::vector<Money> byNode;                         ///< same order as Projection::nodes
};

/// Cost over months 1..N: per node, per category and in total, all integer money, so
/// every total is exactly the sum of its rows.
struct Projection {
    int months = 0;
    std::vector<NodeCost> nodes; ///< month 1, in diagram order
    std::vector<MonthTotal> perMonth;
    std::optional<Budget> budget; ///< only when the diagram has a cost.budget node
    int priced = 0;
    int usage = 0;
    int unpriced = 0;
    int unknown = 0; ///< unpriced nodes whose price is missing (not the kinds that are not billed)

    /// Whether every billed node has a price: false when a total leaves an unknown out.
    bool complete() const { return unknown == 0; }
    Money horizonTotal() const;
    Money horizonTotalOfNode(size_t index) const;
};

/// The projection of a whole diagram over 1..months (1 to 60). Nodes not Priced
/// contribute no money: an unknown is never a zero, it makes the total incomplete.
Projection project(const Catalog& catalog, const PriceBook& book, const Architecture& model, int months);

inline constexpr int kMaxMonths = 60;

} // namespace cw::cost
