#include "canvas_legend.h"

#include "finding_badge.h"
#include "model/kinds.h"
#include "theme.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

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
    for (const auto& [severity, text] : {std::pair{Severity::Error, "error"}, std::pair{Severity::Warning, "warning"},
             std::pair{Severity::Info, "info"}}) {
        FindingBadge b;
        b.count = 1;
        b.worst = severity;
        rows.append({b, text});
    }
    FindingBadge suppressed;
    suppressed.suppressed = 1;
    rows.append({suppressed, "suppressed"});
    return rows;
}
} // namespace

CanvasLegend::CanvasLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("canvasLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = font();
    small.setPointSizeF(8.0); // as the edge labels: a key, not a panel
    setFont(small);
    resize(sizeHint());
    // To stay in the corner as the canvas resizes (a scroll area's viewport after it).
    if (auto* area = qobject_cast<QAbstractScrollArea*>(parent))
        area->viewport()->installEventFilter(this);
    else if (parent)
        parent->installEventFilter(this);
    place();
}

void CanvasLegend::place()
{
    QWidget* host = parentWidget();
    if (!host)
        return;
    // In the lower left corner of what shows the canvas, clear of the scroll bars.
    const auto* area = qobject_cast<QAbstractScrollArea*>(host);
    const QRect shown = area ? area->viewport()->geometry() : host->rect();
    move(shown.left() + kPad, shown.bottom() - height() - kPad);
}

bool CanvasLegend::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched != this)
        place();
    return QWidget::eventFilter(watched, event);
}

QSize CanvasLegend::legendSize(const QFont& font)
{
    const QFontMetrics fm(font);
    const int row = std::max(fm.height(), 2 * int(FindingBadge::kRadius)) + 4;
    int text = fm.horizontalAdvance(tr("Edges"));
    for (EdgeKind k : kKinds)
        text = std::max(text, fm.horizontalAdvance(toString(k)));
    for (const BadgeRow& r : badgeRows())
        text = std::max(text, fm.horizontalAdvance(tr(r.text)));
    const int rows = 2 + int(std::size(kKinds)) + int(badgeRows().size());
    return QSize(kPad * 3 + kSwatch + text, kPad * 2 + rows * row);
}

QSize CanvasLegend::sizeHint() const
{
    return legendSize(font());
}

void CanvasLegend::paintLegend(QPainter* painter, const QFont& font)
{
    const QSize size = legendSize(font);
    const QFontMetrics fm(font);
    const int row = std::max(fm.height(), 2 * int(FindingBadge::kRadius)) + 4;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    painter->setPen(QPen(QColor(0xDD, 0xE1, 0xE6), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    int y = kPad;
    auto heading = [&](const QString& text) {
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(theme::kSubtleText);
        painter->drawText(QRect(kPad, y, size.width() - 2 * kPad, row), Qt::AlignVCenter, text);
        painter->setFont(font);
        y += row;
    };
    auto label = [&](const QString& text) {
        painter->setPen(theme::kSubtleText);
        painter->drawText(QRect(2 * kPad + kSwatch, y, size.width(), row), Qt::AlignVCenter, text);
        y += row;
    };
    heading(tr("Edges"));
    for (EdgeKind k : kKinds) {
        const theme::EdgeStyle style = theme::edgeStyle(k);
        painter->setPen(QPen(style.color, 1.6, style.line, Qt::RoundCap));
        painter->drawLine(QPointF(kPad, y + row / 2.0), QPointF(kPad + kSwatch, y + row / 2.0));
        label(toString(k));
    }
    heading(tr("Findings"));
    for (const BadgeRow& r : badgeRows()) {
        paintFindingBadge(painter, QPointF(kPad + kSwatch / 2.0, y + row / 2.0), r.badge);
        label(tr(r.text));
    }
    painter->restore();
}

void CanvasLegend::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    paintLegend(&p, font());
}

} // namespace cw
