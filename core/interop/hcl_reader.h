#pragma once

// A reader for the part of HCL (HashiCorp Configuration Language,
// https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md) a diagram needs from
// Terraform files: the resource blocks, their literal top-level attributes, and the other
// resources each one refers to anywhere inside it (attributes, nested blocks, string
// interpolations, heredocs). Everything else (variables, outputs, modules, data sources,
// expressions beyond literals) is skipped, never misread.

#include "io/load_error.h"

#include <nlohmann/json.hpp>

#include <QSet>
#include <QString>

#include <vector>

namespace cw::interop {

struct HclResource {
    QString type;  ///< "aws_instance"
    QString name;  ///< "web"
    int line = 0;  ///< where the block starts (1-based)
    /// Literal top-level attributes: strings, numbers, booleans (others are left out).
    nlohmann::json attributes = nlohmann::json::object();
    QSet<QString> references; ///< "aws_vpc.main": resources named inside the block

    QString address() const { return type + QLatin1Char('.') + name; }
};

/// The resource blocks of one .tf file's text. Throws LoadError (file left empty) with
/// "line L, column C" for text that is not HCL: an unterminated string, heredoc, comment
/// or block, or a block without its braces.
std::vector<HclResource> readHclResources(const QString& text);

} // namespace cw::interop
