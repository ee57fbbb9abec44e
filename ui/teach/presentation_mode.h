#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRect>

#include <utility>

class QAction;
class QMainWindow;
class QWidget;

namespace cw {

class CostController;
class DiagramScene;
class DiagramView;
class LessonSession;
class LessonStage;
class PresentationCaption;
class ValidationController;

/// Presentation mode (View ▸ Present, F5; docs/lessons.md "Presenting"): the window full
/// screen with its docks, toolbars, menu bar and status bar hidden (all restored on
/// leaving), the presentation look on the canvas, the diagram fitted large, the step's
/// caption and a live line of findings and month-1 cost. Keys step the lesson:
/// Right, Down, Page Down and Space go on, Left, Up and Page Up go back (a presentation
/// clicker sends Page Up and Page Down); while canvas items are selected the arrows nudge
/// them as usual and only Page Up and Page Down step. Esc leaves. The window's actions
/// keep their shortcuts, so undo, delete and save work as in the editor.
class PresentationMode : public QObject {
    Q_OBJECT

public:
    PresentationMode(QMainWindow& window, DiagramView& view, DiagramScene& scene, LessonSession& session,
        LessonStage& stage, ValidationController& validation, CostController& costs, QObject* parent = nullptr);
    ~PresentationMode() override;

    bool active() const { return m_active; }
    PresentationCaption* caption() const { return m_caption; }
    /// The live line's text now ("✖ 1 ⚠ 3 ℹ 0 · $244.00/mo").
    QString liveLine() const;

public Q_SLOTS:
    void enter();
    void leave();
    void setActive(bool on) { on ? enter() : leave(); }

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Handles a key in presentation; true when it stepped or left.
    bool presentationKey(int key);
    void showStep();
    void updateLiveLine();
    /// Fits what is shown above the caption band, large but never huge.
    void fit();

    QMainWindow& m_window;
    DiagramView& m_view;
    DiagramScene& m_scene;
    LessonSession& m_session;
    LessonStage& m_stage;
    ValidationController& m_validation;
    CostController& m_costs;
    PresentationCaption* m_caption = nullptr;
    bool m_active = false;

    // What leaving restores.
    QByteArray m_state;
    QRect m_normalGeometry;
    std::pair<Qt::ScrollBarPolicy, Qt::ScrollBarPolicy> m_scrollBars{Qt::ScrollBarAsNeeded, Qt::ScrollBarAsNeeded};
    Qt::WindowStates m_windowStates;
    QList<QWidget*> m_hidden;   ///< docks, toolbars, menu bar, status bar hidden on entering
    QList<QAction*> m_borrowed; ///< menu actions added to the window so their shortcuts work
};

} // namespace cw
