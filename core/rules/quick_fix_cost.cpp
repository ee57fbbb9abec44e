#include "quick_fix_cost.h"

#include "quick_fixes.h"

#include "catalog/effective_values.h"
#include "cost/change_cost.h"
#include "cost/cost_export.h"
#include "model/architecture.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct FixText {
    Q_DECLARE_TR_FUNCTIONS(FixText)
};
} // namespace

namespace cw::fix {

QString FixCost::text() const
{
    if (!monthly)
        return FixText::tr("%1: cost unknown (%2)").arg(adds, reason);
    return FixText::tr("%1: %2 a month").arg(adds, cost::signedUsdText(*monthly));
}

QString FixCost::shortText() const
{
    return monthly ? FixText::tr("%1/mo").arg(cost::signedUsdText(*monthly)) : FixText::tr("?/mo");
}

std::optional<FixCost> quickFixCostInPlace(
    Architecture& scratch, const Catalog& catalog, const cost::PriceBook& book, const Finding& finding)
{
    if (!canFix(finding))
        return std::nullopt;
    // Where the cards land changes no price.
    EditResult r = quickFix(scratch, catalog, finding, FixOptions{Placement::Near, std::nullopt});
    if (!r.ok())
        return std::nullopt;
    FixCost result;
    QStringList added;
    for (const Id& id : std::as_const(r.created)) {
        if (scratch.node(id))
            added << displayName(catalog, scratch, id);
    }
    result.adds = added.isEmpty()
        ? FixText::tr("adds no service")
        : FixText::tr("adds %1").arg(added.join(FixText::tr(" and ", "between the names of the services a fix adds")));
    if (r.record) {
        const cost::ChangeCost change = costOfChange(catalog, book, scratch, *r.record);
        if (change.known())
            result.monthly = change.monthly;
        else
            result.reason = change.unknown.join(QStringLiteral("; "));
        r.record->undo(scratch);
    } else {
        result.monthly = cost::Money();
    }
    return result;
}

std::optional<FixCost> quickFixCost(
    const Architecture& model, const Catalog& catalog, const cost::PriceBook& book, const Finding& finding)
{
    if (!canFix(finding))
        return std::nullopt; // no copy for findings without a fix
    Architecture copy;
    copy.reset(model.diagram());
    return quickFixCostInPlace(copy, catalog, book, finding);
}

} // namespace cw::fix
