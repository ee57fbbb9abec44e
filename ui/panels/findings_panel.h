#pragma once

#include "rules/finding.h"
#include "rules/quick_fix_cost.h"

#include <QHash>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cw {

class Document;
class ValidationController;

/// The findings of the diagram, grouped by severity and pillar, with the rule profile
/// to check against. A click shows the nodes on the canvas; the tooltip says why and
/// how to fix; Fix applies the quick fix, Suppress keeps a finding with a reason.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    FindingsPanel(Document& document, ValidationController& validation, QWidget* parent = nullptr);

    /// The finding of the current row, if a finding is selected.
    const Finding* currentFinding() const;
    QTreeWidget* tree() const { return m_tree; }
    /// Selects the row of the first finding of a rule (tests, and "show me" links).
    bool selectRule(const QString& rule);
    /// What the finding's quick fix adds to the monthly bill, worked out the first time it
    /// is asked (a copy of the diagram per finding) and kept until the diagram changes;
    /// nullptr when the finding has no quick fix the diagram can take.
    const fix::FixCost* fixCost(const Finding& finding);

public Q_SLOTS:
    void fixCurrent();
    void suppressCurrent();

Q_SIGNALS:
    /// The user asked to see what a finding is about.
    void showRequested(const QList<cw::Id>& nodes, const QList<cw::Id>& edges);
    /// A quick fix added (or moved) these: select them, keep the view where it is.
    void fixApplied(const QList<cw::Id>& created);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    /// Asks for the monthly limit of the budget a fix adds, proposing one from the cost
    /// estimate; none when the user cancels.
    std::optional<qint64> askBudgetLimit();
    void addFixCostToTooltip(QTreeWidgetItem* row);
    void updateButtons();
    void syncProfile();
    QTreeWidgetItem* addFinding(QTreeWidgetItem* parent, int index);

    Document& m_doc;
    ValidationController& m_validation;
    std::vector<Finding> m_findings; ///< what the tree shows, by row data index
    QComboBox* m_profile = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_suppress = nullptr;
    QTimer* m_fixCostTimer = nullptr;
    QHash<QString, std::optional<fix::FixCost>> m_fixCosts; ///< by finding key; cleared when the diagram changes
};

} // namespace cw
