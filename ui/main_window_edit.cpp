// MainWindow's Edit menu commands: the clipboard, duplicate, delete, select all, align.
// Each asks the Document for one edit; the scene only reports and shows the selection.
#include "main_window.h"

#include "canvas/diagram_scene.h"
#include "clipboard.h"
#include "document.h"

#include <QApplication>
#include <QClipboard>
#include <QStatusBar>

namespace cw {

void MainWindow::copy()
{
    const QList<Id> ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(fragmentToMime(edit::copyFragment(m_doc->model(), ids)));
    m_pasteCount = 0;
    showMessage(ids.size() == 1 ? tr("Copied 1 item") : tr("Copied %1 items").arg(ids.size()), 3000);
}

void MainWindow::cut()
{
    copy();
    deleteSelection();
}

void MainWindow::paste()
{
    std::optional<Diagram> fragment = fragmentFromMime(QApplication::clipboard()->mimeData(), m_doc->catalog());
    if (!fragment) {
        showMessage(tr("The clipboard holds no Cloudwright items"));
        return;
    }
    ++m_pasteCount;
    const qreal step = DiagramScene::kDefaultGrid * 2;
    QList<Id> created;
    if (m_doc->request(
            [&](Architecture& m) { return edit::paste(m, *fragment, QPointF(step, step) * m_pasteCount); }, &created))
        m_scene->selectOnly(created);
}

void MainWindow::duplicate()
{
    const QList<Id> ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    const qreal step = DiagramScene::kDefaultGrid * 2;
    const Diagram fragment = edit::copyFragment(m_doc->model(), ids);
    QList<Id> created;
    if (m_doc->request(
            [&](Architecture& m) { return edit::paste(m, fragment, QPointF(step, step), tr("Duplicate")); }, &created))
        m_scene->selectOnly(created);
}

void MainWindow::deleteSelection()
{
    const QList<Id> ids = m_scene->selectedIds();
    if (!ids.isEmpty())
        m_doc->request([&](Architecture& m) { return edit::removeItems(m, ids); });
}

void MainWindow::selectAll()
{
    QList<Id> ids;
    for (const Node& n : m_doc->model().nodes())
        ids.append(n.id);
    for (const Group& g : m_doc->model().groups())
        ids.append(g.id);
    for (const Edge& e : m_doc->model().edges())
        ids.append(e.id);
    m_scene->selectOnly(ids);
}

void MainWindow::align(edit::Alignment how)
{
    m_doc->request([&](Architecture& m) { return edit::alignItems(m, m_scene->selectedIds(), how); });
}

} // namespace cw
