// MainWindow's lessons: File ▸ Lessons, the Lesson dock, the lesson on the canvas and
// presentation mode (docs/lessons.md "Running a lesson", "Presenting").
#include "main_window.h"

#include "advisor/advisor_panel.h"
#include "advisor/scaling_tab.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "cost_controller.h"
#include "document.h"
#include "rules/rule_book.h"
#include "teach/exercise_checklist.h"
#include "teach/lesson_panel.h"
#include "teach/lesson_reader.h"
#include "teach/lesson_session.h"
#include "teach/lesson_stage.h"
#include "teach/presentation_mode.h"
#include "validation_controller.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>

#include <utility>

namespace cw {

namespace {
constexpr int kLessonDockWidth = 400; // the narration reads as lines, not a column of words
}

void MainWindow::createLessonDock()
{
    m_lessons = new LessonSession(this);
    m_lessonStage = new LessonStage(*m_lessons, *m_scene, this);
    m_lessonPanel = new LessonPanel(*m_lessons, *m_doc, this);
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(m_lessonPanel);
    m_lessonDock->toggleViewAction()->setToolTip(tr("The lesson running: its steps, exercise and quiz"));
    // Beside the palette, in the tall left column: the lesson wants height for its text,
    // and a student switches to the palette tab to add what an exercise asks.
    if (auto* palette = findChild<QDockWidget*>(QStringLiteral("paletteDock")))
        tabifyDockWidget(palette, m_lessonDock);
    else
        addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_lessonDock->hide(); // shown when a lesson starts
    connect(m_lessonPanel, &LessonPanel::closeRequested, this, &MainWindow::closeLesson);
    connect(m_lessonPanel, &LessonPanel::showRequested, this, &MainWindow::showLessonView);
    connect(m_lessonPanel->exercise(), &ExerciseChecklist::passed, this,
        [this] { showMessage(tr("Exercise passed: every condition is met")); });
    connect(m_lessons, &LessonSession::stepChanged, this, [this] {
        const bool wanted = m_lessons->currentStep().show == QLatin1String("service-models");
        if (std::exchange(m_serviceModelsShown, wanted) != wanted)
            Q_EMIT serviceModelsRequested(wanted);
    });
    connect(m_lessons, &LessonSession::ended, this, [this] {
        if (std::exchange(m_serviceModelsShown, false))
            Q_EMIT serviceModelsRequested(false);
    });
    // A lesson belongs to the diagram it started on: opening another one ends it.
    connect(m_doc, &Document::replaced, m_lessons, &LessonSession::end);
    m_presentation
        = new PresentationMode(*this, *m_view, *m_scene, *m_lessons, *m_lessonStage, *m_validation, *m_costs, this);
}

void MainWindow::listBuiltinLessons(QMenu* lessonsMenu)
{
    // Reading a lesson lays out its template: done the first time the menu opens, not at start.
    QAction* first = lessonsMenu->actions().value(0);
    int number = 0;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        // The same reading as teach::builtinLessons(), kept with its path to open it by.
        const teach::LessonLoad load = teach::readLessonFile(path, m_doc->catalog(), RuleBook::builtin());
        if (!load.ok())
            continue;
        // Numbered, so that each has a mnemonic (&1 to &9) as the recent files do.
        const QString title = QString(load.lesson->title).replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto* a = new QAction(++number <= 9 ? tr("&%1 %2").arg(number).arg(title) : title, lessonsMenu);
        a->setToolTip(load.lesson->summary);
        a->setStatusTip(load.lesson->summary);
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openLesson(path); });
        lessonsMenu->insertAction(first, a);
    }
    lessonsMenu->insertSeparator(first);
}

