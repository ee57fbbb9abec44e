#pragma once

#include "model/kinds.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

enum class Severity { Error, Warning, Info };

/// The Well-Architected pillar a rule serves; findings are grouped by it.
enum class Pillar {
    Security,
    Reliability,
    OperationalExcellence,
    CostOptimization,
    PerformanceEfficiency,
    Sustainability
};

QString toString(Severity severity);
QString toString(Pillar pillar);
std::optional<Severity> severityFromString(const QString& text);
std::optional<Pillar> pillarFromString(const QString& text);
/// "Cost optimization", for people.
QString pillarDisplayName(Pillar pillar);
/// "error", "warning", "info" for people, in the user's language (toString() gives the id).
QString severityDisplayName(Severity severity);

/// One thing wrong with a diagram: which rule, how bad, about which nodes (and edges),
/// why and how to fix it. The canvas, the findings list, reports and the command line
/// all show the same findings.
struct Finding {
    QString rule; ///< the rule's stable id, e.g. "missing-iam"
    Severity severity = Severity::Warning;
    Pillar pillar = Pillar::Security;
    QString title;   ///< the rule's title
    QString message; ///< this case, naming the nodes
    QString fix;     ///< what to do about it
    QString source;  ///< where the rule comes from (course material, WA id, checkov id)
    QList<Id> nodes; ///< the subject first; a finding with no node is about the whole diagram
    QList<Id> edges; ///< edges the finding is about, if any
    bool suppressed = false;
    QString suppressedBecause; ///< the reason stored with the suppression

    bool operator==(const Finding& other) const;
    bool operator!=(const Finding& other) const { return !(*this == other); }
};

/// Counts by severity, suppressed findings not counted.
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int suppressed = 0;
};

} // namespace cw
