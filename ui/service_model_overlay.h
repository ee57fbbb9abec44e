#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace cw {

class DiagramScene;
class DiagramView;
class ServiceModelLegend;
class ServiceModelPanel;

/// View > Service Models: while on, every card takes its kind's service-model colour and
/// tag (ViewScene::setServiceModelOverlay), a legend explains the colours over the canvas,
/// and the "Service Model" dock shows who manages what for the selected node. View state
/// only: no undo entry, nothing saved; off restores the normal cards.
///
/// The panel is a dock rather than a box in the inspector: it is wanted beside the
/// canvas while the overlay is on (lessons open it with "show": "service-models"), the
/// inspector is already long with the node's properties (the stack would push them out
/// of sight), and a dock can be tabbed, floated or closed like the other panels.
class ServiceModelOverlay : public QObject {
    Q_OBJECT

public:
    /// Adds the dock to window's bottom area (tabbed with the cost and the advisor) and the legend to view.
    ServiceModelOverlay(DiagramScene& scene, DiagramView& view, QMainWindow& window);

    /// The checkable menu action, Ctrl+Shift+M.
    QAction* action() const { return m_action; }
    QDockWidget* dock() const { return m_dock; }
    ServiceModelPanel* panel() const { return m_panel; }
    ServiceModelLegend* legend() const { return m_legend; }
    bool isOn() const;

public Q_SLOTS:
    void setOn(bool on);

private:
    void apply(bool on);

    DiagramScene& m_scene;
    QAction* m_action = nullptr;
    QDockWidget* m_dock = nullptr;
    ServiceModelPanel* m_panel = nullptr;
    ServiceModelLegend* m_legend = nullptr;
    bool m_dockShownByOverlay = false; ///< turning the overlay off hides only a dock it showed
    QPointer<QDockWidget> m_frontBefore; ///< the tab in front before the dock came forward
};

} // namespace cw
