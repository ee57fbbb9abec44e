#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace cw {

/// Asks for load-curve points as text (`HH:MM rps` or `minute rps`, one a line). OK hands
/// the text to `apply`; when that returns an error, the dialog stays open and shows it,
/// so a typo costs nothing: the text is still there and the curve is unchanged.
class PastePointsDialog : public QDialog {
    Q_OBJECT

public:
    /// `apply` takes the text and returns an error, or an empty string once it is used.
    PastePointsDialog(const QString& text, std::function<QString(const QString&)> apply, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    std::function<QString(const QString&)> m_apply;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace cw
