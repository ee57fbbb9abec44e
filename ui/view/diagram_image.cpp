// Images of the diagram drawn by the read-only ViewScene: PNG, SVG (text stays text) and
// PDF (one page the size of the picture), of all of it or of a selection.
#include "diagram_image.h"
#include "theme.h"
#include "diagram_overview.h"

#include "diagram_legend.h"
#include "edge_item.h"
#include "group_item.h"
#include "cost/cost_export.h"
#include "model/architecture.h"
#include "node_item.h"
#include "view_scene.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <array>
#include <functional>

namespace cw::image {

namespace {

constexpr qreal kLegendInset = 8.0; // from the picture's edge

QSet<Id> shownIds(const Architecture& model, const QList<Id>& only)
{
    QSet<Id> shown;
    // A group carries everything inside it.
    std::function<void(const Id&)> take = [&](const Id& id) {
        if (shown.contains(id))
            return;
        shown.insert(id);
        for (const Id& n : model.nodesIn(id))
            take(n);
        for (const Id& g : model.groupsIn(id))
            take(g);
    };
    for (const Id& id : only)
        take(id);
    for (const Edge& e : model.edges()) {
        if (shown.contains(e.from) && shown.contains(e.to))
            shown.insert(e.id);
    }
    return shown;
}

bool saveBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

std::optional<Format> formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

DiagramImage::DiagramImage(ViewScene& scene, ImageOptions options)
    : m_scene(scene)
    , m_options(std::move(options))
{
    m_scene.finishRoutes(); // an image shows the proper routes, never the drafts
    const Architecture& model = m_scene.model();
    const QSet<Id> shown = m_options.only.isEmpty() ? QSet<Id>() : shownIds(model, m_options.only);
    const auto isShown = [&](const Id& id) { return m_options.only.isEmpty() || shown.contains(id); };

    QRectF drawn;
    std::vector<QRectF> keepClear; // cards, title bars and edge labels: the legend covers none
    for (const Group& g : model.groups()) {
        GroupItem* item = m_scene.groupItem(g.id);
        if (!item)
            continue;
        if (!isShown(g.id)) {
            item->setVisible(false);
            m_hidden.append(g.id);
            continue;
        }
        drawn |= item->frame();
        keepClear.push_back(QRectF(item->frame().topLeft(), QSizeF(item->frame().width(), GroupItem::kTitleHeight)));
    }
    for (const Node& n : model.nodes()) {
        NodeItem* item = m_scene.nodeItem(n.id);
        if (!item)
            continue;
        if (!isShown(n.id)) {
            item->setVisible(false);
            m_hidden.append(n.id);
            continue;
        }
        // The card, its badge and its cost pill, which stand a little past its corners.
        drawn |= item->sceneBoundingRect();
        keepClear.push_back(item->frame().adjusted(-4, -8, 4, 10));
    }
    for (const Edge& e : model.edges()) {
        EdgeItem* item = m_scene.edgeItem(e.id);
        if (!item)
            continue;
        if (!isShown(e.id)) {
            item->setVisible(false);
            m_hidden.append(e.id);
            continue;
        }
        drawn |= item->sceneBoundingRect();
        if (!item->labelRect().isNull())
            keepClear.push_back(item->labelRect());
    }
    if (drawn.isNull())
        drawn = QRectF(0, 0, 200, 100);
    // Whole units, so that a PNG at scale 2 is exactly twice the one at scale 1.
    QRectF area = QRectF(drawn.adjusted(-kImageMargin, -kImageMargin, kImageMargin, kImageMargin).toAlignedRect());

    if (m_options.legend) {
        const QSizeF size = diagramLegendSize(diagramLegendFont());
        const QRectF inner = area.adjusted(kLegendInset, kLegendInset, -kLegendInset, -kLegendInset);
        const std::array<QPointF, 4> corners{QPointF(inner.left(), inner.bottom() - size.height()),
            QPointF(inner.right() - size.width(), inner.bottom() - size.height()),
            QPointF(inner.right() - size.width(), inner.top()), inner.topLeft()};
        for (const QPointF& corner : corners) {
            const QRectF candidate(corner, size);
            const bool clear = inner.contains(candidate)
                && std::none_of(
                    keepClear.cbegin(), keepClear.cend(), [&](const QRectF& r) { return r.intersects(candidate); });
            if (clear) {
                m_frame.legend = candidate;
                break;
            }
        }
        if (m_frame.legend.isNull()) { // every corner covers something: below the diagram
            m_frame.legend = QRectF(QPointF(area.left() + kLegendInset, area.bottom()), size);
            area.setBottom(m_frame.legend.bottom() + kLegendInset);
            area.setRight(std::max(area.right(), m_frame.legend.right() + kLegendInset));
            area = QRectF(area.toAlignedRect());
        }
    }
    m_frame.area = area;
}

DiagramImage::~DiagramImage()
{
    for (const Id& id : std::as_const(m_hidden)) {
        if (QGraphicsItem* item = m_scene.canvasItem(id))
            item->setVisible(true);
    }
}

void DiagramImage::paint(QPainter* painter, const QRectF& target) const
{
    const theme::LightScope light; // an image is a document: it stays light in the dark theme
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    if (!m_options.transparent)
        painter->fillRect(target, Qt::white);
    m_scene.render(painter, target, m_frame.area, Qt::IgnoreAspectRatio);
    if (!m_frame.legend.isNull()) {
        const qreal scale = target.width() / m_frame.area.width();
        painter->save();
        painter->translate(target.topLeft() + (m_frame.legend.topLeft() - m_frame.area.topLeft()) * scale);
        painter->scale(scale, scale);
        paintDiagramLegend(painter, diagramLegendFont());
        painter->restore();
    }
}

QImage DiagramImage::toImage() const
{
    const qreal scale = std::clamp(m_options.scale, 0.01, kMaxScale);
    const QSizeF target = m_frame.area.size() * scale;
    QImage image(target.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // The pixels stand for scene units at 96 dpi, times the scale.
    const int dotsPerMeter = qRound(96.0 / 0.0254 * scale);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), target));
    painter.end();
    return image;
}

