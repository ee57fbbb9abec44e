#include "severity_shape.h"

#include "theme.h"

#include <QPainter>
#include <QPixmap>
#include <QtMath>

namespace cw {

QPainterPath severityShape(Severity severity, QPointF center, qreal radius)
{
    QPainterPath path;
    switch (severity) {
    case Severity::Error: {
        // Flat top and bottom, as a stop sign: the vertices sit at 22.5° + k·45°.
        QPolygonF octagon;
        for (int k = 0; k < 8; ++k) {
            const qreal a = qDegreesToRadians(22.5 + 45.0 * k);
            octagon << center + QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        octagon << octagon.first();
        path.addPolygon(octagon);
        break;
    }
    case Severity::Warning: {
        // A triangle on its base, a little larger so that its number fits as the others' do.
        const qreal r = radius * 1.2;
        const qreal h = r * 1.5; // apex to base, centroid in the middle third
        QPolygonF triangle;
        triangle << center + QPointF(0, -h * 2 / 3) << center + QPointF(r * 0.98, h / 3)
                 << center + QPointF(-r * 0.98, h / 3) << center + QPointF(0, -h * 2 / 3);
        path.addPolygon(triangle);
        break;
    }
    case Severity::Info: path.addEllipse(center, radius, radius); break;
    }
    path.closeSubpath();
    return path;
}

QString severityMark(Severity severity)
{
    return severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!");
}

QIcon severityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QPointF c(size / 2.0, size / 2.0 + (severity == Severity::Warning ? size * 0.06 : 0.0));
            const qreal r = size * (severity == Severity::Warning ? 0.38 : 0.45);
            p.setPen(QPen(Qt::white, size / 16.0));
            p.setBrush(theme::severityColor(severity));
            p.drawPath(severityShape(severity, c, r));
            QFont f = p.font();
            f.setPixelSize(qRound(size * 0.62));
            f.setBold(true);
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(QRectF(0, severity == Severity::Warning ? size * 0.1 : 0, size, size), Qt::AlignCenter,
                severityMark(severity));
            p.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace cw
