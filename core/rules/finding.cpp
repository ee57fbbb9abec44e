#include "finding.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace cw {

namespace {
constexpr std::array<std::pair<Severity, const char*>, 3> kSeverities{{
    {Severity::Error, "error"},
    {Severity::Warning, "warning"},
    {Severity::Info, "info"},
}};

struct PillarName {
    Pillar pillar;
    const char* id;
    const char* display;
};
constexpr std::array<PillarName, 6> kPillars{{
    {Pillar::Security, "security", QT_TRANSLATE_NOOP("FindingText", "Security")},
    {Pillar::Reliability, "reliability", QT_TRANSLATE_NOOP("FindingText", "Reliability")},
    {Pillar::OperationalExcellence, "operational-excellence",
        QT_TRANSLATE_NOOP("FindingText", "Operational excellence")},
    {Pillar::CostOptimization, "cost-optimization", QT_TRANSLATE_NOOP("FindingText", "Cost optimization")},
    {Pillar::PerformanceEfficiency, "performance-efficiency",
        QT_TRANSLATE_NOOP("FindingText", "Performance efficiency")},
    {Pillar::Sustainability, "sustainability", QT_TRANSLATE_NOOP("FindingText", "Sustainability")},
}};
// The severities' names for people (the ids above stay English: files and styles use them).
constexpr std::array<std::pair<Severity, const char*>, 3> kSeverityNames{{
    {Severity::Error, QT_TRANSLATE_NOOP("FindingText", "error")},
    {Severity::Warning, QT_TRANSLATE_NOOP("FindingText", "warning")},
    {Severity::Info, QT_TRANSLATE_NOOP("FindingText", "info")},
}};
} // namespace

QString toString(Severity severity)
{
    for (const auto& [s, name] : kSeverities) {
        if (s == severity)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Severity> severityFromString(const QString& text)
{
    for (const auto& [s, name] : kSeverities) {
        if (text == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

QString toString(Pillar pillar)
{
    for (const PillarName& p : kPillars) {
        if (p.pillar == pillar)
            return QString::fromLatin1(p.id);
    }
    return {};
}

QString pillarDisplayName(Pillar pillar)
{
    for (const PillarName& p : kPillars) {
        if (p.pillar == pillar)
            return QCoreApplication::translate("FindingText", p.display);
    }
    return {};
}

QString severityDisplayName(Severity severity)
{
    for (const auto& [s, name] : kSeverityNames) {
        if (s == severity)
            return QCoreApplication::translate("FindingText", name);
    }
    return {};
}

std::optional<Pillar> pillarFromString(const QString& text)
{
    for (const PillarName& p : kPillars) {
        if (text == QLatin1String(p.id))
            return p.pillar;
    }
    return std::nullopt;
}

bool Finding::operator==(const Finding& o) const
{
    return rule == o.rule && severity == o.severity && pillar == o.pillar && title == o.title && message == o.message
        && fix == o.fix && source == o.source && nodes == o.nodes && edges == o.edges && suppressed == o.suppressed
        && suppressedBecause == o.suppressedBecause;
}

} // namespace cw
