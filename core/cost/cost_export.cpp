#include "cost/cost_export.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct CostText {
    Q_DECLARE_TR_FUNCTIONS(CostText)
};
} // namespace

namespace cw::cost {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

nlohmann::ordered_json lineItemJson(const LineItem& line)
{
    nlohmann::ordered_json item = {{"component", utf8(line.component)}, {"key", utf8(line.key)},
        {"quantity", line.quantity}, {"unit", utf8(line.unit)}, {"known", line.known}, {"usage", line.usage}};
    if (line.known) {
        item["unitPrice"] = std::stod(utf8(line.unitPrice.toDecimal()));
        item["monthly"] = line.amount.toDouble();
        item["source"] = utf8(line.source);
        item["asOf"] = utf8(line.asOf);
        item["confidence"] = utf8(toString(line.confidence));
    } else {
        item["reason"] = utf8(line.reason);
    }
    if (!line.note.isEmpty())
        item["note"] = utf8(line.note);
    return item;
}

QString projectionJson(const Projection& p)
{
    nlohmann::ordered_json doc;
    doc["currency"] = "USD";
    nlohmann::ordered_json months = nlohmann::ordered_json::array();
    for (const MonthTotal& m : p.perMonth) {
        nlohmann::ordered_json byCategory = nlohmann::ordered_json::object();
        for (const auto& [category, amount] : m.byCategory)
            byCategory[utf8(category)] = amount.toDouble();
        months.push_back({{"month", m.month}, {"total", m.total.toDouble()}, {"byCategory", byCategory}});
    }
    doc["months"] = months;
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const NodeCost& n = p.nodes[i];
        nlohmann::ordered_json item = {{"id", utf8(n.id)}, {"kind", utf8(n.kind)}, {"category", utf8(n.category)},
            {"status", utf8(toString(n.status))}};
        item["monthly"] = n.status == NodeStatus::Priced ? nlohmann::ordered_json(n.monthly.toDouble()) : nullptr;
        item["horizonTotal"]
            = n.status == NodeStatus::Priced ? nlohmann::ordered_json(p.horizonTotalOfNode(i).toDouble()) : nullptr;
        if (!n.reason.isEmpty())
            item["reason"] = utf8(n.reason);
        if (n.notBilled)
            item["notBilled"] = true;
        if (!n.region.isEmpty())
            item["region"] = utf8(n.region);
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (const LineItem& line : n.items)
            items.push_back(lineItemJson(line));
        item["lineItems"] = items;
        nodes.push_back(item);
    }
    doc["nodes"] = nodes;
    doc["horizon"] = {{"months", p.months}, {"total", p.horizonTotal().toDouble()}, {"complete", p.complete()}};
    doc["coverage"] = {{"priced", p.priced}, {"usage", p.usage}, {"unpriced", p.unpriced}, {"unknown", p.unknown}};
    if (p.budget) {
        doc["budget"] = {{"limit", p.budget->nodes > 0 ? nlohmann::ordered_json(p.budget->limit.toDouble()) : nullptr},
            {"firstMonthOver", p.budget->firstMonthOver ? nlohmann::ordered_json(*p.budget->firstMonthOver) : nullptr},
            {"budgetNodes", p.budget->nodes}};
    }
    return QString::fromStdString(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        + QLatin1Char('\n');
}

QString usdText(Money m)
{
    const qint64 cents = (m.micros() + (m.micros() >= 0 ? 5000 : -5000)) / 10000;
    QString digits = QString::number(std::abs(cents) / 100);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return QStringLiteral("%1$%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), digits)
        .arg(std::abs(cents) % 100, 2, 10, QLatin1Char('0'));
}

QString budgetText(const Projection& p)
{
    const Budget& b = *p.budget;
    if (b.nodes == 0)
        return CostText::tr("Budget: a cost.budget node has no monthly_limit; set it to check the total against it");
    const QString limit = b.nodes > 1
        ? CostText::tr("Budget: %1 a month (the sum of %2 cost.budget nodes)").arg(usdText(b.limit)).arg(b.nodes)
        : CostText::tr("Budget: %1 a month").arg(usdText(b.limit));
    const QString against = b.firstMonthOver
        ? CostText::tr("the total goes over it in month %1").arg(*b.firstMonthOver)
        : CostText::tr("the total stays within it for all %1 months").arg(p.months);
    return p.complete()
        ? CostText::tr("%1; %2", "budget: the limit; how the total compares").arg(limit, against)
        : CostText::tr("%1; %2 (unpriced nodes not counted)", "budget: the limit; how the total compares")
              .arg(limit, against);
}

QHash<Id, QString> cardCostTexts(const Projection& p)
{
    QHash<Id, QString> texts;
    // Translated once, not once per card: a large diagram has thousands.
    const QString perMonth = CostText::tr("%1/mo", "a node's cost a month, on its card");
    const QString usage = CostText::tr("usage?");
    const QString unknown = CostText::tr("unknown");
    for (const NodeCost& n : p.nodes) {
        if (n.status == NodeStatus::Priced)
            texts.insert(n.id, perMonth.arg(usdText(n.monthly)));
        else if (!n.notBilled)
            texts.insert(n.id, n.status == NodeStatus::Usage ? usage : unknown);
    }
    return texts;
}

QString signedUsdText(Money m)
{
    return (m.micros() > 0 ? QStringLiteral("+") : QString()) + usdText(m);
}

QString coverageText(const Projection& p)
{
    return CostText::tr("%1 priced, %2 usage-dependent, %3 unpriced").arg(p.priced).arg(p.usage).arg(p.unpriced);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString projectionCsv(const Projection& p)
{
    QString text = QStringLiteral("node,kind,category,status,month,usd\n");
    for (const MonthTotal& m : p.perMonth) {
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            const NodeCost& n = p.nodes[i];
            text += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                        .arg(csvField(n.id), n.kind, n.category, toString(n.status), QString::number(m.month),
                            n.status == NodeStatus::Priced ? m.byNode[i].toDecimal() : QString());
        }
    }
    return text;
}

} // namespace cw::cost
