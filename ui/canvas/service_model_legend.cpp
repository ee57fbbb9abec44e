#include "service_model_legend.h"

#include "catalog/service_models.h"
#include "view/service_model_style.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace cw {

namespace {
constexpr int kPad = 8;     // from the canvas's corner
constexpr int kInner = 8;   // inside the box
constexpr int kRowGap = 4;
constexpr int kTagWidth = 44;
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
            yours.isEmpty() ? tr("you just use it") : tr("you manage %1").arg(yours.join(QStringLiteral(", ")))});
    }
    m_rows.append({QStringLiteral("-"), tr("Not a cloud service"), tr("users, outside apps")});
    setAccessibleDescription(rows().join(QLatin1Char('\n')));
    resize(sizeHint());
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

QSize ServiceModelLegend::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    int text = QFontMetrics(bold).horizontalAdvance(tr("Service models: who manages what"));
    for (const Row& r : m_rows)
        text = std::max(text, kTagWidth + 6 + fm.horizontalAdvance(r.name + QStringLiteral(" — ") + r.detail));
    const int rowH = fm.height() + kRowGap;
    return QSize(text + 2 * kInner, kInner * 2 + fm.height() + 4 + rowH * int(m_rows.size()));
}

void ServiceModelLegend::place()
{
    QWidget* host = parentWidget();
    if (!host)
        return;
    // In the upper right corner of what shows the canvas, clear of the scroll bars (the
    // edge and badge legend keeps the lower left).
    const auto* area = qobject_cast<QAbstractScrollArea*>(host);
    const QRect shown = area ? area->viewport()->geometry() : host->rect();
    resize(sizeHint());
    move(shown.right() - width() - kPad, shown.top() + kPad);
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
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    int y = kInner;
    p.setFont(bold);
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.drawText(QRect(kInner, y, width() - 2 * kInner, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Service models: who manages what"));
    y += fm.height() + 4;
    for (const Row& r : std::as_const(m_rows)) {
        const QRectF tag(kInner, y, kTagWidth, fm.height());
        p.setPen(Qt::NoPen);
        p.setBrush(theme::serviceModelColor(r.model));
        p.drawRoundedRect(tag, 7, 7);
        p.setFont(bold);
        p.setPen(theme::serviceModelInk(r.model));
        p.drawText(tag, Qt::AlignCenter, theme::serviceModelTag(r.model));
        p.setFont(font());
        const QRect text(kInner + kTagWidth + 6, y, width() - kInner * 2 - kTagWidth - 6, fm.height());
        p.setPen(QColor(0x21, 0x21, 0x21));
        const QString name = r.name + QStringLiteral(" — ");
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setPen(QColor(0x61, 0x61, 0x61));
        p.drawText(text.adjusted(fm.horizontalAdvance(name), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, r.detail);
        y += fm.height() + kRowGap;
    }
}

} // namespace cw
