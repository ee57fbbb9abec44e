#include "service_model_legend.h"

#include "catalog/service_models.h"
#include "diagram_view.h"
#include "view/service_model_style.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <limits>

namespace cw {

namespace {
constexpr int kPad = 4;   // from the canvas's edge
constexpr int kInner = 6; // inside the box
constexpr int kGap = 14;  // between entries
constexpr int kTagGap = 5;
} // namespace

ServiceModelLegend::ServiceModelLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceModelLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Service model legend"));
    QFont small = font();
    small.setPointSizeF(8.5);
    setFont(small);
    for (const service_models::ModelInfo& m : service_models::models()) {
        const QStringList yours = m.layersOf(service_models::Manager::You);
        m_rows.append({m.id, m.longName,
            yours.isEmpty() ? tr("you just use it") : tr("you manage %1").arg(yours.join(QStringLiteral(", "))),
            m.longName.section(QLatin1Char(' '), 0, 0)});
    }
    m_rows.append(
        {QStringLiteral("-"), tr("Not a cloud service"), tr("users, outside apps"), tr("not a cloud service")});
    setAccessibleDescription(rows().join(QLatin1Char('\n')));
    if (auto* area = qobject_cast<QAbstractScrollArea*>(parent))
        area->viewport()->installEventFilter(this);
    else if (parent)
        parent->installEventFilter(this);
    place();
}

QStringList ServiceModelLegend::rows() const
{
    QStringList out;
    for (const Row& r : m_rows)
        out << tr("%1: %2; %3").arg(theme::serviceModelTag(r.model), r.name, r.detail);
    return out;
}

QList<QRect> ServiceModelLegend::layoutFor(int width, QSize* size) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics fb(bold);
    const int h = fm.height() + 2;
    QList<QRect> tags;
    int x = kInner + fb.horizontalAdvance(tr("Service models:")) + kGap;
    int y = kInner;
    int widest = x;
    for (const Row& r : m_rows) {
        const int tagW = fb.horizontalAdvance(theme::serviceModelTag(r.model)) + 12;
        const int entry = tagW + kTagGap + fm.horizontalAdvance(r.shortName);
        if (x + entry + kInner > width && x > kInner + fb.horizontalAdvance(tr("Service models:")) + kGap) {
            x = kInner + fb.horizontalAdvance(tr("Service models:")) + kGap; // the next row, under the first entry
            y += h + 4;
        }
        tags << QRect(x, y, tagW, h);
        x += entry + kGap;
        widest = std::max(widest, x - kGap + kInner);
    }
    if (size)
        *size = QSize(widest, y + h + kInner);
    return tags;
}

QSize ServiceModelLegend::sizeHint() const
{
    QSize size;
    layoutFor(std::numeric_limits<int>::max() / 2, &size);
    return size;
}

void ServiceModelLegend::place()
{
    QWidget* host = parentWidget();
    if (!host)
        return;
    // Centred above what shows the canvas, in the strip the view keeps for it (the edge
    // and badge legend keeps the canvas's lower left corner).
    const auto* area = qobject_cast<QAbstractScrollArea*>(host);
    QSize size;
    layoutFor((area ? area->viewport()->width() : host->width()) - 2 * kPad, &size);
    resize(size);
    if (isVisible())
        setStrip(size.height() + 2 * kPad);
    const QRect shown = area ? area->viewport()->geometry() : host->rect(); // below the strip now
    move(shown.left() + (shown.width() - width()) / 2, shown.top() - m_strip + kPad);
    raise();
}

void ServiceModelLegend::setStrip(int px)
{
    if (px == m_strip)
        return;
    m_strip = px;
    if (auto* view = qobject_cast<DiagramView*>(parentWidget()))
        view->setTopStrip(px);
}

void ServiceModelLegend::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    place();
}

void ServiceModelLegend::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    setStrip(0);
}

bool ServiceModelLegend::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched != this)
        place();
    return QWidget::eventFilter(watched, event);
}

void ServiceModelLegend::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QColor(0xC5, 0xCB, 0xD3));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    QFont bold = font();
    bold.setBold(true);
    const QList<QRect> tags = layoutFor(width(), nullptr);
    p.setFont(bold);
    p.setPen(QColor(0x21, 0x21, 0x21));
    if (!tags.isEmpty())
        p.drawText(QRect(kInner, tags.first().top(), tags.first().left() - kInner, tags.first().height()),
            Qt::AlignLeft | Qt::AlignVCenter, tr("Service models:"));
    for (int i = 0; i < tags.size() && i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        const QRect tag = tags.at(i);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::serviceModelColor(r.model));
        p.drawRoundedRect(QRectF(tag), 7, 7);
        p.setFont(bold);
        p.setPen(theme::serviceModelInk(r.model));
        p.drawText(tag, Qt::AlignCenter, theme::serviceModelTag(r.model));
        p.setFont(font());
        p.setPen(QColor(0x37, 0x47, 0x4f));
        p.drawText(QRect(tag.right() + 1 + kTagGap, tag.top(), width(), tag.height()), Qt::AlignLeft | Qt::AlignVCenter,
            r.shortName);
    }
}

} // namespace cw
