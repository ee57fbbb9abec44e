// Prices one node from its kind's billing recipe in resources/catalog/catalog.json
// (docs/cost.md): the recipe says which price keys apply and what quantity each takes;
// this file turns that, the node's effective properties and the price book into lines.
#include "cost_model.h"

#include "catalog/effective_values.h"
#include "cost_units.h"
#include "model/architecture.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct CostText {
    Q_DECLARE_TR_FUNCTIONS(CostText)
};
} // namespace

namespace cw::cost {

namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Context {
    const Catalog& catalog;
    const PriceBook& book;
    const Architecture& model;
    const Node& node;
    QString provider;
    QString region;
    QString regionNote; ///< set when the book's default region stands in
    double growth = 1;  ///< (1+g/100)^(month-1)
};

double number(const Context& c, const char* key)
{
    const Json& v = effectiveRef(c.catalog, c.model, c.node, key);
    return v.is_number() ? v.get<double>() : 0.0;
}

QString text(const Context& c, const char* key)
{
    const Json& v = effectiveRef(c.catalog, c.model, c.node, key);
    if (v.is_string())
        return str(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

bool flag(const Context& c, const char* key)
{
    const Json& v = effectiveRef(c.catalog, c.model, c.node, key);
    return v.is_boolean() && v.get<bool>();
}

// Whether a region name is spelled the way this provider names its regions.
bool isRegionOf(const QString& provider, const QString& region)
{
    static const QRegularExpression aws(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-\\d$"));
    static const QRegularExpression gcp(QStringLiteral("^[a-z]+-[a-z]+\\d+$"));
    static const QRegularExpression azure(QStringLiteral("^[a-z]+\\d?$"));
    if (provider == QLatin1String("aws"))
        return aws.match(region).hasMatch();
    if (provider == QLatin1String("gcp"))
        return gcp.match(region).hasMatch();
    if (provider == QLatin1String("azure"))
        return azure.match(region).hasMatch();
    return false;
}

struct RegionChoice {
    QString region; ///< where the node is priced
    QString note;   ///< set when the book's default region stands in
};

// Where a provider's node is priced for the diagram's region. Every node of a diagram
// asks the same question, so the last answer is kept (per thread: the book's regions and
// the two names are its key).
const RegionChoice& chooseRegion(const PriceBook& book, const QString& provider, const QString& metaRegion)
{
    thread_local struct {
        QStringList regions;
        QString provider, metaRegion;
        RegionChoice choice;
        bool valid = false;
    } last;
    const QStringList regions = book.regions(provider);
    if (last.valid && last.provider == provider && last.metaRegion == metaRegion && last.regions == regions)
        return last.choice;
    RegionChoice choice;
    if (isRegionOf(provider, metaRegion)) {
        choice.region = metaRegion;
    } else {
        choice.region = regions.first();
        choice.note = metaRegion.isEmpty()
            ? CostText::tr("no region set: priced in %1").arg(choice.region)
            : CostText::tr("%1 is not a %2 region: priced in %3").arg(metaRegion, provider, choice.region);
    }
    last = {regions, provider, metaRegion, choice, true};
    return last.choice;
}

// The value of one quantity factor of a recipe line: a property, or a derived figure.
double factor(const Context& c, const std::string& token)
{
    if (token[0] != '@')
        return number(c, token.c_str());
    if (token == "@one")
        return 1;
    if (token == "@hours")
        return c.book.hoursPerMonth();
    if (token == "@memory_gib")
        return number(c, "memory_mb") / 1024.0;
    if (token == "@vcpu") // Fargate's smallest valid ratio: 1 vCPU per 2 GB
        return std::max(0.25, number(c, "memory_mb") / 2048.0);
    if (token == "@output_share")
        return std::clamp(number(c, "output_share_pct"), 0.0, 100.0) / 100.0;
    if (token == "@input_share")
        return 1.0 - std::clamp(number(c, "output_share_pct"), 0.0, 100.0) / 100.0;
    return 0; // an unknown token: the line prices nothing
}

QString substitute(const Context& c, QString key)
{
    if (!key.contains(QLatin1Char('{')))
        return key;
    static const std::pair<QLatin1String, const char*> kSlots[] = {
        {QLatin1String("{storage_class}"), "storage_class"},
        {QLatin1String("{model}"), "model"},
        {QLatin1String("{instance_type}"), "instance_type"},
        {QLatin1String("{engine}"), "engine"},
    };
    for (const auto& [pattern, prop] : kSlots) {
        if (key.contains(pattern))
            key.replace(pattern, text(c, prop));
    }
    return key;
}

void fillFrom(LineItem& line, const PriceEntry& e)
{
    line.unit = e.unit;
    line.source = e.source;
    line.asOf = e.asOf;
    line.confidence = e.confidence;
    if (!e.sourceRegion.isEmpty())
        line.note = CostText::tr("source priced %1").arg(e.sourceRegion);
}

void addNote(LineItem& line, const QString& note)
{
    if (note.isEmpty())
        return;
    line.note = line.note.isEmpty() ? note : line.note + QStringLiteral("; ") + note;
}

// How many units of a tier's own unit make one unit of the price ("TB" bands on a per-GB price).
double tierScale(const QString& tierUnit, const QString& unit)
{
    if (tierUnit == QLatin1String("TB") && unit == QLatin1String("gb"))
        return 1000;
    if (tierUnit == QLatin1String("TiB") && unit == QLatin1String("gib"))
        return 1024;
    return 1;
}

// The width of a volume band in the price's unit; 0 for an open band.
double bandWidth(const PriceEntry& e, double scale)
{
    if (!e.tier || e.tier->to.isEmpty())
        return 0;
    return (e.tier->to.toDouble() - e.tier->from.toDouble()) * scale;
}

// The bands of a tiered key (KEY, KEY:tier2, KEY:tier3...), all of them, so a later
// month whose usage crosses into the next band is priced by its own rate.
UsageCurve tieredCurve(const Context& c, const QString& baseKey, const PriceEntry& first)
{
    UsageCurve curve;
    const double scale = tierScale(first.tier->unit, first.unit);
    for (int i = 1; i <= 5; ++i) {
        const QString key = i == 1 ? baseKey : baseKey + QStringLiteral(":tier%1").arg(i);
        const PriceLookup found = c.book.find(c.provider, c.region, key);
        if (!found.isKnown())
            break;
        curve.bands.push_back({bandWidth(*found.entry, scale), found.entry->amount});
        if (curve.bands.back().width == 0)
            break;
    }
    return curve;
}

// Lines for a quantity at a key whose entry has volume tiers (Lambda GB-s, egress):
// each band at its own price, the keys being KEY, KEY:tier2, KEY:tier3.
std::vector<LineItem> tieredLines(const Context& c, const LineItem& base, const PriceEntry& first)
{
    std::vector<LineItem> lines;
    const double scale = tierScale(first.tier->unit, first.unit);
    double left = base.quantity;
    for (int i = 1; i <= 5 && left > 0; ++i) {
        const QString key = i == 1 ? base.key : base.key + QStringLiteral(":tier%1").arg(i);
        const PriceLookup found = c.book.find(c.provider, c.region, key);
        if (!found.isKnown())
            break;
        const PriceEntry& e = *found.entry;
        const double width = bandWidth(e, scale);
        const double band = width > 0 ? std::min(left, width) : left;
        LineItem line = base;
        line.key = key;
        fillFrom(line, e);
        line.quantity = band;
        line.known = true;
        line.unitPrice = e.amount;
        line.amount = e.amount.cost(band);
        if (e.tier)
            addNote(line,
                CostText::tr("volume tier from %1 to %2 %3")
                    .arg(e.tier->from, e.tier->to.isEmpty() ? CostText::tr("up") : e.tier->to, e.tier->unit));
        lines.push_back(line);
        left -= band;
    }
    if (lines.empty()) {
        LineItem line = base;
        line.reason = CostText::tr("%1 has no price for its first volume band").arg(base.key);
        lines = {line};
    } else if (left > 1e-9) {
        // The sourced bands end (AWS egress past 150 TB): the rest at the last band's rate.
        // Rates fall with volume, so this is an upper bound, and the line says so.
        LineItem line = lines.back();
        line.quantity = left;
        line.amount = line.unitPrice.cost(left);
        line.note.clear();
        fillFrom(line, *c.book.find(c.provider, c.region, line.key).entry);
        addNote(line, CostText::tr("beyond the last sourced band: priced at its rate, an upper bound"));
        lines.push_back(line);
    }
    return lines;
}

// The instance part of a recipe: count x hours x the type's hourly price, with the
// pricing model's discount and Multi-AZ.
std::optional<LineItem> instanceLine(const Context& c, QString* missing)
{
    const QString type = text(c, "instance_type");
    const double hours = number(c, "hours_per_month") * number(c, "count");
    if (type.isEmpty()) {
        *missing = CostText::tr("no instance_type is set and the catalog has no default at %1; set instance_type")
                       .arg(c.provider);
        return std::nullopt;
    }
    LineItem line;
    line.component = QString::number(number(c, "count")) + QLatin1String(" x ") + type;
    line.key = c.book.instanceKey(c.node.kind, type, text(c, "engine"));
    line.quantity = hours;
    line.unit = QStringLiteral("hour");
    if (hours <= 0)
        return std::nullopt;
    const QString pricing = text(c, "pricing");
    const bool multiAz = flag(c, "multi_az") && c.catalog.kind(c.node.kind)
        && c.catalog.kind(c.node.kind)->category == QLatin1String("database");
    QString key = line.key;
    QString note;
    bool doubled = false;
    if (multiAz) {
        if (c.book.find(c.provider, c.region, key + QStringLiteral(":multi_az")).isKnown()) {
            key += QStringLiteral(":multi_az");
            note = CostText::tr("sourced Multi-AZ price");
        } else {
            doubled = true;
            note = CostText::tr("Multi-AZ doubles the instance cost");
        }
    }
    bool spotRate = false;
    if (pricing == QLatin1String("spot")
        && c.book.find(c.provider, c.region, key + QStringLiteral(":spot")).isKnown()) {
        key += QStringLiteral(":spot");
        spotRate = true;
    }
    const PriceLookup found = c.book.find(c.provider, c.region, key);
    line.key = key;
    if (!found.isKnown()) {
        line.reason = found.reason;
        return line;
    }
    fillFrom(line, *found.entry);
    addNote(line, note);
    UnitPrice price = doubled ? found.entry->amount.scaled(2'000'000) : found.entry->amount;
    if (!pricing.isEmpty() && pricing != QLatin1String("on_demand") && !spotRate) {
        const QString service = c.book.equivalents().serviceOfKind(c.node.kind);
        PriceLookup discount;
        if (service == QLatin1String("vm"))
            discount = c.book.vmDiscount(c.provider, c.region, type, pricing);
        else if (service == QLatin1String("sql"))
            discount = c.book.find(c.provider, c.region, QStringLiteral("discount:sql:*:%1").arg(pricing));
        if (!discount.isKnown()) {
            line.reason = discount.reason.isEmpty()
                ? CostText::tr("the price book has no %1 discount for %2").arg(pricing, c.node.kind)
                : discount.reason;
            return line;
        }
        const qint64 pctPicos = discount.entry->amount.picos(); // 37.3 % = 37.3e12
        price = price.scaled((100'000'000'000'000LL - pctPicos) / 100'000'000LL);
        addNote(line,
            CostText::tr("%1: %2 % off on-demand (%3, %4, confidence %5)")
                .arg(pricing, discount.entry->amount.toDecimal(), discount.entry->key, discount.entry->source.left(60),
                    toString(discount.entry->confidence)));
        if (discount.entry->confidence > line.confidence)
            line.confidence = discount.entry->confidence;
    } else if (spotRate) {
        addNote(line, CostText::tr("sourced spot rate"));
    } else if (c.provider == QLatin1String("gcp") && number(c, "hours_per_month") >= c.book.hoursPerMonth()
        && c.book.equivalents().serviceOfKind(c.node.kind) == QLatin1String("vm")) {
        // Google takes its sustained-use discount off on-demand VMs by itself, by family,
        // for the share of the month they run: applied here for a VM on all month.
        const PriceLookup sud = c.book.vmDiscount(c.provider, c.region, type, QStringLiteral("sustained_use"));
        if (sud.isKnown() && sud.entry->amount.picos() > 0) {
            price = price.scaled((100'000'000'000'000LL - sud.entry->amount.picos()) / 100'000'000LL);
            addNote(line,
                CostText::tr("sustained use, all month: %1 % off on-demand (%2, confidence %3)")
                    .arg(sud.entry->amount.toDecimal(), sud.entry->key, toString(sud.entry->confidence)));
            if (sud.entry->confidence > line.confidence)
                line.confidence = sud.entry->confidence;
        }
    }
    line.known = true;
    line.unitPrice = price;
    line.amount = price.cost(hours);
    return line;
}

} // namespace

QString toString(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Priced: return QStringLiteral("priced");
    case NodeStatus::Usage: return QStringLiteral("usage");
    case NodeStatus::Unpriced: return QStringLiteral("unpriced");
    }
    return QStringLiteral("unpriced");
}

Money UsageCurve::cost(double amountOfUnits) const
{
    // The same bands, in the same order and with the same rounding, as tieredLines().
    Money sum;
    double left = amountOfUnits;
    for (size_t i = 0; i < bands.size() && left > 0; ++i) {
        const double band = bands[i].width > 0 ? std::min(left, bands[i].width) : left;
        sum += bands[i].price.cost(band);
        left -= band;
    }
    if (left > 1e-9 && !bands.empty())
        sum += bands.back().price.cost(left); // past the last sourced band, as tieredLines() prices it
    return sum;
}

Money NodeCost::monthlyIn(int month) const
{
    if (month <= 1 || !grows())
        return monthly;
    const double growth = std::pow(1.0 + growthPct / 100.0, month - 1);
    Money sum = fixedMonthly;
    for (const UsageCurve& curve : curves)
        sum += curve.cost(curve.quantity * growth);
    return sum;
}

bool NodeCost::grows() const
{
    if (growthPct == 0)
        return false;
    for (const LineItem& line : items) {
        if (line.usage)
            return true;
    }
    return false;
}

NodeCost estimateNode(
    const Catalog& catalog, const PriceBook& book, const Architecture& model, const Node& node, int month)
{
    NodeCost cost;
    cost.id = node.id;
    cost.kind = node.kind;
    cost.provider = model.providerOf(node);
    const KindInfo* info = catalog.kind(node.kind);
    cost.category = info ? info->category : QString();
    Context c{catalog, book, model, node, cost.provider, QString(), QString(), 1};
    cost.growthPct = number(c, "growth_pct_per_month");
    c.growth = std::pow(1.0 + cost.growthPct / 100.0, std::max(0, month - 1));

    const auto unpriced = [&cost](const QString& reason) {
        cost.status = NodeStatus::Unpriced;
        cost.reason = reason;
        return cost;
    };
    static const BillingRecipe noRecipe;
    const BillingRecipe& billing = info ? info->recipe : noRecipe;
    if (!billing.given)
        return unpriced(CostText::tr("the catalog has no billing recipe for %1").arg(node.kind));
    if (billing.notBilled) {
        cost.notBilled = true;
        return unpriced(CostText::tr("not billed: %1").arg(billing.notBilledWhy));
    }
    if (book.regions(cost.provider).isEmpty())
        return unpriced(CostText::tr("a %1 node has no list price; give it a provider (aws, gcp or azure)")
                            .arg(catalog.providerName(cost.provider)));
    const RegionChoice& where = chooseRegion(book, cost.provider, model.meta().region);
    c.region = where.region;
    c.regionNote = where.note;
    cost.region = c.region;

    std::vector<LineItem> lines;
    std::vector<UsageCurve> curves;
    QString missing;   // why an optional line had no price at this provider
    QString usageProp; // the property to set when only usage lines exist
    if (billing.instances) {
        if (std::optional<LineItem> line = instanceLine(c, &missing))
            lines.push_back(*line);
    }
    for (const BillingLine& recipe : billing.lines) {
        if (!recipe.providers.isEmpty() && !recipe.providers.contains(c.provider))
            continue;
        LineItem line;
        line.component = recipe.component;
        line.key = substitute(c, recipe.key);
        line.usage = recipe.usage;
        double q = recipe.scale;
        for (const std::string& token : recipe.quantity)
            q *= factor(c, token);
        if (line.usage) {
            if (usageProp.isEmpty() && !recipe.quantity.empty())
                usageProp = str(recipe.quantity.front());
        }
        if (q <= 0)
            continue;
        const PriceLookup found = book.find(c.provider, c.region, line.key);
        if (!found.entry && recipe.optional) {
            if (missing.isEmpty())
                missing = found.reason;
            continue;
        }
        const QString& measure = recipe.measure;
        const double growth = line.usage ? c.growth : 1.0;
        if (!found.isKnown()) {
            line.quantity = q * growth;
            line.reason = found.reason;
            lines.push_back(line);
            continue;
        }
        const std::optional<double> scale = unitFactor(measure, found.entry->unit);
        if (!scale) {
            line.reason = CostText::tr("the recipe counts %1 but %2 is priced per %3")
                              .arg(measure, line.key, found.entry->unit);
            lines.push_back(line);
            continue;
        }
        // Growth scales the quantity last, so monthlyIn() gets the same figure from the curve.
        const double monthOne = q * *scale;
        line.quantity = monthOne * growth;
        if (found.entry->tier) {
            for (LineItem& tier : tieredLines(c, line, *found.entry))
                lines.push_back(tier);
            if (line.usage) {
                curves.push_back(tieredCurve(c, line.key, *found.entry));
                curves.back().quantity = monthOne;
            }
            continue;
        }
        fillFrom(line, *found.entry);
        line.known = true;
        line.unitPrice = found.entry->amount;
        line.amount = line.unitPrice.cost(line.quantity);
        if (line.usage)
            curves.push_back({monthOne, {{0, line.unitPrice}}});
        lines.push_back(line);
    }

    for (LineItem& line : lines)
        addNote(line, c.regionNote);
    cost.items = std::move(lines);
    for (const LineItem& line : cost.items) {
        if (!line.known)
            return unpriced(QStringLiteral("%1: %2").arg(line.component, line.reason));
        cost.monthly += line.amount;
        if (!line.usage)
            cost.fixedMonthly += line.amount;
    }
    cost.curves = std::move(curves);
    if (cost.items.empty()) {
        if (!usageProp.isEmpty() && !usageProp.startsWith(QLatin1Char('@'))) {
            cost.status = NodeStatus::Usage;
            cost.reason = CostText::tr("usage-dependent: set %1").arg(usageProp);
            return cost;
        }
        if (!missing.isEmpty())
            return unpriced(missing);
    }
    return cost;
}

} // namespace cw::cost
