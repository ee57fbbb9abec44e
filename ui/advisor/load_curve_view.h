#pragma once

#include "advice/scaling.h"

#include <QtCharts/QChartView>

class QAreaSeries;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace cw {

/// The day's load as a chart the user draws on: a press and drag sets the rate at the
/// minutes under the cursor (straight between the points the mouse passes, so a quick
/// stroke leaves no gaps). The view only shows and reports; the editor owns the curve.
class LoadCurveView : public QChartView {
    Q_OBJECT

public:
    explicit LoadCurveView(QWidget* parent = nullptr);

    void setCurve(const advice::LoadCurve& curve);
    const advice::LoadCurve& curve() const { return m_curve; }
    /// Whether Ctrl+Z here undoes the editor's last change (else the window's undo runs).
    void setUndoAvailable(bool available) { m_undoAvailable = available; }
    /// Where the chart draws (minute, rps), in viewport coordinates: for tests and hints.
    QPoint viewportPoint(int minute, double rps) const;
    /// The (minute, rps) under a viewport point, clamped to the day and to rates from zero.
    std::pair<int, double> valueAt(QPoint viewportPos) const;

Q_SIGNALS:
    void strokeStarted();
    /// The curve as the stroke has drawn it so far.
    void curveDrawn(const advice::LoadCurve& curve);
    void strokeFinished();
    void undoRequested();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void drawTo(QPoint viewportPos);
    void showCurve();

    advice::LoadCurve m_curve;
    QLineSeries* m_line = nullptr;
    QAreaSeries* m_area = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    bool m_drawing = false;
    bool m_undoAvailable = false;
    std::pair<int, double> m_last{-1, 0};
};

} // namespace cw
