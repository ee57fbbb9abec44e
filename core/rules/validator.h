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
    /// Findings as they are kept: each with the slot (FlowIndex) of the node whose check
    /// found it, -1 for a diagram check, so an update can drop a node's findings in one pass.
    struct Found {
        std::vector<Finding> findings;
        std::vector<int> origins;
    };
    void checkNode(const RuleContext& context, const Node& node, Found& out) const;
    void checkDiagram(const RuleContext& context, Found& out) const;
    /// Fills in what the rule book says and whether a suppression covers the finding.
    void finish(const Architecture& model, Finding& finding) const;
    /// Sorts found in the order of findings().
    void sort(const Architecture& model, Found& found) const;
    /// Whether a sorts before b (errors first, then by rule, subject, message, nodes, edges).
    bool before(const Architecture& model, const Finding& a, const Finding& b) const;

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
    std::vector<Finding> m_all;
    std::vector<int> m_origins; ///< for each of m_all, as Found::origins
    FlowIndex m_flows;          ///< request flows, kept up to date edit by edit
};

/// The findings of a model under its profile, as the command line reports them.
std::vector<Finding> validate(
    const Architecture& model, const Catalog& catalog = Catalog::builtin(), const RuleBook& book = RuleBook::builtin());

} // namespace cw
