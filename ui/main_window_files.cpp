// MainWindow's file handling: open, save, recent files, settings, recovery.
#include "main_window.h"
#include "report/report_dialog.h"
#include "validation_controller.h"

#include "autosave.h"
#include "canvas/diagram_view.h"
#include "document.h"
#include "io/cwa_reader.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace cw {

namespace {
constexpr int kMaxRecent = 8;
const QString kFileFilter = QStringLiteral("Cloudwright architectures (*.cwa);;All files (*)");
} // namespace

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them before closing it?").arg(m_doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosaver->discardCopy(); // declined: the copy would only come back as a question
        return true;
    }
    return false;
}

void MainWindow::newDiagram()
{
    if (!maybeSave())
        return;
    if (m_prefs.defaultProvider == QLatin1String("generic") && m_prefs.defaultRegion.isEmpty()) {
        m_doc->newDiagram();
        return;
    }
    Diagram fresh; // Edit ▸ Preferences: what new diagrams start with
    fresh.meta.provider = m_prefs.defaultProvider;
    fresh.meta.region = m_prefs.defaultRegion;
    m_doc->openDiagram(std::move(fresh));
}

void MainWindow::openSample()
{
    if (maybeSave())
        m_doc->openSample();
}

bool MainWindow::recover(const Recoverable& r)
{
    LoadResult loaded = readCwaFile(r.file, m_doc->catalog());
    if (!loaded.ok()) {
        QMessageBox::warning(
            this, tr("Cannot recover"), tr("The autosaved copy could not be read.\n\n%1").arg(loaded.error.toString()));
        Autosaver::discard(r);
        return false;
    }
    m_doc->recover(std::move(*loaded.diagram), r.originalPath);
    m_autosaver->adopt(r); // keep writing to the same copy until the work is saved
    showMessage(
        tr("Recovered unsaved work from %1").arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

bool MainWindow::offerRecovery()
{
    bool here = false;
    for (const Recoverable& r : Autosaver::findRecoverable()) {
        const QString what = r.originalPath.isEmpty() ? tr("“%1” (never saved)").arg(r.title)
                                                      : QDir::toNativeSeparators(r.originalPath);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
            tr("Cloudwright did not close properly. Unsaved work on %1 was kept at %2.")
                .arg(what, QLocale().toString(r.savedAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryDialog")); // how end-to-end tests know it
        QPushButton* recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recoverButton);
        box.setInformativeText(tr("Recovered work opens as unsaved changes; save it to keep it."));
        box.exec();
        if (box.clickedButton() != recoverButton) {
            Autosaver::discard(r);
            continue;
        }
        if (!here && !m_doc->isModified()) {
            here = recover(r);
            continue;
        }
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->recover(r);
    }
    return here;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open architecture"), dir, kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    LoadError error;
    if (!m_doc->open(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open file"),
            tr("Cloudwright could not open “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box.setInformativeText(error.toString());
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        showMessage(error.toString(), 15000);
        return false;
    }
    addRecentFile(m_doc->filePath());
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_doc->filePath())));
    startEmbeddedLesson();
    return true;
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_doc->filePath();
    if (suggested.isEmpty()) {
        const QString dir = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
        QString name = m_doc->model().meta().title.isEmpty() ? tr("architecture") : m_doc->model().meta().title;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")), QString());
        suggested = QDir(dir).filePath(name.trimmed() + QStringLiteral(".cwa"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save architecture"), suggested, kFileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cwa");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    QString error;
    if (!m_doc->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save"),
            tr("%1\n\nThe diagram is still open and nothing in it is lost; "
               "try another folder or name.")
                .arg(error));
        return false;
    }
    addRecentFile(m_doc->filePath());
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_doc->filePath())));
    return true;
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const QString& path : files) {
        QAction* a = m_recentMenu->addAction(tr("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, so the canvas and the cost table both have room.
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1280, 800);
        resize(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
        move(screen.center() - rect().center());
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // The cost dock gets two fifths of the height: its chart and table need rows. Docks
        // take a size only once the window is laid out, hence after the event loop starts.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_costDock}, {height() * 2 / 5}, Qt::Vertical);
            QTimer::singleShot(0, m_view, &DiagramView::fitToView); // the canvas is smaller now
        });
    }
    m_snapAction->setChecked(settings.value(QStringLiteral("canvas/snap"), true).toBool());
    m_showCostsAction->setChecked(settings.value(QStringLiteral("canvas/showCosts"), false).toBool());
    applyPreferences(Preferences::load());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("canvas/snap"), m_snapAction->isChecked());
    settings.setValue(QStringLiteral("canvas/showCosts"), m_showCostsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosaver->discardCopy(); // saved or declined: nothing left to recover
    event->accept();
}

void MainWindow::exportReport()
{
    ReportDialog dialog(*m_doc, m_validation->findings(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.written().isEmpty())
        showMessage(tr("Report written: %1").arg(QDir::toNativeSeparators(dialog.written().join(QStringLiteral(", ")))));
}

} // namespace cw
