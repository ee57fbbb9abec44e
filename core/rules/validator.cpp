#include "validator.h"

#include "rule_check.h"
#include "rule_context.h"

#include <algorithm>

namespace cw {

Validator::Validator(const Catalog& catalog, const RuleBook& book)
    : m_catalog(catalog)
    , m_book(book)
{
}

Validator::~Validator() = default;

void Validator::run(const Architecture& model)
{
    m_profile = model.meta().ruleProfile;
    m_nodeChecks.clear();
    m_diagramChecks.clear();
    for (const RuleCheck& check : ruleChecks()) {
        const QString id = QString::fromLatin1(check.id);
        if (m_book.runs(m_profile, id))
            (check.scope == RuleCheck::Scope::Node ? m_nodeChecks : m_diagramChecks).push_back({&check, id});
    }
    m_flows.rebuild(model);
    const RuleContext context(model, m_catalog, m_flows);
    m_byNode.clear();
    QSet<Id> all;
    all.reserve(qsizetype(model.nodes().size()));
    for (const Node& n : model.nodes())
        all.insert(n.id);
    checkNodes(context, all);
    checkDiagram(context);
    collect(model);
}

bool Validator::update(const Architecture& model, const ChangeSummary& change)
{
    // No rule looks at where things are drawn: a move or a resize changes no finding.
    if (change.layoutOnly)
        return false;
    if (change.metaChanged) {
        // The profile, the provider (defaults) or the reliability may have changed: all of it.
        const std::vector<Finding> before = m_all;
        run(model);
        return before != m_all;
    }
    QSet<Id> dirty;
    // Where the edit's removed edges used to end, before the flows forget them.
    QList<Id> formerEnds;
    for (const QList<Id>* edges : {&change.edgesRemoved, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const auto ends = m_flows.endsBefore(id);
            formerEnds << ends.first << ends.second;
        }
    }
    // A place in the request flow can change far from the edit.
    m_flows.update(model, change, dirty);
    const RuleContext context(model, m_catalog, m_flows);

    // Everything inside a group (edges may end at groups, which govern what they hold).
    std::function<void(const Id&)> addInside = [&](const Id& group) {
        for (const Id& n : model.nodesIn(group))
            dirty.insert(n);
        for (const Id& g : model.groupsIn(group))
            addInside(g);
    };
    auto touch = [&](const Id& id) {
        if (model.node(id))
            dirty.insert(id);
        else if (model.group(id))
            addInside(id);
    };
    for (const QList<Id>* ids :
        {&change.nodesAdded, &change.nodesChanged, &change.groupsChanged, &change.groupsAdded}) {
        for (const Id& id : *ids) {
            // Where a node or a group is drawn matters to no rule (a group that grew to hold
            // a new card would otherwise have everything in it checked again).
            if (!change.layoutChanged.contains(id))
                touch(id);
        }
    }
    for (const Id& id : std::as_const(formerEnds))
        touch(id);
    for (const QList<Id>* edges : {&change.edgesAdded, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            if (const Edge* e = model.edge(id)) {
                touch(e->from);
                touch(e->to);
            }
        }
    }
    // Checks look one step further (a monitor that an alert watches, a store's readers).
    const QSet<Id> seeds = dirty;
    for (const Id& id : seeds) {
        for (const Id& e : model.edgesAt(id)) {
            const Edge* edge = model.edge(e);
            touch(edge->from == id ? edge->to : edge->from);
        }
    }
    // Its former neighbours lost an edge, so they are in dirty through the edges.
    for (const Id& id : change.nodesRemoved)
        m_byNode.remove(id);
    checkNodes(context, dirty);
    checkDiagram(context);
    const std::vector<Finding> before = std::move(m_all);
    collect(model);
    return before != m_all;
}

void Validator::checkNodes(const RuleContext& context, const QSet<Id>& nodes)
{
    const Architecture& model = context.model();
    for (const Id& id : nodes) {
        const Node* node = model.node(id);
        if (!node)
            continue;
        std::vector<Finding>& out = m_byNode[id];
        out.clear();
        for (const ActiveCheck& active : m_nodeChecks) {
            FindingSink sink(out, active.id);
            active.check->check(context, node, sink);
        }
        if (out.empty()) {
            m_byNode.remove(id);
            continue;
        }
        for (Finding& f : out)
            finish(model, f);
    }
}

void Validator::checkDiagram(const RuleContext& context)
{
    m_diagram.clear();
    for (const ActiveCheck& active : m_diagramChecks) {
        FindingSink sink(m_diagram, active.id);
        active.check->check(context, nullptr, sink);
    }
    for (Finding& f : m_diagram)
        finish(context.model(), f);
}

void Validator::finish(const Architecture& model, Finding& f) const
{
    if (const RuleInfo* info = m_book.rule(f.rule)) {
        f.severity = info->severity;
        f.pillar = info->pillar;
        f.title = info->title;
        f.fix = info->fix;
        f.source = info->source;
    }
    // Suppressed when any node the finding names carries a suppression for the rule.
    // (A change to any of them makes all of them be checked again: they are neighbours
    // or the finding is diagram-wide.)
    for (const Id& id : std::as_const(f.nodes)) {
        const Node* n = model.node(id);
        if (!n || n->suppress.empty())
            continue;
        if (const Suppression* s = n->suppression(f.rule)) {
            f.suppressed = true;
            f.suppressedBecause = s->reason;
            return;
        }
    }
}

void Validator::collect(const Architecture& model)
{
    // Sort by keys worked out once per finding: lookups inside a comparison would be
    // repeated n log n times.
    struct Keyed {
        int severity;
        int rule;
        int subject;
        const Finding* finding;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(m_diagram.size() + std::size_t(m_byNode.size()) * 2);
    auto add = [&](const Finding& f) {
        keyed.push_back(
            {int(f.severity), m_book.order(f.rule), f.nodes.isEmpty() ? -1 : model.indexOf(f.nodes.first()), &f});
    };
    for (const auto& list : std::as_const(m_byNode)) {
        for (const Finding& f : list)
            add(f);
    }
    for (const Finding& f : m_diagram)
        add(f);
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.subject != b.subject)
            return a.subject < b.subject;
        return a.finding->message < b.finding->message;
    });
    m_all.clear();
    m_all.reserve(keyed.size());
    for (const Keyed& k : keyed)
        m_all.push_back(*k.finding);
}

FindingCounts Validator::counts() const
{
    FindingCounts c;
    for (const Finding& f : m_all) {
        if (f.suppressed) {
            ++c.suppressed;
            continue;
        }
        switch (f.severity) {
        case Severity::Error: ++c.errors; break;
        case Severity::Warning: ++c.warnings; break;
        case Severity::Info: ++c.infos; break;
        }
    }
    return c;
}

std::vector<Finding> Validator::findingsFor(const Id& id) const
{
    std::vector<Finding> out;
    for (const Finding& f : m_all) {
        if (f.nodes.contains(id) || f.edges.contains(id))
            out.push_back(f);
    }
    return out;
}

std::vector<Finding> validate(const Architecture& model, const Catalog& catalog, const RuleBook& book)
{
    Validator v(catalog, book);
    v.run(model);
    return v.findings();
}

} // namespace cw
