#pragma once

#include "finding.h"

#include "catalog/catalog.h"
#include "edit/edit_batch.h"

namespace cw::fix {

/// Whether Cloudwright can fix this finding in one step.
bool canFix(const Finding& finding);
/// Fixes a finding as one undoable edit: adds the missing node and wires it (IAM, a
/// secret manager, monitoring, a budget, an alert), or moves a database into a private
/// subnet. The finding's nodes must still exist; otherwise nothing changes.
EditResult quickFix(Architecture& model, const Catalog& catalog, const Finding& finding);

} // namespace cw::fix
