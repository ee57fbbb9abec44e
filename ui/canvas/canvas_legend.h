#pragma once

#include <QWidget>

namespace cw {

/// The key to the canvas: how each edge kind is drawn (request, data, event, control)
/// and what the badges' colours mean (error, warning, info, all suppressed). Shown over
/// the canvas's lower left corner; View → Show Legend toggles it.
class CanvasLegend final : public QWidget {
    Q_OBJECT

public:
    explicit CanvasLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    /// Draws the legend with its top-left corner at the painter's origin (the canvas
    /// paints it here, and so can an image export).
    static void paintLegend(QPainter* painter, const QFont& font);
    static QSize legendSize(const QFont& font);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
};

} // namespace cw
