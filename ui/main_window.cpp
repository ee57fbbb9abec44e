#include "main_window.h"

#include "accessibility.h"
#include "advisor/advisor_panel.h"
#include "autosave.h"
#include "canvas/canvas_legend.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "clipboard.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "cost_controller.h"
#include "document.h"
#include "export_image_dialog.h"
#include "export_interop.h"
#include "import_interop.h"
#include "panels/cost_panel.h"
#include "panels/findings_panel.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "pricing_menu.h"
#include "service_model_overlay.h"
#include "teach/lesson_stage.h"
#include "teach/presentation_mode.h"
#include "test_probe.h"
#include "theme.h"
#include "tidy_up.h"
#include "validation_controller.h"
#include "view/canvas_item.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

namespace cw {

namespace {

// The platform's keys for a standard action, plus common alternatives it lacks (a key
// bound twice to one action would be an ambiguous shortcut and do nothing).
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QList<QKeySequence>& extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence& k : extra) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_doc(new Document(Catalog::builtin(), this))
{
    setWindowIcon(theme::icon(QStringLiteral(":/icons/cloudwright.svg")));
    m_validation = new ValidationController(m_doc->model(), this);
    m_autosaver = new Autosaver(*m_doc, this);
    m_scene = new DiagramScene(*m_doc, this);
    m_view = new DiagramView(m_scene, this);
    // After the scene, so that on a reset the cards exist before their costs are set.
    m_costs = new CostController(m_doc->catalog(), cost::PriceBook::builtin(), m_doc->model(), this);
    setCentralWidget(m_view);
    createDocks();
    createActions();
    // The start page hands a lesson on; a lesson step asks for the service-model overlay.
    connect(this, &MainWindow::lessonChosen, this, [this](const QString& path) { openLesson(path); });
    connect(this, &MainWindow::serviceModelsRequested, this, &MainWindow::setServiceModelOverlay);
    connect(m_palette, &PaletteWidget::entryActivated, this, &MainWindow::addAtViewCentre);

    m_findingsStatus = new QToolButton(this);
    m_findingsStatus->setObjectName(QStringLiteral("findingsStatus"));
    m_findingsStatus->setAutoRaise(true);
    m_findingsStatus->setToolTip(tr("Findings of the pitfall rules; click to show the list"));
    connect(m_findingsStatus, &QToolButton::clicked, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
    });
    statusBar()->addPermanentWidget(m_findingsStatus);
    connect(m_validation, &ValidationController::findingsChanged, this, [this] {
        m_scene->setFindings(m_validation->findings());
        updateFindingsStatus();
    });
    connect(m_findings, &FindingsPanel::showRequested, this, &MainWindow::showOnCanvas);
    connect(m_findings, &FindingsPanel::fixApplied, this, &MainWindow::showFixed);
    connect(m_costPanel, &CostPanel::showRequested, this, &MainWindow::showOnCanvas);
    connect(m_advisor, &AdvisorPanel::message, this, [this](const QString& t) { showMessage(t); });
    m_costStatus = new QToolButton(this);
    m_costStatus->setObjectName(QStringLiteral("costStatus"));
    m_costStatus->setAutoRaise(true);
    m_costStatus->setToolTip(tr("Month-1 cost at list prices; click to show the cost panel"));
    connect(m_costStatus, &QToolButton::clicked, this, [this] {
        m_costDock->show();
        m_costDock->raise();
    });
    statusBar()->addPermanentWidget(m_costStatus);
    connect(m_costs, &CostController::costChanged, this, &MainWindow::updateCosts);
    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DiagramView::zoomChanged, this,
        [this](qreal z) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    m_zoomLabel->setText(tr("Zoom 100%"));

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_scene, &DiagramScene::message, this, [this](const QString& t) { showMessage(t); });
    connect(m_scene, &DiagramScene::itemActivated, this, [this](const Id&) { m_inspector->focusName(); });
    connect(
        m_doc, &Document::editRefused, this, [this](const QString& why) { showMessage(tr("Not done: %1").arg(why)); });
    // Kept as it was, not refused: stays up until the next message so it can be read.
    connect(m_doc, &Document::editNotes, this, [this](const QString& what, const QStringList& notes) {
        showMessage(what.isEmpty() ? notes.join(QStringLiteral("; "))
                                   : tr("%1; %2").arg(what, notes.join(QStringLiteral("; "))),
            0);
    });
    connect(m_doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_doc->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    auto onModel = [this] {
        const Architecture& m = m_doc->model();
        m_countLabel->setText(tr("%1 nodes · %2 edges").arg(m.nodes().size()).arg(m.edges().size()));
        m_palette->setProvider(m.meta().provider);
        m_providerBox->setCurrentIndex(m_providerBox->findData(m.meta().provider));
        updateTitle();
    };
    connect(&m_doc->model(), &Architecture::changed, this, onModel);
    connect(&m_doc->model(), &Architecture::modelReset, this, onModel);
    connect(&m_doc->model(), &Architecture::modelReset, this, [this] {
        m_pasteCount = 0;
        m_view->fitToView();
    });
    readSettings();
    onModel();
    updateActions();
    m_probe = TestProbe::createIfRequested(this);
    m_scene->setFindings(m_validation->findings());
    updateFindingsStatus();
    updateCosts();
}

