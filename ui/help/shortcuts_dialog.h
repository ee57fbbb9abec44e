#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace cw {

/// Help > Keyboard Shortcuts: every action of the menus with its keys and where it lives,
/// and the keys of the canvas that belong to no menu; filtered as you type.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    int rows() const;
    /// The keys listed for a command ("Save" -> "Ctrl+S"); empty when it is not listed.
    QString keysOf(const QString& command) const;
    void filter(const QString& text);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace cw
