#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cw {

class CostChart;
class CostController;
class DifferenceTable;
class Document;

/// The cost panel's scenario row: "Keep as Scenario…" keeps the current estimate under a
/// name (an undoable edit, saved in the file), "Compare with" picks a kept one to draw on
/// the chart and list in the difference table, and Rename… and Delete act on that one.
class ScenarioBar : public QWidget {
    Q_OBJECT

public:
    ScenarioBar(
        Document& doc, CostController& costs, CostChart& chart, DifferenceTable& table, QWidget* parent = nullptr);

    QComboBox* compareBox() const { return m_compare; }
    /// The totals over the months both hold, then and now, while comparing.
    QLabel* totalsLabel() const { return m_totals; }
    /// The scenario compared with, or empty.
    QString current() const;

    /// Keeps the current estimate as `name` (what the button does once the name is
    /// asked) and compares with it; false, with the reason in the status bar, when refused.
    bool keep(const QString& name);
    /// Compares with a kept scenario; empty or unknown compares with none.
    void compareWith(const QString& name);
    bool renameCurrent(const QString& newName);
    bool deleteCurrent();

Q_SIGNALS:
    /// A scenario was chosen to compare with (the panel shows the difference tab).
    void compared(const QString& name);

private:
    void askKeep();
    void askRename();
    void fillChoices();
    void update();

    Document& m_doc;
    CostController& m_costs;
    CostChart& m_chart;
    DifferenceTable& m_table;
    QComboBox* m_compare = nullptr;
    QToolButton* m_rename = nullptr;
    QToolButton* m_delete = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace cw
