#pragma once

#include <QDialog>
#include <QList>

class QGridLayout;
class QScrollArea;

namespace cw {

class Catalog;
class StartCard;

/// The start page (File > New from Template…, Help > Start Page): the bundled templates,
/// each with its thumbnail, description and what it shows (nodes, findings, month-1
/// cost), and the bundled lessons (thumbnail, summary, steps), plus Open… and Blank
/// Diagram. It only says what was chosen; the window opens it. Arrow keys move between
/// cards, Enter opens, Esc closes.
class StartPage final : public QDialog {
    Q_OBJECT

public:
    explicit StartPage(const Catalog& catalog, QWidget* parent = nullptr);

    const QList<StartCard*>& templateCards() const { return m_templateCards; }
    const QList<StartCard*>& lessonCards() const { return m_lessonCards; }
    /// How many cards a row holds now (follows the width).
    int columns() const { return m_columns; }

Q_SIGNALS:
    /// A template was chosen (its id, resources/templates/ID.cwa); the page has closed.
    void templateChosen(const QString& id);
    /// A lesson was chosen: its resource path (":/lessons/…json"); the page has closed.
    void lessonChosen(const QString& path);
    void openRequested();
    void blankRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build(const Catalog& catalog);
    void reflow();
    void moveFocus(StartCard* from, int key);
    /// Closes the page, then runs what was chosen (so a "save changes?" question shows
    /// over the window, not over the page).
    void choose(const std::function<void()>& emitChoice);

    QScrollArea* m_scroll = nullptr;
    QGridLayout* m_templateGrid = nullptr;
    QGridLayout* m_lessonGrid = nullptr;
    QList<StartCard*> m_templateCards;
    QList<StartCard*> m_lessonCards;
    int m_columns = 0;
};

} // namespace cw
