#include "cost/change_cost.h"

#include "catalog/catalog.h"

#include "cost/cost_model.h"
#include "edit/undo_record.h"

#include <optional>

namespace cw::cost {

namespace {

// The month-1 figure a node adds to the total: none when it is not billed, the reason
// when it is unknown.
struct Figure {
    Money monthly;
    QString unknown;
};

Figure figureOf(const NodeCost& c)
{
    if (c.status == NodeStatus::Priced || c.notBilled)
        return {c.monthly, QString()};
    return {Money(), c.reason};
}

bool sameCost(const NodeCost& a, const NodeCost& b)
{
    return a.status == b.status && a.monthly == b.monthly && a.reason == b.reason && a.notBilled == b.notBilled;
}

} // namespace

ChangeCost costOfChange(
    const Catalog& catalog, const PriceBook& book, const Architecture& model, const UndoRecord& record)
{
    ChangeCost change;
    for (const UndoRecord::Entry<Node>& e : record.nodes) {
        std::optional<NodeCost> before;
        std::optional<NodeCost> after;
        if (e.before)
            before = estimateNode(catalog, book, model, *e.before);
        if (e.after)
            after = estimateNode(catalog, book, model, *e.after);
        if (before && after && sameCost(*before, *after))
            continue; // moved, renamed, rewired: the bill does not see it
        ++change.nodes;
        const Figure was = before ? figureOf(*before) : Figure();
        const Figure is = after ? figureOf(*after) : Figure();
        const QString why = !is.unknown.isEmpty() ? is.unknown : was.unknown;
        if (!why.isEmpty()) {
            const Node& n = e.after ? *e.after : *e.before;
            const QString name = n.name.isEmpty() ? catalog.serviceName(n.kind, model.providerOf(n)) : n.name;
            change.unknown << QStringLiteral("%1: %2").arg(name, why);
            continue;
        }
        change.monthly += is.monthly - was.monthly;
    }
    return change;
}

} // namespace cw::cost
