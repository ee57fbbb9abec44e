#include "advice_json.h"

#include "cost/cost_export.h"

namespace cw::advice {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

nlohmann::ordered_json strings(const QStringList& list)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}

QString trafficText(Traffic t)
{
    return t == Traffic::Spiky ? QStringLiteral("spiky") : t == Traffic::Steady ? QStringLiteral("steady") : QString();
}

QString opsText(OpsCapacity o)
{
    switch (o) {
    case OpsCapacity::Small: return QStringLiteral("small");
    case OpsCapacity::Medium: return QStringLiteral("medium");
    case OpsCapacity::Large: return QStringLiteral("large");
    case OpsCapacity::Unknown: break;
    }
    return QString();
}

nlohmann::ordered_json orNull(const QString& text)
{
    return text.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(utf8(text));
}

nlohmann::ordered_json optionJson(const OptionAdvice& o)
{
    nlohmann::ordered_json item;
    item["option"] = utf8(toString(o.option));
    const std::optional<cost::Money> monthly = o.monthly();
    item["monthly"] = monthly ? nlohmann::ordered_json(monthly->toDouble()) : nlohmann::ordered_json(nullptr);
    item["fits"] = o.fits;
    item["why"] = utf8(o.why());
    item["kind"] = utf8(o.node.kind);
    item["service"] = utf8(o.service);
    item["asDrawn"] = o.asDrawn;
    if (o.alwaysOn()) {
        item["replicas"] = o.replicas;
        const Json type = o.node.props.value("instance_type", Json());
        item["instanceType"] = type.is_string() ? nlohmann::ordered_json(type.get<std::string>()) : nullptr;
    }
    item["status"] = utf8(cost::toString(o.cost.status));
    if (!o.cost.reason.isEmpty())
        item["costReason"] = utf8(o.cost.reason);
    item["whyNot"] = strings(o.whyNot);
    item["pros"] = strings(o.pros);
    item["cons"] = strings(o.cons);
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const cost::LineItem& line : o.cost.items)
        lines.push_back(cost::lineItemJson(line));
    item["lineItems"] = lines;
    return item;
}

} // namespace

nlohmann::ordered_json adviceJson(const Advice& a)
{
    const Workload& w = a.workload;
    nlohmann::ordered_json doc;
    doc["node"] = utf8(w.id);
    doc["recommendation"] = utf8(toString(a.recommendation));
    doc["multiZone"] = a.multiZone;
    doc["verdict"] = utf8(a.verdict());
    doc["reasons"] = strings(a.reasons);
    nlohmann::ordered_json options = nlohmann::ordered_json::array();
    for (const OptionAdvice& o : a.options)
        options.push_back(optionJson(o));
    doc["options"] = options;
    doc["breakEvenRequestsPerMonth"] = a.breakEvenRequestsPerMonth
        ? nlohmann::ordered_json(*a.breakEvenRequestsPerMonth)
        : nlohmann::ordered_json(nullptr);
    doc["breakEvenAgainst"]
        = a.breakEvenAgainst ? nlohmann::ordered_json(utf8(toString(*a.breakEvenAgainst))) : nullptr;
    if (!a.breakEvenNote.isEmpty())
        doc["breakEvenNote"] = utf8(a.breakEvenNote);
    QStringList checklist;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const ChecklistItem& item : a.checklist) {
        checklist << (item.holds ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + item.text;
        items.push_back({{"item", utf8(item.text)}, {"holds", item.holds}});
    }
    doc["checklist"] = strings(checklist);
    doc["checklistItems"] = items;
    nlohmann::ordered_json work;
    work["kind"] = utf8(w.kind);
    work["provider"] = utf8(w.provider);
    work["requestsPerMonth"] = w.requestsPerMonth;
    work["durationMs"] = w.durationMs;
    work["memoryMb"] = w.memoryMb;
    work["gpu"] = w.gpu;
    work["longestRunMin"] = w.longestMinutes();
    work["stateful"] = w.stateful;
    work["trafficPattern"] = orNull(trafficText(w.traffic));
    work["opsCapacity"] = orNull(opsText(w.ops));
    work["peakRps"] = w.peakRps();
    work["reliability"] = w.critical ? "critical" : "standard";
    doc["workload"] = work;
    return doc;
}

} // namespace cw::advice
