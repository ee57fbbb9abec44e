#include "test_probe.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "view/group_item.h"
#include "view/node_item.h"
#include "document.h"
#include "main_window.h"
#include "panels/palette_widget.h"
#include "teach/lesson_session.h"
#include "teach/presentation_mode.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <utility>

namespace cw {

namespace {
Json point(QPoint p)
{
    return Json::array({p.x(), p.y()});
}

/// The title as the window system shows it: "[*]" becomes "*" when modified.
std::string shownTitle(const QWidget* window)
{
    QString title = window->windowTitle();
    title.replace(QStringLiteral("[*]"), window->isWindowModified() ? QStringLiteral("*") : QString());
    return title.toStdString();
}

/// What a test needs to recognise a widget: its class, object name and window title.
Json describe(const QWidget* w)
{
    if (!w)
        return nullptr;
    return {{"class", w->metaObject()->className()}, {"name", w->objectName().toStdString()},
        {"title", shownTitle(w->window())}};
}

/// The modal dialog on top, with its buttons by their text ("&Recover" as "Recover").
Json modalDialog()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal)
        return nullptr;
    Json out = describe(modal);
    out["active"] = modal->isActiveWindow();
    Json buttons = Json::object();
    for (const QAbstractButton* b : modal->findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        buttons[QString(b->text()).remove(QLatin1Char('&')).toStdString()]
            = {{"center", point(b->mapToGlobal(b->rect().center()))}, {"focus", b->hasFocus()}};
    }
    out["buttons"] = buttons;
    return out;
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
    // Read only: the probe counts the model's changes and never edits it.
    const Architecture& model = std::as_const(window->document()).model();
    connect(&model, &Architecture::changed, this, [this] { ++m_revision; });
    connect(&model, &Architecture::modelReset, this, [this] { ++m_revision; });
    qApp->installEventFilter(this);
}

bool TestProbe::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (static_cast<QKeyEvent*>(event)->key() != kSyncKey)
            return false;
        // Seen first by the window, then by the focus widget: count it once, swallow it.
        if (event->type() == QEvent::KeyPress && watched->isWindowType()
            && !static_cast<QKeyEvent*>(event)->isAutoRepeat()) {
            writeWhenSettled(++m_syncs);
        }
        return true;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
        if (watched->isWindowType()) {
            const QPoint at = static_cast<QMouseEvent*>(event)->globalPosition().toPoint();
            if (event->type() == QEvent::MouseButtonPress)
                m_pressedAt = at;
            m_pointer = at;
            // Moves without a button held are hover: the periodic write is enough for them.
            if (event->type() != QEvent::MouseMove || QGuiApplication::mouseButtons() != Qt::NoButton)
                writeSoon();
        }
        return false;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        // During a QDrag the mouse moves reach the drag, not the windows; the target sees these.
        if (auto* widget = qobject_cast<QWidget*>(watched)) {
            m_pointer = widget->mapToGlobal(static_cast<QDropEvent*>(event)->position().toPoint());
            writeSoon();
        }
        return false;
    default: return false;
    }
}

void TestProbe::writeWhenSettled(quint64 sync, int hops)
{
    // A queued call runs after the events posted before it; a second hop lets those
    // post their own follow-ups (deferred updates, queued signals) and see them handled.
    QMetaObject::invokeMethod(
        this,
        [this, sync, hops] {
            if (hops > 1) {
                writeWhenSettled(sync, hops - 1);
                return;
            }
            m_idle = std::max(m_idle, sync);
            write();
        },
        Qt::QueuedConnection);
}

void TestProbe::writeSoon()
{
    if (std::exchange(m_writeQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_writeQueued = false;
            write();
        },
        Qt::QueuedConnection);
}

void TestProbe::write()
{
    if (!m_window->isVisible())
        return;
    const Document& doc = m_window->document();
    const QUndoStack& undo = m_window->document().undoStack();
    Json out;
    out["title"] = shownTitle(m_window);
    out["modified"] = doc.isModified();
    out["file"] = doc.filePath().toStdString();
    out["revision"] = m_revision;
    out["undoIndex"] = undo.index();
    out["undoCount"] = undo.count();
    out["undoClean"] = undo.isClean();
    out["idle"] = m_idle;
    out["syncs"] = m_syncs;
    out["focus"] = describe(QApplication::focusWidget());
    out["active"] = describe(QApplication::activeWindow());
    out["modal"] = modalDialog();

    const Qt::MouseButtons buttons = QGuiApplication::mouseButtons();
    const bool dnd = m_window->findChild<QDrag*>() != nullptr;
    const bool moved = (m_pointer - m_pressedAt).manhattanLength() >= QApplication::startDragDistance();
    out["pointer"] = {{"at", point(m_pointer)}, {"buttons", int(buttons)}, {"dnd", dnd}};
    out["dragging"] = dnd || (buttons != Qt::NoButton && moved);

    Json selection = Json::array();
    for (const Id& id : m_window->scene()->selectedIds())
        selection.push_back(id.toStdString());
    out["selection"] = selection;

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

    const Architecture& model = doc.model();
    Json nodes = Json::object();
    Json visibleNodes = Json::array();
    for (const Node& n : model.nodes()) {
        NodeItem* item = m_window->scene()->nodeItem(n.id);
        if (!item)
            continue;
        nodes[n.id.toStdString()] = {{"center", point(toGlobal(item->frame().center()))},
            {"handle", point(toGlobal(item->handleCenter()))}, {"visible", item->isVisible()}};
        if (item->isVisible())
            visibleNodes.push_back(n.id.toStdString());
    }
    out["nodes"] = nodes;
    out["visibleNodes"] = visibleNodes;
    // The lesson running (null when none) and presentation mode.
    const LessonSession* lesson = m_window->lessonSession();
    out["lesson"] = lesson && lesson->active()
        ? Json{{"id", lesson->lesson().id.toStdString()}, {"step", lesson->step()}, {"steps", lesson->stepCount()}}
        : Json(nullptr);
    out["presenting"] = m_window->presentation() && m_window->presentation()->active();
    out["fullScreen"] = m_window->isFullScreen();
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

    // Tabs of the tabbed docks and panels ("Cost", "Advisor", "Advice"), and the named push
    // buttons shown ("advisorApply", "optionCard_serverless/apply"), where to click them.
    Json tabs = Json::object();
    for (QTabBar* bar : m_window->findChildren<QTabBar*>()) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i)
            tabs[bar->tabText(i).toStdString()] = point(bar->mapToGlobal(bar->tabRect(i).center()));
    }
    out["tabs"] = tabs;
    Json pushButtons = Json::object();
    for (QPushButton* b : m_window->findChildren<QPushButton*>()) {
        if (!b->isVisible() || b->objectName().isEmpty())
            continue;
        const QWidget* owner = b->parentWidget();
        const QString name = owner && !owner->objectName().isEmpty() && b->objectName() == QLatin1String("apply")
            ? owner->objectName() + QLatin1Char('/') + b->objectName()
            : b->objectName();
        pushButtons[name.toStdString()]
            = {{"center", point(b->mapToGlobal(b->rect().center()))}, {"enabled", b->isEnabled()},
                {"text", b->text().toStdString()}};
    }
    out["buttons"] = pushButtons;

    const std::string text = out.dump(1);
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    if (bytes == m_last)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        m_last = bytes;
}

} // namespace cw
