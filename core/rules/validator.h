#pragma once

#include "finding.h"
#include "rule_book.h"

#include "catalog/catalog.h"
#include "model/architecture.h"

#include "rule_context.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace cw {

/// Runs the rules of the diagram's profile (meta.ruleProfile) over a model and keeps
/// the findings. After an edit, update() checks again only the nodes the edit can have
/// touched (and the few diagram-wide rules), which keeps it within milliseconds on big
/// diagrams; its findings are always those a full run() would give.
struct RuleCheck;

class Validator {
public:
    explicit Validator(const Catalog& catalog = Catalog::builtin(), const RuleBook& book = RuleBook::builtin());
    ~Validator();

    /// Checks everything from scratch.
    void run(const Architecture& model);
    /// Checks what an applied change can have touched. Returns true when the findings changed.
    bool update(const Architecture& model, const ChangeSummary& change);

    /// Errors first, then warnings and infos; by rule, then by the subject's place in the file.
    const std::vector<Finding>& findings() const { return m_all; }
    FindingCounts counts() const;
    /// The findings about one node or edge (suppressed ones included).
    std::vector<Finding> findingsFor(const Id& id) const;

private:
    void checkNodes(const RuleContext& context, const QSet<Id>& nodes);
    void checkDiagram(const RuleContext& context);
    /// Fills in what the rule book says and whether a suppression covers the finding.
    void finish(const Architecture& model, Finding& finding) const;
    void collect(const Architecture& model);

    const Catalog& m_catalog;
    const RuleBook& m_book;
    QString m_profile;
    /// The checks the profile runs, with their ids as strings: worked out once per run,
    /// not once per node and check.
    struct ActiveCheck {
        const RuleCheck* check;
        QString id;
    };
    std::vector<ActiveCheck> m_nodeChecks;
    std::vector<ActiveCheck> m_diagramChecks;
    QHash<Id, std::vector<Finding>> m_byNode; ///< node checks, by the node checked
    std::vector<Finding> m_diagram;           ///< diagram checks
    std::vector<Finding> m_all;
    FlowIndex m_flows; ///< request flows, kept up to date edit by edit
};

/// The findings of a model under its profile, as the command line reports them.
std::vector<Finding> validate(
    const Architecture& model, const Catalog& catalog = Catalog::builtin(), const RuleBook& book = RuleBook::builtin());

} // namespace cw
