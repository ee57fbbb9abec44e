#include "panels/scenario_bar.h"

#include "accessibility.h"
#include "cost/cost_export.h"
#include "cost/scenario_compare.h"
#include "cost_controller.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/cost_chart.h"
#include "panels/difference_table.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace cw {

ScenarioBar::ScenarioBar(
    Document& doc, CostController& costs, CostChart& chart, DifferenceTable& table, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_costs(costs)
    , m_chart(chart)
    , m_table(table)
{
    auto* keep = new QPushButton(tr("Keep as Scenario…"), this);
    keep->setObjectName(QStringLiteral("keepScenario"));
    keep->setToolTip(tr("Keep this estimate under a name, saved with the diagram, to compare against after "
                        "you change the diagram (e.g. the same workload on functions and on VMs)"));
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareScenario"));
    m_compare->setAccessibleName(tr("Scenario to compare with"));
    m_compare->setToolTip(tr("Draw a kept scenario on the chart as a dashed line and list the change per node"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rename = new QToolButton(this);
    m_rename->setText(tr("Rename…"));
    m_rename->setToolTip(tr("Rename the scenario compared with"));
    m_delete = new QToolButton(this);
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the scenario compared with (Undo brings it back)"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("scenarioTotals"));
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the dock

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(keep);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Compare with:"), this));
    row->addWidget(m_compare);
    row->addWidget(m_rename);
    row->addWidget(m_delete);
    row->addSpacing(12);
    row->addWidget(m_totals, 1);

    connect(keep, &QPushButton::clicked, this, &ScenarioBar::askKeep);
    connect(m_rename, &QToolButton::clicked, this, &ScenarioBar::askRename);
    connect(m_delete, &QToolButton::clicked, this, &ScenarioBar::deleteCurrent);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        update();
        if (!current().isEmpty())
            Q_EMIT compared(current());
    });
    connect(&costs, &CostController::costChanged, this, &ScenarioBar::update);
    // Scenario edits (and their undo) skip the cost controller: they change no price.
    connect(&doc.model(), &Architecture::changed, this, [this](const ChangeSummary& s) {
        if (s.scenariosChanged)
            fillChoices();
    });
    connect(&doc.model(), &Architecture::modelReset, this, &ScenarioBar::fillChoices);
    fillChoices();
}

QString ScenarioBar::current() const
{
    return m_compare->currentData().toString();
}

void ScenarioBar::fillChoices()
{
    const QString keepChoice = current();
    {
        const QSignalBlocker quiet(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("None"), QString());
        for (const Scenario& s : m_doc.model().scenarios()) {
            m_compare->addItem(s.name, s.name);
            m_compare->setItemData(m_compare->count() - 1,
                tr("%1 months from %2%3")
                    .arg(s.months())
                    .arg(s.savedAt.isEmpty() ? tr("an unknown day") : s.savedAt,
                        s.complete ? QString() : tr(", incomplete")),
                Qt::ToolTipRole);
        }
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(keepChoice)));
    }
    update();
}

void ScenarioBar::compareWith(const QString& name)
{
    m_compare->setCurrentIndex(std::max(0, name.isEmpty() ? 0 : m_compare->findData(name)));
}

void ScenarioBar::update()
{
    const Scenario* s = findScenario(m_doc.model().scenarios(), current());
    m_rename->setEnabled(s != nullptr);
    m_delete->setEnabled(s != nullptr);
    if (!s) {
        m_totals->clear();
        m_chart.setScenario({}, {});
        m_table.clearDiff(m_doc.model().scenarios().empty()
                ? tr("Keep the estimate as a scenario, change the diagram, then compare with it here.")
                : tr("Choose a scenario in “Compare with” to see the change per node."));
        return;
    }
    const cost::Projection& p = m_costs.projection();
    std::vector<cost::Money> monthly;
    for (qint64 micros : s->monthlyMicros)
        monthly.push_back(cost::Money::fromMicros(micros));
    m_chart.setScenario(s->name, monthly);
    const cost::ScenarioDiff diff = cost::compareScenario(*s, p, m_doc.catalog(), m_doc.model());
    m_table.setDiff(diff, s->name);
    // The sum over time says what month 1 cannot: growth that overtakes a cheaper start.
    m_totals->setText(
        tr("Months 1–%1: %2 in “%3”, %4 now (%5)%6")
            .arg(diff.months)
            .arg(cost::usdText(diff.thenTotal), s->name, cost::usdText(diff.nowTotal), changeText(diff.totalChange()),
                diff.complete ? QString() : tr(", unknown prices left out")));
    m_totals->setToolTip(m_totals->text());
}

bool ScenarioBar::keep(const QString& name)
{
    m_costs.flush(); // the figures kept are the diagram's as it is now
    const QString trimmed = name.trimmed();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const bool ok = m_doc.request([&](Architecture& model) {
        return edit::keepScenario(
            model, cost::scenarioFrom(m_costs.projection(), m_doc.catalog(), model, trimmed, today));
    });
    if (ok)
        compareWith(trimmed);
    return ok;
}

bool ScenarioBar::renameCurrent(const QString& newName)
{
    const QString name = current();
    const QString trimmed = newName.trimmed();
    if (name.isEmpty())
        return false;
    const bool ok = m_doc.request([&](Architecture& model) { return edit::renameScenario(model, name, trimmed); });
    if (ok)
        compareWith(trimmed);
    return ok;
}

bool ScenarioBar::deleteCurrent()
{
    const QString name = current();
    return !name.isEmpty() && m_doc.request([&](Architecture& model) { return edit::deleteScenario(model, name); });
}

void ScenarioBar::askKeep()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Keep as Scenario"),
        tr("Name for the current estimate (kept in the file; compare with it after changing the diagram):"),
        QLineEdit::Normal, edit::nextScenarioName(m_doc.model()), &ok);
    if (ok)
        keep(name);
}

void ScenarioBar::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Scenario"), tr("New name for “%1”:").arg(current()), QLineEdit::Normal, current(), &ok);
    if (ok)
        renameCurrent(name);
}

} // namespace cw
