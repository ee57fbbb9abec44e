#include "undo_record.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace cw {

namespace {

template <typename T> struct Lists {
    QList<Id>* added;
    QList<Id>* removed;
    QList<Id>* changed;
};

template <typename T> bool allUpdates(const std::vector<UndoRecord::Entry<T>>& entries)
{
    return std::all_of(entries.begin(), entries.end(), [](const auto& e) { return e.before && e.after; });
}

template <typename T> bool allUnchanged(const std::vector<UndoRecord::Entry<T>>& entries)
{
    return std::all_of(entries.begin(), entries.end(), [](const auto& e) { return e.before == e.after; });
}

template <typename T>
void mergeEntries(std::vector<UndoRecord::Entry<T>>& into, const std::vector<UndoRecord::Entry<T>>& next)
{
    for (const auto& n : next) {
        auto it = std::find_if(into.begin(), into.end(), [&](const auto& e) { return e.id == n.id; });
        if (it == into.end())
            into.push_back(n);
        else
            it->after = n.after;
    }
}

} // namespace

// Applies one entity list in one direction. Removals go first, then updates in place,
// then insertions in ascending order of their target place, which rebuilds the order
// exactly: the places were recorded in the list they are inserted into.
template <typename T>
static void applyEntries(Architecture& model, std::vector<UndoRecord::Entry<T>>& entries, bool forward,
    QList<Id>& added, QList<Id>& removed, QList<Id>& changed, bool& layoutOnly, QSet<Id>& layoutChanged,
    void (Architecture::*erase)(const QList<Id>&), int (Architecture::*insert)(int, T),
    void (Architecture::*replace)(T))
{
    QList<Id> doomed;
    std::vector<UndoRecord::Entry<T>*> inserts;
    for (auto& e : entries) {
        const std::optional<T>& from = forward ? e.before : e.after;
        const std::optional<T>& to = forward ? e.after : e.before;
        if (from && !to) {
            doomed.append(e.id);
            removed.append(e.id);
            layoutOnly = false;
        } else if (!from && to) {
            inserts.push_back(&e);
            added.append(e.id);
            layoutOnly = false;
        }
    }
    (model.*erase)(doomed);
    for (auto& e : entries) {
        const std::optional<T>& from = forward ? e.before : e.after;
        const std::optional<T>& to = forward ? e.after : e.before;
        if (from && to && !(*from == *to)) {
            if (from->sameApartFromLayout(*to))
                layoutChanged.insert(e.id);
            else
                layoutOnly = false;
            (model.*replace)(*to);
            changed.append(e.id);
        }
    }
    auto placeOf = [forward](const UndoRecord::Entry<T>* e) { return forward ? e->afterIndex : e->beforeIndex; };
    // Entries never placed yet (afterIndex -1 on the first redo) keep their recorded order.
    std::stable_sort(inserts.begin(), inserts.end(), [&](auto* a, auto* b) {
        const int pa = placeOf(a) < 0 ? INT_MAX : placeOf(a);
        const int pb = placeOf(b) < 0 ? INT_MAX : placeOf(b);
        return pa < pb;
    });
    for (auto* e : inserts) {
        const int wanted = placeOf(e);
        const int landed = (model.*insert)(wanted < 0 ? INT_MAX : wanted, forward ? *e->after : *e->before);
        if (forward)
            e->afterIndex = landed;
    }
}

UndoRecord::UndoRecord(QString text, QString mergeKey)
    : m_text(std::move(text))
    , m_mergeKey(std::move(mergeKey))
{
}

void UndoRecord::play(Architecture& model, bool forward)
{
    ChangeSummary s;
    bool layoutOnly = true;
    // Groups first so that, in the rare change that inserts both, members find them in
    // the index; the invariants are only checked once the whole change is in.
    applyEntries<Group>(model, groups, forward, s.groupsAdded, s.groupsRemoved, s.groupsChanged, layoutOnly,
        s.layoutChanged, &Architecture::eraseAll<Group>, &Architecture::insertAt<Group>, &Architecture::replace<Group>);
    applyEntries<Node>(model, nodes, forward, s.nodesAdded, s.nodesRemoved, s.nodesChanged, layoutOnly, s.layoutChanged,
        &Architecture::eraseAll<Node>, &Architecture::insertAt<Node>, &Architecture::replace<Node>);
    applyEntries<Edge>(model, edges, forward, s.edgesAdded, s.edgesRemoved, s.edgesChanged, layoutOnly, s.layoutChanged,
        &Architecture::eraseAll<Edge>, &Architecture::insertAt<Edge>, &Architecture::replace<Edge>);
    const std::optional<Meta>& meta = forward ? metaAfter : metaBefore;
    if (meta && metaBefore != metaAfter) {
        model.setMeta(*meta);
        s.metaChanged = true;
        layoutOnly = false;
    }
    // Kept scenarios are read by no rule and no price: a change of them alone stays layoutOnly.
    const std::optional<std::vector<Scenario>>& scenarios = forward ? scenariosAfter : scenariosBefore;
    if (scenarios && scenariosBefore != scenariosAfter) {
        model.setScenarios(*scenarios);
        s.scenariosChanged = true;
    }
    s.layoutOnly = layoutOnly && !s.isEmpty();
    model.notify(s);
}

bool UndoRecord::isPureUpdate() const
{
    return allUpdates(nodes) && allUpdates(groups) && allUpdates(edges);
}

bool UndoRecord::mergeWith(const UndoRecord& next)
{
    const UndoRecord* other = &next;
    if (m_mergeKey.isEmpty() || other->m_mergeKey != m_mergeKey || !isPureUpdate() || !other->isPureUpdate())
        return false;
    return absorb(next);
}

bool UndoRecord::absorb(const UndoRecord& next)
{
    const UndoRecord* other = &next;
    // Updates land on entities this record left in place or added: their places stand.
    if (!other->isPureUpdate())
        return false;
    mergeEntries(nodes, other->nodes);
    mergeEntries(groups, other->groups);
    mergeEntries(edges, other->edges);
    if (other->scenariosAfter) {
        if (!scenariosBefore)
            scenariosBefore = other->scenariosBefore;
        scenariosAfter = other->scenariosAfter;
    }
    if (other->metaAfter) {
        if (!metaBefore)
            metaBefore = other->metaBefore;
        metaAfter = other->metaAfter;
    }
    return true;
}

bool UndoRecord::isNoOp() const
{
    return allUnchanged(nodes) && allUnchanged(groups) && allUnchanged(edges) && metaBefore == metaAfter
        && scenariosBefore == scenariosAfter;
}

} // namespace cw
