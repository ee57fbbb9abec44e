#pragma once

// What a draw.io shape means in the catalog's terms, all of it catalog data
// (docs/interop.md#the-catalogs-mappings): every kind's and group kind's export style
// read the other way, and the catalog-wide "drawioImport" object for the other names
// draw.io's libraries use (resource icons, older shapes, service names on labels).

#include "model/kinds.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace cw {
class Catalog;
}

namespace cw::interop {

struct DrawioCell;

struct GroupMatch {
    GroupKind kind = GroupKind::Vpc;
    bool publicSubnet = false;
};

class DrawioMapping {
public:
    explicit DrawioMapping(const Catalog& catalog);

    /// The node kind of a library shape ("mxgraph.aws4.lambda"), or empty.
    QString kindForShape(const QString& shape) const;
    /// The node kind a service name means ("Cloud Bigtable", "BigQuery"), or empty.
    QString kindForLabel(const QString& line) const;
    /// The group a container is: by its group icon, or a container whose label names one.
    std::optional<GroupMatch> groupFor(const DrawioCell& cell) const;
    /// Whether the shape is drawing, not architecture (a logo, a card's frame).
    bool isDecoration(const QString& shape) const { return m_decorations.contains(shape.toLower()); }
    /// Whether the shape is from a provider's library (mxgraph.aws4.*, mxgraph.gcp2.*, ...).
    bool isProviderShape(const QString& shape) const { return !providerOf(shape).isEmpty(); }
    /// The provider of a library shape ("aws"), or empty.
    QString providerOf(const QString& shape) const;

private:
    QHash<QString, QString> m_shapes;    ///< lower-case shape -> kind
    QHash<QString, QString> m_labels;    ///< lower-case service name -> kind
    QHash<QString, GroupMatch> m_groupIcons;
    QSet<QString> m_decorations;
    std::vector<std::pair<QString, GroupMatch>> m_groupWords; ///< longest first
    std::vector<std::pair<QString, QString>> m_libraries;     ///< prefix -> provider
    QString m_publicStroke; ///< the public subnet's stroke colour in the AWS style
};

} // namespace cw::interop
