#include "advisor/scaling_tab.h"

#include "accessibility.h"
#include "advisor/load_curve_editor.h"
#include "advisor/scaling_charts.h"
#include "advisor/scaling_settings_form.h"
#include "advisor/scaling_summary_model.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr int kDebounceMs = 100;
}

ScalingTab::ScalingTab(QWidget* parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Scaling heading"));

    m_body = new QWidget(this);
    m_curve = new LoadCurveEditor(m_body);
    m_settings = new ScalingSettingsForm(m_body);
    auto* settingsBox = new QGroupBox(tr("How the options scale"), m_body);
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(m_settings);
    settingsLayout->addStretch(1);
    m_charts = new ScalingCharts(m_body);
    m_summaryModel = new ScalingSummaryModel(this);
    m_table = new QTableView(m_body);
    m_table->setModel(m_summaryModel);
    a11y::describe(m_table, tr("Scaling summary"),
        tr("For each option: peak replicas, cost over the day and per month, and whether it keeps up with the load"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScalingSummaryModel::FitsCol, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QWidget(m_body);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_curve, 1);
    topLayout->addWidget(settingsBox);
    auto* split = new QSplitter(Qt::Vertical, m_body);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({250, 400}); // the results get the larger share
    split->setChildrenCollapsible(false);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(split, 1);
    bodyLayout->addWidget(m_table);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ScalingTab::simulate);
    connect(m_curve, &LoadCurveEditor::curveChanged, this, &ScalingTab::schedule);
    connect(m_settings, &ScalingSettingsForm::changed, this, &ScalingTab::schedule);
    clear();
}

void ScalingTab::setAdvice(const advice::Advice& advice)
{
    m_advice = advice;
    const advice::Workload& w = advice.workload;
    // The node's own name when one of the options is the node as drawn, else its id.
    QString name = w.id;
    for (const advice::OptionAdvice& o : advice.options) {
        if (o.asDrawn && !o.node.name.isEmpty())
            name = o.node.name;
    }
    m_heading->setText(tr("%1: a day of load against each option, minute by minute. Draw on the load chart or "
                          "pick a shape; the charts and the table follow.")
                           .arg(name));
    m_body->setEnabled(true);
    m_curve->setWorkloadRate(w.averageRps()); // the base follows it unless the user set one
    schedule();
}

void ScalingTab::clear()
{
    m_advice.reset();
    m_runs.clear();
    m_debounce->stop();
    m_heading->setText(tr("Select a workload (a function, container service, cluster, VM, batch job or ML "
                          "endpoint) to simulate a day of its load."));
    m_body->setEnabled(false);
    m_charts->clear();
    m_summaryModel->clear();
    fitTable();
}

void ScalingTab::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        simulate();
    }
}

advice::LoadCurve ScalingTab::curve() const
{
    return m_curve->curve();
}

advice::ScalingAssumptions ScalingTab::assumptions() const
{
    return m_settings->assumptions();
}

void ScalingTab::schedule()
{
    if (m_advice)
        m_debounce->start();
}

void ScalingTab::simulate()
{
    if (!m_advice)
        return;
    const advice::LoadCurve c = curve();
    m_runs = advice::simulateOptions(*m_advice, c, assumptions());
    m_charts->setRuns(*m_advice, c, m_runs);
    m_summaryModel->setRuns(*m_advice, m_runs);
    fitTable();
}

void ScalingTab::fitTable()
{
    // Tall enough for its rows (three options), so the charts get the rest.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    m_table->resizeRowsToContents();
    const int rows = m_summaryModel->rowCount();
    for (int i = 0; i < rows; ++i)
        height += m_table->rowHeight(i);
    height += std::max(0, 3 - rows) * m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(height);
}

} // namespace cw
