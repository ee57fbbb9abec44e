#pragma once

// What an import made of another tool's file: the diagram, and a summary saying what was
// recognised and what was not (never dropped in silence).

#include "model/diagram.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cw::interop {

struct ImportSummary {
    QString format;         ///< "draw.io", "Terraform", "Terraform plan"
    QString things
        = QStringLiteral("provider shapes"); ///< what providerShapes counts: "provider shapes" or "resources"
    QString page;           ///< the page read ("Page-1"); empty when the file has one unnamed page
    QStringList pages;      ///< every page's name, in order (one entry per page)
    int providerShapes = 0; ///< shapes of a provider library (or icons labelled with a service); Terraform: resources
    int typed = 0;          ///< of those, how many became typed nodes
    int nodes = 0, groups = 0, edges = 0;
    /// Provider shapes (Terraform: resource types) not recognised: (shape, count), most
    /// frequent first. Kept in the diagram's meta under "importNotes".
    std::vector<std::pair<QString, int>> unrecognised;
    int otherShapes = 0;  ///< text, plain boxes, lines: drawing, not architecture
    int files = 0;        ///< Terraform: the .tf files read
    int folded = 0;       ///< Terraform: parts folded into their owner (a node group into its cluster)
    /// Terraform: plumbing not drawn (policy attachments, routes, addresses), (type, count).
    std::vector<std::pair<QString, int>> supporting;
    int edgesLeftOut = 0; ///< edges whose ends are not both services
    QString provider;     ///< the provider the shapes belong to ("aws"), or "generic"

    /// "12 shapes not recognised: 4 × mxgraph.aws4.iot_core, 3 × ..." (empty when none).
    QString unrecognisedText(int listed = 8) const;
    /// unrecognisedText() as lines() says it: "... (kept as import notes in the diagram's meta)".
    QString unrecognisedLine() const;
    /// The whole summary as lines for people (the command line, the import dialog), in the
    /// user's language (ImportText; English on the command line, which has no translator).
    QStringList lines() const;
};

struct ImportResult {
    Diagram diagram;
    ImportSummary summary;
};

} // namespace cw::interop
