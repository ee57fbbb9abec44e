#pragma once

#include <QGraphicsView>

namespace cw {

class DiagramScene;

/// The canvas viewport: wheel and keyboard zoom around the pointer, pan with the
/// middle button or Space + drag, rubber-band selection, fit to view.
class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    qreal zoom() const;
    void setZoom(qreal factor);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();
    void fitToView();
    /// Scrolls so that the items are in view, without changing the zoom if they fit.
    void reveal(const QRectF& sceneRect);

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void scaleBy(qreal factor);

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace cw
