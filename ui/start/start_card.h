#pragma once

#include <QFrame>
#include <QPixmap>

class QLabel;

namespace cw {

/// One choice on the start page: a thumbnail, a title, a short text and a line of facts.
/// Takes the keyboard focus; a click, Enter or Return activates it, arrow keys ask the
/// page to move the focus.
class StartCard final : public QFrame {
    Q_OBJECT

public:
    /// key names what the card opens (a template id or a lesson's resource path).
    StartCard(const QString& key, const QPixmap& thumbnail, const QString& title, const QString& text,
        const QString& facts, QWidget* parent = nullptr);

    const QString& key() const { return m_key; }
    QString title() const;
    QString facts() const;
    const QPixmap& thumbnail() const { return m_thumbnail; }

Q_SIGNALS:
    void activated(const QString& key);
    /// An arrow, Home or End key: the page moves the focus.
    void moveRequested(int key);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_key;
    QPixmap m_thumbnail;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
};

/// The first sentences of text, cut at a word to at most maxChars with an ellipsis.
QString shortText(const QString& text, int maxChars);

} // namespace cw
