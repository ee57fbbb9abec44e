#include "node_item.h"

#include "catalog/catalog.h"
#include "service_model_style.h"
#include "theme.h"
#include "view_scene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

// The card's texts (a graphics item is no QObject).
struct NodeCardText {
    Q_DECLARE_TR_FUNCTIONS(NodeItem)
};
constexpr qreal kRadius = 8.0;
constexpr qreal kStripe = 5.0;
constexpr qreal kIcon = 32.0;
constexpr qreal kHandleRadius = 7.0;
constexpr qreal kMargin = 10.0; // room around the card for the handle and selection

// Levels of detail, by scale (1 = 100 %). The name (9.5 pt, about 12.7 px) stays at least
// 9 px tall on screen wherever it is drawn:
//  - from kFullCard up, the whole card: glyph, name, service line, cost, handle;
//  - from kNameOnly to kFullCard, the name alone in a 20 px font (9 px at kNameOnly);
//  - from kBlockOnly to kNameOnly, the stripe and a block for the glyph, no text;
//  - below kBlockOnly, one fill in the category colour (10,000 nodes stay smooth).
constexpr qreal kFullCard = 0.7;
constexpr qreal kNameOnly = 0.45;
constexpr qreal kBlockOnly = 0.25;

QStaticText staticText(const QString& text, const QFont& font)
{
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.prepare(QTransform(), font);
    return st;
}
} // namespace

NodeItem::NodeItem(const Node& node, const Catalog& catalog, const QString& provider)
    : CanvasItem(node.id)
{
    setFlags(ItemIsSelectable | ItemSendsScenePositionChanges);
    setAcceptHoverEvents(true);
    setZValue(10);
    sync(node, catalog, provider);
}

void NodeItem::sync(const Node& node, const Catalog& catalog, const QString& provider)
{
    if (pos() != node.pos)
        setPos(node.pos);
    m_kind = node.kind;
    m_iconPath = theme::kindIconPath(catalog, node.kind);
    m_color = theme::kindColor(catalog, node.kind);
    const KindInfo* info = catalog.kind(node.kind);
    m_serviceModel = info ? info->serviceModel : QStringLiteral("-");
    const QString service = catalog.serviceName(node.kind, provider);
    const QString name = node.name.isEmpty() ? service : node.name;
    // The subtitle says what the node is, in the provider's words.
    QString subtitle = service;
    if (name == service && info)
        subtitle = info->serviceName(QStringLiteral("generic"));
    if (info && info->serviceModel != QLatin1String("-"))
        subtitle += QStringLiteral(" · ") + info->serviceModel;
    const QSizeF stored = storedCardSize(node);
    if (name != m_layout.nameText || subtitle != m_layout.subtitleText || stored != m_layout.stored
        || m_layout.size.isEmpty()) {
        const QSizeF oldSize = m_layout.size;
        if (m_layout.size.isValid())
            prepareGeometryChange();
        m_layout = layoutCard(name, subtitle, stored);
        m_farName = TextLines();
        // Edges attach to the card's border: they follow its new size.
        auto* s = qobject_cast<ViewScene*>(scene());
        if (s && oldSize != m_layout.size)
            s->itemMoved(id());
    }
    // The tooltip holds the whole text whatever the card shows.
    QString tip = QStringLiteral("<b>%1</b><br>%2 (%3)")
                      .arg(name.toHtmlEscaped(), service.toHtmlEscaped(), catalog.providerName(provider));
    if (subtitle != service)
        tip += QStringLiteral("<br>%1").arg(subtitle.toHtmlEscaped());
    if (info && !info->description.isEmpty())
        tip += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(info->description.toHtmlEscaped());
    tip += NodeCardText::tr("<br><i>Drag the blue handle to connect.</i>");
    m_tooltip = tip;
    setToolTip(m_badge.tooltip.isEmpty() ? tip : tip + QStringLiteral("<hr>") + m_badge.tooltip);
    update();
}

QRectF NodeItem::frame() const
{
    return QRectF(pos(), m_layout.size);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_layout.size).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the handle overlaps the card; both stay inside
    const QSizeF size = m_layout.size;
    path.addRoundedRect(QRectF(QPointF(0, 0), size), kRadius, kRadius);
    path.addEllipse(QPointF(size.width(), size.height() / 2), kHandleRadius, kHandleRadius);
    return path;
}

QPointF NodeItem::handleCenter() const
{
    return mapToScene(QPointF(m_layout.size.width(), m_layout.size.height() / 2));
}

bool NodeItem::onHandle(QPointF scenePos) const
{
    const QPointF d = scenePos - handleCenter();
    return d.x() * d.x() + d.y() * d.y() <= (kHandleRadius + 2) * (kHandleRadius + 2);
}

void NodeItem::setDropHighlight(bool on)
{
    if (m_highlight != on) {
        m_highlight = on;
        update();
    }
}

