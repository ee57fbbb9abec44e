#pragma once

#include "finding.h"
#include "rule_context.h"

#include <vector>

namespace cw {

/// Where a check reports what it finds. The validator fills in the rest of each finding
/// (severity, title, fix, pillar, source) from the rule book, and the suppressions.
class FindingSink {
public:
    FindingSink(std::vector<Finding>& out, QString rule)
        : m_out(out)
        , m_rule(std::move(rule))
    {
    }

    /// nodes: the subject first. edges: what the finding is about, if edges.
    void add(QString message, QList<Id> nodes, QList<Id> edges = {})
    {
        Finding f;
        f.rule = m_rule;
        f.message = std::move(message);
        f.nodes = std::move(nodes);
        f.edges = std::move(edges);
        m_out.push_back(std::move(f));
    }

private:
    std::vector<Finding>& m_out;
    QString m_rule;
};

/// A rule's check: a pure function of the model. Node checks look at one node and its
/// surroundings (neighbours, edges, group ancestry, its place in the request flow) and
/// run again only for nodes an edit can have touched; diagram checks look at the whole
/// and run after every edit, so they must stay linear.
struct RuleCheck {
    enum class Scope { Node, Diagram };

    const char* id;
    Scope scope;
    void (*check)(const RuleContext& context, const Node* node, FindingSink& out);
};

/// Every check, in the rule book's order.
const std::vector<RuleCheck>& ruleChecks();

// The checks, by theme; each file adds its own.
std::vector<RuleCheck> identityChecks();
std::vector<RuleCheck> networkChecks();
std::vector<RuleCheck> dataChecks();
std::vector<RuleCheck> operationsChecks();
std::vector<RuleCheck> reliabilityChecks();
std::vector<RuleCheck> costChecks();

} // namespace cw
