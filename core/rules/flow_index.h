#pragma once

#include "model/architecture.h"

#include <QHash>
#include <QSet>

namespace cw {

/// Which nodes lie on a request flow, kept up to date edit by edit.
///
/// "Serving": nodes that requests from users or outside apps reach, following request
/// and event edges forward. "Connected": nodes joined to an entry point by any edges but
/// control ones, either way. Each member carries a level such that it has a member
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
    const QSet<Id>& connectedToEntry() const { return m_connected; }
    const QHash<QString, int>& kindCount() const { return m_kindCount; }
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
        bool directed = false;
        bool follows(EdgeKind kind) const;
    };

    void recompute(const Architecture& model, Flow& flow) const;
    /// Spreads a flow from members over the edges it follows; returns who joined.
    void spread(const Architecture& model, Flow& flow, QList<Id> from, QSet<Id>& joined) const;
    /// Whether a member still has a lower member on its way in, without one edge.
    bool supported(const Architecture& model, const Flow& flow, const Id& node) const;
    void removeEdge(const Architecture& model, const EdgeRecord& e, bool& recomputeServing, bool& recomputeConnected);
    static QSet<Id> membersOf(const Flow& flow);

    QHash<Id, EdgeRecord> m_edges;
    QHash<Id, QString> m_kinds;
    QHash<QString, int> m_kindCount;
    Flow m_servingFlow{{}, true};
    Flow m_connectedFlow{{}, false};
    QSet<Id> m_serving;
    QSet<Id> m_connected;
};

} // namespace cw