QByteArray DiagramImage::toSvg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = m_frame.area.size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // At 96 dpi one SVG user unit is one scene unit, and fonts keep the sizes they have on screen.
    generator.setResolution(96);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // QSvgGenerator writes the title into <title> as it is: escape it, or a hostile
    // diagram title would become markup.
    generator.setTitle(
        (m_options.title.isEmpty() ? QStringLiteral("Cloudwright diagram") : m_options.title).toHtmlEscaped());
    generator.setDescription(QStringLiteral("Drawn by Cloudwright"));
    QPainter painter(&generator);
    paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    // Qt names fontconfig's alias ("Sans Serif"), which browsers do not know and draw in a
    // serif face: add the generic family after it.
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\",]*)\""));
    return QString::fromUtf8(bytes).replace(family, QStringLiteral("font-family=\"\\1, sans-serif\"")).toUtf8();
}

bool DiagramImage::writePdf(const QString& path, QString* error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = m_frame.area.size();
    {
        QPdfWriter writer(&buffer);
        // One device unit per scene unit (96 dpi); the page is the picture: 3/4 pt per unit.
        writer.setResolution(96);
        writer.setPageSize(
            QPageSize(size * 72.0 / 96.0, QPageSize::Point, QStringLiteral("Diagram"), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_options.title.isEmpty() ? QStringLiteral("Cloudwright diagram") : m_options.title);
        writer.setCreator(QStringLiteral("Cloudwright"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QStringLiteral("cannot start a PDF document");
            return false;
        }
        paint(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
    }
    return saveBytes(path, bytes, error);
}

bool DiagramImage::write(const QString& path, QString* error) const
{
    const std::optional<Format> format = formatFor(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("unknown image type \"%1\": use .png, .svg or .pdf").arg(QFileInfo(path).suffix());
        return false;
    }
    switch (*format) {
    case Format::Png: {
        // QImage would warn and hand back a null image; say why instead.
        const QSize pixels = (m_frame.area.size() * std::clamp(m_options.scale, 0.01, kMaxScale)).toSize();
        constexpr qint64 kMaxPixels = qint64(1) << 28; // 1 GiB at 4 bytes a pixel
        if (qint64(pixels.width()) * pixels.height() > kMaxPixels) {
            if (error)
                *error = QStringLiteral("the image would be %1 x %2 pixels, too large: choose a smaller scale")
                             .arg(pixels.width())
                             .arg(pixels.height());
            return false;
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!toImage().save(&buffer, "PNG")) {
            if (error)
                *error = QStringLiteral("cannot encode the PNG image");
            return false;
        }
        return saveBytes(path, bytes, error);
    }
    case Format::Svg: return saveBytes(path, toSvg(), error);
    case Format::Pdf: return writePdf(path, error);
    }
    return false;
}

report::DiagramFigure diagramFigure(const Architecture& model, const Catalog& catalog,
    const std::vector<Finding>& findings, ImageOptions options, const cost::PriceBook* prices)
{
    if (model.nodes().size() > std::size_t(kDetailedFigureUpTo))
        return overviewFigure(model, catalog, findings);
    ViewScene scene(model, catalog);
    scene.setFindings(findings);
    if (prices)
        scene.setCostTexts(cost::cardCostTexts(cost::project(catalog, *prices, model, 1)));
    const DiagramImage image(scene, std::move(options));
    report::DiagramFigure figure;
    figure.svg = image.toSvg();
    figure.size = image.size();
    for (const Node& n : model.nodes()) {
        const NodeItem* item = scene.nodeItem(n.id);
        if (item && item->isVisible())
            figure.cards.emplace_back(n.id, image.toPicture(item->frame()));
    }
    return figure;
}

} // namespace cw::image
