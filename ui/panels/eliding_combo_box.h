#pragma once

#include <QComboBox>

namespace cw {

/// A choice box for a narrow dock: shows its whole current text when there is room and
/// elides it in the middle when not, the whole text then in its tooltip (after any help
/// text it has); the list it opens is as wide as its longest entry.
class ElidingComboBox final : public QComboBox {
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget* parent = nullptr);

    /// The current text as drawn in the closed box.
    QString shownText() const;
    /// What the tooltip says now: the help text, with the whole choice when it is elided.
    QString currentToolTip() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showPopup() override;

private:
    int textRoom() const;
};

} // namespace cw
