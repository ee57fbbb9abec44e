#include "report.h"

#include "report_parts.h"

#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "model/architecture.h"
#include "rules/quick_fix_cost.h"
#include "rules/quick_fixes.h"
#include "rules/rule_book.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report {

namespace {

// Each quick fix is priced on a copy of the whole diagram: enough for a plan a person
// reads, not one copy per finding of a 10,000-node diagram.
constexpr int kMaxPricedFixes = 50;

QStringList namesOf(const Catalog& catalog, const Architecture& model, const QList<Id>& ids)
{
    QStringList names;
    for (const Id& id : ids)
        names << displayName(catalog, model, id);
    return names;
}

std::vector<InventoryCategory> inventory(const Catalog& catalog, const Architecture& model)
{
    std::vector<InventoryCategory> out;
    for (const Category& c : catalog.categories())
        out.push_back({c.id, c.name, c.color, {}});
    // A kind the catalog does not know still shows, under its own category.
    InventoryCategory other{QStringLiteral("other"), ReportText::tr("Other"), QStringLiteral("#888888"), {}};
    for (const Node& n : model.nodes()) {
        const KindInfo* info = catalog.kind(n.kind);
        const QString provider = model.providerOf(n);
        InventoryNode item;
        item.id = n.id;
        item.name = displayName(catalog, model, n.id);
        item.kind = n.kind;
        item.serviceName = catalog.serviceName(n.kind, provider);
        item.serviceModel = info ? info->serviceModel : QStringLiteral("-");
        item.provider = catalog.providerName(provider);
        item.group = n.group.isEmpty() ? QString() : displayName(catalog, model, n.group);
        auto it = std::find_if(
            out.begin(), out.end(), [&](const InventoryCategory& c) { return info && c.id == info->category; });
        (it != out.end() ? it->nodes : other.nodes).push_back(std::move(item));
    }
    out.push_back(std::move(other));
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const InventoryCategory& c) { return c.nodes.empty(); }), out.end());
    return out;
}

// Highest risk first: severity, then the pillar (security before reliability before
// the rest, the enum's order), then the rule's place in the book; stable, so the
// validator's order (subject's place in the file) decides within one rule.
std::vector<const Finding*> planOrder(const std::vector<Finding>& findings)
{
    std::vector<const Finding*> order;
    for (const Finding& f : findings)
        order.push_back(&f);
    const RuleBook& book = RuleBook::builtin();
    std::stable_sort(order.begin(), order.end(), [&](const Finding* a, const Finding* b) {
        if (a->severity != b->severity)
            return int(a->severity) < int(b->severity);
        if (a->pillar != b->pillar)
            return int(a->pillar) < int(b->pillar);
        return book.order(a->rule) < book.order(b->rule);
    });
    return order;
}

void addFindings(Report& r, const Architecture& model, const Catalog& catalog, const cost::PriceBook& book,
    const std::vector<Finding>& findings)
{
    const RuleBook& rules = RuleBook::builtin();
    int priced = 0;
    std::unique_ptr<Architecture> scratch;
    for (const Finding* f : planOrder(findings)) {
        if (f->suppressed) {
            SuppressedItem s;
            s.rule = f->rule;
            s.title = f->title;
            s.message = f->message;
            s.nodes = f->nodes;
            s.nodeNames = namesOf(catalog, model, f->nodes);
            s.reason
                = f->suppressedBecause.trimmed().isEmpty() ? ReportText::tr("no reason given") : f->suppressedBecause;
            r.suppressed.push_back(std::move(s));
            continue;
        }
        PlanItem p;
        p.rank = int(r.plan.size()) + 1;
        p.rule = f->rule;
        p.severity = f->severity;
        p.severityText = toString(f->severity);
        p.severityName = severityDisplayName(f->severity);
        p.pillar = pillarDisplayName(f->pillar);
        p.title = f->title;
        p.message = f->message;
        const RuleInfo* info = rules.rule(f->rule);
        p.why = info ? info->why : QString();
        p.fix = f->fix;
        p.source = f->source;
        p.nodes = f->nodes;
        p.nodeNames = namesOf(catalog, model, f->nodes);
        if (fix::canFix(*f) && priced < kMaxPricedFixes) {
            ++priced;
            // One copy for all the fixes tried: each is applied to it and undone. Copying the
            // model once per fix made a 10,000-node report spend most of its time copying.
            if (!scratch) {
                scratch = std::make_unique<Architecture>();
                scratch->reset(model.diagram());
            }
            if (const std::optional<fix::FixCost> c = fix::quickFixCostInPlace(*scratch, catalog, book, *f))
                p.fixCost = c->text();
        }
        switch (f->severity) {
        case Severity::Error: ++r.errors; break;
        case Severity::Warning: ++r.warnings; break;
        case Severity::Info: ++r.infos; break;
        }
        r.plan.push_back(std::move(p));
    }
}

} // namespace

QString nodeAnchor(const Id& id)
{
    QString out = QStringLiteral("node-");
    for (const QChar c : id) {
        const ushort u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (plain)
            out += c;
        else
            out += QStringLiteral("_%1").arg(u, 4, 16, QLatin1Char('0')); // fixed width: unambiguous
    }
    return out;
}

Report buildReport(const Architecture& model, const Catalog& catalog, const cost::PriceBook& book,
    const std::vector<Finding>& findings, int months, QDate date)
{
    Report r;
    const Meta& meta = model.meta();
    r.title = meta.title.trimmed().isEmpty() ? ReportText::tr("Untitled architecture") : meta.title;
    r.date = date;
    r.dateText = date.toString(Qt::ISODate);
    r.provider = meta.provider == QLatin1String("generic") ? ReportText::tr("Generic (provider-neutral)")
                                                           : catalog.providerName(meta.provider);
    r.region = meta.region;
    r.reliability = meta.reliability;
    r.nodeCount = int(model.nodes().size());
    r.groupCount = int(model.groups().size());
    r.edgeCount = int(model.edges().size());
    r.inventory = inventory(catalog, model);
    addFindings(r, model, catalog, book, findings);

    const cost::Projection p = cost::project(catalog, book, model, std::clamp(months, 1, cost::kMaxMonths));
    r.cost = detail::costSection(catalog, model, p);
    r.scenarios = detail::scenarioRows(catalog, model, p);
    r.assumptions = detail::assumptions(book, p);
    r.coverage = {p.priced, p.usage, p.unpriced, p.unknown, cost::coverageText(p)};
    return r;
}

} // namespace cw::report
