#pragma once

#include "model/kinds.h"

#include <QGraphicsItem>

namespace cw {

/// What every item on the canvas has: the id of the model entity it shows. Items
/// are views: they can be thrown away and rebuilt from the model at any time.
class CanvasItem : public QGraphicsItem {
public:
    explicit CanvasItem(Id id)
        : m_id(std::move(id))
    {
    }

    const Id& id() const { return m_id; }
    virtual EntityType entityType() const = 0;
    /// The item's frame in scene coordinates (card, group box, or edge bounds).
    virtual QRectF frame() const = 0;

private:
    Id m_id;
};

} // namespace cw
