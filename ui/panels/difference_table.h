#pragma once

#include "cost/scenario_compare.h"

#include <QTreeWidget>

namespace cw {

/// The "Difference" tab of the cost panel: per node, month 1 in the kept scenario and
/// now, and the change (cost up red, down green), sortable, with a total row that
/// stays at the bottom. A click on a node still in the diagram asks to show it.
class DifferenceTable : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NodeCol, ScenarioCol, NowCol, ChangeCol, ColumnCount };

    explicit DifferenceTable(QWidget* parent = nullptr);

    /// Fills the table from a comparison; scenarioName heads the scenario's column.
    void setDiff(const cost::ScenarioDiff& diff, const QString& scenarioName);
    /// Empties the table, saying why in its one row (no scenario chosen).
    void clearDiff(const QString& why);
    /// The row of a node (by id), or nullptr; the total row has the id "".
    QTreeWidgetItem* rowOf(const Id& id) const;
    QTreeWidgetItem* totalRow() const { return m_total; }

Q_SIGNALS:
    void nodeClicked(const cw::Id& id);

private:
    QTreeWidgetItem* m_total = nullptr;
};

/// "+$70.08", "-$5.00", "$0.00": a change with its sign.
QString changeText(cost::Money change);

} // namespace cw
