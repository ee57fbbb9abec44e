#pragma once

#include "finding.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw {

/// What a rule is, for people: data, read from resources/rules/rules.json, so that the
/// findings panel, docs/rules.md and the command line say the same.
struct RuleInfo {
    QString id;
    Severity severity = Severity::Warning;
    Pillar pillar = Pillar::Security;
    QString title;
    QString fires;  ///< when it fires, in one line
    QString why;    ///< why it matters
    QString fix;    ///< how to fix it
    QString source; ///< where it comes from
    bool quickFix = false;
};

/// A named set of rules a user can pick ("Classroom basics", "Security", ...).
struct RuleProfile {
    QString id;
    QString name;
    QString description;
    QStringList rules; ///< empty for "all"
};

class RuleBook {
public:
    /// The rule book compiled into the program.
    static const RuleBook& builtin();
    static std::optional<RuleBook> fromJson(const QByteArray& bytes, QString* error);

    const std::vector<RuleInfo>& rules() const { return m_rules; }
    const std::vector<RuleProfile>& profiles() const { return m_profiles; }
    const RuleInfo* rule(const QString& id) const;
    const RuleProfile* profile(const QString& id) const;
    /// Whether a profile runs a rule; an unknown profile runs every rule.
    bool runs(const QString& profileId, const QString& ruleId) const;
    /// Place of a rule in the book, for a stable order of findings.
    int order(const QString& ruleId) const { return m_index.value(ruleId, int(m_rules.size())); }

    static QString defaultProfile() { return QStringLiteral("all"); }

private:
    std::vector<RuleInfo> m_rules;
    std::vector<RuleProfile> m_profiles;
    QHash<QString, int> m_index;
};

} // namespace cw
