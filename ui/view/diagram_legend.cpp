#include "diagram_legend.h"

#include "finding_badge.h"
#include "model/kinds.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <utility>

namespace cw {

namespace {
constexpr int kPad = 8;
constexpr int kSwatch = 34; // length of the sample line
constexpr EdgeKind kKinds[] = {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control};

struct BadgeRow {
    FindingBadge badge;
    const char* text;
};

QList<BadgeRow> badgeRows()
{
    QList<BadgeRow> rows;
    for (const auto& [severity, text] : {std::pair{Severity::Error, QT_TRANSLATE_NOOP("CanvasLegend", "error")}, std::pair{Severity::Warning, QT_TRANSLATE_NOOP("CanvasLegend", "warning")},
             std::pair{Severity::Info, QT_TRANSLATE_NOOP("CanvasLegend", "info")}}) {
        FindingBadge b;
        b.count = 1;
        b.worst = severity;
        rows.append({b, text});
    }
    FindingBadge suppressed;
    suppressed.suppressed = 1;
    rows.append({suppressed, QT_TRANSLATE_NOOP("CanvasLegend", "suppressed")});
    return rows;
}

constexpr std::pair<bool, const char*> kSubnets[] = {{true, QT_TRANSLATE_NOOP("CanvasLegend", "public subnet")}, {false, QT_TRANSLATE_NOOP("CanvasLegend", "private subnet")}};

// The legend's words, translated in the context the editor's legend had.
QString word(const char* source)
{
    return QCoreApplication::translate("CanvasLegend", source);
}
} // namespace

QFont diagramLegendFont()
{
    QFont small;
    small.setPointSizeF(8.0); // as the edge labels: a key, not a panel
    return small;
}

QSize diagramLegendSize(const QFont& font)
{
    const QFontMetrics fm(font);
    const int row = std::max(fm.height(), 2 * int(FindingBadge::kRadius)) + 4;
    int text = fm.horizontalAdvance(word(QT_TRANSLATE_NOOP("CanvasLegend", "Edges")));
    for (EdgeKind k : kKinds)
        text = std::max(text, fm.horizontalAdvance(toString(k)));
    for (const BadgeRow& r : badgeRows())
        text = std::max(text, fm.horizontalAdvance(word(r.text)));
    text = std::max(text, fm.horizontalAdvance(word(QT_TRANSLATE_NOOP("CanvasLegend", "Subnets"))));
    for (const auto& [isPublic, name] : kSubnets)
        text = std::max(text, fm.horizontalAdvance(word(name)));
    const int rows = 3 + int(std::size(kKinds)) + int(badgeRows().size()) + int(std::size(kSubnets));
    return QSize(kPad * 3 + kSwatch + text, kPad * 2 + rows * row);
}

void paintDiagramLegend(QPainter* painter, const QFont& font)
{
    const QSize size = diagramLegendSize(font);
    const QFontMetrics fm(font);
    const int row = std::max(fm.height(), 2 * int(FindingBadge::kRadius)) + 4;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    painter->setPen(QPen(theme::colors().labelBorder, 1));
    painter->setBrush(theme::colors().labelFill);
    painter->drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    int y = kPad;
    auto heading = [&](const QString& text) {
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(theme::colors().subtleText);
        painter->drawText(QRect(kPad, y, size.width() - 2 * kPad, row), Qt::AlignVCenter, text);
        painter->setFont(font);
        y += row;
    };
    auto label = [&](const QString& text) {
        painter->setPen(theme::colors().subtleText);
        painter->drawText(QRect(2 * kPad + kSwatch, y, size.width(), row), Qt::AlignVCenter, text);
        y += row;
    };
    heading(word(QT_TRANSLATE_NOOP("CanvasLegend", "Edges")));
    for (EdgeKind k : kKinds) {
        const theme::EdgeStyle style = theme::edgeStyle(k);
        painter->setPen(QPen(style.color, 1.6, style.line, Qt::RoundCap));
        painter->drawLine(QPointF(kPad, y + row / 2.0), QPointF(kPad + kSwatch, y + row / 2.0));
        label(toString(k));
    }
    heading(word(QT_TRANSLATE_NOOP("CanvasLegend", "Findings")));
    for (const BadgeRow& r : badgeRows()) {
        paintFindingBadge(painter, QPointF(kPad + kSwatch / 2.0, y + row / 2.0), r.badge);
        label(word(r.text));
    }
    // As the canvas draws them (GroupItem): the public one hatched, not only bluer.
    heading(word(QT_TRANSLATE_NOOP("CanvasLegend", "Subnets")));
    for (const auto& [isPublic, name] : kSubnets) {
        const theme::GroupStyle style = theme::groupStyle(GroupKind::Subnet, isPublic);
        const QRectF swatch(kPad, y + 3, kSwatch, row - 6);
        painter->setPen(QPen(style.border, 1.2));
        painter->setBrush(style.fill);
        painter->drawRoundedRect(swatch, 3, 3);
        if (isPublic) {
            painter->save();
            painter->setClipRect(swatch.adjusted(1, 1, -1, -1));
            QColor line = style.border;
            line.setAlpha(theme::colors().dark ? 110 : 90);
            painter->setPen(QPen(line, 1.0));
            for (qreal x = swatch.left() - swatch.height(); x < swatch.right(); x += 6)
                painter->drawLine(QPointF(x, swatch.bottom()), QPointF(x + swatch.height(), swatch.top()));
            painter->restore();
        }
        label(word(name));
    }
    painter->restore();
}

} // namespace cw
