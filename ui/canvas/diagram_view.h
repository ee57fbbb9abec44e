#pragma once

#include "model/diagram.h"

#include <QGraphicsView>

namespace cw {

class DiagramScene;

/// The canvas viewport: wheel and keyboard zoom around the pointer, pan with the
/// middle button or Space + drag, rubber-band selection, fit to view.
class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    /// Room Fit to View and reveal leave around what they show, in view pixels.
    static constexpr int kFitMargin = 24;
    /// The smallest zoom reveal() zooms out to: names are drawn in full from here up.
    static constexpr qreal kReadableZoom = 0.7;

    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    qreal zoom() const;
    /// Keeps a strip of px pixels above the canvas for a key drawn there (the service-model
    /// legend), so that nothing on the canvas hides under it; 0 gives the room back.
    void setTopStrip(int px) { setViewportMargins(0, px, 0, 0); }
    void setZoom(qreal factor);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();
    /// Fits everything drawn in the viewport, kFitMargin pixels from its edges, at most 100 %.
    void fitToView();
    /// Shows an area: pans just enough when it fits at this zoom; else zooms out to fit
    /// it, but not below kReadableZoom, and then pans to `first` (what matters most).
    void reveal(const QRectF& sceneRect, const QRectF& first = QRectF());
    /// Pans just enough to show a rect with kFitMargin around it; never zooms.
    void panToShow(const QRectF& sceneRect);

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    /// Tab and Shift+Tab select the next and previous card in reading order; past the last
    /// (or first) they leave the canvas as Tab does elsewhere.
    bool focusNextPrevChild(bool next) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void scaleBy(qreal factor);
    /// Selects a node and brings it into sight (the keyboard's way around the canvas).
    void selectAndShow(const Id& id);
    DiagramScene* diagramScene() const;

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace cw
