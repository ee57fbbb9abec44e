#include "scenario_io.h"

#include "catalog/catalog.h"
#include "document_place.h"
#include "document_reader.h"
#include "model/json_text.h"

#include <QSet>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

namespace {

// Up to here every micro-dollar survives the trip through a JSON number (a double) exactly.
constexpr double kMaxDollars = 1e9;

[[noreturn]] void fail(const Place& place, QString message)
{
    throw ReadFailure{place.text(), std::move(message)};
}

QString found(const Json& value)
{
    return describeJson(value);
}

QString text(const Json& value, const Place& place)
{
    if (!value.is_string())
        fail(place, LoadText::tr("must be a string, found %1").arg(jsonTypeName(value)));
    return jsonText(value);
}

qint64 dollars(const Json& value, const Place& place)
{
    const bool ok = value.is_number() && std::isfinite(value.get<double>()) && value.get<double>() >= 0
        && value.get<double>() <= kMaxDollars;
    if (!ok)
        fail(place, LoadText::tr("must be an amount in US dollars from 0 to 1e9, found %1").arg(found(value)));
    // Written with at most six decimals, so the nearest micro-dollar is the one saved.
    return std::llround(value.get<double>() * 1e6);
}

ScenarioNode readNode(Json& j, const Place& at)
{
    if (!j.is_object())
        fail(at, LoadText::tr("must be an object with \"id\", found %1").arg(jsonTypeName(j)));
    ScenarioNode n;
    const auto id = j.find("id");
    if (id == j.end())
        fail(at, LoadText::tr("\"id\" is missing"));
    if (!id->is_string() || id->get_ref<const std::string&>().empty())
        fail(at.dot("id"), LoadText::tr("must be a non-empty string, found %1").arg(found(*id)));
    n.id = jsonText(*id);
    const Place place = at.withId(n.id);
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        if (key == "id")
            continue;
        if (key == "name")
            n.name = text(*it, place.dot("name"));
        else if (key == "kind")
            n.kind = text(*it, place.dot("kind"));
        else if (key == "status")
            n.status = text(*it, place.dot("status"));
        else if (key == "monthly")
            n.monthlyMicros = it->is_null() ? std::nullopt : std::optional<qint64>(dollars(*it, place.dot("monthly")));
        else
            n.extra[key] = std::move(*it);
    }
    return n;
}

Scenario readScenario(Json& j, const Place& at)
{
    if (!j.is_object())
        fail(at, LoadText::tr("must be an object with \"name\" and \"monthly\", found %1").arg(jsonTypeName(j)));
    Scenario s;
    bool hasName = false;
    bool hasMonthly = false;
    std::optional<qint64> months;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const Place field = at.dot(key);
        if (key == "name") {
            s.name = text(*it, field).trimmed();
            if (s.name.isEmpty())
                fail(field, LoadText::tr("must not be empty"));
            hasName = true;
        } else if (key == "savedAt") {
            s.savedAt = text(*it, field);
        } else if (key == "complete") {
            if (!it->is_boolean())
                fail(field, LoadText::tr("must be true or false, found %1").arg(found(*it)));
            s.complete = it->get<bool>();
        } else if (key == "months") {
            if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > kMaxScenarioMonths)
                fail(field,
                    LoadText::tr("must be a whole number from 1 to %1, found %2")
                        .arg(kMaxScenarioMonths)
                        .arg(found(*it)));
            months = it->get<qint64>();
        } else if (key == "monthly") {
            if (!it->is_array() || it->empty() || it->size() > std::size_t(kMaxScenarioMonths))
                fail(field,
                    LoadText::tr("must be an array of 1 to %1 amounts (month 1 first), found %2")
                        .arg(kMaxScenarioMonths)
                        .arg(it->is_array() ? QStringLiteral("%1").arg(it->size()) : jsonTypeName(*it)));
            for (std::size_t m = 0; m < it->size(); ++m)
                s.monthlyMicros.push_back(dollars((*it)[m], field[m]));
            hasMonthly = true;
        } else if (key == "nodes") {
            if (it->is_null())
                continue;
            if (!it->is_array())
                fail(field, LoadText::tr("must be an array, found %1").arg(jsonTypeName(*it)));
            QSet<Id> ids;
            for (std::size_t i = 0; i < it->size(); ++i) {
                ScenarioNode n = readNode((*it)[i], field[i]);
                if (ids.contains(n.id))
                    fail(field[i], LoadText::tr("duplicate id \"%1\" in this scenario").arg(n.id));
                ids.insert(n.id);
                s.nodes.push_back(std::move(n));
            }
        } else {
            s.extra[key] = std::move(*it);
        }
    }
    if (!hasName)
        fail(at, LoadText::tr("\"name\" is missing"));
    if (!hasMonthly)
        fail(at, LoadText::tr("\"monthly\" is missing"));
    if (months && *months != s.months())
        fail(at.dot("months"),
            LoadText::tr("is %1 but \"monthly\" holds %2 months").arg(*months).arg(s.monthlyMicros.size()));
    return s;
}

