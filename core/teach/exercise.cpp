#include "exercise.h"

namespace cw::teach {

QString conditionKey(ConditionType type)
{
    switch (type) {
    case ConditionType::NoFinding: return QStringLiteral("noFinding");
    case ConditionType::Finding: return QStringLiteral("finding");
    case ConditionType::HasKind: return QStringLiteral("hasKind");
    case ConditionType::Connected: return QStringLiteral("connected");
    case ConditionType::MonthlyCostBelow: return QStringLiteral("monthlyCostBelow");
    }
    return {};
}

QString conditionKeyChoices()
{
    return QStringLiteral("noFinding, finding, hasKind, connected or monthlyCostBelow");
}

nlohmann::ordered_json Condition::toJson() const
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    const std::string key = conditionKey(type).toStdString();
    switch (type) {
    case ConditionType::NoFinding:
    case ConditionType::Finding: j[key] = rule.toStdString(); break;
    case ConditionType::HasKind:
        j[key] = kind.toStdString();
        if (min != 1)
            j["min"] = min;
        break;
    case ConditionType::Connected: {
        nlohmann::ordered_json c = {{"from", from.toStdString()}, {"to", to.toStdString()}};
        if (edge)
            c["edge"] = toString(*edge).toStdString();
        j[key] = c;
        break;
    }
    case ConditionType::MonthlyCostBelow: j[key] = below.toDouble(); break;
    }
    return j;
}

bool Condition::operator==(const Condition& other) const
{
    return type == other.type && rule == other.rule && kind == other.kind && min == other.min && from == other.from
        && to == other.to && edge == other.edge && below == other.below;
}

} // namespace cw::teach