void MainWindow::createLessonActions(QMenu* lessonsMenu, QToolBar* bar)
{
    lessonsMenu->setToolTipsVisible(true);
    connect(lessonsMenu, &QMenu::aboutToShow, this, [this, lessonsMenu] {
        if (!lessonsMenu->property("listed").toBool()) {
            lessonsMenu->setProperty("listed", true);
            listBuiltinLessons(lessonsMenu);
        }
    });
    QAction* file = lessonsMenu->addAction(tr("Open Lesson &File…"));
    file->setStatusTip(tr("Run a lesson file (cloudwright-lesson JSON) a teacher wrote"));
    connect(file, &QAction::triggered, this, [this] {
        const QString last = QSettings().value(QStringLiteral("lastDirectory")).toString();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open lesson"), last, tr("Cloudwright lessons (*.json);;All files (*)"));
        if (!path.isEmpty())
            openLesson(path);
    });
    m_closeLessonAction = lessonsMenu->addAction(tr("&Close Lesson"), this, &MainWindow::closeLesson);
    m_closeLessonAction->setEnabled(false);
    connect(m_lessons, &LessonSession::started, this, [this] { m_closeLessonAction->setEnabled(true); });
    connect(m_lessons, &LessonSession::ended, this, [this] { m_closeLessonAction->setEnabled(false); });

    m_presentAction = new QAction(tr("&Present"), this);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setToolTip(tr("Present full screen: the lesson's steps as captions, large type (F5; Esc leaves)"));
    m_presentAction->setStatusTip(m_presentAction->toolTip());
    connect(m_presentAction, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, m_presentAction, &QAction::setChecked);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentAction);
    bar->addSeparator();
    bar->addAction(m_presentAction);
}

bool MainWindow::openLesson(const QString& lessonFilePath)
{
    const teach::LessonLoad load = teach::readLessonFile(lessonFilePath, m_doc->catalog(), RuleBook::builtin());
    if (!load.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open lesson"),
            tr("Cloudwright could not open the lesson “%1”.").arg(QFileInfo(lessonFilePath).fileName()),
            QMessageBox::Ok, this);
        box.setInformativeText(load.error.toString());
        box.exec();
        showMessage(load.error.toString(), 15000);
        return false;
    }
    if (!maybeSave())
        return false;
    // A new untitled diagram: the template or the lesson file stays as it is.
    m_doc->openDiagram(load.lesson->diagram);
    startLesson(*load.lesson);
    return true;
}

void MainWindow::startLesson(teach::Lesson lesson)
{
    const QString title = lesson.title;
    const int steps = int(lesson.steps.size());
    m_lessons->start(std::move(lesson));
    m_lessonDock->show();
    m_lessonDock->raise();
    if (m_lessonDock->width() < kLessonDockWidth)
        resizeDocks({m_lessonDock}, {kLessonDockWidth}, Qt::Horizontal);
    showMessage(tr("Lesson “%1”: %2 steps; Next goes on, F5 presents it full screen").arg(title).arg(steps), 10000);
}

void MainWindow::startEmbeddedLesson()
{
    const QString name = QFileInfo(m_doc->filePath()).fileName();
    const teach::LessonLoad load
        = teach::readEmbeddedLesson(m_doc->model().diagram(), name, m_doc->catalog(), RuleBook::builtin());
    if (load.ok()) {
        startLesson(*load.lesson);
    } else if (!load.error.message.isEmpty()) {
        // The diagram is open all the same; the teacher learns where the lesson is wrong.
        showMessage(tr("Opened %1 without its lesson: %2").arg(name, load.error.toString()), 0);
    }
}

void MainWindow::closeLesson()
{
    if (!m_lessons->active())
        return;
    m_lessons->end();
    m_view->fitToView();
    showMessage(tr("Lesson closed; the whole diagram is shown"));
}

void MainWindow::showLessonView(const QString& view)
{
    auto raise = [](QDockWidget* dock) {
        dock->show();
        dock->raise();
    };
    if (view == QLatin1String("cost")) {
        raise(m_costDock);
    } else if (view == QLatin1String("findings")) {
        raise(m_findingsDock);
    } else if (view == QLatin1String("advisor") || view == QLatin1String("scaling")) {
        raise(m_advisorDock);
        QTabWidget* tabs = m_advisor->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget* page = tabs->widget(i);
            const bool scaling = page == m_advisor->scaling() || page->isAncestorOf(m_advisor->scaling());
            if (scaling == (view == QLatin1String("scaling"))) {
                tabs->setCurrentIndex(i);
                break;
            }
        }
    }
    // "service-models" goes out as serviceModelsRequested() when the step changes.
}

} // namespace cw
