#pragma once

#include "catalog/catalog.h"
#include "edit_batch.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace cw::cost {
class PriceBook;
}
namespace cw::advice {
struct Advice;
enum class Option;
} // namespace cw::advice
namespace cw::layout {
struct Arrangement;
}

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
/// One arrow-key step. Steps of one burst (same burst number, same items) merge into
/// one undo entry; the caller starts a new burst after a pause.
EditResult nudgeItems(Architecture& model, const QList<Id>& ids, QPointF step, int burst);
/// Stores the route the user shaped for an edge ([] lets the program route it) and its
/// style, as one undoable, layout-only step. Refuses a single point, points beyond the
/// coordinate limits, and a route that is not orthogonal for the orthogonal style.
EditResult setEdgeRoute(Architecture& model, const Id& edge, const std::vector<QPointF>& points, EdgeStyle style);
/// What a stored route becomes when its ends move (moveItems, nudgeItems, alignItems call
/// it): both ends by the same step, the whole route moves along; one end only, its end
/// point follows and the neighbouring waypoint slides with it so the route stays
/// orthogonal (inner waypoints are kept); when that cannot be done (a route of one or two
/// segments) the points are dropped and the program routes the edge again.
std::vector<QPointF> followEnds(const std::vector<QPointF>& points, QPointF fromDelta, QPointF toDelta);

/// Moves every node and group an automatic layout placed (core/layout/arrange.h) to its
/// new place, as one undoable, layout-only step named verb. A stored route whose end moved
/// is dropped, so the program routes that edge again; the groups around what moved grow
/// to hold it. Refuses an arrangement that names an unknown node or group or goes beyond
/// kCoordinateLimit, and one that moves nothing ("nothing to tidy: ...").
EditResult arrange(
    Architecture& model, const layout::Arrangement& arrangement, const QString& verb = QStringLiteral("Tidy Up"));

/// Refuses a frame smaller than kMinGroupWidth × kMinGroupHeight.
EditResult resizeGroup(Architecture& model, const Id& group, const QRectF& box);
EditResult alignItems(Architecture& model, const QList<Id>& ids, Alignment how);
/// How many nodes or groups an alignment needs: two to align, three to distribute.
int minimumItemsFor(Alignment how);

/// The innermost group whose frame contains point, skipping the excluded groups and
/// everything inside them; empty for the top level. Where a dropped item lands.
Id groupAt(const Architecture& model, QPointF point, const QSet<Id>& excluded = {});
/// The group each moved node or group joins once moved by delta (a card by its centre,
/// a group by its frame's centre), for those whose group changes; what lies inside a
/// moved group stays in it. Pass the result to moveItems to move and regroup in one step.
QHash<Id, Id> regroupAfterMove(const Architecture& model, const QList<Id>& ids, QPointF delta);

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
/// file's "suppress" list); a second call replaces the reason. An empty reason is
/// refused: the reason is what reviewers read.
EditResult suppress(
    Architecture& model, const Catalog& catalog, const Id& node, const QString& rule, const QString& reason);
/// Lifts a node's suppression of a rule.
EditResult unsuppress(Architecture& model, const Catalog& catalog, const Id& node, const QString& rule);
/// Switches the diagram's provider: nodes that follow it and still carry the old
/// service name or provider-specific defaults get the new provider's ones; an
/// instance_type the user chose becomes its nearest equivalent in the price book, and
/// so does meta.region. A type or region with no equivalent is kept and named in the
/// result's notes. Switching to a provider the book lists no types for (generic) keeps both.
EditResult switchProvider(
    Architecture& model, const Catalog& catalog, const cost::PriceBook& prices, const QString& provider);

/// Keeps a cost scenario (core/cost/scenario_compare.h builds one) after the others.
/// Refuses an empty name or one already kept; the name is trimmed.
EditResult keepScenario(Architecture& model, Scenario scenario);
/// Renames a kept scenario; refuses an empty name or one another scenario has.
EditResult renameScenario(Architecture& model, const QString& name, const QString& newName);
EditResult deleteScenario(Architecture& model, const QString& name);
/// "Scenario 1", else "Scenario 2", ...: the first such name not kept yet.
QString nextScenarioName(const Architecture& model);
/// The nodes a pricing switch covers: every node, the given nodes (the selection), or
/// the nodes whose kind plays a role; `what` names them in the undo text.
struct PricingScope {
    QList<Id> nodes;          ///< when not empty, only these nodes
    std::optional<Role> role; ///< when set, only nodes whose kind plays it
    QString what;             ///< "everything", "the selection", "training and batch"

    static PricingScope everything() { return {{}, std::nullopt, QStringLiteral("everything")}; }
    static PricingScope only(const QList<Id>& nodes) { return {nodes, std::nullopt, QStringLiteral("the selection")}; }
    /// Training and batch work (the analytics role): the work spot capacity is made for.
    static PricingScope training() { return {{}, Role::Analytics, QStringLiteral("training and batch")}; }
};
/// Puts every node in scope whose kind has a `pricing` property on one pricing model
/// (on_demand, reserved_1y, reserved_3y, spot), as one undoable edit. A node the price
/// book cannot price on that model (cost::whyNotPricedOn) keeps its own, and the result's
/// notes name it. Refused when nothing would change, saying why.
EditResult setPricingModel(Architecture& model, const Catalog& catalog, const cost::PriceBook& prices,
    const QString& pricingModel, const PricingScope& scope = PricingScope::everything());

/// Replaces a workload node by one of the advisor's options (core/advice/advice.h), as
/// one undoable edit: the node keeps its id, provider, position, size, group, edges and
/// suppressions; its kind becomes the option's and its properties the option's (requests,
/// memory, duration, instance type, count...), plus those of its own the new kind also
/// lists (the load, traffic, team) and those the catalog does not know. A name that was
/// the old service's becomes the new one's. With advice.multiZone an always-on option runs
/// at least two replicas with multi_az set. Refused when the node is gone or no longer
/// the kind advised on, the option does not fit, or nothing would change (the node
/// already is the option as advised).
EditResult applyAdvice(
    Architecture& model, const Catalog& catalog, const advice::Advice& advice, advice::Option option);
/// Why applyAdvice() would refuse, in its words; empty when it would apply. Changes nothing
/// (the advisor panel disables its Apply buttons with it).
QString whyNotApplied(
    const Architecture& model, const Catalog& catalog, const advice::Advice& advice, advice::Option option);

/// The selected items as a self-contained fragment for the clipboard: groups with
/// their contents, and the edges whose both ends are in it.
Diagram copyFragment(const Architecture& model, const QList<Id>& ids);
/// An id not yet used in the model as changed so far: base, else base2, base3, ...
Id freshId(const EditBatch& changes, const QString& base);

} // namespace cw::edit
