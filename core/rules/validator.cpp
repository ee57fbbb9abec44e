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
    const RuleContext context(model, m_catalog);
    m_byNode.clear();
    QSet<Id> all;
    all.reserve(qsizetype(model.nodes().size()));
    for (const Node& n : model.nodes())
        all.insert(n.id);
    checkNodes(context, all);
    checkDiagram(context);
    remember(model, context);
    collect(model);
}

bool Validator::update(const Architecture& model, const ChangeSummary& change)
{
    if (change.metaChanged) {
        // The profile, the provider (defaults) or the reliability may have changed: all of it.
        const std::vector<Finding> before = m_all;
        run(model);
        return before != m_all;
    }
    const RuleContext context(model, m_catalog);
    QSet<Id> dirty;
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
    for (const Id& id : change.nodesAdded)
        touch(id);
    for (const Id& id : change.nodesChanged)
        touch(id);
    for (const Id& id : change.groupsChanged)
        touch(id);
    for (const Id& id : change.groupsAdded)
        touch(id);
    for (const QList<Id>* edges : {&change.edgesAdded, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            if (const Edge* e = model.edge(id)) {
                touch(e->from);
                touch(e->to);
            }
        }
    }
    for (const QList<Id>* edges : {&change.edgesRemoved, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const auto ends = m_edgeEnds.value(id);
            touch(ends.first);
            touch(ends.second);
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
    for (const Id& id : change.nodesRemoved) {
        // Its former neighbours lost an edge, so they are in dirty through the edges.
        m_byNode.remove(id);
    }
    // A place in the request flow can change far from the edit.
    for (const Id& id : context.serving()) {
        if (!m_serving.contains(id))
            dirty.insert(id);
    }
    for (const Id& id : std::as_const(m_serving)) {
        if (!context.serving().contains(id) && model.node(id))
            dirty.insert(id);
    }
    for (const Id& id : context.connectedToEntry()) {
        if (!m_connectedToEntry.contains(id))
            dirty.insert(id);
    }
    for (const Id& id : std::as_const(m_connectedToEntry)) {
        if (!context.connectedToEntry().contains(id) && model.node(id))
            dirty.insert(id);
    }
    checkNodes(context, dirty);
    checkDiagram(context);
    remember(model, context);
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
        for (const RuleCheck& check : ruleChecks()) {
            if (check.scope != RuleCheck::Scope::Node || !m_book.runs(m_profile, QString::fromLatin1(check.id)))
                continue;
            FindingSink sink(out, QString::fromLatin1(check.id));
            check.check(context, node, sink);
        }
        if (out.empty())
            m_byNode.remove(id);
    }
}

void Validator::checkDiagram(const RuleContext& context)
{
    m_diagram.clear();
    for (const RuleCheck& check : ruleChecks()) {
        if (check.scope != RuleCheck::Scope::Diagram || !m_book.runs(m_profile, QString::fromLatin1(check.id)))
            continue;
        FindingSink sink(m_diagram, QString::fromLatin1(check.id));
        check.check(context, nullptr, sink);
    }
}

void Validator::remember(const Architecture& model, const RuleContext& context)
{
    m_serving = context.serving();
    m_connectedToEntry = context.connectedToEntry();
    m_edgeEnds.clear();
    m_edgeEnds.reserve(qsizetype(model.edges().size()));
    for (const Edge& e : model.edges())
        m_edgeEnds.insert(e.id, {e.from, e.to});
}

void Validator::collect(const Architecture& model)
{
    m_all.clear();
    for (const auto& list : std::as_const(m_byNode))
        m_all.insert(m_all.end(), list.begin(), list.end());
    m_all.insert(m_all.end(), m_diagram.begin(), m_diagram.end());
    for (Finding& f : m_all) {
        if (const RuleInfo* info = m_book.rule(f.rule)) {
            f.severity = info->severity;
            f.pillar = info->pillar;
            f.title = info->title;
            f.fix = info->fix;
            f.source = info->source;
        }
        // Suppressed when any node the finding names carries a suppression for the rule.
        for (const Id& id : std::as_const(f.nodes)) {
            const Node* n = model.node(id);
            if (!n)
                continue;
            for (const Json& s : n->suppress) {
                if (s.value("rule", std::string()) == f.rule.toStdString()) {
                    f.suppressed = true;
                    f.suppressedBecause = QString::fromStdString(s.value("reason", std::string()));
                    break;
                }
            }
            if (f.suppressed)
                break;
        }
    }
    auto subjectIndex = [&](const Finding& f) { return f.nodes.isEmpty() ? -1 : model.indexOf(f.nodes.first()); };
    std::sort(m_all.begin(), m_all.end(), [&](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        const int ra = m_book.order(a.rule);
        const int rb = m_book.order(b.rule);
        if (ra != rb)
            return ra < rb;
        const int ia = subjectIndex(a);
        const int ib = subjectIndex(b);
        if (ia != ib)
            return ia < ib;
        return a.message < b.message;
    });
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
