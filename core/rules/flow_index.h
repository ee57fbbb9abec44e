#pragma once

#include "model/architecture.h"

#include <QHash>
#include <QSet>

#include <array>

namespace cw {

/// Which nodes lie on a request flow, kept up to date edit by edit.
///
/// "Serving": nodes that requests from users or outside apps reach, following request
/// and event edges forward. "Answering": those reached by request edges alone, which
/// users wait on. "Connected": nodes joined to an entry point by any edges but control
/// ones, either way. Each member carries a level such that it has a member
/// neighbour (on the way in) of a lower level, down to an entry point at level 0. An
/// added edge can only extend that; a removed one is harmless while the node it led to
/// keeps another lower neighbour, and only otherwise is the whole flow worked out again.
/// That keeps the check after one edit far below a full pass on big diagrams.
class FlowIndex {
public:
    void rebuild(const Architecture& model);
    /// Follows an applied change; adds to changedMembership every node that joined or
    /// left a flow.
    void update(const Architecture& model, const ChangeSummary& change, QSet<Id>& changedMembership);

    const QSet<Id>& serving() const { return m_serving; }
    const QSet<Id>& answering() const { return m_answering; }
    const QSet<Id>& connectedToEntry() const { return m_connected; }
    /// The nodes of each kind in the diagram (kinds with none are left out).
    const QHash<QString, QSet<Id>>& byKind() const { return m_byKind; }
    const QSet<Id>& nodesOfKind(const QString& kind) const;
    /// The ends an edge had when last seen (for edges already removed from the model).
    std::pair<Id, Id> endsBefore(const Id& edge) const;

private:
    struct EdgeRecord {
        Id from;
        Id to;
        EdgeKind kind = EdgeKind::Request;
    };
    /// One flow: a set with levels, over some edges, one way or both.
    struct Flow {
        QHash<Id, int> level;
        bool directed = false; ///< forward over requests (and events), else both ways over all but control
        bool events = false;   ///< a directed flow follows events too
        bool follows(EdgeKind kind) const;
    };

    void recompute(const Architecture& model, Flow& flow) const;
    /// Spreads a flow from members over the edges it follows; returns who joined.
    void spread(const Architecture& model, Flow& flow, QList<Id> from, QSet<Id>& joined) const;
    /// Whether a member still has a lower member on its way in, without one edge.
    bool supported(const Architecture& model, const Flow& flow, const Id& node) const;
    /// Marks the flows an edge's removal may have cut, to be worked out again.
    static constexpr std::size_t kFlows = 3;
    void removeEdge(const Architecture& model, const EdgeRecord& e, std::array<bool, kFlows>& recompute);
    static QSet<Id> membersOf(const Flow& flow);

    QHash<Id, EdgeRecord> m_edges;
    QHash<Id, QString> m_kinds;
    QHash<QString, QSet<Id>> m_byKind;
    Flow m_servingFlow{{}, true, true};
    Flow m_answeringFlow{{}, true, false};
    Flow m_connectedFlow{{}, false, false};
    QSet<Id> m_serving;
    QSet<Id> m_answering;
    QSet<Id> m_connected;
    /// Each flow with its members, for what is done to all three alike.
    struct Tracked {
        Flow* flow;
        QSet<Id>* members;
    };
    std::array<Tracked, kFlows> tracked()
    {
        return {{{&m_servingFlow, &m_serving}, {&m_answeringFlow, &m_answering}, {&m_connectedFlow, &m_connected}}};
    }
};

} // namespace cw
