#pragma once

#include <QDialog>

namespace cw {

/// Help > About Cloudwright: the version, the licence, the Qt it runs on, and where the
/// price data comes from with its dates (core's cost::priceSources).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The text shown, for tests and screen readers.
    QString text() const;

private:
    QString m_text;
};

} // namespace cw
