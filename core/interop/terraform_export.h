#pragma once

#include "interop/export_text.h"

namespace cw::interop {

/// A Terraform skeleton of the diagram: required_providers and a provider block for each
/// provider its nodes use, one resource per node the catalog has a type for (with the
/// size attributes its properties give), sensitive variables for secrets, outputs for
/// endpoints, `# TODO: choose ...` where the diagram does not say. A starting point, not
/// a deployment; its header says so. Nodes with no type are listed in a comment.
ExportResult terraformExport(const Diagram& diagram, const Catalog& catalog);

/// A quoted HCL string: \ " and newlines escaped, ${ and %{ doubled so they stay text.
QString hclString(const QString& text);

} // namespace cw::interop
