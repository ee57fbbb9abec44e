#include "rule_book.h"

#include "i18n/data_text.h"
#include "model/json_text.h"
#include <QFile>

#include <nlohmann/json.hpp>

namespace cw {

namespace {
using Json = nlohmann::json;

// Text the user reads goes through the data translation path (i18n/data_text.h).
QString shown(const QString& text, const QString& note)
{
    return dataText(data_context::kRuleBook, text, note);
}

} // namespace

const RuleBook& RuleBook::builtin()
{
    static const RuleBook book = [] {
        QFile file(QStringLiteral(":/rules/rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in rule book is missing from the program's resources.");
        QString error;
        std::optional<RuleBook> parsed = fromJson(file.readAll(), &error);
        if (!parsed)
            qFatal("The built-in rule book is broken: %s", qPrintable(error));
        return std::move(*parsed);
    }();
    return book;
}

std::optional<RuleBook> RuleBook::fromJson(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return fail(QStringLiteral("not a JSON object"));
    RuleBook book;
    for (const Json& r : doc.value("rules", Json::array())) {
        RuleInfo info;
        info.id = jsonString(r, "id");
        const auto severity = severityFromString(jsonString(r, "severity"));
        const auto pillar = pillarFromString(jsonString(r, "pillar"));
        if (info.id.isEmpty() || !severity || !pillar)
            return fail(QStringLiteral("rule %1 lacks an id, a severity or a pillar").arg(info.id));
        if (book.m_index.contains(info.id))
            return fail(QStringLiteral("rule %1 is listed twice").arg(info.id));
        info.severity = *severity;
        info.pillar = *pillar;
        const QString note = QStringLiteral("rule %1").arg(info.id);
        info.title = shown(jsonString(r, "title"), note);
        info.fires = shown(jsonString(r, "fires"), note);
        info.why = shown(jsonString(r, "why"), note);
        info.fix = shown(jsonString(r, "fix"), note);
        info.source = jsonString(r, "source");
        info.quickFix = r.value("quickFix", false);
        book.m_index.insert(info.id, int(book.m_rules.size()));
        book.m_rules.push_back(std::move(info));
    }
    for (const Json& p : doc.value("profiles", Json::array())) {
        RuleProfile profile;
        profile.id = jsonString(p, "id");
        profile.name = shown(jsonString(p, "name"), QStringLiteral("profile %1").arg(profile.id));
        profile.description = shown(jsonString(p, "description"), QStringLiteral("profile %1").arg(profile.id));
        for (const Json& id : p.value("rules", Json::array())) {
            const QString rule = id.is_string() ? QString::fromStdString(id.get<std::string>()) : QString();
            if (!book.m_index.contains(rule))
                return fail(QStringLiteral("profile %1 names unknown rule %2").arg(profile.id, rule));
            profile.rules << rule;
        }
        book.m_profiles.push_back(std::move(profile));
    }
    if (!book.profile(defaultProfile()))
        return fail(QStringLiteral("there is no profile \"%1\"").arg(defaultProfile()));
    return book;
}

const RuleInfo* RuleBook::rule(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_rules[std::size_t(*it)];
}

const RuleProfile* RuleBook::profile(const QString& id) const
{
    for (const RuleProfile& p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool RuleBook::runs(const QString& profileId, const QString& ruleId) const
{
    const RuleProfile* p = profile(profileId);
    return !p || p->rules.isEmpty() || p->rules.contains(ruleId);
}

} // namespace cw
