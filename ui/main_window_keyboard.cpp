// The keyboard's way through the editor (issue 15): adding from the palette with Enter,
// and connecting with a dialog. Moving between cards is the view's (Tab, Alt+arrows).
#include "main_window.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "connect_dialog.h"
#include "document.h"
#include "edit/edits.h"
#include "layout/navigation.h"
#include "view/card_layout.h"

namespace cw {

void MainWindow::addAtViewCentre(const QString& entry)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    // A service goes to the nearest free place around the centre; a group where asked.
    QPointF at = centre;
    if (entry.startsWith(QLatin1String("node:"))) {
        const QSizeF card(kNodeWidth, kNodeHeight);
        at = layout::freePlaceNear(m_doc->model().diagram(), centre, card, m_scene->gridSize()) + QPointF(card.width() / 2, card.height() / 2);
    }
    if (m_scene->dropPaletteEntry(entry, at)) {
        m_view->setFocus();
        showMessage(tr("Added at the centre of the view; Ctrl+K connects it, arrows move it"));
    }
}

void MainWindow::connectSelected()
{
    const QList<Id> selected = m_scene->selectedIds();
    const Diagram& d = m_doc->model().diagram();
    const auto isNode = [&d](const Id& id) {
        for (const Node& n : d.nodes)
            if (n.id == id)
                return true;
        return false;
    };
    if (selected.size() != 1 || !isNode(selected.front())) {
        showMessage(tr("Select one node to connect from (Tab moves between nodes)"));
        return;
    }
    if (d.nodes.size() < 2) {
        showMessage(tr("There is no other node to connect to yet"));
        return;
    }
    ConnectDialog dialog(d, m_doc->catalog(), selected.front(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.target().isEmpty())
        return;
    const Id from = selected.front(), to = dialog.target();
    const EdgeKind kind = dialog.kind();
    const QString label = dialog.label();
    if (m_doc->request([&](Architecture& m) { return edit::connect(m, from, to, kind, label); }))
        showMessage(tr("Connected: %1 → %2").arg(from, to));
}

} // namespace cw
