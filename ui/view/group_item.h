#pragma once

#include "canvas_item.h"
#include "model/diagram.h"

#include <QStaticText>

namespace cw {

class Catalog;

/// A group drawn as a labelled frame. Only its title bar and border take the mouse,
/// so a press inside an empty group starts a rubber band instead of a drag.
class GroupItem final : public CanvasItem {
public:
    enum { Type = UserType + 2 };
    static constexpr qreal kTitleHeight = kGroupTitleHeight;

    GroupItem(const Group& group, const Catalog& catalog, const QString& provider);

    int type() const override { return Type; }
    EntityType entityType() const override { return EntityType::Group; }
    QRectF frame() const override { return QRectF(pos(), m_size); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void sync(const Group& group, const Catalog& catalog, const QString& provider);
    /// Live size while the user drags the resize grip (the model changes on release).
    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }
    /// The text drawn in the title bar: name and kind, as shown.
    QString caption() const { return m_title.text() + QLatin1Char('\n') + m_kindText.text(); }
    bool onResizeGrip(QPointF scenePos) const;
    /// Whether this is a subnet open to the internet: drawn hatched and tagged "Public"
    /// ("Private" untagged by a pattern), so that colour is not the only sign.
    bool isPublicSubnet() const { return m_kind == GroupKind::Subnet && m_public; }
    /// The tag in a subnet's title bar ("Public", "Private"); empty for other kinds.
    QString tag() const { return m_kind == GroupKind::Subnet ? m_kindText.text() : QString(); }
    void setDropHighlight(bool on);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void paintFarTitle(QPainter* painter, const QColor& color) const;
    void paintGrip(QPainter* painter) const;
    void paintHatch(QPainter* painter, const QColor& color, qreal lod) const;
    void paintTag(QPainter* painter, const QColor& border, const QColor& text) const;

    GroupKind m_kind = GroupKind::Vpc;
    bool m_public = false;
    QString m_iconPath;
    QSizeF m_size;
    QStaticText m_title;
    QStaticText m_kindText;
    QString m_name;
    mutable QStaticText m_farTitle; ///< the name at middle zoom, laid out on first use
    mutable qreal m_farWidth = 0;
    bool m_highlight = false;
};

} // namespace cw
