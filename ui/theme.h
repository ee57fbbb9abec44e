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

/// The colours of the active look. Light is the look documents keep (exports, reports,
/// thumbnails); Dark is the editor's dark theme. Read them at paint time, never keep them.
struct Colors {
    bool dark = false;
    QColor selection;
    QColor cardBorder;
    QColor text;
    QColor subtleText;
    QColor canvas;
    QColor gridDot;
    QColor cardFill;
    QColor costPill;
    QColor labelBorder; ///< edge labels, the legend
    QColor labelFill;
    QColor groupHighlight;
};
const Colors& colors();
const Colors& lightColors();
const Colors& darkColors();
/// Makes the dark (or light) colours the active ones; ui/appearance.h decides which.
void setDark(bool dark);
bool isDark();

/// Paints in the light look while it lives: documents (images, reports, thumbnails)
/// stay light whatever the editor shows.
class LightScope {
public:
    LightScope();
    ~LightScope();
    LightScope(const LightScope&) = delete;
    LightScope& operator=(const LightScope&) = delete;

private:
    bool m_wasDark;
};

} // namespace cw::theme
