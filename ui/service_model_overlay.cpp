#include "service_model_overlay.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/service_model_legend.h"
#include "panels/service_model_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace cw {

ServiceModelOverlay::ServiceModelOverlay(DiagramScene& scene, DiagramView& view, QMainWindow& window)
    : QObject(&window)
    , m_scene(scene)
{
    m_action = new QAction(tr("Service &Models"), this);
    m_action->setObjectName(QStringLiteral("serviceModelsAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    const QString tip = tr("Colour each card by its service model (IaaS, CaaS, PaaS, FaaS, SaaS) and show who "
                           "manages what for the selected node");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
    connect(m_action, &QAction::toggled, this, &ServiceModelOverlay::apply);

    m_legend = new ServiceModelLegend(&view);
    m_legend->hide();

    m_panel = new ServiceModelPanel(scene.model(), scene.catalog(), &window);
    m_dock = new QDockWidget(tr("Service Model"), &window);
    m_dock->setObjectName(QStringLiteral("serviceModelDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setToolTip(tr("Who manages what under the selected node's service model"));
    // Below the canvas beside the cost and the advisor: the stack and its sentence want
    // height and width, which the right-hand column (inspector, findings) lacks.
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (auto* advisor = window.findChild<QDockWidget*>(QStringLiteral("advisorDock")))
        window.tabifyDockWidget(advisor, m_dock);
    m_dock->hide();

    connect(&scene, &QGraphicsScene::selectionChanged, this, [this] { m_panel->showSelection(m_scene.selectedIds()); });
}

bool ServiceModelOverlay::isOn() const
{
    return m_action->isChecked();
}

void ServiceModelOverlay::setOn(bool on)
{
    m_action->setChecked(on); // toggled() applies it
}

void ServiceModelOverlay::apply(bool on)
{
    m_scene.setServiceModelOverlay(on);
    m_legend->setVisible(on);
    if (on) {
        m_panel->showSelection(m_scene.selectedIds());
        m_dockShownByOverlay = m_dock->isHidden();
        if (m_dockShownByOverlay) {
            // Put the tab that was in front (the cost, usually) back there when done.
            m_frontBefore = nullptr;
            if (auto* window = qobject_cast<QMainWindow*>(m_dock->parentWidget())) {
                for (QDockWidget* d : window->findChildren<QDockWidget*>()) {
                    if (d != m_dock && window->dockWidgetArea(d) == window->dockWidgetArea(m_dock)
                        && d->isVisible() && !d->visibleRegion().isEmpty())
                        m_frontBefore = d;
                }
            }
        }
        m_dock->show();
        m_dock->raise();
    } else if (m_dockShownByOverlay) {
        m_dock->hide();
        m_dockShownByOverlay = false;
        if (m_frontBefore)
            m_frontBefore->raise();
    }
}

} // namespace cw
