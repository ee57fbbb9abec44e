#pragma once

#include "advice/advice.h"
#include "advice/option_scaling.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTableView;
class QTimer;

namespace cw {

class LoadCurveEditor;
class ScalingCharts;
class ScalingSettingsForm;
class ScalingSummaryModel;

/// The Advisor's Scaling tab (issue 12): a day's load against each option, minute by
/// minute (advice::simulateOptions). The user picks or draws the load and sets how the
/// options scale; the charts and the summary follow, debounced. The curve and settings
/// are the user's: they stay when the advice changes to another node or another model.
class ScalingTab : public QWidget {
    Q_OBJECT

public:
    explicit ScalingTab(QWidget* parent = nullptr);

    /// The workload to simulate; called whenever the selection or the model changes.
    void setAdvice(const advice::Advice& advice);
    /// No workload: the tab says so; the curve and settings are kept.
    void clear();

    /// Runs a pending simulation now (else it runs ~100 ms after the last change).
    void flush();
    /// The last simulation's runs, one per option in the advice's order.
    const std::vector<advice::OptionScaling>& runs() const { return m_runs; }
    /// The curve and assumptions the simulation uses.
    advice::LoadCurve curve() const;
    advice::ScalingAssumptions assumptions() const;

    LoadCurveEditor* curveEditor() const { return m_curve; }
    ScalingSettingsForm* settingsForm() const { return m_settings; }
    ScalingCharts* charts() const { return m_charts; }
    QTableView* summary() const { return m_table; }
    QLabel* heading() const { return m_heading; }

private:
    void schedule();
    void simulate();
    void fitTable();

    std::optional<advice::Advice> m_advice;
    std::vector<advice::OptionScaling> m_runs;
    QLabel* m_heading = nullptr;
    LoadCurveEditor* m_curve = nullptr;
    ScalingSettingsForm* m_settings = nullptr;
    ScalingCharts* m_charts = nullptr;
    ScalingSummaryModel* m_summaryModel = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_body = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace cw
