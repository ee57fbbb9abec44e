#include "exercise_reader.h"

#include "teach_json.h"

#include "io/json_input.h"
#include "model/json_text.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw::teach {

namespace {

// The same ceiling as a budget's monthly_limit.
constexpr double kMaxDollars = 1e12;
// The same ceiling as a node's count.
constexpr double kMaxMin = 100000;

const char* const kConditionKeys[] = {"noFinding", "finding", "hasKind", "connected", "monthlyCostBelow"};

std::optional<ConditionType> conditionType(const std::string& key)
{
    for (ConditionType t : {ConditionType::NoFinding, ConditionType::Finding, ConditionType::HasKind,
             ConditionType::Connected, ConditionType::MonthlyCostBelow}) {
        if (conditionKey(t).toStdString() == key)
            return t;
    }
    return std::nullopt;
}

QStringList conditionKeyList()
{
    QStringList keys;
    for (const char* k : kConditionKeys)
        keys << QLatin1String(k);
    return keys;
}

class ConditionReader {
public:
    ConditionReader(const Catalog& catalog, const RuleBook& rules)
        : m_catalog(catalog)
        , m_rules(rules)
    {
    }

    Condition read(const Json& j, const Place& at) const
    {
        requireObject(j, at, QStringLiteral("{\"hasKind\": \"security.secrets\"}"));
        // Exactly one condition key; what else the object may hold depends on it.
        std::optional<ConditionType> type;
        std::string key;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::optional<ConditionType> t = conditionType(it.key());
            if (!t)
                continue;
            if (type)
                fail(at,
                    LoadText::tr("holds two conditions, \"%1\" and \"%2\"; write each as its own object in the list")
                        .arg(QString::fromStdString(key), QString::fromStdString(it.key())));
            type = t;
            key = it.key();
        }
        if (!type) {
            if (j.empty())
                fail(at, LoadText::tr("is empty; expected one condition: %1").arg(conditionKeyChoices()));
            const QString first = QString::fromStdString(j.begin().key());
            fail(at.dot(j.begin().key()),
                LoadText::tr("unknown condition \"%1\"%2; expected %3")
                    .arg(first, didYouMean(first, conditionKeyList()), conditionKeyChoices()));
        }
        const QString what = LoadText::tr("a %1 condition").arg(QString::fromStdString(key));
        Condition c;
        c.type = *type;
        const Json& value = j.at(key);
        const Place place = at.dot(key);
        switch (*type) {
        case ConditionType::NoFinding:
        case ConditionType::Finding:
            refuseUnknownKeys(j, at, {key.c_str()}, what);
            c.rule = rule(value, place);
            break;
        case ConditionType::HasKind:
            refuseUnknownKeys(j, at, {"hasKind", "min"}, what);
            c.kind = kind(value, place);
            if (const Json* min = find(j, "min"))
                c.min = readMin(*min, at.dot("min"));
            break;
        case ConditionType::Connected:
            refuseUnknownKeys(j, at, {"connected"}, what);
            readConnected(value, place, c);
            break;
        case ConditionType::MonthlyCostBelow:
            refuseUnknownKeys(j, at, {"monthlyCostBelow"}, what);
            c.below = dollars(value, place);
            break;
        }
        return c;
    }

private:
    QString rule(const Json& value, const Place& place) const
    {
        const QString id = stringValue(value, place);
        if (!m_rules.rule(id)) {
            QStringList ids;
            for (const RuleInfo& r : m_rules.rules())
                ids << r.id;
            fail(place,
                LoadText::tr("unknown rule id \"%1\"%2; docs/rules.md lists the rules").arg(id, didYouMean(id, ids)));
        }
        return id;
    }

    QString kind(const Json& value, const Place& place) const
    {
        const QString kind = stringValue(value, place);
        if (!m_catalog.kind(kind)) {
            QStringList kinds;
            for (const KindInfo& k : m_catalog.kinds())
                kinds << k.kind;
            fail(place,
                LoadText::tr("unknown node kind \"%1\"%2; docs/file-format.md lists the kinds")
                    .arg(kind, didYouMean(kind, kinds)));
        }
        return kind;
    }

    static int readMin(const Json& value, const Place& place)
    {
        const QString expected = LoadText::tr("must be a whole number of 1 or more");
        if (!value.is_number())
            fail(place, LoadText::tr("%1, found %2").arg(expected, describeJson(value)));
        const double v = value.get<double>();
        if (!std::isfinite(v) || v != std::floor(v) || v < 1)
            fail(place, LoadText::tr("%1, found %2").arg(expected, describeJson(value)));
        if (v > kMaxMin)
            fail(place, LoadText::tr("must be at most %1, found %2").arg(kMaxMin).arg(describeJson(value)));
        return int(v);
    }

