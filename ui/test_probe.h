#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

class QTimer;

namespace cw {

class MainWindow;

/// For end-to-end tests only: when CLOUDWRIGHT_TEST_GEOMETRY names a file, the
/// window keeps writing there, as JSON, where things are on screen (palette entries,
/// the search field, nodes, handles, groups, the buttons of a modal dialog) and what
/// state it is in (revision, undo stack, selection, focus, a press or drag under way, the
/// lesson step, presentation mode, which nodes are shown),
/// so that a test driving the real program with xdotool never hard-codes a position
/// and never has to guess with a sleep whether an action has landed.
/// Off, and costing nothing, otherwise: no object, no timer, no event filter.
class TestProbe : public QObject {
    Q_OBJECT

public:
    /// The key a test presses to ask "have you handled everything I sent before this?".
    /// The probe swallows it, so it never reaches a widget; no shortcut uses it. It must be
    /// in X's default keymap: xdotool sends others by remapping a key, and Qt may read the
    /// key before it has the new map.
    static constexpr int kSyncKey = Qt::Key_Pause;

    static TestProbe* createIfRequested(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TestProbe(MainWindow* window, QString path);
    /// Marks the sync key `sync` handled, and writes, once the events queued before now
    /// (and what they queue in turn) are handled.
    void writeWhenSettled(quint64 sync, int hops = 2);
    /// Writes soon, once: for presses, releases and moves during a drag.
    void writeSoon();
    void write();

    MainWindow* m_window;
    QString m_path;
    QByteArray m_last;
    QTimer* m_timer;
    quint64 m_revision = 0; ///< model changes seen: every edit, undo, redo, open
    quint64 m_syncs = 0;    ///< sync keys received
    quint64 m_idle = 0;     ///< sync keys whose earlier events have all been handled
    QPoint m_pointer;       ///< where the last mouse or drag event the program handled was
    QPoint m_pressedAt;
    bool m_writeQueued = false;
};

} // namespace cw