std::string jsonString(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return Json(std::string(utf8.constData(), std::size_t(utf8.size())))
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

void appendExtras(std::string& out, const Json& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        out += ", ";
        out += Json(it.key()).dump(-1, ' ', false, Json::error_handler_t::replace);
        out += ": ";
        out += it->dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

void appendScenario(std::string& out, const Scenario& s)
{
    out += "{\"name\": " + jsonString(s.name);
    if (!s.savedAt.isEmpty())
        out += ", \"savedAt\": " + jsonString(s.savedAt);
    out += ", \"months\": " + std::to_string(s.months());
    out += s.complete ? ", \"complete\": true" : ", \"complete\": false";
    out += ", \"monthly\": [";
    for (std::size_t m = 0; m < s.monthlyMicros.size(); ++m)
        out += (m ? "," : "") + dollarsText(s.monthlyMicros[m]);
    out += "], \"nodes\": [";
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        const ScenarioNode& n = s.nodes[i];
        out += i ? ", " : "";
        out += "{\"id\": " + jsonString(n.id) + ", \"name\": " + jsonString(n.name)
            + ", \"kind\": " + jsonString(n.kind) + ", \"status\": " + jsonString(n.status)
            + ", \"monthly\": " + (n.monthlyMicros ? dollarsText(*n.monthlyMicros) : std::string("null"));
        appendExtras(out, n.extra);
        out += "}";
    }
    out += "]";
    appendExtras(out, s.extra);
    out += "}";
}

} // namespace

std::vector<Scenario> readScenarios(Json& value)
{
    const Place place("scenarios");
    std::vector<Scenario> list;
    if (value.is_null())
        return list;
    if (!value.is_array())
        fail(place, LoadText::tr("must be an array, found %1").arg(jsonTypeName(value)));
    for (std::size_t i = 0; i < value.size(); ++i) {
        Scenario s = readScenario(value[i], place[i]);
        for (std::size_t k = 0; k < list.size(); ++k) {
            if (list[k].name == s.name)
                fail(place[i].dot("name"),
                    LoadText::tr("duplicate scenario name \"%1\" (already used by scenarios[%2])").arg(s.name).arg(k));
        }
        list.push_back(std::move(s));
    }
    return list;
}

void appendScenarios(std::string& out, const std::vector<Scenario>& list)
{
    if (list.empty())
        return;
    out += ",\n  \"scenarios\": [";
    for (std::size_t i = 0; i < list.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        appendScenario(out, list[i]);
    }
    out += "\n  ]";
}

std::string dollarsText(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    std::string out = (negative ? "-" : "") + std::to_string(magnitude / 1000000);
    std::string fraction = std::to_string(magnitude % 1000000);
    fraction.insert(0, 6 - fraction.size(), '0');
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    if (!fraction.empty())
        out += "." + fraction;
    return out;
}

} // namespace cw
