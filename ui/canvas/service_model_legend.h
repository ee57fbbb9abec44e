#pragma once

#include <QWidget>

namespace cw {

/// The key to the service-model overlay: each model's colour and tag, its name and what
/// you manage under it (core/catalog/service_models.h), and grey for what is not a cloud
/// service. Shown over the canvas's upper right corner while the overlay is on.
class ServiceModelLegend final : public QWidget {
    Q_OBJECT

public:
    explicit ServiceModelLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    /// The rows as text, one per model ("FaaS: Functions as a Service; you manage code, data").
    QStringList rows() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        QString model; ///< "IaaS", or "-"
        QString name;
        QString detail;
    };
    void place();
    QList<Row> m_rows;
};

} // namespace cw