MainWindow::~MainWindow()
{
    // The document and the scene are deleted with the other children, after this part
    // of the window is gone, and still signal while clearing: stop listening first.
    delete m_tidyUp; // it listens to the scene and the model too
    delete m_serviceModels; // listens to the scene's selection
    delete m_presentation; // its key filter is on the application
    delete m_lessonStage;
    m_scene->disconnect(this);
    m_doc->undoStack().disconnect(this);
    m_doc->model().disconnect(this);
    m_doc->disconnect(this);
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(m_doc->catalog(), this);
    auto* paletteDock = new QDockWidget(tr("Services"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    m_inspector = new InspectorWidget(*m_doc, this);
    auto* inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);

    m_findings = new FindingsPanel(*m_doc, *m_validation, this);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);

    m_costPanel = new CostPanel(*m_doc, *m_costs, this);
    m_costDock = new QDockWidget(tr("Cost"), this);
    m_costDock->setObjectName(QStringLiteral("costDock"));
    m_costDock->setWidget(m_costPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_costDock);

    // The advisor beside the cost: both are about what the diagram costs, and both want width.
    m_advisor = new AdvisorPanel(*m_doc, cost::PriceBook::builtin(), this);
    m_advisorDock = new QDockWidget(tr("Advisor"), this);
    m_advisorDock->setObjectName(QStringLiteral("advisorDock"));
    m_advisorDock->setWidget(m_advisor);
    m_advisorDock->toggleViewAction()->setToolTip(
        tr("Serverless, containers or VMs for the selected workload: cost, fit, break-even, checklist"));
    addDockWidget(Qt::BottomDockWidgetArea, m_advisorDock);
    tabifyDockWidget(m_costDock, m_advisorDock);
    m_serviceModels = new ServiceModelOverlay(*m_scene, *m_view, *this); // its dock tabs with these two
    m_costDock->raise();

    auto* history = new QUndoView(&m_doc->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    a11y::describe(history, tr("Edit history"), tr("Every edit in order; choosing one undoes or redoes back to it"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    addDockWidget(Qt::RightDockWidgetArea, m_findingsDock);
    tabifyDockWidget(historyDock, m_findingsDock);
    m_findingsDock->raise();
    resizeDocks({paletteDock, inspectorDock}, {210, 290}, Qt::Horizontal);
    resizeDocks({inspectorDock, m_findingsDock}, {400, 300}, Qt::Vertical);
    resizeDocks({m_costDock}, {380}, Qt::Vertical);
    createLessonDock();
}

void MainWindow::createActions()
{
    auto add
        = [this](QMenu* menu, const QString& text, auto slot, const QKeySequence& key = {}, const QString& tip = {}) {
              QAction* a = menu->addAction(text);
              if (!key.isEmpty())
                  a->setShortcut(key);
              if (!tip.isEmpty()) {
                  a->setStatusTip(tip);
                  a->setToolTip(tip);
              }
              connect(a, &QAction::triggered, this, slot);
              return a;
          };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction
        = add(file, tr("&New"), &MainWindow::newDiagram, QKeySequence::New, tr("Start an empty diagram"));
    add(file, tr("New from &Template…"), &MainWindow::showStartPage, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("Start from a bundled template, or open a lesson"))
        ->setObjectName(QStringLiteral("newFromTemplateAction"));
    QAction* openAction = add(file, tr("&Open…"), &MainWindow::open, QKeySequence::Open, tr("Open a .cwa file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    add(file, tr("Open Sa&mple"), &MainWindow::openSample, {}, tr("Open the built-in ML product sample"));
    QMenu* importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    // Each import opens a new diagram: first the question about unsaved changes.
    const auto addImport = [this, importMenu, &add](const QString& text, QString (*run)(QWidget*, Document&),
                               const QString& tip, const QString& name) {
        add(
            importMenu, text,
            [this, run] {
                if (!maybeSave())
                    return;
                if (const QString done = run(this, *m_doc); !done.isEmpty())
                    showMessage(done);
            },
            {}, tip)
            ->setObjectName(name);
    };
    addImport(tr("&draw.io…"), &importDrawio,
        tr("Open a draw.io diagram as a new diagram: provider shapes become services, containers groups"),
        QStringLiteral("importDrawioAction"));
    addImport(tr("&Terraform…"), &importTerraform,
        tr("Open Terraform (a module's .tf files, or terraform show -json output) as a new diagram, laid out"),
        QStringLiteral("importTerraformAction"));
    QMenu* lessonsMenu = file->addMenu(tr("&Lessons"));
    lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
    file->addSeparator();
    m_saveAction = add(file, tr("&Save"), &MainWindow::save, QKeySequence::Save, tr("Save the diagram"));
    QAction* saveAs = add(
        file, tr("Save &As…"), &MainWindow::saveAs, QKeySequence::SaveAs, tr("Save the diagram under a new name"));
    saveAs->setShortcuts(withFallback(QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}));
    QAction* exportAction = add(
        file, tr("&Export Image…"),
        [this] {
            if (const QString done = exportImage(this, *m_scene, m_validation->findings()); !done.isEmpty())
                showMessage(done);
        },
        {}, tr("Write the diagram, or the selection, as a PNG, SVG or PDF image"));
    exportAction->setObjectName(QStringLiteral("exportImageAction"));
    QMenu* exportMenu = file->addMenu(tr("E&xport"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const auto addExport = [this, exportMenu, &add](const QString& text, interop::ExportFormat format, const QString& tip,
                               const QString& name) {
        QAction* a = add(
            exportMenu, text,
            [this, format] {
                if (const QString done = exportInterop(this, *m_doc, format); !done.isEmpty())
                    showMessage(done);
            },
            {}, tip);
        a->setObjectName(name);
    };
    addExport(tr("&draw.io…"), interop::ExportFormat::Drawio,
        tr("The diagram as a draw.io file with draw.io's own AWS, Google Cloud or Azure shapes"),
        QStringLiteral("exportDrawioAction"));
    addExport(tr("&Terraform…"), interop::ExportFormat::Terraform,
        tr("A Terraform skeleton: one resource per service with its type and size, to fill in; not a deployment"),
        QStringLiteral("exportTerraformAction"));
    addExport(tr("&Mermaid…"), interop::ExportFormat::Mermaid,
        tr("The diagram as Mermaid architecture-beta text, for Markdown pages"), QStringLiteral("exportMermaidAction"));
    file->addSeparator();
    add(file, tr("Export Re&port…"), &MainWindow::exportReport, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("The architecture report (diagram, improvement plan, cost) as HTML, Markdown or PDF, with a preview"));
    file->addSeparator();
    QAction* quit = add(file, tr("&Quit"), &QWidget::close, QKeySequence::Quit, tr("Quit Cloudwright"));
    quit->setShortcuts(withFallback(QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    quit->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_doc->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(withFallback(
        QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_cutAction = add(editMenu, tr("Cu&t"), &MainWindow::cut, QKeySequence::Cut);
    m_copyAction = add(editMenu, tr("&Copy"), &MainWindow::copy, QKeySequence::Copy);
    add(editMenu, tr("&Paste"), &MainWindow::paste, QKeySequence::Paste);
    m_duplicateAction = add(editMenu, tr("Dup&licate"), &MainWindow::duplicate, QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Copy the selection next to itself"));
    m_deleteAction = add(editMenu, tr("&Delete"), &MainWindow::deleteSelection, QKeySequence::Delete,
        tr("Delete the selection with its connections"));
    // Some platforms also bind Ctrl+D to Delete; here it duplicates.
    QList<QKeySequence> deleteKeys = withFallback(QKeySequence::Delete, {QKeySequence(Qt::Key_Backspace)});
    deleteKeys.removeAll(m_duplicateAction->shortcut());
    m_deleteAction->setShortcuts(deleteKeys);
    editMenu->addSeparator();
    add(editMenu, tr("Select &All"), &MainWindow::selectAll, QKeySequence::SelectAll);
    add(
        editMenu, tr("Co&nnect To…"), [this] { connectSelected(); }, QKeySequence(Qt::CTRL | Qt::Key_K),
        tr("Draw an edge from the selected node to another, chosen from a list (the keyboard's way to connect)"))
        ->setObjectName(QStringLiteral("connectAction"));
    editMenu->addSeparator();
    add(editMenu, tr("Pr&eferences…"), &MainWindow::showPreferences, QKeySequence(Qt::CTRL | Qt::Key_Comma),
        tr("Theme, language, snapping, autosave, what new diagrams start with, cost display"))
        ->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    add(
        m_viewMenu, tr("Zoom &In"), [this] { m_view->zoomIn(); }, QKeySequence::ZoomIn);
    add(
        m_viewMenu, tr("Zoom &Out"), [this] { m_view->zoomOut(); }, QKeySequence::ZoomOut);
    add(
        m_viewMenu, tr("&Fit to View"), [this] { m_view->fitToView(); }, QKeySequence(Qt::CTRL | Qt::Key_0));
    add(
        m_viewMenu, tr("&Actual Size"), [this] { m_view->zoomToActualSize(); }, QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMenu->addSeparator();
    m_snapAction = m_viewMenu->addAction(tr("&Snap to Grid"));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
    m_snapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_snapAction, &QAction::toggled, this, [this](bool on) { m_scene->setSnapToGrid(on); });
    m_showCostsAction = m_viewMenu->addAction(tr("Show &Costs"));
    m_showCostsAction->setObjectName(QStringLiteral("showCosts"));
    m_showCostsAction->setCheckable(true);
    m_showCostsAction->setToolTip(tr("Show each node's monthly cost on its card"));
    connect(m_showCostsAction, &QAction::toggled, this, &MainWindow::updateCosts);
    auto* legend = new CanvasLegend(m_view);
    QAction* showLegend = m_viewMenu->addAction(tr("Show &Legend"));
    showLegend->setObjectName(QStringLiteral("showLegend"));
    showLegend->setCheckable(true);
    showLegend->setChecked(false);
    legend->hide();
    showLegend->setToolTip(tr("Show the key to edge kinds and finding badges on the canvas"));
    connect(showLegend, &QAction::toggled, legend, &QWidget::setVisible);
    m_viewMenu->addAction(m_serviceModels->action());
    m_viewMenu->addSeparator();
    // Each panel's entry with a mnemonic of its own in this menu (the docks' titles stay plain).
    const QHash<QString, QString> panelEntries{{QStringLiteral("paletteDock"), tr("Ser&vices")},
        {QStringLiteral("inspectorDock"), tr("Insp&ector")}, {QStringLiteral("findingsDock"), tr("Findin&gs")},
        {QStringLiteral("costDock"), tr("Cos&t")}, {QStringLiteral("advisorDock"), tr("Adviso&r")},
        {QStringLiteral("serviceModelDock"), tr("Service Mo&del")}, {QStringLiteral("historyDock"), tr("&History")},
        {QStringLiteral("lessonDock"), tr("Lesso&n")}};
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        dock->toggleViewAction()->setText(panelEntries.value(dock->objectName(), dock->windowTitle()));
        m_viewMenu->addAction(dock->toggleViewAction());
    }

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    const std::pair<QString, edit::Alignment> alignments[] = {
        {tr("Align &Left"), edit::Alignment::Left},
        {tr("Align &Centre"), edit::Alignment::HCenter},
        {tr("Align &Right"), edit::Alignment::Right},
        {tr("Align &Top"), edit::Alignment::Top},
        {tr("Align &Middle"), edit::Alignment::VCenter},
        {tr("Align &Bottom"), edit::Alignment::Bottom},
        {tr("Distribute &Horizontally"), edit::Alignment::DistributeH},
        {tr("Distribute &Vertically"), edit::Alignment::DistributeV},
    };
    for (const auto& [text, how] : alignments) {
        const edit::Alignment h = how;
        if (how == edit::Alignment::Top || how == edit::Alignment::DistributeH)
            arrange->addSeparator();
        QAction* action = add(arrange, text, [this, h] { align(h); });
        action->setData(int(h));
        m_alignActions << action;
    }
    arrange->addSeparator();
    m_tidyUp = new TidyUp(*m_doc, *m_scene, *m_view, this);
    arrange->addAction(m_tidyUp->action());
    connect(m_tidyUp, &TidyUp::message, this, &MainWindow::showMessage);

    m_pricingMenu = new PricingMenu(
        *m_doc, cost::PriceBook::builtin(), [this] { return m_scene->selectedIds(); }, this);
    menuBar()->addMenu(m_pricingMenu);
    connect(m_pricingMenu, &PricingMenu::message, this, &MainWindow::showMessage);

    createHelpMenu();

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(newAction);
    bar->addAction(openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    // The menu's actions say what they undo ("Undo Move 2 items"); on the toolbar that
    // would make the bar jump after every edit, so its buttons keep a fixed label and
    // tell the rest in their tooltips.
    QUndoStack& stack = m_doc->undoStack();
    QAction* undoButton = bar->addAction(tr("Undo"), &stack, &QUndoStack::undo);
    QAction* redoButton = bar->addAction(tr("Redo"), &stack, &QUndoStack::redo);
    undoButton->setEnabled(stack.canUndo());
    redoButton->setEnabled(stack.canRedo());
    connect(&stack, &QUndoStack::canUndoChanged, undoButton, &QAction::setEnabled);
    connect(&stack, &QUndoStack::canRedoChanged, redoButton, &QAction::setEnabled);
    connect(&stack, &QUndoStack::undoTextChanged, undoButton,
        [undoButton](const QString& text) { undoButton->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(&stack, &QUndoStack::redoTextChanged, redoButton,
        [redoButton](const QString& text) { redoButton->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text)); });
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Provider: "), bar));
    m_providerBox = new QComboBox(bar);
    m_providerBox->setAccessibleName(tr("Provider"));
    for (const ProviderInfo& p : m_doc->catalog().providers())
        m_providerBox->addItem(p.name, p.id);
    m_providerBox->setToolTip(tr("Switch the diagram's provider: every service is renamed to the provider's own, "
                                 "instance types and the region map to their nearest equivalents"));
    connect(m_providerBox, &QComboBox::activated, this, [this] {
        m_doc->request([&](Architecture& m) {
            return edit::switchProvider(
                m, m_doc->catalog(), cost::PriceBook::builtin(), m_providerBox->currentData().toString());
        });
    });
    bar->addWidget(m_providerBox);
    createLessonActions(lessonsMenu, bar);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Cloudwright").arg(m_doc->displayName()));
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateActions()
{
    const QList<Id> selected = m_scene->selectedIds();
    const bool any = !selected.isEmpty();
    m_cutAction->setEnabled(any);
    m_copyAction->setEnabled(any);
    m_duplicateAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    int movable = 0;
    for (const Id& id : selected)
        movable += m_doc->model().typeOf(id) != EntityType::Edge ? 1 : 0;
    for (QAction* action : std::as_const(m_alignActions))
        action->setEnabled(movable >= edit::minimumItemsFor(edit::Alignment(action->data().toInt())));
}

void MainWindow::onSelectionChanged()
{
    m_inspector->showSelection(m_scene->selectedIds());
    m_advisor->showSelection(m_scene->selectedIds());
    updateActions();
}

void MainWindow::updateFindingsStatus()
{
    const FindingCounts c = m_validation->counts();
    m_findingsStatus->setText(tr("✖ %1  ⚠ %2  ℹ %3").arg(c.errors).arg(c.warnings).arg(c.infos));
    m_findingsStatus->setStyleSheet(c.errors
            ? QStringLiteral("color:%1").arg(theme::severityColor(Severity::Error).name())
            : c.warnings ? QStringLiteral("color:%1").arg(theme::severityColor(Severity::Warning).name())
                         : QStringLiteral("color:#2e7d32"));
}

void MainWindow::updateCosts()
{
    const cost::Projection& p = m_costs->projection();
    if (p.perMonth.empty())
        return;
    m_costStatus->setText(
        tr("%1/mo%2 · %3")
            .arg(cost::usdText(p.perMonth.front().total), p.complete() ? QString() : tr("+?"), cost::coverageText(p)));
    m_scene->setCostTexts(m_showCostsAction->isChecked() ? cost::cardCostTexts(p) : QHash<Id, QString>());
}

void MainWindow::showOnCanvas(const QList<Id>& nodes, const QList<Id>& edges)
{
    QList<Id> ids = nodes + edges;
    m_scene->selectOnly(ids);
    QRectF area;
    QRectF first; // a quick fix names what it added first: that one must come into view
    for (const Id& id : std::as_const(ids)) {
        if (CanvasItem* item = m_scene->canvasItem(id)) {
            area |= item->frame();
            if (first.isNull())
                first = item->frame();
        }
    }
    if (!area.isNull())
        m_view->reveal(area, first);
}

// The user was looking at something when they pressed Fix: the view stays put, and pans
// just enough (never zooms) when the first thing the fix added is out of sight.
void MainWindow::showFixed(const QList<Id>& items)
{
    m_scene->selectOnly(items);
    const CanvasItem* first = items.isEmpty() ? nullptr : m_scene->canvasItem(items.first());
    if (!first)
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (!visible.contains(first->frame()))
        m_view->panToShow(first->frame());
}

void MainWindow::showMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

} // namespace cw
