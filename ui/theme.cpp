#include "theme.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace cw::theme {

QColor categoryColor(const Catalog& catalog, const QString& category)
{
    const Category* c = catalog.category(category);
    return c ? QColor(c->color) : QColor(Qt::gray);
}

QColor kindColor(const Catalog& catalog, const QString& kind)
{
    const KindInfo* info = catalog.kind(kind);
    return info ? categoryColor(catalog, info->category) : QColor(Qt::gray);
}

QString kindIconPath(const Catalog& catalog, const QString& kind)
{
    const KindInfo* info = catalog.kind(kind);
    return info && !info->icon.isEmpty() ? QStringLiteral(":/") + info->icon : QString();
}

QString groupIconPath(const Catalog& catalog, GroupKind kind, bool isPublic)
{
    const GroupKindInfo* info = catalog.groupKind(kind);
    if (!info)
        return {};
    const QString& icon = isPublic && !info->iconPublic.isEmpty() ? info->iconPublic : info->icon;
    return icon.isEmpty() ? QString() : QStringLiteral(":/") + icon;
}

const QPixmap& glyph(const QString& path, int logicalSize, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1@%2x%3").arg(path).arg(logicalSize).arg(dpr);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int pixels = qRound(logicalSize * dpr);
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(path);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, pixels, pixels));
        p.end();
        pixmap.setDevicePixelRatio(dpr);
        it = cache.insert(key, pixmap);
    }
    return *it;
}

void drawGlyph(QPainter* painter, const QRectF& rect, const QString& path, qreal levelOfDetail)
{
    const QPaintEngine* engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    if (type == QPaintEngine::SVG || type == QPaintEngine::Pdf || type == QPaintEngine::Picture) {
        static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers; // parsed once per glyph
        std::shared_ptr<QSvgRenderer>& renderer = renderers[path];
        if (!renderer)
            renderer = std::make_shared<QSvgRenderer>(path);
        renderer->render(painter, rect);
        return;
    }
    // Whole-number scales keep the glyph cache small while zooming.
    const qreal scale = std::clamp(std::ceil(painter->device()->devicePixelRatioF() * levelOfDetail), 1.0, 4.0);
    const QPixmap& pixmap = glyph(path, qRound(rect.width()), scale);
    painter->drawPixmap(rect, pixmap, QRectF(QPointF(0, 0), pixmap.size()));
}

QIcon icon(const QString& path)
{
    QIcon out;
    for (int size : {16, 24, 32, 48})
        out.addPixmap(glyph(path, size, 1.0));
    return out;
}

GroupStyle groupStyle(GroupKind kind, bool isPublic)
{
    switch (kind) {
    case GroupKind::Region:
        return {QColor(0x54, 0x6E, 0x7A), QColor(0xF6, 0xF8, 0xF9), QColor(0x37, 0x47, 0x4F), Qt::DashLine, 1.5};
    case GroupKind::Zone:
        return {QColor(0x78, 0x90, 0x9C), QColor(0, 0, 0, 0), QColor(0x45, 0x5A, 0x64), Qt::DashDotLine, 1.5};
    case GroupKind::Vpc:
        return {QColor(0x54, 0x6E, 0x7A), QColor(0xEF, 0xF3, 0xF5), QColor(0x37, 0x47, 0x4F), Qt::SolidLine, 2.0};
    case GroupKind::Subnet:
        if (isPublic)
            return {QColor(0x2E, 0x86, 0xC1), QColor(0xE6, 0xF2, 0xFA), QColor(0x1B, 0x5E, 0x8C), Qt::SolidLine, 1.5};
        return {QColor(0x45, 0x5A, 0x64), QColor(0xE4, 0xE8, 0xEB), QColor(0x37, 0x47, 0x4F), Qt::SolidLine, 1.5};
    case GroupKind::Environment:
        return {QColor(0x7E, 0x57, 0xC2), QColor(0xF5, 0xF1, 0xFB), QColor(0x5E, 0x35, 0xB1), Qt::DotLine, 2.0};
    }
    return {};
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return {0xD3, 0x2F, 0x2F};
    case Severity::Warning: return {0xEF, 0x8F, 0x00};
    case Severity::Info: return {0x19, 0x76, 0xD2};
    }
    return Qt::gray;
}

EdgeStyle edgeStyle(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Request: return {QColor(0x37, 0x47, 0x4F), Qt::SolidLine};
    case EdgeKind::Data: return {QColor(0x15, 0x65, 0xC0), Qt::SolidLine};
    case EdgeKind::Event: return {QColor(0xAD, 0x14, 0x57), Qt::DashLine};
    case EdgeKind::Control: return {QColor(0x8D, 0x6E, 0x63), Qt::DotLine};
    }
    return {};
}

} // namespace cw::theme
