#pragma once

#include "catalog/catalog.h"
#include "change_set.h"

#include <QHash>

/// The one mutation API of the model. Every call either applies its whole edit and
/// returns the undo record, or changes nothing and returns why (EditResult::error).
/// Views and widgets call these; nothing else writes to an Architecture.
namespace cw::edit {

struct NewNode {
    QString kind;
    QPointF pos;      ///< top-left of the card
    Id group;         ///< empty: top level
    QString name;     ///< empty: the service name at the node's provider
    QString provider; ///< empty: inherit the diagram's
    Json props = Json::object();
};

struct NewGroup {
    GroupKind kind = GroupKind::Vpc;
    QRectF box;
    Id parent;
    QString name; ///< empty: the kind's name at the diagram's provider
    Json props = Json::object();
};

enum class Alignment { Left, HCenter, Right, Top, VCenter, Bottom, DistributeH, DistributeV };

EditResult addNode(Architecture& model, const Catalog& catalog, const NewNode& spec);
EditResult addGroup(Architecture& model, const Catalog& catalog, const NewGroup& spec);
/// Removes nodes, groups (with everything inside) and edges, and every edge that
/// touches what is removed.
EditResult removeItems(Architecture& model, const QList<Id>& ids);
EditResult connect(Architecture& model, const Id& from, const Id& to, EdgeKind kind, const QString& label = {});
EditResult disconnect(Architecture& model, const Id& edge);
/// Puts nodes (group) or groups (parent) into group; the empty id means top level.
EditResult regroup(Architecture& model, const QList<Id>& ids, const Id& group);
/// Adds a copied fragment: ids that clash are renamed, references follow, positions shift.
/// verb names the step in the history ("Paste" when empty, "Duplicate", ...).
EditResult paste(Architecture& model, const Diagram& fragment, QPointF offset, const QString& verb = {});

/// Moves nodes and groups by delta; a group carries everything inside it. regroupTo
/// optionally puts moved items into a new group in the same step (a drop).
EditResult moveItems(Architecture& model, const QList<Id>& ids, QPointF delta, const QHash<Id, Id>& regroupTo = {});
EditResult resizeGroup(Architecture& model, const Id& group, const QRectF& box);
EditResult alignItems(Architecture& model, const QList<Id>& ids, Alignment how);

/// Sets a node or group property; a null value removes it (the default applies).
EditResult setProperty(
    Architecture& model, const Catalog& catalog, const Id& id, const QString& key, const Json& value);
EditResult rename(Architecture& model, const Id& id, const QString& name);
/// A node's own provider; empty follows the diagram.
EditResult setNodeProvider(Architecture& model, const Catalog& catalog, const Id& node, const QString& provider);
EditResult setEdgeKind(Architecture& model, const Id& edge, EdgeKind kind);
EditResult setEdgeLabel(Architecture& model, const Id& edge, const QString& label);
EditResult setMeta(Architecture& model, const Meta& meta);
/// Marks a rule's findings about a node as suppressed, with the reason (kept in the
/// file's "suppress" list); a second call replaces the reason.
EditResult suppress(Architecture& model, const Id& node, const QString& rule, const QString& reason);
/// Lifts a node's suppression of a rule.
EditResult unsuppress(Architecture& model, const Id& node, const QString& rule);
/// Switches the diagram's provider: nodes that follow it and still carry the old
/// service name or provider-specific defaults get the new provider's ones.
EditResult switchProvider(Architecture& model, const Catalog& catalog, const QString& provider);

/// The selected items as a self-contained fragment for the clipboard: groups with
/// their contents, and the edges whose both ends are in it.
Diagram copyFragment(const Architecture& model, const QList<Id>& ids);
/// An id not yet used in the model as changed so far: base, else base2, base3, ...
Id freshId(const ChangeSet& changes, const QString& base);

} // namespace cw::edit
