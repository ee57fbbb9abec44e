#include "group_item.h"

#include <cmath>

#include "card_layout.h"
#include "catalog/catalog.h"
#include "theme.h"
#include "view_scene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cw {

namespace {

// The card's texts (a graphics item is no QObject).
struct GroupCardText {
    Q_DECLARE_TR_FUNCTIONS(GroupItem)
};
constexpr qreal kBorderGrab = 6.0;
constexpr qreal kGrip = 14.0;
constexpr qreal kRadius = 6.0;
constexpr qreal kTagPad = 6.0;   // room either side of a subnet's tag text
constexpr qreal kHatchStep = 12.0; // between the public subnet's diagonals

} // namespace

GroupItem::GroupItem(const Group& group, const Catalog& catalog, const QString& provider)
    : CanvasItem(group.id)
{
    setFlags(ItemIsSelectable | ItemSendsScenePositionChanges);
    sync(group, catalog, provider);
}

void GroupItem::sync(const Group& group, const Catalog& catalog, const QString& provider)
{
    if (pos() != group.box.topLeft())
        setPos(group.box.topLeft());
    setSize(group.box.size());
    m_kind = group.kind;
    m_public = group.props.value("public", false) == true;
    m_iconPath = theme::groupIconPath(catalog, group.kind, m_public);
    const GroupKindInfo* info = catalog.groupKind(group.kind);
    QString kindName = info ? info->displayName(provider) : toString(group.kind);
    const bool subnet = group.kind == GroupKind::Subnet;
    if (subnet)
        kindName = m_public ? QObject::tr("Public subnet") : QObject::tr("Private subnet");
    const QString fullKind = kindName;
    if (group.kind == GroupKind::Environment) {
        const auto stage = group.props.find("stage");
        if (stage != group.props.end() && stage->is_string())
            kindName += QStringLiteral(" · ") + QString::fromStdString(stage->get<std::string>());
    }
    // The kind goes on the right unless the name already says it; a subnet always shows
    // its tag ("Public", "Private"), drawn as a pill.
    if (subnet)
        kindName = m_public ? QObject::tr("Public", "subnet tag") : QObject::tr("Private", "subnet tag");
    else if (group.name.contains(kindName, Qt::CaseInsensitive))
        kindName.clear();
    m_kindText = QStaticText(kindName);
    m_kindText.setTextFormat(Qt::PlainText);
    const qreal kindWidth = kindName.isEmpty() ? 0.0
                                               : QFontMetricsF(cardSubtitleFont()).horizontalAdvance(kindName)
            + (subnet ? 2 * kTagPad : 0.0);
    const qreal titleWidth = std::max<qreal>(40.0, m_size.width() - 44 - kindWidth - 16);
    m_title = QStaticText(QFontMetricsF(cardNameFont()).elidedText(group.name, Qt::ElideMiddle, titleWidth));
    m_title.setTextFormat(Qt::PlainText);
    m_name = group.name;
    m_farTitle = QStaticText();
    setToolTip(GroupCardText::tr("<b>%1</b><br>%2<br><i>Drag the title bar to move the group with everything in "
                                 "it; drag the corner to resize.</i>")
                   .arg(group.name.toHtmlEscaped(), fullKind.toHtmlEscaped()));
    update();
}

void GroupItem::setSize(const QSizeF& size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF GroupItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

QPainterPath GroupItem::shape() const
{
    QPainterPath outer;
    outer.addRect(QRectF(QPointF(0, 0), m_size));
    QPainterPath inner;
    inner.addRect(QRectF(
        kBorderGrab, kTitleHeight, m_size.width() - 2 * kBorderGrab, m_size.height() - kTitleHeight - kBorderGrab));
    QPainterPath ring = outer.subtracted(inner);
    if (isSelected()) {
        QPainterPath grip;
        grip.addRect(QRectF(m_size.width() - kGrip, m_size.height() - kGrip, kGrip, kGrip));
        ring = ring.united(grip); // added, not xor-ed: overlapping parts stay inside
    }
    return ring;
}

bool GroupItem::onResizeGrip(QPointF scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return isSelected()
        && QRectF(m_size.width() - kGrip - 2, m_size.height() - kGrip - 2, kGrip + 4, kGrip + 4).contains(p);
}

void GroupItem::setDropHighlight(bool on)
{
    if (m_highlight != on) {
        m_highlight = on;
        update();
    }
}

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget);
    const theme::GroupStyle style = theme::groupStyle(m_kind, m_public);
    const QRectF box(QPointF(0, 0), m_size);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    QPen pen(isSelected() || m_highlight ? theme::colors().selection : style.border,
        (isSelected() || m_highlight ? 2.5 : style.width));
    pen.setStyle(m_highlight ? Qt::SolidLine : style.line);
    pen.setCosmetic(lod < 0.3);
    painter->setPen(pen);
    painter->setBrush(m_highlight ? theme::colors().groupHighlight : style.fill);
    painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), kRadius, kRadius);
    if (isPublicSubnet() && !m_highlight)
        paintHatch(painter, style.border, lod);
    if (lod < 0.3)
        return;
    if (lod < 0.7) {
        // As on cards (NodeItem::paint): the name alone, large enough to read, down to 0.45.
        if (lod >= 0.45)
            paintFarTitle(painter, style.title);
        paintGrip(painter);
        return;
    }

    theme::drawGlyph(painter, QRectF(8, 6, 20, 20), m_iconPath, lod);
    painter->setPen(style.title);
    painter->setFont(cardNameFont());
    painter->drawStaticText(QPointF(34, 7), m_title);
    painter->setFont(cardSubtitleFont());
    if (m_kind == GroupKind::Subnet) {
        paintTag(painter, style.border, style.title);
    } else {
        painter->setPen(theme::colors().subtleText);
        const qreal kindWidth = m_kindText.size().width() > 0
            ? m_kindText.size().width()
            : QFontMetricsF(cardSubtitleFont()).horizontalAdvance(m_kindText.text());
        painter->drawStaticText(QPointF(m_size.width() - kindWidth - 10, 9), m_kindText);
    }
    paintGrip(painter);
}

