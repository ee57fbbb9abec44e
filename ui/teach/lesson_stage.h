#pragma once

#include "model/kinds.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace cw {

class LessonOverlay;
class LessonSession;
class ViewScene;

/// Puts the current lesson step on the canvas: hides what the step does not show yet
/// (only ids of the lesson's own diagram: what the student added stays visible), dims
/// the rest when something is highlighted, outlines the highlights and animates the
/// step's flow (LessonOverlay). View state only: item visibility and opacity, never the
/// model, so nothing of it is undone or saved. Follows the model, so an item rebuilt or
/// added after an edit gets the step's look too.
class LessonStage : public QObject {
    Q_OBJECT

public:
    LessonStage(LessonSession& session, ViewScene& scene, QObject* parent = nullptr);
    ~LessonStage() override;

    /// The ids hidden now.
    const QSet<Id>& hidden() const { return m_hidden; }
    LessonOverlay* overlay() const;
    /// The bounds of the cards and frames shown now (what presentation fits to).
    QRectF shownRect() const;

    /// Opacity of what is neither highlighted nor part of the step's flow, while a step highlights.
    static constexpr qreal kDimmed = 0.4;

    /// Applies the current step again (after a rebuild of the scene's items).
    void apply();

private:
    void clear();

    LessonSession& m_session;
    ViewScene& m_scene;
    /// The scene's item: the scene deletes it when it rebuilds or goes first.
    mutable QPointer<LessonOverlay> m_overlay;
    QSet<Id> m_hidden;
    bool m_applied = false; ///< the items carry a step's look
};

} // namespace cw
