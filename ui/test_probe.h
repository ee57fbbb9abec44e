#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace cw {

class MainWindow;

/// For end-to-end tests only: when CLOUDWRIGHT_TEST_GEOMETRY names a file, the
/// window keeps writing there, as JSON, where things are on screen (palette entries,
/// the search field, nodes, handles, groups) so that a test driving the real program
/// with xdotool never hard-codes a position. Off, and costing nothing, otherwise.
class TestProbe : public QObject {
    Q_OBJECT

public:
    static TestProbe* createIfRequested(MainWindow* window);

private:
    TestProbe(MainWindow* window, QString path);
    void write();

    MainWindow* m_window;
    QString m_path;
    QByteArray m_last;
    QTimer* m_timer;
};

} // namespace cw
