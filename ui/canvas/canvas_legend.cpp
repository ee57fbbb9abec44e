#include "canvas_legend.h"

#include "view/diagram_legend.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace cw {

namespace {
constexpr int kPad = 8; // from the canvas's corner
} // namespace

CanvasLegend::CanvasLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("canvasLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = font();
    small.setPointSizeF(diagramLegendFont().pointSizeF());
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
    return diagramLegendSize(font);
}

QSize CanvasLegend::sizeHint() const
{
    return legendSize(font());
}

void CanvasLegend::paintLegend(QPainter* painter, const QFont& font)
{
    paintDiagramLegend(painter, font);
}

void CanvasLegend::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    paintLegend(&p, font());
}

} // namespace cw
