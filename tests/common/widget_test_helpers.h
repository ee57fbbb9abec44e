#pragma once

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "view/node_item.h"
#include "main_window.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <QFileInfo>
#include <QSettings>

#include <memory>
#include <optional>

namespace cw::test {

/// A main window on the sample, shown (offscreen), with settings kept out of the user's
/// and out of the other tests': each test program has its own, emptied first, so a window
/// state one test leaves (a dock it opened) never reaches another, run before or beside it.
inline std::unique_ptr<MainWindow> openWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudwrightTests"));
    QCoreApplication::setApplicationName(
        QStringLiteral("CloudwrightTests-") + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    window->openSample();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->view()->fitToView(); // the whole sample in sight: no scrolling mid-gesture
    return window;
}

/// The viewport point where a scene point is drawn.
inline QPoint viewportPoint(DiagramView* view, QPointF scenePos)
{
    return view->mapFromScene(scenePos);
}

/// Sends the three halves of a drag and drop to the viewport (QDrag::exec does not
/// run on the offscreen platform).
inline bool dropOnViewport(DiagramView* view, QMimeData* mime, QPoint at)
{
    QWidget* vp = view->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &drop);
    return drop.isAccepted();
}

/// A left-button drag on the viewport in small steps, as a hand would.
inline void dragOnViewport(DiagramView* view, QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
{
    QWidget* vp = view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, mods, from);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(vp, from + (to - from) * i / steps);
    QTest::mouseRelease(vp, Qt::LeftButton, mods, to);
}

/// What the budget-limit dialog of the next quick fix showed.
struct LimitAsked {
    bool shown = false;
    QString text;
    int proposed = 0;
};

/// Answers the next number dialog (the limit a budget fix asks for, modal): with value,
/// with what it proposes when value is 0, or Cancel when there is no value.
inline void answerNextLimit(std::optional<int> value, LimitAsked* asked = nullptr)
{
    QTimer::singleShot(0, qApp, [value, asked] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (asked)
            *asked = {true, dialog->labelText(), dialog->intValue()};
        if (!value) {
            dialog->reject();
            return;
        }
        if (*value > 0)
            dialog->setIntValue(*value);
        dialog->accept();
    });
}

} // namespace cw::test
