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

namespace {
bool g_dark = false;
} // namespace

const Colors& lightColors()
{
    static const Colors c{false, QColor(0x1E, 0x88, 0xE5), QColor(0xC5, 0xCB, 0xD3), QColor(0x21, 0x2B, 0x36),
        QColor(0x60, 0x6B, 0x78), QColor(0xFB, 0xFC, 0xFD), QColor(0xD5, 0xDA, 0xE1), QColor(Qt::white),
        QColor(0xF1, 0xF8, 0xE9), QColor(0xDD, 0xE1, 0xE6), QColor(255, 255, 255, 235), QColor(0xE3, 0xF2, 0xFD)};
    return c;
}

const Colors& darkColors()
{
    // Slate canvas, raised dark cards, light text (contrast 12:1 on cards, subtle text 6:1).
    static const Colors c{true, QColor(0x5A, 0xAE, 0xF8), QColor(0x4A, 0x55, 0x62), QColor(0xE6, 0xEA, 0xEE),
        QColor(0xA7, 0xB2, 0xBE), QColor(0x1C, 0x22, 0x29), QColor(0x34, 0x3D, 0x48), QColor(0x2A, 0x32, 0x3C),
        QColor(0x25, 0x3A, 0x2A), QColor(0x46, 0x50, 0x5C), QColor(0x26, 0x2D, 0x36, 240), QColor(0x1E, 0x3A, 0x55)};
    return c;
}

const Colors& colors() { return g_dark ? darkColors() : lightColors(); }
void setDark(bool dark) { g_dark = dark; }
bool isDark() { return g_dark; }

LightScope::LightScope()
    : m_wasDark(g_dark)
{
    g_dark = false;
}

LightScope::~LightScope() { g_dark = m_wasDark; }

namespace {
GroupStyle darkGroupStyle(GroupKind kind, bool isPublic)
{
    switch (kind) {
    case GroupKind::Region:
        return {QColor(0x78, 0x90, 0x9C), QColor(0x21, 0x28, 0x30), QColor(0xB8, 0xC7, 0xCF), Qt::DashLine, 1.5};
    case GroupKind::Zone:
        return {QColor(0x8A, 0xA0, 0xAB), QColor(0, 0, 0, 0), QColor(0xB0, 0xBE, 0xC5), Qt::DashDotLine, 1.5};
    case GroupKind::Vpc:
        return {QColor(0x78, 0x90, 0x9C), QColor(0x24, 0x2C, 0x35), QColor(0xB8, 0xC7, 0xCF), Qt::SolidLine, 2.0};
    case GroupKind::Subnet:
        if (isPublic)
            return {QColor(0x4E, 0xA3, 0xDC), QColor(0x1D, 0x2F, 0x3D), QColor(0x8C, 0xC8, 0xF0), Qt::SolidLine, 1.5};
        return {QColor(0x80, 0x94, 0xA0), QColor(0x28, 0x30, 0x38), QColor(0xB8, 0xC7, 0xCF), Qt::SolidLine, 1.5};
    case GroupKind::Environment:
        return {QColor(0xA3, 0x87, 0xD8), QColor(0x2A, 0x24, 0x38), QColor(0xC3, 0xAE, 0xF0), Qt::DotLine, 2.0};
    }
    return {};
}
} // namespace

GroupStyle groupStyle(GroupKind kind, bool isPublic)
{
    if (g_dark)
        return darkGroupStyle(kind, isPublic);
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
    if (g_dark) { // lighter, to read as text on dark panels; white still reads on them in badges
        switch (severity) {
        case Severity::Error: return {0xE5, 0x48, 0x45};
        case Severity::Warning: return {0xF5, 0x9E, 0x0B};
        case Severity::Info: return {0x3B, 0x8E, 0xE0};
        }
    }
    switch (severity) {
    case Severity::Error: return {0xD3, 0x2F, 0x2F};
    case Severity::Warning: return {0xEF, 0x8F, 0x00};
    case Severity::Info: return {0x19, 0x76, 0xD2};
    }
    return Qt::gray;
}

EdgeStyle edgeStyle(EdgeKind kind)
{
    if (g_dark) {
        switch (kind) {
        case EdgeKind::Request: return {QColor(0xB0, 0xBE, 0xC5), Qt::SolidLine};
        case EdgeKind::Data: return {QColor(0x64, 0xB5, 0xF6), Qt::SolidLine};
        case EdgeKind::Event: return {QColor(0xF0, 0x62, 0x92), Qt::DashLine};
        case EdgeKind::Control: return {QColor(0xBC, 0xAA, 0xA4), Qt::DotLine};
        }
    }
    switch (kind) {
    case EdgeKind::Request: return {QColor(0x37, 0x47, 0x4F), Qt::SolidLine};
    case EdgeKind::Data: return {QColor(0x15, 0x65, 0xC0), Qt::SolidLine};
    case EdgeKind::Event: return {QColor(0xAD, 0x14, 0x57), Qt::DashLine};
    case EdgeKind::Control: return {QColor(0x8D, 0x6E, 0x63), Qt::DotLine};
    }
    return {};
}

} // namespace cw::theme
