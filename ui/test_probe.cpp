#include "test_probe.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/group_item.h"
#include "canvas/node_item.h"
#include "document.h"
#include "main_window.h"
#include "panels/palette_widget.h"

#include <QLineEdit>
#include <QSaveFile>
#include <QTimer>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

namespace cw {

namespace {
Json point(QPoint p)
{
    return Json::array({p.x(), p.y()});
}
} // namespace

TestProbe* TestProbe::createIfRequested(MainWindow* window)
{
    const QString path = qEnvironmentVariable("CLOUDWRIGHT_TEST_GEOMETRY");
    return path.isEmpty() ? nullptr : new TestProbe(window, path);
}

TestProbe::TestProbe(MainWindow* window, QString path)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &TestProbe::write);
    m_timer->start(100);
}

void TestProbe::write()
{
    if (!m_window->isVisible())
        return;
    Json out;
    // The title as the window system shows it: "[*]" becomes "*" when modified.
    QString title = m_window->windowTitle();
    title.replace(QStringLiteral("[*]"), m_window->isWindowModified() ? QStringLiteral("*") : QString());
    out["title"] = title.toStdString();
    out["modified"] = m_window->document().isModified();
    out["file"] = m_window->document().filePath().toStdString();
    out["undoIndex"] = m_window->document().undoStack().index();
    out["undoCount"] = m_window->document().undoStack().count();

    QTreeWidget* tree = m_window->palette()->tree();
    Json palette = Json::object();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* category = tree->topLevelItem(i);
        for (int j = 0; j < category->childCount(); ++j) {
            QTreeWidgetItem* item = category->child(j);
            const QRect r = tree->visualItemRect(item);
            if (item->isHidden() || r.isEmpty() || !tree->viewport()->rect().contains(r.center()))
                continue;
            palette[item->data(0, PaletteTree::EntryRole).toString().toStdString()]
                = point(tree->viewport()->mapToGlobal(r.center()));
        }
    }
    out["palette"] = palette;
    if (auto* search = m_window->palette()->findChild<QLineEdit*>())
        out["search"] = point(search->mapToGlobal(search->rect().center()));

    DiagramView* view = m_window->view();
    const QRect vp = view->viewport()->rect();
    const QPoint topLeft = view->viewport()->mapToGlobal(vp.topLeft());
    out["canvas"] = Json::array({topLeft.x(), topLeft.y(), vp.width(), vp.height()});
    auto toGlobal = [&](QPointF scenePos) { return view->viewport()->mapToGlobal(view->mapFromScene(scenePos)); };

    const Architecture& model = m_window->document().model();
    Json nodes = Json::object();
    for (const Node& n : model.nodes()) {
        NodeItem* item = m_window->scene()->nodeItem(n.id);
        if (!item)
            continue;
        nodes[n.id.toStdString()]
            = {{"center", point(toGlobal(item->frame().center()))}, {"handle", point(toGlobal(item->handleCenter()))}};
    }
    out["nodes"] = nodes;
    Json groups = Json::object();
    for (const Group& g : model.groups()) {
        GroupItem* item = m_window->scene()->groupItem(g.id);
        if (!item)
            continue;
        const QRectF f = item->frame();
        const QPoint a = toGlobal(f.topLeft());
        const QPoint b = toGlobal(f.bottomRight());
        groups[g.id.toStdString()] = {{"rect", Json::array({a.x(), a.y(), b.x() - a.x(), b.y() - a.y()})},
            {"center", point(toGlobal(f.center()))},
            {"title", point(toGlobal(f.topLeft() + QPointF(f.width() / 2, 14)))}};
    }
    out["groups"] = groups;

    const std::string text = out.dump(1);
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    if (bytes == m_last)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        m_last = bytes;
}

} // namespace cw
