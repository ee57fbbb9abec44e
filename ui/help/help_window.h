#pragma once

#include <QMainWindow>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace cw {

/// Help > User Guide (F1): the guide of docs/ (built into the program) in a window of its
/// own, with its contents beside it, a search box, and the other docs its links lead to.
class HelpWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    /// Shows a page of the guide: "user-guide.md", optionally with "#anchor".
    void showPage(const QString& page);
    QTextBrowser* browser() const { return m_browser; }
    /// The headings of the page shown, as the contents list holds them (without indent).
    QStringList contents() const;
    /// Finds the next place the text occurs, from the cursor on (wrapping once).
    bool find(const QString& text);

private:
    void rebuildContents();

    QTextBrowser* m_browser = nullptr;
    QListWidget* m_contents = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace cw
