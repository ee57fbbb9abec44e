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
    m_flows.rebuild(model, m_catalog);
    const RuleContext context(model, m_catalog, m_flows);
    Found found;
    for (const Node& n : model.nodes())
        checkNode(context, n, found);
    checkDiagram(context, found);
    sort(model, found);
    m_all = std::move(found.findings);
    m_origins = std::move(found.origins);
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
    // The findings of removed nodes go with their slots, which the flows free.
    std::vector<int> stale;
    for (const Id& id : change.nodesRemoved) {
        const int slot = m_flows.slotOf(id);
        if (slot >= 0)
            stale.push_back(slot);
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

    // Check again what the edit can have touched, and every diagram-wide rule.
    Found fresh;
    for (const Id& id : std::as_const(dirty)) {
        const Node* n = model.node(id);
        if (!n)
            continue;
        stale.push_back(m_flows.slotOf(id));
        checkNode(context, *n, fresh);
    }
    checkDiagram(context, fresh);
    sort(model, fresh);

    // Take out what was found before by the same checks, keeping the rest in order, in
    // place: the list is large, and fresh allocations of it cost page faults.
    std::vector<bool> isStale(std::size_t(m_flows.slotCount()), false);
    for (int slot : stale)
        isStale[std::size_t(slot)] = true;
    std::vector<Finding> dropped;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        const int origin = m_origins[i];
        if (origin < 0 || isStale[std::size_t(origin)]) {
            dropped.push_back(std::move(m_all[i]));
            continue;
        }
        if (kept != i) {
            m_all[kept] = std::move(m_all[i]);
            m_origins[kept] = origin;
        }
        ++kept;
    }
    m_all.resize(kept);
    m_origins.resize(kept);
    // The same findings found again, in the same order: nothing changed (no edit changes
    // the file order of what stays, so what was kept needs no sorting again).
    const bool changed = dropped != fresh.findings;

    // Where each fresh finding goes among the kept ones (binary searches: a few lookups
    // each), then the kept ones move back to make room, from the end.
    std::vector<std::size_t> places(fresh.findings.size());
    std::size_t from = 0;
    for (std::size_t k = 0; k < fresh.findings.size(); ++k) {
        const auto at = std::upper_bound(m_all.begin() + qsizetype(from), m_all.end(), fresh.findings[k],
            [&](const Finding& a, const Finding& b) { return before(model, a, b); });
        from = places[k] = std::size_t(at - m_all.begin());
    }
    m_all.resize(kept + fresh.findings.size());
    m_origins.resize(m_all.size());
    std::size_t end = kept; // kept ones not yet moved: [0, end)
    for (std::size_t k = fresh.findings.size(); k-- > 0;) {
        const std::size_t shift = k + 1; // fresh ones still to place, this one included
        for (std::size_t i = end; i-- > places[k];) {
            m_all[i + shift] = std::move(m_all[i]);
            m_origins[i + shift] = m_origins[i];
        }
        end = places[k];
        m_all[end + k] = std::move(fresh.findings[k]);
        m_origins[end + k] = fresh.origins[k];
    }
#ifndef NDEBUG
    for (std::size_t i = 1; i < m_all.size(); ++i)
        Q_ASSERT_X(!before(model, m_all[i], m_all[i - 1]), "Validator::update", "findings out of order after a merge");
#endif
    return changed;
}

void Validator::checkNode(const RuleContext& context, const Node& node, Found& out) const
{
    const std::size_t first = out.findings.size();
    for (const ActiveCheck& active : m_nodeChecks) {
        FindingSink sink(out.findings, active.id);
        active.check->check(context, &node, sink);
    }
    if (out.findings.size() == first)
        return;
    const int slot = m_flows.slotOf(node.id);
    for (std::size_t i = first; i < out.findings.size(); ++i) {
        finish(context.model(), out.findings[i]);
        out.origins.push_back(slot);
    }
}

void Validator::checkDiagram(const RuleContext& context, Found& out) const
{
    const std::size_t first = out.findings.size();
    for (const ActiveCheck& active : m_diagramChecks) {
        FindingSink sink(out.findings, active.id);
        active.check->check(context, nullptr, sink);
    }
    for (std::size_t i = first; i < out.findings.size(); ++i) {
        finish(context.model(), out.findings[i]);
        out.origins.push_back(-1);
    }
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

bool Validator::before(const Architecture& model, const Finding& a, const Finding& b) const
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    const int ra = m_book.order(a.rule);
    const int rb = m_book.order(b.rule);
    if (ra != rb)
        return ra < rb;
    const int sa = a.nodes.isEmpty() ? -1 : model.indexOf(a.nodes.first());
    const int sb = b.nodes.isEmpty() ? -1 : model.indexOf(b.nodes.first());
    if (sa != sb)
        return sa < sb;
    if (a.message != b.message)
        return a.message < b.message;
    // Findings alike so far (one per edge between the same nodes) still get one order.
    if (a.nodes != b.nodes)
        return a.nodes < b.nodes;
    return a.edges < b.edges;
}

void Validator::sort(const Architecture& model, Found& found) const
{
    // Sort by keys worked out once per finding: lookups inside a comparison would be
    // repeated n log n times.
    struct Keyed {
        int severity;
        int rule;
        int subject;
        std::size_t at;
    };
    const std::vector<Finding>& all = found.findings;
    std::vector<Keyed> keyed;
    keyed.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Finding& f = all[i];
        keyed.push_back(
            {int(f.severity), m_book.order(f.rule), f.nodes.isEmpty() ? -1 : model.indexOf(f.nodes.first()), i});
    }
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& ka, const Keyed& kb) {
        if (ka.severity != kb.severity)
            return ka.severity < kb.severity;
        if (ka.rule != kb.rule)
            return ka.rule < kb.rule;
        if (ka.subject != kb.subject)
            return ka.subject < kb.subject;
        const Finding& a = all[ka.at];
        const Finding& b = all[kb.at];
        if (a.message != b.message)
            return a.message < b.message;
        if (a.nodes != b.nodes)
            return a.nodes < b.nodes;
        return a.edges < b.edges;
    });
    Found sorted;
    sorted.findings.reserve(all.size());
    sorted.origins.reserve(all.size());
    for (const Keyed& k : keyed) {
        sorted.findings.push_back(std::move(found.findings[k.at]));
        sorted.origins.push_back(found.origins[k.at]);
    }
    found = std::move(sorted);
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
