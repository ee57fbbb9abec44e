#pragma once

#include "model/diagram.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {
class Catalog;
}

namespace cw::interop {

/// What an export wrote: the text, and the nodes it had no mapping for (each listed in
/// the text too, never dropped in silence).
struct ExportResult {
    QString text;
    int nodes = 0;
    QStringList unmapped; ///< "id (kind)" of nodes the target has no type or shape for
};

/// The three targets of `cloudwright export`, chosen by the output's suffix.
enum class ExportFormat { Drawio, Terraform, Mermaid };

/// The format for a file name by its suffix (.drawio or .xml, .tf, .mmd or .mermaid);
/// nothing when the suffix is none of them.
std::optional<ExportFormat> exportFormatFor(const QString& fileName);
QString toString(ExportFormat format);
/// The format for people: "draw.io", "Terraform skeleton", "Mermaid architecture-beta".
QString formatTitle(ExportFormat format);

/// Runs the export of one format (mermaidExport, terraformExport or drawioExport).
ExportResult exportDiagram(ExportFormat format, const Diagram& diagram, const Catalog& catalog);

/// An identifier made of [A-Za-z0-9_] only, starting with a letter or `prefix`'s first
/// letter: other characters become '_', runs of '_' fold into one, an empty result
/// becomes `prefix`. Used for Mermaid ids and Terraform names.
QString identifier(const QString& text, const QString& prefix);

/// Gives every id a distinct identifier (identifier(), then _2, _3... on a clash), in
/// the order given; `taken` holds names already used (keywords), compared case-blind
/// when `caseBlind`.
QHash<Id, QString> uniqueIdentifiers(const std::vector<std::pair<Id, QString>>& wanted, const QString& prefix,
    const QStringList& taken = {}, bool caseBlind = false);

/// Text with the XML specials escaped for an attribute value (& < > " ' and newlines as
/// &#10;); characters XML 1.0 cannot hold are dropped.
QString xmlAttribute(const QString& text);

/// The name a node shows: its own name, else the service's name at its provider.
QString nodeLabel(const Node& node, const QString& provider, const Catalog& catalog);

/// The props value of key for the node, or the catalog's default at the provider; null
/// when neither says.
Json nodeValue(const Node& node, const QString& key, const QString& provider, const Catalog& catalog);

} // namespace cw::interop
