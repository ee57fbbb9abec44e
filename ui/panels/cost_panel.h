#pragma once

#include "model/kinds.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeView;
class QSplitter;
class QTreeWidgetItem;

namespace cw {

class CostChart;
class CostTableModel;
class CostController;
class DifferenceTable;
class ScenarioBar;
class Document;

/// The Cost dock: cost over time (chart) above the nodes' monthly figures (table, each
/// row expanding to its line items), with exports in the shapes of `cloudwright cost`,
/// and kept scenarios to compare with (chart line and the Difference tab).
class CostPanel : public QWidget {
    Q_OBJECT

public:
    enum class Export { TableCsv, ProjectionCsv, ProjectionJson };

    CostPanel(Document& doc, CostController& costs, QWidget* parent = nullptr);

    CostChart* chart() const { return m_chart; }
    QTreeView* table() const { return m_table; }
    CostTableModel* tableModel() const { return m_tableModel; }
    QComboBox* horizonBox() const { return m_horizon; }
    QComboBox* periodBox() const { return m_view; }
    ScenarioBar* scenarios() const { return m_scenarios; }
    DifferenceTable* difference() const { return m_difference; }
    QTabWidget* tables() const { return m_tabs; }
    /// Writes the current figures; on failure returns why, naming the file.
    QString exportTo(const QString& path, Export format) const;
    /// The table as CSV: one row per node with its month-1 figure or why it has none.
    QString tableCsv() const;

Q_SIGNALS:
    void showRequested(const QList<cw::Id>& nodes, const QList<cw::Id>& edges);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void askExport(Export format);

    Document& m_doc;
    CostController& m_costs;
    CostChart* m_chart = nullptr;
    QTreeView* m_table = nullptr;
    QSplitter* m_split = nullptr;
    bool m_splitPlaced = false;
    CostTableModel* m_tableModel = nullptr;
    QComboBox* m_horizon = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_stacking = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    DifferenceTable* m_difference = nullptr;
    ScenarioBar* m_scenarios = nullptr;
};

} // namespace cw