void GroupItem::paintHatch(QPainter* painter, const QColor& color, qreal lod) const
{
    // Diagonals across the body (not the title bar), in the border's colour, faint enough
    // that cards and edge labels above stay the thing to read.
    const QRectF body(2, kTitleHeight, m_size.width() - 4, m_size.height() - kTitleHeight - 2);
    if (body.height() <= 0 || body.width() <= 0)
        return;
    QColor line = color;
    line.setAlpha(theme::colors().dark ? 110 : 90);
    // Only the part of the body in view, in one drawLines call: a large subnet in a pan
    // must not cost a clipped line per diagonal across all of it. The diagonals are the
    // lines X + Y = k, k a whole number of steps from the body's bottom-left corner.
    const QRectF device(0, 0, painter->device()->width(), painter->device()->height());
    const QRectF view = painter->worldTransform().inverted().mapRect(device).intersected(body);
    if (view.isEmpty())
        return;
    const qreal origin = body.left() + body.bottom();
    if (lod < 0.3) {
        // Zoomed far out (a whole large diagram in view, every frame of a pan): Qt's
        // device-pixel diagonal pattern, one fill, a texture rather than a tint of lines.
        painter->fillRect(view, QBrush(line, Qt::BDiagPattern));
        return;
    }
    const qreal step = kHatchStep;
    const qreal first = origin + std::ceil((view.left() + view.top() - origin) / step) * step;
    QVector<QLineF> lines;
    for (qreal k = first; k <= view.right() + view.bottom(); k += step) {
        const qreal x1 = std::max(view.left(), k - view.bottom());
        const qreal x2 = std::min(view.right(), k - view.top());
        if (x2 > x1)
            lines.append(QLineF(x1, k - x1, x2, k - x2));
    }
    painter->save();
    // The rounded bottom corners clip with a path only when one is in view.
    const qreal r = kRadius;
    const bool corner = view.bottom() > body.bottom() - r && (view.left() < body.left() + r || view.right() > body.right() - r);
    if (corner) {
        QPainterPath clip;
        clip.addRoundedRect(body, kRadius - 1, kRadius - 1);
        painter->setClipPath(clip, Qt::IntersectClip);
    }
    // Aliased: a 45° one-pixel line is a clean staircase anyway, and blending hundreds of
    // antialiased lines cost a pan frame 15 ms at 100 % (bench_canvas).
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(line, 0)); // cosmetic: one device pixel at every zoom
    painter->drawLines(lines);
    painter->restore();
}

void GroupItem::paintTag(QPainter* painter, const QColor& border, const QColor& text) const
{
    if (m_kindText.text().isEmpty())
        return;
    const QFontMetricsF fm(painter->font(), painter->device()); // as drawn: images may differ from screens
    const qreal textWidth = fm.horizontalAdvance(m_kindText.text());
    const QRectF pill(m_size.width() - textWidth - 2 * kTagPad - 8, 6, textWidth + 2 * kTagPad, fm.height() + 4);
    painter->setPen(QPen(border, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(text);
    painter->drawText(pill, Qt::AlignCenter, m_kindText.text());
}

void GroupItem::paintFarTitle(QPainter* painter, const QColor& color) const
{
    const QFont font = cardFarNameFont();
    const qreal width = m_size.width() - 16;
    if (m_farTitle.text().isEmpty() || m_farWidth != width) {
        m_farWidth = width;
        m_farTitle = QStaticText(QFontMetricsF(font).elidedText(m_name, Qt::ElideMiddle, width));
        m_farTitle.setTextFormat(Qt::PlainText);
        m_farTitle.prepare(QTransform(), font);
    }
    painter->setPen(color);
    painter->setFont(font);
    painter->drawStaticText(QPointF(8, 3), m_farTitle);
}

void GroupItem::paintGrip(QPainter* painter) const
{
    if (!isSelected())
        return;
    // Resize grip: three short diagonals in the corner.
    painter->setPen(QPen(theme::colors().selection, 1.5));
    const QPointF c(m_size.width() - 3, m_size.height() - 3);
    for (qreal d : {5.0, 9.0, 13.0})
        painter->drawLine(c - QPointF(d, 0), c - QPointF(0, d));
}

QVariant GroupItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        if (auto* s = qobject_cast<ViewScene*>(scene()))
            s->itemMoved(id());
    }
    return CanvasItem::itemChange(change, value);
}

} // namespace cw
