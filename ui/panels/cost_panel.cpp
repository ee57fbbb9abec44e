#include "panels/cost_panel.h"

#include "accessibility.h"
#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "document.h"
#include "model/architecture.h"
#include "panels/cost_chart.h"
#include "panels/cost_table_model.h"
#include "panels/difference_table.h"
#include "panels/scenario_bar.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw {

CostPanel::CostPanel(Document& doc, CostController& costs, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_costs(costs)
{
    m_chart = new CostChart(doc.catalog(), this);
    m_horizon = new QComboBox(this);
    m_horizon->setObjectName(QStringLiteral("costHorizon"));
    for (int months : {12, 24, 36, 60})
        m_horizon->addItem(tr("%1 months").arg(months), months);
    m_horizon->setCurrentIndex(m_horizon->findData(costs.horizon()));
    a11y::describe(m_horizon, tr("Cost horizon"), tr("How many months the chart and the table project"));
    m_horizon->setToolTip(m_horizon->accessibleDescription());
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("costPeriod"));
    m_view->addItems({tr("By month"), tr("By year")});
    a11y::describe(m_view, tr("Cost periods"), tr("Whether the chart shows each month or each year"));
    m_view->setToolTip(m_view->accessibleDescription());
    m_stacking = new QComboBox(this);
    m_stacking->setObjectName(QStringLiteral("costStacking"));
    m_stacking->addItems({tr("Categories"), tr("Top 10 nodes")});
    a11y::describe(m_stacking, tr("Chart stacking"), tr("Stack the chart by service category or by the ten dearest nodes"));
    m_stacking->setToolTip(m_stacking->accessibleDescription());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("costSummary"));
    m_summary->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_horizon);
    controls->addWidget(m_view);
    controls->addWidget(m_stacking);
    controls->addStretch();
    const std::pair<QString, Export> exports[] = {{tr("Table CSV…"), Export::TableCsv},
        {tr("CSV…"), Export::ProjectionCsv}, {tr("JSON…"), Export::ProjectionJson}};
    for (const auto& [text, format] : exports) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(format == Export::TableCsv ? tr("Export the table: one row per node")
                                                      : tr("Export the projection as `cloudwright cost` prints it"));
        const Export f = format;
        connect(button, &QToolButton::clicked, this, [this, f] { askExport(f); });
        controls->addWidget(button);
    }

    m_tableModel = new CostTableModel(
        [this](const Id& id) { return displayName(m_doc.catalog(), m_doc.model(), id); }, this);
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("costTable"));
    a11y::describe(m_table, tr("Cost per node"),
        tr("Each node's monthly cost with its line items, prices and sources; choosing a row selects the node"));
    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CostTableModel::MonthlyCol, Qt::DescendingOrder);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(CostTableModel::NodeCol, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    for (int c = CostTableModel::KindCol; c < CostTableModel::ColumnCount; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table, &QTreeView::clicked, this, [this](QModelIndex index) {
        while (index.parent().isValid())
            index = index.parent();
        const Id id = index.data(CostTableModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT showRequested({id}, {});
    });

    m_difference = new DifferenceTable(this);
    connect(
        m_difference, &DifferenceTable::nodeClicked, this, [this](const Id& id) { Q_EMIT showRequested({id}, {}); });
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("Nodes"));
    m_tabs->addTab(m_difference, tr("Difference"));
    m_tabs->setTabToolTip(1, tr("Month 1 per node: the scenario compared with, now, and the change"));
    m_scenarios = new ScenarioBar(doc, costs, *m_chart, *m_difference, this);
    connect(m_scenarios, &ScenarioBar::compared, this, [this] { m_tabs->setCurrentWidget(m_difference); });

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("costSplit"));
    m_split->addWidget(m_chart);
    m_split->addWidget(m_tabs);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_scenarios);
    layout->addWidget(m_summary);
    layout->addWidget(m_split, 1);

    connect(m_horizon, &QComboBox::currentIndexChanged, this,
        [this] { m_costs.setHorizon(m_horizon->currentData().toInt()); });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) { m_chart->setYearly(i == 1); });
    connect(m_stacking, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_chart->setStacking(i == 1 ? CostChart::Stacking::Node : CostChart::Stacking::Category); });
    connect(&costs, &CostController::costChanged, this, &CostPanel::refresh);
    refresh();
}

void CostPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Docked along the bottom the panel is wide and low: chart and table side by side, so
    // the table shows more than a few rows; docked at a side, one above the other.
    const Qt::Orientation wanted = width() > 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted || !m_splitPlaced) {
        m_split->setOrientation(wanted);
        const int length = wanted == Qt::Horizontal ? m_split->width() : m_split->height();
        m_split->setSizes({length * 11 / 20, length * 9 / 20}); // shares: the chart a little more
        m_splitPlaced = true;
    }
}

void CostPanel::refresh()
{
    const cost::Projection& p = m_costs.projection();
    QStringList names;
    for (const cost::NodeCost& n : p.nodes)
        names << displayName(m_doc.catalog(), m_doc.model(), n.id);
    m_chart->setProjection(p, names);
    m_tableModel->setProjection(&p);
    if (p.perMonth.empty())
        return;
    QString text = tr("Month 1: %1%2 · over %3 months: %4 · %5")
                       .arg(cost::usdText(p.perMonth.front().total),
                           p.complete() ? QString() : tr(" (incomplete: unknown prices left out)"))
                       .arg(p.months)
                       .arg(cost::usdText(p.horizonTotal()), cost::coverageText(p));
    if (p.budget && p.budget->nodes > 0) {
        text += p.budget->firstMonthOver ? tr(" · over the %1 budget from month %2")
                                               .arg(cost::usdText(p.budget->limit))
                                               .arg(*p.budget->firstMonthOver)
                                         : tr(" · within the %1 budget").arg(cost::usdText(p.budget->limit));
    }
    m_summary->setText(text);
}

QString CostPanel::tableCsv() const
{
    const cost::Projection& p = m_costs.projection();
    QString text = QStringLiteral("node,name,kind,category,status,monthly_usd,horizon_usd,reason\n");
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const cost::NodeCost& n = p.nodes[i];
        const bool priced = n.status == cost::NodeStatus::Priced;
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                    .arg(cost::csvField(n.id), cost::csvField(displayName(m_doc.catalog(), m_doc.model(), n.id)),
                        n.kind, n.category, cost::toString(n.status), priced ? n.monthly.toDecimal() : QString(),
                        priced ? p.horizonTotalOfNode(i).toDecimal() : QString(), cost::csvField(n.reason));
    }
    return text;
}

QString CostPanel::exportTo(const QString& path, Export format) const
{
    const cost::Projection& p = m_costs.projection();
    const QString text = format == Export::ProjectionJson ? cost::projectionJson(p)
        : format == Export::ProjectionCsv                 ? cost::projectionCsv(p)
                                                          : tableCsv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("%1: could not write: %2").arg(path, file.errorString());
    return {};
}

void CostPanel::askExport(Export format)
{
    m_costs.flush();
    const bool json = format == Export::ProjectionJson;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cost"),
        QStringLiteral("cost.%1").arg(json ? QStringLiteral("json") : QStringLiteral("csv")),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, format);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Cost"), error);
}

} // namespace cw
