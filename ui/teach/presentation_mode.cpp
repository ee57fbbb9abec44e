#include "presentation_mode.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "lesson_session.h"
#include "lesson_stage.h"
#include "presentation_caption.h"
#include "validation_controller.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace cw {

namespace {
constexpr qreal kMaxZoom = 1.6; // big type, yet a two-card step does not fill the wall
constexpr int kMargin = 48;

void collectActions(const QList<QAction*>& actions, QList<QAction*>& out)
{
    for (QAction* a : actions) {
        if (QMenu* menu = a->menu())
            collectActions(menu->actions(), out);
        else if (!a->isSeparator() && !a->shortcuts().isEmpty())
            out.append(a);
    }
}
} // namespace

PresentationMode::PresentationMode(QMainWindow& window, DiagramView& view, DiagramScene& scene, LessonSession& session,
    LessonStage& stage, ValidationController& validation, CostController& costs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_view(view)
    , m_scene(scene)
    , m_session(session)
    , m_stage(stage)
    , m_validation(validation)
    , m_costs(costs)
{
    connect(&session, &LessonSession::stepChanged, this, &PresentationMode::showStep);
    connect(&session, &LessonSession::ended, this, &PresentationMode::showStep);
    connect(&validation, &ValidationController::findingsChanged, this, &PresentationMode::updateLiveLine);
    connect(&costs, &CostController::costChanged, this, &PresentationMode::updateLiveLine);
}

PresentationMode::~PresentationMode()
{
    if (m_active)
        qApp->removeEventFilter(this);
}

QString PresentationMode::liveLine() const
{
    const FindingCounts c = m_validation.counts();
    const cost::Projection& p = m_costs.projection();
    const QString money = p.perMonth.empty()
        ? tr("no cost yet")
        : tr("%1/mo%2").arg(cost::usdText(p.perMonth.front().total), p.complete() ? QString() : tr("+?"));
    return tr("✖ %1  ⚠ %2  ℹ %3   ·   %4").arg(c.errors).arg(c.warnings).arg(c.infos).arg(money);
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_state = m_window.saveState();
    m_windowStates = m_window.windowState();
    m_hidden.clear();
    for (QDockWidget* dock : m_window.findChildren<QDockWidget*>()) {
        if (dock->isVisible() && !dock->isFloating()) // a floating dock may be on a second screen: leave it
            m_hidden.append(dock);
    }
    for (QToolBar* bar : m_window.findChildren<QToolBar*>()) {
        if (bar->isVisible())
            m_hidden.append(bar);
    }
    if (m_window.menuBar()->isVisible())
        m_hidden.append(m_window.menuBar());
    if (m_window.statusBar()->isVisible())
        m_hidden.append(m_window.statusBar());
    // A hidden menu bar's actions lose their shortcuts on some platforms: lend them to the window.
    m_borrowed.clear();
    collectActions(m_window.menuBar()->actions(), m_borrowed);
    m_window.addActions(m_borrowed);
    for (QWidget* w : std::as_const(m_hidden))
        w->hide();

    m_scene.setPresentationLook(true);
    m_caption = new PresentationCaption(&m_view);
    m_caption->show();
    showStep();
    updateLiveLine();
    qApp->installEventFilter(this);
    m_scrollBars = {m_view.horizontalScrollBarPolicy(), m_view.verticalScrollBarPolicy()};
    m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_normalGeometry = m_window.geometry();
    m_window.showFullScreen();
    // Without a window manager (a kiosk, a test's X server) nothing makes the window full
    // screen: cover the screen ourselves once it had its chance.
    QTimer::singleShot(200, this, [this] {
        QScreen* screen = m_window.screen();
        if (m_active && screen && m_window.geometry() != screen->geometry()) {
            m_window.setGeometry(screen->geometry());
            QTimer::singleShot(0, this, &PresentationMode::fit);
        }
    });
    m_view.setFocus();
    // The window takes its full-screen size in a later event: fit once it has.
    QTimer::singleShot(0, this, &PresentationMode::fit);
    QTimer::singleShot(150, this, &PresentationMode::fit);
    Q_EMIT activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    delete m_caption;
    m_caption = nullptr;
    m_scene.setPresentationLook(false);
    m_view.setHorizontalScrollBarPolicy(m_scrollBars.first);
    m_view.setVerticalScrollBarPolicy(m_scrollBars.second);
    for (QAction* a : std::as_const(m_borrowed))
        m_window.removeAction(a);
    m_borrowed.clear();
    if (m_windowStates & Qt::WindowFullScreen)
        m_window.showFullScreen();
    else if (m_windowStates & Qt::WindowMaximized)
        m_window.showMaximized();
    else
        m_window.showNormal();
    if (!(m_windowStates & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        m_window.setGeometry(m_normalGeometry);
    for (QWidget* w : std::as_const(m_hidden))
        w->show();
    m_hidden.clear();
    m_window.restoreState(m_state);
    QTimer::singleShot(0, &m_view, &DiagramView::fitToView);
    Q_EMIT activeChanged(false);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Close && watched == &m_window) {
        leave(); // before the window writes its settings: the next start is not full screen
        return false;
    }
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    // Only keys meant for this window: a dialog over it (Save As) keeps its own.
    auto* widget = static_cast<QWidget*>(watched);
    if (QApplication::activeModalWidget() || widget->window() != &m_window)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    return presentationKey(key->key());
}

bool PresentationMode::presentationKey(int key)
{
    const bool selection = !m_scene.selectedItems().isEmpty();
    switch (key) {
    case Qt::Key_Escape: leave(); return true;
    case Qt::Key_PageDown: m_session.next(); return true;
    case Qt::Key_PageUp: m_session.back(); return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (selection)
            return false; // the arrows nudge what is selected
        m_session.next();
        return true;
    case Qt::Key_Space: m_session.next(); return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (selection)
            return false;
        m_session.back();
        return true;
    default: return false;
    }
}

void PresentationMode::showStep()
{
    if (!m_caption)
        return;
    if (!m_session.active()) {
        m_caption->setStep({}, {}, 0, 0);
    } else {
        const auto& s = m_session.currentStep();
        m_caption->setStep(s.title, s.narration, m_session.step(), m_session.stepCount());
    }
    QTimer::singleShot(0, this, &PresentationMode::fit); // once the band has its height
}

void PresentationMode::updateLiveLine()
{
    if (m_caption)
        m_caption->setLiveLine(liveLine());
}

void PresentationMode::fit()
{
    if (!m_active)
        return;
    QRectF content = m_session.active() ? m_stage.shownRect() : m_scene.contentRect();
    if (content.isEmpty())
        return;
    content.adjust(-24, -24, 24, 24); // room for highlight outlines and badges
    const int band = m_caption ? m_caption->bandHeight() : 0;
    const QSizeF room(m_view.viewport()->width() - 2 * kMargin, m_view.viewport()->height() - band - 2 * kMargin);
    if (room.width() <= 0 || room.height() <= 0)
        return;
    const qreal zoom = std::min({room.width() / content.width(), room.height() / content.height(), kMaxZoom});
    m_view.setZoom(zoom);
    // Centre the content in the room above the band: the view's centre sits band/2 lower.
    m_view.centerOn(content.center() + QPointF(0, band / 2.0 / zoom));
}

} // namespace cw
