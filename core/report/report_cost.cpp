// buildReport()'s cost sections: the table, the chart's series, scenarios, assumptions.
#include "report_parts.h"

#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "cost/scenario_compare.h"
#include "model/architecture.h"

#include <QCoreApplication>
#include <QSet>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report::detail {

namespace {

using cost::Money;
using cost::NodeStatus;

// The status column for people: the same words as the ids (cost::toString), translated.
QString statusText(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Priced: return ReportText::tr("priced");
    case NodeStatus::Usage: return ReportText::tr("usage");
    case NodeStatus::Unpriced: return ReportText::tr("unpriced");
    }
    return ReportText::tr("unpriced");
}

QString usd(const std::optional<Money>& m)
{
    return m ? cost::usdText(*m) : ReportText::tr("unknown");
}

CostRow nodeRow(const Catalog& catalog, const Architecture& model, const cost::Projection& p, size_t i)
{
    const cost::NodeCost& n = p.nodes[i];
    CostRow row;
    row.id = n.id;
    row.name = displayName(catalog, model, n.id);
    const Category* category = catalog.category(n.category);
    row.category = category ? category->name : n.category;
    row.status
        = cost::scenarioStatus(n) == QLatin1String("notBilled") ? ReportText::tr("not billed") : statusText(n.status);
    if (n.status == NodeStatus::Priced) {
        row.month1 = n.monthly;
        row.lastMonth = p.perMonth.back().byNode[i];
        row.total = p.horizonTotalOfNode(i);
        row.month1Text = cost::usdText(*row.month1);
        row.lastMonthText = cost::usdText(*row.lastMonth);
        row.totalText = cost::usdText(*row.total);
        return row;
    }
    if (n.notBilled) {
        // Known to cost nothing itself: a $0 that is not a gap.
        row.month1 = row.lastMonth = row.total = Money();
        row.month1Text = row.lastMonthText = row.totalText = ReportText::tr("not billed");
    } else {
        const QString what = n.status == NodeStatus::Usage ? ReportText::tr("usage?") : ReportText::tr("unknown");
        row.month1Text = row.lastMonthText = row.totalText = what;
    }
    row.reason = n.reason;
    // The reason says "not billed: why" (cost's text, in the user's language); the column says not billed already.
    if (n.notBilled) {
        const QString prefix
            = QCoreApplication::translate("CostText", "not billed: %1").section(QStringLiteral("%1"), 0, 0);
        if (!prefix.isEmpty() && row.reason.startsWith(prefix))
            row.reason = row.reason.mid(prefix.size());
    }
    return row;
}

} // namespace

CostSection costSection(const Catalog& catalog, const Architecture& model, const cost::Projection& p)
{
    CostSection s;
    s.months = p.months;
    QSet<QString> gaps, priced; // categories with an unknown price, with a known one
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        s.nodes.push_back(nodeRow(catalog, model, p, i));
        const cost::NodeCost& n = p.nodes[i];
        if (n.status == NodeStatus::Priced || n.notBilled)
            priced.insert(n.category);
        else
            gaps.insert(n.category);
    }
    const cost::MonthTotal& first = p.perMonth.front();
    const cost::MonthTotal& last = p.perMonth.back();
    for (size_t k = 0; k < first.byCategory.size(); ++k) {
        const QString& id = first.byCategory[k].first;
        const Category* category = catalog.category(id);
        CategoryRow row;
        row.id = id;
        row.name = category ? category->name : id;
        row.color = category ? category->color : QStringLiteral("#888888");
        row.incomplete = gaps.contains(id);
        if (priced.contains(id)) { // nothing known: never a $0.00
            Money sum;
            for (const cost::MonthTotal& m : p.perMonth)
                sum += m.byCategory[k].second;
            row.month1 = first.byCategory[k].second;
            row.lastMonth = last.byCategory[k].second;
            row.total = sum;
        }
        row.month1Text = usd(row.month1);
        row.lastMonthText = usd(row.lastMonth);
        row.totalText = usd(row.total);
        s.categories.push_back(std::move(row));
    }
    for (const cost::MonthTotal& m : p.perMonth) {
        MonthPoint point;
        point.month = m.month;
        point.total = m.total;
        for (const auto& [id, amount] : m.byCategory)
            point.byCategory.push_back(amount);
        s.perMonth.push_back(std::move(point));
    }
    s.month1Total = first.total;
    s.lastMonthTotal = last.total;
    s.horizonTotal = p.horizonTotal();
    s.month1TotalText = cost::usdText(s.month1Total);
    s.lastMonthTotalText = cost::usdText(s.lastMonthTotal);
    s.horizonTotalText = cost::usdText(s.horizonTotal);
    s.complete = p.complete();
    if (p.budget) {
        if (p.budget->nodes > 0)
            s.budget = p.budget->limit;
        s.firstMonthOver = p.budget->firstMonthOver;
        s.budgetText = cost::budgetText(p) + QLatin1Char('.');
    }
    return s;
}

