// MainWindow and the classroom: the start page and the service-model overlay.
#include "main_window.h"

#include "document.h"
#include "service_model_overlay.h"
#include "start/start_page.h"
#include "teach/lesson_reader.h"

#include <QStatusBar>

namespace cw {

void MainWindow::showStartPage()
{
    auto* page = new StartPage(m_doc->catalog(), this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &StartPage::templateChosen, this, &MainWindow::newFromTemplate);
    connect(page, &StartPage::lessonChosen, this, &MainWindow::lessonChosen);
    connect(page, &StartPage::openRequested, this, &MainWindow::open);
    connect(page, &StartPage::blankRequested, this, &MainWindow::newDiagram);
    page->open();
}

bool MainWindow::newFromTemplate(const QString& id)
{
    std::optional<Diagram> diagram = teach::builtinTemplate(id, m_doc->catalog());
    if (!diagram) {
        showMessage(tr("There is no template “%1”").arg(id));
        return false;
    }
    if (!maybeSave())
        return false;
    const QString title = diagram->meta.title;
    // No file: the template itself is never written, Save asks for a name.
    m_doc->openDiagram(std::move(*diagram));
    showMessage(tr("New diagram from the template “%1”; Save asks where to keep it").arg(title));
    return true;
}

void MainWindow::setServiceModelOverlay(bool on)
{
    m_serviceModels->setOn(on);
}

} // namespace cw
