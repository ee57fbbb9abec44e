#pragma once

#include "edit/edit_batch.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace cw::fix {

/// Finds where a quick fix puts the cards it adds, reading the model as the fix's batch
/// leaves it: next to what a card serves, in its group, clear of every other card and of
/// the frame of every group it is not in.
class Placer {
public:
    /// How far a placed card stays from other cards: room for a routed wire between them.
    static constexpr double kRoom = 40.0;
    /// How far it stays from the frame of a group it is not in.
    static constexpr double kFrameRoom = 20.0;

    explicit Placer(const EditBatch& changes);

    /// Groups the batch adds (the model does not list them yet): their frames count too.
    void addedGroup(const Id& id) { m_addedGroups.append(id); }
    /// A card the fix has placed: later cards keep clear of it.
    void reserve(const QRectF& card) { m_placed.append(card); }

    /// The closest free spot for a card in group beside anchor (the card of what it serves):
    /// inside the group's frame, or just outside it when growing that frame (and those
    /// around it) covers nothing that is not in them and the spot is much closer. ignore is
    /// a node being moved, whose own card is no obstacle. Falls back to beside the anchor.
    QPointF spotNear(const QRectF& anchor, const Id& group, const Id& ignore = {}) const;

    /// A top-level spot for something about the whole diagram (a budget): outside the
    /// bounding box of everything, on the side nearest toward, so its wires do not cross it.
    QPointF spotBesideDiagram(QPointF toward) const;

private:
    struct Candidate;
    /// A frame around the spot, innermost first, and what it must not grow over.
    struct Level {
        QRectF box;
        std::vector<QRectF> outsiders; ///< cards and frames not in it, with kFrameRoom around
    };
    /// What one search checks its spots against, gathered once.
    struct Search {
        std::vector<QRectF> cards;         ///< other cards near enough to matter
        std::vector<QRectF> foreignFrames; ///< frames of the groups the card is not in
        std::vector<Level> levels;         ///< the card's group and those around it
    };
    bool isUnder(const Id& item, const Id& group) const;
    QRectF cardOf(const Id& node) const;
    Search prepare(const QRectF& anchor, const Id& group, const Id& ignore) const;
    std::optional<double> fits(const QRectF& card, const Search& search) const;

    const EditBatch& m_changes;
    QList<Id> m_addedGroups;
    QList<QRectF> m_placed;
};

} // namespace cw::fix
