#pragma once

#include <QWidget>

namespace cw {

/// The key to the service-model overlay: each model's colour, tag and name
/// (core/catalog/service_models.h), and grey for what is not a cloud service, in one strip
/// (two rows when the canvas is narrow) along the canvas's top edge, where Fit to View
/// leaves a margin, while the overlay is on. What you manage under each model is in its
/// accessible description and in the Service Model dock.
class ServiceModelLegend final : public QWidget {
    Q_OBJECT

public:
    /// parent: the canvas (a DiagramView keeps room above it for the legend while shown).
    explicit ServiceModelLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    /// The rows as text, one per model ("FaaS: Functions as a Service; you manage code, data").
    QStringList rows() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Row {
        QString model; ///< "IaaS", or "-"
        QString name;
        QString detail;
        QString shortName; ///< "Infrastructure"
    };
    void place();
    /// Where each entry's tag goes for a width, and the size they need.
    QList<QRect> layoutFor(int width, QSize* size) const;
    void setStrip(int px);
    QList<Row> m_rows;
    int m_strip = 0; ///< the room kept above the canvas now
};

} // namespace cw
