#pragma once

#include "auto_layout.h"
#include "catalog/catalog.h"
#include "model/diagram.h"

namespace cw {

/// The first problem found in a parsed document: where, and what is wrong.
struct ReadFailure {
    QString place;
    QString message;
};

/// Turns a parsed .cwa document into a Diagram, checking everything the contract fixes
/// (format, version, kinds, ids, references, the group tree, property types and
/// ranges). Values are moved out of doc. Throws ReadFailure at the first problem;
/// records in needs what the file left to the automatic layout.
Diagram readDocument(Json& doc, const Catalog& catalog, LayoutNeeds& needs);

} // namespace cw
