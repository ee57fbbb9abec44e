#include "thumbnails.h"

#include "model/architecture.h"
#include "rules/rule_book.h"
#include "rules/validator.h"
#include "view/diagram_image.h"
#include "view/view_scene.h"

#include <QPainter>
#include <QPixmapCache>

#include <algorithm>

namespace cw {

namespace {
int g_drawn = 0;

QImage draw(const Diagram& diagram, const Catalog& catalog, QSize size, qreal dpr)
{
    Architecture model;
    model.reset(diagram);
    ViewScene scene(model, catalog);
    Validator validator(catalog, RuleBook::builtin());
    validator.run(model);
    scene.setFindings(validator.findings());

    const QSize pixels = (QSizeF(size) * dpr).toSize();
    QImage out(pixels, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    image::ImageOptions options;
    const QSizeF natural = image::DiagramImage(scene, options).size();
    if (!natural.isEmpty()) {
        options.scale
            = std::min({pixels.width() / natural.width(), pixels.height() / natural.height(), image::kMaxScale});
        const QImage picture = image::DiagramImage(scene, options).toImage();
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(
            QPointF((pixels.width() - picture.width()) / 2.0, (pixels.height() - picture.height()) / 2.0), picture);
    }
    out.setDevicePixelRatio(dpr);
    ++g_drawn;
    return out;
}
} // namespace

QPixmap diagramThumbnail(const QString& key, const Diagram& diagram, const Catalog& catalog, QSize size, qreal dpr)
{
    const QString cacheKey
        = QStringLiteral("cw-thumb:%1:%2x%3@%4").arg(key).arg(size.width()).arg(size.height()).arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    pixmap = QPixmap::fromImage(draw(diagram, catalog, size, dpr));
    pixmap.setDevicePixelRatio(dpr);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

int thumbnailsDrawn()
{
    return g_drawn;
}

} // namespace cw
