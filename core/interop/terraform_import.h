#pragma once

// Terraform as a diagram (docs/interop.md#import-from-terraform): the resources of a
// module's .tf files, or of `terraform show -json` output (a plan or a state), become
// nodes by the catalog's mappings (each kind's interop.terraform read backwards, and the
// catalog-wide interop.terraformImport); VPCs and subnets groups; references between
// resources edges; literal settings (instance_type, engine, allocated_storage, multi_az,
// ...) the nodes' properties. The result has no places yet: the caller lays it out.

#include "interop/import_result.h"

#include <QByteArray>
#include <QStringList>

namespace cw {
class Catalog;
}

namespace cw::interop {

/// The .tf files of one module (each path with its text already read, in order). Throws
/// LoadError naming the file and the line when one is not HCL.
ImportResult terraformImportFiles(const std::vector<std::pair<QString, QString>>& files, const Catalog& catalog);

/// A Terraform file on disk: a .tf file stands for its module (every .tf file in its
/// folder, in name order, as Terraform reads them); a .json file is `terraform show
/// -json` output. Throws LoadError naming the file.
ImportResult terraformImportPath(const QString& path, const Catalog& catalog);

/// `terraform show -json` output: a plan (planned_values and configuration) or a state
/// (values). Throws LoadError (file left empty) when it is neither.
ImportResult terraformImportJson(const QByteArray& json, const Catalog& catalog);

} // namespace cw::interop