void NodeItem::setBadge(const FindingBadge& badge)
{
    if (badge == m_badge)
        return;
    m_badge = badge;
    setToolTip(badge.tooltip.isEmpty() ? m_tooltip : m_tooltip + QStringLiteral("<hr>") + badge.tooltip);
    update();
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget);
    const qreal w = m_layout.size.width();
    const qreal h = m_layout.size.height();
    const QRectF card(0, 0, w, h);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kBlockOnly) {
        // Far out: a block in the category colour says enough and costs one fill; a
        // finding shows as a block in its severity's colour.
        painter->fillRect(card,
            isSelected()        ? theme::colors().selection
                : m_badge.count ? theme::severityColor(m_badge.worst)
                : m_showModel   ? theme::serviceModelColor(m_serviceModel)
                                : m_color);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool selected = isSelected();
    // The overlay recolours fill, border and stripe only; the presentation look draws
    // borders darker and stronger; everything else is drawn alike.
    const bool presenting = presentationLook(this);
    const QColor border = m_showModel ? theme::serviceModelColor(m_serviceModel)
        : presenting                  ? theme::colors().text
                                      : theme::colors().cardBorder;
    const QColor stripeColor = m_showModel ? theme::serviceModelColor(m_serviceModel) : m_color;
    painter->setPen(QPen(selected || m_highlight ? theme::colors().selection : border, selected || presenting ? 2.0 : 1.0));
    painter->setBrush(m_showModel ? theme::serviceModelTint(m_serviceModel) : theme::colors().cardFill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    // Category stripe along the left edge.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(1, 1, kStripe + kRadius, h - 2), kRadius - 1, kRadius - 1);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, kStripe + 1, h));
    painter->fillPath(stripe.intersected(clip), stripeColor);

    const QRectF iconRect(kStripe + 9, (h - kIcon) / 2, kIcon, kIcon);
    if (lod < kNameOnly) {
        painter->fillRect(iconRect, stripeColor);
        paintFindingBadge(painter, QPointF(w - 4, 2), m_badge);
        return;
    }
    if (lod < kFullCard) {
        paintFar(painter, card);
        if (m_showModel)
            paintModelTag(painter);
        paintFindingBadge(painter, QPointF(w - 4, 2), m_badge);
        return;
    }
    theme::drawGlyph(painter, iconRect, m_iconPath, lod);

    painter->setPen(theme::colors().text);
    painter->setFont(cardNameFont());
    qreal y = m_layout.nameTop;
    for (const QStaticText& line : m_layout.name.lines) {
        painter->drawStaticText(QPointF(kCardTextLeft, y), line);
        y += m_layout.name.lineHeight;
    }
    painter->setPen(theme::colors().subtleText);
    painter->setFont(cardSubtitleFont());
    y = m_layout.subtitleTop;
    for (const QStaticText& line : m_layout.subtitle.lines) {
        painter->drawStaticText(QPointF(kCardTextLeft, y), line);
        y += m_layout.subtitle.lineHeight;
    }

    if (m_hovered || selected) {
        const QPointF c(w, h / 2);
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(theme::colors().selection);
        painter->drawEllipse(c, kHandleRadius - 1, kHandleRadius - 1);
    }
    if (m_showModel)
        paintModelTag(painter);
    paintFindingBadge(painter, QPointF(w - 4, 2), m_badge);
    if (!m_cost.text().isEmpty()) {
        // A pill on the lower edge, inside the margin the bounding rect already has.
        const QRectF pill(w - m_costWidth - 18, h - 7, m_costWidth + 10, 16);
        painter->setPen(QPen(theme::colors().cardBorder, 1));
        painter->setBrush(theme::colors().costPill);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(theme::colors().text);
        painter->setFont(cardSubtitleFont());
        painter->drawStaticText(QPointF(pill.left() + 5, pill.top() + 1), m_cost);
    }
}

void NodeItem::paintFar(QPainter* painter, const QRectF& card) const
{
    // The name alone, large enough to read at this zoom, centred on the card.
    const QRectF area = card.adjusted(kStripe + 8, 4, -8, -4);
    if (m_farName.lines.isEmpty() && !m_layout.nameText.isEmpty())
        m_farName = layoutLines(m_layout.nameText, cardFarNameFont(), area.width(),
            std::max(1, int(area.height() / QFontMetricsF(cardFarNameFont()).height())));
    painter->setPen(theme::colors().text);
    painter->setFont(cardFarNameFont());
    qreal y = area.top() + std::round((area.height() - m_farName.height()) / 2);
    for (const QStaticText& line : m_farName.lines) {
        const qreal x = area.left() + (area.width() - line.size().width()) / 2;
        painter->drawStaticText(QPointF(x, y), line);
        y += m_farName.lineHeight;
    }
}

void NodeItem::paintModelTag(QPainter* painter) const
{
    // A tag on the upper edge, left, in the margin the bounding rect already has: the
    // model named in words, so the colour is never the only cue.
    const QString tag = theme::serviceModelTag(m_serviceModel);
    QFont font = cardSubtitleFont();
    font.setBold(true);
    const qreal tw = QFontMetricsF(font).horizontalAdvance(tag);
    const QRectF pill(kStripe + 6, -8, tw + 10, 15);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::serviceModelColor(m_serviceModel));
    painter->drawRoundedRect(pill, 7, 7);
    painter->setPen(theme::serviceModelInk(m_serviceModel));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, tag);
}

void NodeItem::setServiceModelShown(bool on)
{
    if (m_showModel == on)
        return;
    m_showModel = on;
    update();
}

void NodeItem::setCostText(const QString& text)
{
    if (text == m_cost.text())
        return;
    m_cost = staticText(text, cardSubtitleFont());
    m_costWidth = QFontMetricsF(cardSubtitleFont()).horizontalAdvance(m_cost.text());
    update();
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    CanvasItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    CanvasItem::hoverLeaveEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        if (auto* s = qobject_cast<ViewScene*>(scene()))
            s->itemMoved(id());
    }
    return CanvasItem::itemChange(change, value);
}

} // namespace cw
