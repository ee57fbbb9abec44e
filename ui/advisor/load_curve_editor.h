#pragma once

#include "advice/scaling.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace cw {

class LoadCurveView;
class PastePointsDialog;

/// The day's load for the scaling simulation: a built-in shape around a base rate, or a
/// custom curve the user draws on the chart or pastes as points. Drawing or pasting turns
/// the shape to Custom; the last change can be undone (the Undo button, or Ctrl+Z on the
/// chart). The base follows the workload's average rate until the user sets it.
class LoadCurveEditor : public QWidget {
    Q_OBJECT

public:
    /// The combo's entries, in its order.
    enum class Shape { OfficeHours, EveningPeak, Burst, Custom };

    explicit LoadCurveEditor(QWidget* parent = nullptr);

    advice::LoadCurve curve() const;
    Shape shape() const;
    void setShape(Shape shape);
    double baseRps() const;
    /// Sets the base as the user would (it stops following the workload).
    void setBaseRps(double rps);
    /// The workload's average rate (requests_per_month over the month), which the base
    /// follows until the user sets one; 0 when the node sets no load.
    void setWorkloadRate(double averageRps);
    /// Applies pasted points: the curve, or an error naming the line (the curve unchanged).
    QString applyPoints(const QString& text);
    bool canUndo() const { return m_undo.has_value(); }
    void undo();

    LoadCurveView* view() const { return m_view; }
    QComboBox* shapeBox() const { return m_shapeBox; }
    /// The open paste dialog, if any.
    PastePointsDialog* pasteDialog() const { return m_pasteDialog; }

public Q_SLOTS:
    void openPasteDialog();

Q_SIGNALS:
    void curveChanged();

private:
    /// What one undo step restores.
    struct State {
        Shape shape = Shape::Burst;
        double base = 1;
        bool baseFollowsWorkload = true;
        advice::LoadCurve custom;
    };
    State state() const;
    void restore(const State& s);
    void remember();
    void update();
    void showBase(double rps);

    QComboBox* m_shapeBox = nullptr;
    QDoubleSpinBox* m_base = nullptr;
    QToolButton* m_average = nullptr;
    QPushButton* m_paste = nullptr;
    QToolButton* m_undoButton = nullptr;
    QLabel* m_note = nullptr;
    LoadCurveView* m_view = nullptr;
    PastePointsDialog* m_pasteDialog = nullptr;

    Shape m_shape = Shape::Burst;
    advice::LoadCurve m_custom; ///< the drawn or pasted curve, when the shape is Custom
    double m_workloadRps = 0;
    bool m_baseFollowsWorkload = true;
    std::optional<State> m_undo;
};

} // namespace cw
