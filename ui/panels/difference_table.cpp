#include "panels/difference_table.h"

#include "accessibility.h"
#include "cost/cost_export.h"

#include <QHeaderView>

#include <limits>

namespace cw {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kTotalRole = Qt::UserRole + 2;
constexpr size_t kListEveryNodeUpTo = 500;

// Money columns sort by amount (unknowns below every amount), the name as text; the
// total row stays last whichever way the column is sorted.
class Row : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const bool ascending = !treeWidget() || treeWidget()->header()->sortIndicatorOrder() == Qt::AscendingOrder;
        const bool meTotal = data(0, kTotalRole).toBool();
        const bool otherTotal = other.data(0, kTotalRole).toBool();
        if (meTotal != otherTotal)
            return ascending ? otherTotal : meTotal;
        const int col = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(col, kSortRole);
        const QVariant b = other.data(col, kSortRole);
        if (a.isValid() || b.isValid())
            return a.toLongLong() < b.toLongLong();
        return text(col).localeAwareCompare(other.text(col)) < 0;
    }
};

// The month-1 figure of one side: the amount, or why there is none (never $0 for an unknown).
void setAmount(QTreeWidgetItem* row, int col, bool present, const QString& status, std::optional<cost::Money> amount)
{
    row->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    if (!present) {
        row->setText(col, QStringLiteral("—"));
        row->setData(col, kSortRole, qint64(-2));
    } else if (status == QLatin1String("notBilled")) {
        row->setText(col, QObject::tr("not billed"));
        row->setData(col, kSortRole, qint64(0));
    } else if (amount) {
        row->setText(col, cost::usdText(*amount));
        row->setData(col, kSortRole, amount->micros());
    } else {
        row->setText(col, status == QLatin1String("usage") ? QObject::tr("usage?") : QObject::tr("unknown"));
        row->setData(col, kSortRole, qint64(-1));
    }
}

void setChange(QTreeWidgetItem* row, std::optional<cost::Money> change)
{
    row->setTextAlignment(DifferenceTable::ChangeCol, Qt::AlignRight | Qt::AlignVCenter);
    if (!change) {
        row->setText(DifferenceTable::ChangeCol, QObject::tr("unknown"));
        row->setToolTip(
            DifferenceTable::ChangeCol, QObject::tr("A price is unknown on one side: no change is claimed"));
        row->setData(DifferenceTable::ChangeCol, kSortRole, std::numeric_limits<qint64>::min());
        return;
    }
    row->setText(DifferenceTable::ChangeCol, changeText(*change));
    row->setData(DifferenceTable::ChangeCol, kSortRole, change->micros());
    // Cost up is the warning colour, down the good one; no change stays plain.
    if (change->micros() > 0)
        row->setForeground(DifferenceTable::ChangeCol, QColor(0xc6, 0x28, 0x28));
    else if (change->micros() < 0)
        row->setForeground(DifferenceTable::ChangeCol, QColor(0x2e, 0x7d, 0x32));
}

} // namespace

QString changeText(cost::Money change)
{
    return (change.micros() > 0 ? QStringLiteral("+") : QString()) + cost::usdText(change);
}

DifferenceTable::DifferenceTable(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("costDifference"));
    a11y::describe(this, tr("Difference from the scenario"),
        tr("Each node's month-1 cost in the kept scenario and now, and the change"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Node"), tr("Scenario"), tr("Now"), tr("Change")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(NodeCol, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setSortingEnabled(true);
    sortByColumn(ChangeCol, Qt::DescendingOrder);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const Id id = item->data(NodeCol, Qt::UserRole).toString();
        if (!id.isEmpty() && item->data(NowCol, Qt::UserRole).toBool())
            Q_EMIT nodeClicked(id);
    });
}

void DifferenceTable::setDiff(const cost::ScenarioDiff& diff, const QString& scenarioName)
{
    setSortingEnabled(false);
    clear();
    setHeaderLabels({tr("Node"), tr("%1 (month 1)").arg(scenarioName), tr("Now (month 1)"), tr("Change")});
    // A big diagram lists what changed: ten thousand rows of +$0.00 hide the few that
    // matter and take long to build after every edit. The total row counts the rest.
    const bool onlyChanges = diff.rows.size() > kListEveryNodeUpTo;
    int unchanged = 0;
    for (const cost::ScenarioDiffRow& r : diff.rows) {
        if (onlyChanges && r.inScenario && r.inNow && r.change && r.change->micros() == 0
            && r.thenStatus == r.nowStatus) {
            ++unchanged;
            continue;
        }
        auto* row = new Row(this);
        QString name = r.name;
        if (!r.inScenario)
            name += tr(" (added)");
        else if (!r.inNow)
            name += tr(" (removed)");
        row->setText(NodeCol, name);
        const bool kindChanged = r.inScenario && r.inNow && !r.thenKind.isEmpty() && r.thenKind != r.kind;
        row->setToolTip(NodeCol,
            kindChanged ? tr("%1 · %2 (was %3 in the scenario)").arg(r.id, r.kind, r.thenKind)
                        : QStringLiteral("%1 · %2").arg(r.id, r.kind));
        row->setData(NodeCol, Qt::UserRole, r.id);
        row->setData(NowCol, Qt::UserRole, r.inNow);
        setAmount(row, ScenarioCol, r.inScenario, r.thenStatus, r.then);
        setAmount(row, NowCol, r.inNow, r.nowStatus, r.now);
        setChange(row, r.change);
        if (!r.inNow) {
            // A removed node is in the scenario only: greyed, and a click has nothing to show.
            for (int c = NodeCol; c < ChangeCol; ++c)
                row->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_total = new Row(this);
    m_total->setData(0, kTotalRole, true);
    QString total = diff.complete ? tr("Total") : tr("Total (incomplete)");
    if (unchanged > 0)
        total += unchanged == 1 ? tr(" · 1 unchanged node not listed")
                                : tr(" · %1 unchanged nodes not listed").arg(unchanged);
    m_total->setText(NodeCol, total);
    m_total->setToolTip(NodeCol,
        tr("Month 1's totals. Over months 1–%1: %2 then, %3 now (%4)")
            .arg(diff.months)
            .arg(cost::usdText(diff.thenTotal), cost::usdText(diff.nowTotal), changeText(diff.totalChange())));
    setAmount(m_total, ScenarioCol, true, QStringLiteral("priced"), diff.thenMonth1);
    setAmount(m_total, NowCol, true, QStringLiteral("priced"), diff.nowMonth1);
    setChange(m_total, diff.month1Change());
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < ColumnCount; ++c)
        m_total->setFont(c, bold);
    setSortingEnabled(true);
    for (int c = ScenarioCol; c < ColumnCount; ++c)
        resizeColumnToContents(c);
}

void DifferenceTable::clearDiff(const QString& why)
{
    setSortingEnabled(false);
    clear();
    m_total = nullptr;
    setHeaderLabels({tr("Node"), tr("Scenario"), tr("Now"), tr("Change")});
    auto* row = new QTreeWidgetItem(this);
    row->setText(NodeCol, why);
    row->setFirstColumnSpanned(true);
    row->setFlags(Qt::ItemIsEnabled);
    setSortingEnabled(true);
}

QTreeWidgetItem* DifferenceTable::rowOf(const Id& id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = topLevelItem(i);
        if (row != m_total && row->data(NodeCol, Qt::UserRole).toString() == id)
            return row;
    }
    return nullptr;
}

} // namespace cw