    void readConnected(const Json& value, const Place& place, Condition& c) const
    {
        requireObject(value, place,
            QStringLiteral("{\"from\": \"network.load_balancer\", \"to\": \"compute.kubernetes\", \"edge\": \"request\"}"));
        refuseUnknownKeys(value, place, {"from", "to", "edge"}, LoadText::tr("a connected condition"));
        for (const char* end : {"from", "to"}) {
            const Json* k = find(value, end);
            if (!k)
                fail(place,
                    qstrcmp(end, "from") == 0 ? LoadText::tr("\"from\" is missing: the node kind the edge leaves")
                                              : LoadText::tr("\"to\" is missing: the node kind the edge enters"));
            (qstrcmp(end, "from") == 0 ? c.from : c.to) = kind(*k, place.dot(end));
        }
        const Json* edge = find(value, "edge");
        if (edge && !edge->is_null()) {
            const QString name = stringValue(*edge, place.dot("edge"));
            c.edge = edgeKindFromString(name);
            if (!c.edge)
                fail(place.dot("edge"),
                    LoadText::tr("unknown edge kind \"%1\"; expected request, data, event or control (or leave "
                                 "\"edge\" out for any kind)")
                        .arg(name));
        }
    }

    static cost::Money dollars(const Json& value, const Place& place)
    {
        if (!value.is_number())
            fail(place, LoadText::tr("must be a number of US dollars, found %1").arg(describeJson(value)));
        const double v = value.get<double>();
        if (!std::isfinite(v) || v <= 0)
            fail(place,
                LoadText::tr("must be greater than 0 (a month cannot cost less than nothing), found %1")
                    .arg(describeJson(value)));
        if (v > kMaxDollars)
            fail(place, LoadText::tr("must be at most 1e12 US dollars, found %1").arg(describeJson(value)));
        return cost::Money::fromMicros(qint64(std::llround(v * 1e6)));
    }

    const Catalog& m_catalog;
    const RuleBook& m_rules;
};

} // namespace

std::vector<Condition> readConditions(const Json& list, const Place& place, const Catalog& catalog, const RuleBook& rules)
{
    if (!list.is_array())
        fail(place, LoadText::tr("must be an array of conditions, found %1").arg(jsonTypeName(list)));
    if (list.empty())
        fail(place, LoadText::tr("is empty; an exercise needs at least one condition to check"));
    const ConditionReader reader(catalog, rules);
    std::vector<Condition> out;
    out.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        out.push_back(reader.read(list[i], place[i]));
    return out;
}

Exercise readExerciseBody(const Json& object, const Place& place, const Catalog& catalog, const RuleBook& rules,
    const QString& defaultId, const QString& defaultTitle)
{
    Exercise e;
    e.id = defaultId.isEmpty() || find(object, "id") ? requiredString(object, place, "id") : defaultId;
    e.title = defaultTitle.isEmpty() || find(object, "title") ? requiredString(object, place, "title") : defaultTitle;
    e.text = requiredString(object, place, "text");
    const Json* conditions = find(object, "conditions");
    if (!conditions)
        fail(place, LoadText::tr("\"conditions\" is missing: the list of what the diagram must show"));
    e.conditions = readConditions(*conditions, place.dot("conditions"), catalog, rules);
    return e;
}

ExerciseLoad readExercise(const QByteArray& bytes, const QString& fileName, const Catalog& catalog, const RuleBook& rules)
{
    ExerciseLoad result;
    if (std::optional<LoadError> refused = readJsonDocument(bytes, fileName, [&](const Json& doc) {
            checkHeader(doc, kExerciseFormat, kExerciseFormatVersion, LoadText::tr("an exercise file"));
            // Other top-level keys (author, course, notes) are the teacher's; they are ignored.
            result.exercise = readExerciseBody(doc, Place(""), catalog, rules);
        }))
        result.error = std::move(*refused);
    return result;
}

ExerciseLoad readExerciseFile(const QString& path, const Catalog& catalog, const RuleBook& rules)
{
    ExerciseLoad result;
    const std::optional<QByteArray> bytes = readInputFile(path, &result.error);
    if (!bytes)
        return result;
    return readExercise(*bytes, path, catalog, rules);
}

std::vector<std::pair<QString, Exercise>> builtinExercises()
{
    std::vector<std::pair<QString, Exercise>> out;
    const QDir dir(QStringLiteral(":/exercises"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const ExerciseLoad load
            = readExerciseFile(dir.filePath(name), Catalog::builtin(), RuleBook::builtin());
        if (load.ok())
            out.emplace_back(name, *load.exercise);
    }
    return out;
}

} // namespace cw::teach
