#pragma once

// The cells of one draw.io page (an <mxGraphModel>): vertices and edges with their
// style, label and geometry, custom properties of <object>/<UserObject> wrappers, and
// positions made absolute.

#include "io/load_error.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace cw::interop {

struct DrawioCell {
    QString id;
    QString parent;
    QString label;                      ///< as plain text: HTML tags gone, line breaks as '\n'
    QHash<QString, QString> style;      ///< "shape=x;rounded=1;text" -> {shape: x, rounded: 1, text: ""}
    QHash<QString, QString> properties; ///< the <object>'s attributes but id and label
    bool vertex = false;
    bool edge = false;
    QString source, target;
    QRectF box;                   ///< absolute, scene coordinates (vertices)
    std::vector<QPointF> points;  ///< an edge's bends, absolute
    /// An edge's loose ends (draw.io keeps them when an end is attached to nothing), absolute.
    std::optional<QPointF> sourcePoint, targetPoint;
    bool isLayer = false;         ///< a child of the root: a layer, not a shape

    QString styleValue(const QString& key) const { return style.value(key); }
    /// The library shape: resIcon when the style names one (AWS resource icons), else shape.
    QString shapeKey() const;
};

/// The cells of a page, in file order. Throws LoadError (file empty) with the line and
/// column when the XML is broken.
std::vector<DrawioCell> readDrawioCells(const QByteArray& model);

/// A label as plain text: HTML (when html=1) with tags dropped, <br> and block ends as
/// line breaks, entities decoded, runs of white space folded; lines trimmed.
QString drawioPlainText(const QString& value, bool html);

} // namespace cw::interop
