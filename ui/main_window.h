#pragma once

#include "edit/edits.h"
#include "prefs/preferences.h"

#include <QMainWindow>

namespace cw::teach {
struct Lesson;
}

class QAction;
class QDockWidget;
class QToolButton;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;

namespace cw {

class AdvisorPanel;
class LessonPanel;
class LessonSession;
class LessonStage;
class PresentationMode;
class Autosaver;
class DiagramScene;
struct Recoverable;
class FindingsPanel;
class HelpWindow;
class CostController;
class CostPanel;
class ValidationController;
class DiagramView;
class Document;
class InspectorWidget;
class PaletteWidget;
class PricingMenu;
class ServiceModelOverlay;
class TestProbe;
class TidyUp;

/// The editor window: palette, canvas, inspector and history around one Document.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document& document() { return *m_doc; }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    PaletteWidget* palette() const { return m_palette; }
    InspectorWidget* inspector() const { return m_inspector; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    ValidationController& validation() { return *m_validation; }
    CostController& costs() { return *m_costs; }
    CostPanel* costPanel() const { return m_costPanel; }
    AdvisorPanel* advisorPanel() const { return m_advisor; }
    QDockWidget* advisorDock() const { return m_advisorDock; }
    QAction* showCostsAction() const { return m_showCostsAction; }
    PricingMenu* pricingMenu() const { return m_pricingMenu; }
    TidyUp* tidyUp() const { return m_tidyUp; }
    ServiceModelOverlay* serviceModelOverlay() const { return m_serviceModels; }
    LessonSession* lessonSession() const { return m_lessons; }
    LessonStage* lessonStage() const { return m_lessonStage; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    QDockWidget* lessonDock() const { return m_lessonDock; }
    PresentationMode* presentation() const { return m_presentation; }
    QAction* presentAction() const { return m_presentAction; }

    /// Edit ▸ Preferences (main_window_prefs.cpp): the dialog, and applying what it sets.
    void showPreferences();
    void applyPreferences(const Preferences& prefs);
    const Preferences& preferences() const { return m_prefs; }

    /// Opens a file; on failure shows the error and keeps the current diagram.
    bool openFile(const QString& path);
    void openSample();
    /// Opens autosaved work from a session that crashed, as unsaved changes.
    bool recover(const Recoverable& r);
    /// Asks, for each autosaved diagram a crashed session left, whether to recover it;
    /// the first goes into this window (if it holds nothing unsaved), others get their
    /// own. Returns true when this window now shows recovered work.
    bool offerRecovery();
    Autosaver& autosaver() { return *m_autosaver; }

public Q_SLOTS:
    void newDiagram();
    void open();
    /// File > Export Report: the preview dialog, then HTML, Markdown or PDF.
    void exportReport();
    bool save();
    bool saveAs();
    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    /// Adds a palette entry at the centre of the view, on the nearest free place (the
    /// keyboard's way to add: Enter in the palette); the new card is selected and the
    /// canvas takes the focus. main_window_keyboard.cpp.
    void addAtViewCentre(const QString& entry);
    /// Edit > Connect To…: an edge from the one selected node to one picked in a dialog.
    void connectSelected();
    void align(edit::Alignment how);
    /// File > New from Template…, Help > Start Page: the start page, window-modal (main_window_start.cpp).
    void showStartPage();
    /// A bundled template as a new, untitled diagram (after the unsaved-changes question).
    bool newFromTemplate(const QString& id);
    /// View > Service Models on or off (lessons turn it on with "show": "service-models").
    void setServiceModelOverlay(bool on);
    /// Opens a lesson file (a resource ":/lessons/..." or a file on disk): its diagram as
    /// a new untitled document (asking first about unsaved changes), the Lesson dock at step 1.
    bool openLesson(const QString& lessonFilePath);
    /// Ends the lesson running; the diagram stays, shown whole.
    void closeLesson();

Q_SIGNALS:
    /// A lesson chosen on the start page: its resource path, for openLesson().
    void lessonChosen(const QString& path);
    /// A lesson step asks for the service-model overlay (true), or no longer does (false).
    void serviceModelsRequested(bool on);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    /// Help: the user guide (F1), keyboard shortcuts, start page, About (main_window_help.cpp).
    void createHelpMenu();
    void createLessonDock();                                    // main_window_lessons.cpp
    void createLessonActions(QMenu* lessonsMenu, QToolBar* bar); // main_window_lessons.cpp
    void startLesson(teach::Lesson lesson);
    /// Adds the bundled lessons to File ▸ Lessons, titles with their summaries as tooltips.
    void listBuiltinLessons(QMenu* lessonsMenu);
    /// Starts the lesson the open file carries ("lesson" key), or says why it cannot.
    void startEmbeddedLesson();
    void showLessonView(const QString& view);
    void updateTitle();
    void updateActions();
    void onSelectionChanged();
    void updateFindingsStatus();
    void updateCosts();
    void showOnCanvas(const QList<Id>& nodes, const QList<Id>& edges);
    void showFixed(const QList<Id>& items);
    bool maybeSave();
    bool saveTo(const QString& path);
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showMessage(const QString& text, int timeoutMs = 6000);
    void readSettings();
    void writeSettings();

    Document* m_doc = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    PaletteWidget* m_palette = nullptr;
    InspectorWidget* m_inspector = nullptr;
    TestProbe* m_probe = nullptr;
    Autosaver* m_autosaver = nullptr;
    Preferences m_prefs; ///< as last applied
    bool m_prefsApplied = false;
    ValidationController* m_validation = nullptr;
    FindingsPanel* m_findings = nullptr;
    QDockWidget* m_findingsDock = nullptr;
    QToolButton* m_findingsStatus = nullptr;
    CostController* m_costs = nullptr;
    CostPanel* m_costPanel = nullptr;
    QDockWidget* m_costDock = nullptr;
    QToolButton* m_costStatus = nullptr;
    AdvisorPanel* m_advisor = nullptr;
    QDockWidget* m_advisorDock = nullptr;
    HelpWindow* m_help = nullptr; ///< made on first F1, kept for the next
    PricingMenu* m_pricingMenu = nullptr;
    TidyUp* m_tidyUp = nullptr;
    ServiceModelOverlay* m_serviceModels = nullptr;
    QAction* m_showCostsAction = nullptr;
    QComboBox* m_providerBox = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    int m_pasteCount = 0;

    QAction* m_saveAction = nullptr;
    QAction* m_cutAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_snapAction = nullptr;
    QList<QAction*> m_alignActions;

    LessonSession* m_lessons = nullptr;
    LessonStage* m_lessonStage = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    PresentationMode* m_presentation = nullptr;
    QAction* m_presentAction = nullptr;
    QAction* m_closeLessonAction = nullptr;
    bool m_serviceModelsShown = false;
};

} // namespace cw
