#pragma once

#include "catalog/catalog.h"
#include "rules/finding.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;

namespace cw::theme {

/// The colour of a node category, from the catalog ("#E8833A" for compute).
QColor categoryColor(const Catalog& catalog, const QString& category);
/// The colour of a node kind (its category's).
QColor kindColor(const Catalog& catalog, const QString& kind);

/// Resource path of a node kind's glyph, as the catalog names it (":/icons/compute.vm.svg").
QString kindIconPath(const Catalog& catalog, const QString& kind);
/// Resource path of a group's glyph; subnets differ by public/private.
QString groupIconPath(const Catalog& catalog, GroupKind kind, bool isPublic);

/// A sharp pixmap of an SVG glyph at a logical size, cached (rendering SVG is slow).
const QPixmap& glyph(const QString& path, int logicalSize, qreal devicePixelRatio);
QIcon icon(const QString& path);
/// Draws an SVG glyph into a rect: the cached pixmap on screens and images, the SVG
/// itself on vector devices (SVG, PDF, print), so that exported glyphs stay vector.
void drawGlyph(QPainter* painter, const QRectF& rect, const QString& path, qreal levelOfDetail);

/// Frame colours of group kinds.
struct GroupStyle {
    QColor border;
    QColor fill;
    QColor title;
    Qt::PenStyle line = Qt::SolidLine;
    qreal width = 1.5;
};
GroupStyle groupStyle(GroupKind kind, bool isPublic);

/// Colour of a finding's severity (badges, the findings list, the status bar).
QColor severityColor(Severity severity);

/// Line colour and style of edge kinds.
struct EdgeStyle {
    QColor color;
    Qt::PenStyle line = Qt::SolidLine;
};
EdgeStyle edgeStyle(EdgeKind kind);

inline const QColor kSelection{0x1E, 0x88, 0xE5};
inline const QColor kCardBorder{0xC5, 0xCB, 0xD3};
inline const QColor kText{0x21, 0x2B, 0x36};
inline const QColor kSubtleText{0x60, 0x6B, 0x78};
inline const QColor kCanvas{0xFB, 0xFC, 0xFD};
inline const QColor kGridDot{0xD5, 0xDA, 0xE1};

} // namespace cw::theme
