#include "lesson_stage.h"

#include "lesson_overlay.h"
#include "lesson_session.h"
#include "teach/lesson_view.h"
#include "view/canvas_item.h"
#include "view/view_scene.h"

#include <QGraphicsItem>

#include <utility>

namespace cw {

LessonStage::LessonStage(LessonSession& session, ViewScene& scene, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_scene(scene)
{
    overlay(); // made now, so tests and the probe find it before the first lesson
    connect(&session, &LessonSession::stepChanged, this, &LessonStage::apply);
    connect(&session, &LessonSession::ended, this, &LessonStage::clear);
    // Connected after the scene's own handlers (the scene exists first), so the items a
    // change or a reset makes are there when the step's look is put on them.
    connect(&scene.model(), &Architecture::changed, this, &LessonStage::apply);
    connect(&scene.model(), &Architecture::modelReset, this, &LessonStage::apply);
}

LessonStage::~LessonStage()
{
    delete m_overlay.data(); // null when the scene went first and took it along
}

LessonOverlay* LessonStage::overlay() const
{
    // The scene deletes every item when it rebuilds (a new diagram): make the overlay again.
    if (!m_overlay) {
        m_overlay = new LessonOverlay(m_scene);
        m_overlay->hide();
        m_scene.addItem(m_overlay);
    }
    return m_overlay.data();
}

void LessonStage::apply()
{
    if (!m_session.active()) {
        clear();
        return;
    }
    const int step = m_session.step();
    const teach::LessonStep& s = m_session.currentStep();
    m_hidden = teach::hiddenAt(m_session.lesson(), step);
    // An edge the student drew to a card not shown yet would point at nothing: it waits too.
    if (!m_hidden.isEmpty()) {
        for (const Edge& e : m_scene.model().edges()) {
            if (m_hidden.contains(e.from) || m_hidden.contains(e.to))
                m_hidden.insert(e.id);
        }
    }

    // What the step points at keeps full strength: its highlights and, so the request
    // can be followed, the nodes and edges of its flow.
    QSet<Id> strong(s.highlight.cbegin(), s.highlight.cend());
    const bool dim = !strong.isEmpty();
    for (const Id& id : s.flow)
        strong.insert(id);
    for (const Id& id : s.flowEdges)
        strong.insert(id);

    for (QGraphicsItem* item : m_scene.items()) {
        auto* c = dynamic_cast<CanvasItem*>(item);
        if (!c)
            continue;
        c->setVisible(!m_hidden.contains(c->id()));
        // Groups only frame; dimming them would fade the cards they hold along with them.
        const bool fade = dim && !strong.contains(c->id()) && c->entityType() != EntityType::Group;
        c->setOpacity(fade ? kDimmed : 1.0);
    }
    overlay()->setHighlights(s.highlight);
    QList<LessonOverlay::Leg> legs;
    for (const teach::FlowLeg& leg : teach::flowLegs(m_session.lesson(), step))
        legs.append({leg.edge, leg.backwards});
    overlay()->setFlow(legs);
    overlay()->show();
    m_applied = true;
}

void LessonStage::clear()
{
    if (!std::exchange(m_applied, false))
        return; // nothing of ours on the items: no walk over a big diagram on every edit
    for (QGraphicsItem* item : m_scene.items()) {
        if (auto* c = dynamic_cast<CanvasItem*>(item)) {
            c->setVisible(true);
            c->setOpacity(1.0);
        }
    }
    m_hidden.clear();
    if (m_overlay) {
        m_overlay->setHighlights({});
        m_overlay->setFlow({});
        m_overlay->hide();
    }
}

QRectF LessonStage::shownRect() const
{
    QRectF area;
    for (QGraphicsItem* item : m_scene.items()) {
        auto* c = dynamic_cast<CanvasItem*>(item);
        if (c && c->isVisible() && c->entityType() != EntityType::Edge)
            area |= c->frame();
    }
    return area;
}

} // namespace cw
