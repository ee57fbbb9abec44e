#pragma once

#include "catalog.h"

#include "model/architecture.h"

/// The one answer to "what does this node have?" once the catalog fills in what the
/// file leaves out. The rules, the inspector, the canvas and the cost estimate all read
/// through these, so none can disagree with another.
namespace cw {

/// A node's property: its own value when set (a null counts as not set), else the
/// default the catalog gives for its kind at its provider; null when there is neither.
Json effectiveValue(const Catalog& catalog, const Architecture& model, const Node& node, const QString& key);
/// The same, for keys spelled in code (the rules ask after every edit: no conversion).
Json effectiveValue(const Catalog& catalog, const Architecture& model, const Node& node, const char* key);
/// The same value, not copied: a reference into the node or the catalog, valid until
/// either changes (the cost model reads a dozen properties of every node).
const Json& effectiveRef(const Catalog& catalog, const Architecture& model, const Node& node, const char* key);
/// Whether the node sets the property itself (the inspector shows it bold).
bool isSetOnNode(const Node& node, const QString& key);

/// The name to show for a node: its own name, else its service name at its provider
/// ("Lambda"); for a group: its name, else its kind's name at the diagram's provider;
/// for an edge its label, else its id. Unknown ids show as themselves.
QString displayName(const Catalog& catalog, const Architecture& model, const Id& id);

} // namespace cw
