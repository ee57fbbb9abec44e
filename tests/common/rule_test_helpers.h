#pragma once

// Shared by the rule tests: the fixture folder, loading a fixture, running every rule on
// it, and findings written out for failure messages.

#include "core_test_helpers.h"

#include "rules/validator.h"

#include <vector>

namespace cw::test {

/// The folder of the rule fixtures, tests/rules.
inline QString rulesDir()
{
    return QDir::cleanPath(cw::test::dataPath(QStringLiteral("../rules")));
}

/// The folder of the seed's own cases; not a rule.
inline const QString kSeedFolder = QStringLiteral("seed-churn");

inline Diagram load(const QString& path)
{
    LoadResult r = readCwaFile(path, cw::test::catalog());
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.toString()));
        return {};
    }
    return std::move(*r.diagram);
}

inline std::vector<Finding> findingsOf(Diagram d)
{
    Architecture model;
    model.reset(std::move(d));
    return validate(model);
}

inline std::vector<Finding> ofRule(const std::vector<Finding>& all, const QString& rule)
{
    std::vector<Finding> out;
    for (const Finding& f : all) {
        if (f.rule == rule)
            out.push_back(f);
    }
    return out;
}

inline QString describe(const Finding& f)
{
    return QStringLiteral("%1 %2: %3 [%4]%5")
        .arg(toString(f.severity), f.rule, f.message, f.nodes.join(QStringLiteral(", ")),
            f.suppressed ? QStringLiteral(" (suppressed)") : QString());
}

inline QString describe(const std::vector<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << describe(f);
    return lines.isEmpty() ? QStringLiteral("(none)") : lines.join(QStringLiteral("\n  "));
}

} // namespace cw::test
