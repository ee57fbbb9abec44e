#pragma once

#include "model/kinds.h"
#include "report/diagram_figure.h"
#include "rules/finding.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace cw {
namespace cost {
class PriceBook;
}

class Architecture;
class Catalog;
class ViewScene;

namespace image {

enum class Format { Png, Svg, Pdf };

/// The format a file name asks for by its extension (.png, .svg, .pdf, any case).
std::optional<Format> formatFor(const QString& path);

/// How a diagram is drawn into an image.
struct ImageOptions {
    qreal scale = 1.0;        ///< PNG pixels per scene unit (kMaxScale at most)
    bool transparent = false; ///< no background; else white
    bool legend = false;      ///< the key to edge kinds and badges, in a corner clear of cards
    QList<Id> only;           ///< nodes, groups and edges to draw (a selection); empty: all
    QString title;            ///< SVG title and PDF document title
};
constexpr qreal kMaxScale = 16.0;
/// Blank space around the diagram, in scene units.
constexpr qreal kImageMargin = 20.0;

/// What is drawn and where, in scene coordinates: the area of the picture (what is drawn
/// plus kImageMargin, and the legend's room when it needs some below) and the legend's
/// rect in it (null without a legend).
struct ImageFrame {
    QRectF area;
    QRectF legend;
};

/// Draws a read-only scene into images. It finishes the scene's routes, hides for the
/// time of the drawing what options.only leaves out (a group's members go with it; an
/// edge shows when both its ends do), and draws the rest at its place.
class DiagramImage {
public:
    DiagramImage(ViewScene& scene, ImageOptions options);
    ~DiagramImage();
    DiagramImage(const DiagramImage&) = delete;
    DiagramImage& operator=(const DiagramImage&) = delete;

    const ImageFrame& frame() const { return m_frame; }
    /// The picture's size in scene units (SVG user units, PDF points * 4/3).
    QSizeF size() const { return m_frame.area.size(); }

    QImage toImage() const;
    /// A whole SVG document at 96 dpi: text stays text, glyphs stay vector.
    QByteArray toSvg() const;
    /// A one-page PDF whose page is the picture's size, fonts embedded.
    bool writePdf(const QString& path, QString* error) const;
    /// Writes the format the path's extension names. On failure, error says why.
    bool write(const QString& path, QString* error) const;
    /// A rect in scene coordinates as it lies in the picture (SVG user units).
    QRectF toPicture(const QRectF& sceneRect) const { return sceneRect.translated(-m_frame.area.topLeft()); }

private:
    void paint(QPainter* painter, const QRectF& target) const;

    ViewScene& m_scene;
    ImageOptions m_options;
    ImageFrame m_frame;
    QList<Id> m_hidden; ///< items hidden for the drawing, shown again when done
};

/// The diagram as a report's figure: an SVG of the whole diagram with its findings as
/// badges (and, given prices, each card's month-1 cost as the editor shows it), and each
/// node's card in SVG user units, for links over the cards.
report::DiagramFigure diagramFigure(const Architecture& model, const Catalog& catalog,
    const std::vector<Finding>& findings, ImageOptions options = {}, const cost::PriceBook* prices = nullptr);

} // namespace image
} // namespace cw
