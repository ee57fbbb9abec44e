#pragma once

#include "canvas_item.h"
#include "card_layout.h"
#include "finding_badge.h"
#include "model/diagram.h"

#include <QColor>
#include <QPixmap>
#include <QStaticText>

namespace cw {

class Catalog;

/// A node drawn as a card: category stripe, glyph, name and service name. The card
/// grows to hold its name (card_layout.h); at middle zoom only the name is drawn, large,
/// and far out a plain coloured block, which keeps 10,000 nodes smooth.
class NodeItem final : public CanvasItem {
public:
    enum { Type = UserType + 1 };

    NodeItem(const Node& node, const Catalog& catalog, const QString& provider);

    int type() const override { return Type; }
    EntityType entityType() const override { return EntityType::Node; }
    QRectF frame() const override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Takes the model's values (name, kind, provider, position).
    void sync(const Node& node, const Catalog& catalog, const QString& provider);
    const QString& kind() const { return m_kind; }
    /// The text drawn on the card: name and subtitle, as shown (elided when long).
    QString caption() const { return m_layout.name.text() + QLatin1Char('\n') + m_layout.subtitle.text(); }
    /// The card's size and text as laid out.
    const CardLayout& cardLayout() const { return m_layout; }

    /// True when a scene point lies on the connection handle.
    bool onHandle(QPointF scenePos) const;
    /// Where connections start, in scene coordinates.
    QPointF handleCenter() const;
    void setDropHighlight(bool on);
    void setBadge(const FindingBadge& badge);
    const FindingBadge& badge() const { return m_badge; }
    /// The monthly cost drawn on the card's lower edge ("$140.16/mo", "unknown");
    /// empty draws nothing.
    void setCostText(const QString& text);
    QString costText() const { return m_cost.text(); }
    /// The service-model overlay (View > Service Models): the card filled and striped in
    /// its kind's model colour, with a tag naming the model. Off draws the normal card.
    void setServiceModelShown(bool on);
    bool serviceModelShown() const { return m_showModel; }
    /// The kind's service model as the catalog names it ("FaaS", "-").
    const QString& serviceModel() const { return m_serviceModel; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString m_kind;
    QString m_iconPath;
    QColor m_color;
    void paintFar(QPainter* painter, const QRectF& card) const;
    void paintModelTag(QPainter* painter) const;

    CardLayout m_layout;         ///< laid out again only when the text changes
    mutable TextLines m_farName; ///< the name at middle zoom, laid out on first use
    QString m_tooltip;
    FindingBadge m_badge;
    QStaticText m_cost; ///< laid out once per change, so painting stays a blit
    qreal m_costWidth = 0;
    bool m_hovered = false;
    bool m_highlight = false;
    QString m_serviceModel;
    bool m_showModel = false;
};

} // namespace cw