std::vector<ScenarioRow> scenarioRows(const Catalog& catalog, const Architecture& model, const cost::Projection& p)
{
    std::vector<ScenarioRow> rows;
    for (const Scenario& kept : model.scenarios()) {
        const cost::ScenarioDiff d = cost::compareScenario(kept, p, catalog, model);
        ScenarioRow row;
        row.name = kept.name;
        row.savedAt = kept.savedAt;
        row.months = d.months;
        row.thenMonth1 = d.thenMonth1;
        row.nowMonth1 = d.nowMonth1;
        row.thenTotal = d.thenTotal;
        row.nowTotal = d.nowTotal;
        row.thenMonth1Text = cost::usdText(d.thenMonth1);
        row.nowMonth1Text = cost::usdText(d.nowMonth1);
        row.month1ChangeText = cost::signedUsdText(d.month1Change());
        row.thenTotalText = cost::usdText(d.thenTotal);
        row.nowTotalText = cost::usdText(d.nowTotal);
        row.totalChangeText = cost::signedUsdText(d.totalChange());
        row.complete = d.complete;
        for (const cost::ScenarioDiffRow& r : d.rows) {
            QString what;
            if (!r.inScenario)
                what = ReportText::tr("added");
            else if (!r.inNow)
                what = ReportText::tr("removed");
            else if (r.kind != r.thenKind)
                what = ReportText::tr("was %1").arg(r.thenKind);
            else if (r.change && r.change->micros() == 0 && r.thenStatus == r.nowStatus)
                continue; // unchanged
            const QString amount = r.change ? cost::signedUsdText(*r.change) : ReportText::tr("price unknown");
            if (what.isEmpty() && !r.change && r.thenStatus == r.nowStatus)
                continue; // unknown then and now: nothing to say
            row.changes << (what.isEmpty() ? ReportText::tr("%1 (%2): %3").arg(r.name, r.id, amount)
                                           : ReportText::tr("%1 (%2): %3, %4").arg(r.name, r.id, what, amount));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Assumptions assumptions(const cost::PriceBook& book, const cost::Projection& p)
{
    Assumptions a;
    a.hoursPerMonth = book.hoursPerMonth();
    a.statements << ReportText::tr("Amounts are in %1, at list prices: no free tiers, no discounts unless a node "
                                   "sets a pricing model, no taxes.")
                        .arg(book.currency().isEmpty() ? QStringLiteral("USD") : book.currency())
                 << ReportText::tr("A month is %1 hours; always-on capacity runs all of them.").arg(a.hoursPerMonth)
                 << ReportText::tr("Month 1 is the first month; usage with growth_pct_per_month g is multiplied by "
                                   "(1+g/100)^(m-1) in month m.")
                 << ReportText::tr("A price that is not known is shown as unknown, never as $0, and left out of "
                                   "the totals, which then say they are incomplete.");
    QSet<QString> seen;
    for (const cost::NodeCost& n : p.nodes) {
        for (const cost::LineItem& item : n.items) {
            if (!item.known)
                continue;
            const QString id = n.provider + QLatin1Char('|') + n.region + QLatin1Char('|') + item.key;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            PriceSource s;
            s.provider = n.provider;
            s.region = n.region;
            s.key = item.key;
            s.item = item.component;
            const QString unit = book.unitDescription(item.unit);
            s.unitPrice = QStringLiteral("$%1 %2").arg(item.unitPrice.toDecimal(),
                unit.isEmpty() ? ReportText::tr("per %1", "unit price: per hour").arg(item.unit) : unit);
            s.source = item.source;
            s.asOf = item.asOf;
            s.confidence = cost::toString(item.confidence);
            a.prices.push_back(std::move(s));
        }
    }
    return a;
}

} // namespace cw::report::detail
