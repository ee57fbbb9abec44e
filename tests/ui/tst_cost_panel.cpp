// The cost dock on the sample: the table shows the core estimate's figures (unknowns as
// unknown, never $0), a click selects the node, the horizon sets the chart's points,
// exports are the command line's shapes, and the canvas shows costs on request.
#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/cost_chart.h"
#include "panels/cost_panel.h"
#include "panels/cost_table_model.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

#include <limits>

using namespace cw;

class TestCostPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    CostPanel* panel() { return m_window->costPanel(); }
    const Architecture& model() { return m_window->document().model(); }

    // The table's top-level row of a node, as the view shows it.
    QModelIndex rowOf(const Id& id)
    {
        QAbstractItemModel* m = panel()->table()->model();
        for (int i = 0; i < m->rowCount(); ++i) {
            const QModelIndex row = m->index(i, 0);
            if (row.data(CostTableModel::IdRole).toString() == id)
                return row;
        }
        return {};
    }

    QString cell(const QModelIndex& row, int column, int role = Qt::DisplayRole)
    {
        return row.sibling(row.row(), column).data(role).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        m_window->costs().flush();
    }

    void cleanup() { m_window.reset(); }

    void tableShowsTheCoreEstimate()
    {
        QAbstractItemModel* table = panel()->table()->model();
        QCOMPARE(table->rowCount(), int(model().nodes().size()));
        int unknown = 0;
        for (const Node& n : model().nodes()) {
            const QModelIndex row = rowOf(n.id);
            QVERIFY2(row.isValid(), qPrintable(n.id));
            QCOMPARE(cell(row, CostTableModel::NodeCol), displayName(Catalog::builtin(), model(), n.id));
            const cost::NodeCost c = cost::estimateNode(Catalog::builtin(), cost::PriceBook::builtin(), model(), n);
            const QString monthly = cell(row, CostTableModel::MonthlyCol);
            if (c.status == cost::NodeStatus::Priced) {
                QCOMPARE(monthly, cost::usdText(c.monthly));
            } else {
                ++unknown;
                QVERIFY2(!monthly.contains(QLatin1Char('$')), qPrintable(n.id + QStringLiteral(": ") + monthly));
                if (!c.notBilled)
                    QCOMPARE(cell(row, CostTableModel::MonthlyCol, Qt::ToolTipRole), c.reason);
            }
            // The line items as children, after the reason when there is no price.
            const int reasonRows = c.status == cost::NodeStatus::Priced ? 0 : 1;
            QCOMPARE(table->rowCount(row) - reasonRows, int(c.items.size()));
            for (size_t k = 0; k < c.items.size(); ++k) {
                const QModelIndex line = table->index(int(k) + reasonRows, 0, row);
                QCOMPARE(line.data().toString(), CostTableModel::lineText(c.items[k]));
                QCOMPARE(line.parent(), row);
            }
        }
        QVERIFY(unknown < table->rowCount());
    }

    void sortingOrdersByAmountWithUnknownsLast()
    {
        QTreeView* view = panel()->table();
        QAbstractItemModel* table = view->model();
        view->sortByColumn(CostTableModel::MonthlyCol, Qt::DescendingOrder);
        qint64 last = std::numeric_limits<qint64>::max();
        for (int i = 0; i < table->rowCount(); ++i) {
            const qint64 key = table->index(i, CostTableModel::MonthlyCol).data(CostTableModel::SortRole).toLongLong();
            QVERIFY2(key <= last, qPrintable(QStringLiteral("row %1").arg(i)));
            last = key;
        }
        QCOMPARE(table->index(table->rowCount() - 1, CostTableModel::MonthlyCol).data(CostTableModel::SortRole), -1);
        view->sortByColumn(CostTableModel::NodeCol, Qt::AscendingOrder);
        for (int i = 1; i < table->rowCount(); ++i) {
            QVERIFY(QString::localeAwareCompare(table->index(i - 1, 0).data().toString(),
                        table->index(i, 0).data().toString())
                <= 0);
        }
        // An expanded row stays expanded under its node when the order changes.
        const Id id = table->index(0, 0).data(CostTableModel::IdRole).toString();
        view->expand(table->index(0, 0));
        view->sortByColumn(CostTableModel::NodeCol, Qt::DescendingOrder);
        QVERIFY(view->isExpanded(rowOf(id)));
    }

    void aNewEstimateKeepsTheRowsInStep()
    {
        // An edit after the first estimate: the rows follow the new projection.
        const Node& first = model().nodes().front();
        const cost::NodeCost* before = m_window->costs().nodeCost(first.id);
        QVERIFY(before);
        m_window->document().request([&](Architecture& m) {
            return edit::rename(m, first.id, QStringLiteral("Renamed for the table"));
        });
        m_window->costs().flush();
        QCOMPARE(cell(rowOf(first.id), CostTableModel::NodeCol), QStringLiteral("Renamed for the table"));
        QCOMPARE(panel()->table()->model()->rowCount(), int(model().nodes().size()));
    }

    void clickSelectsTheNode()
    {
        QTreeView* view = panel()->table();
        const QModelIndex row = view->model()->index(2, 0);
        const Id id = row.data(CostTableModel::IdRole).toString();
        view->scrollTo(row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QCOMPARE(m_window->scene()->selectedIds(), QList<Id>{id});
    }

    void horizonSetsThePoints_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("months");
        QTest::newRow("12") << 0 << 12;
        QTest::newRow("24") << 1 << 24;
        QTest::newRow("36") << 2 << 36;
        QTest::newRow("60") << 3 << 60;
    }

    void horizonSetsThePoints()
    {
        QFETCH(int, index);
        QFETCH(int, months);
        panel()->horizonBox()->setCurrentIndex(index);
        QCOMPARE(m_window->costs().projection().months, months);
        QCOMPARE(panel()->chart()->points(), months);
        panel()->findChild<QComboBox*>(QStringLiteral("costPeriod"))->setCurrentIndex(1);
        QCOMPARE(panel()->chart()->points(), months / 12);
    }

    void nodeStackingKeepsTopTen()
    {
        panel()->findChild<QComboBox*>(QStringLiteral("costStacking"))->setCurrentIndex(1);
        const QStringList names = panel()->chart()->seriesNames();
        QVERIFY(!names.isEmpty());
        QVERIFY(names.size() <= 11);
    }

    void exportWritesTheCommandsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cost.json"));
        panel()->horizonBox()->setCurrentIndex(1);
        QCOMPARE(panel()->exportTo(path, CostPanel::Export::ProjectionJson), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const cost::Projection fresh = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), model(), 24);
        QCOMPARE(QString::fromUtf8(text), cost::projectionJson(fresh));
        const QJsonObject doc = QJsonDocument::fromJson(text).object();
        QCOMPARE(doc.keys(),
            (QStringList{QStringLiteral("coverage"), QStringLiteral("currency"), QStringLiteral("horizon"),
                QStringLiteral("months"), QStringLiteral("nodes")}));
        QCOMPARE(doc.value(QStringLiteral("months")).toArray().size(), 24);
        QCOMPARE(doc.value(QStringLiteral("nodes")).toArray().size(), int(model().nodes().size()));

        const QString bad = dir.filePath(QStringLiteral("no/such/dir/cost.csv"));
        QVERIFY(panel()->exportTo(bad, CostPanel::Export::TableCsv).contains(bad));
    }

    void statusAndCardsShowCosts()
    {
        const cost::Projection& p = m_window->costs().projection();
        auto* status = m_window->findChild<QToolButton*>(QStringLiteral("costStatus"));
        QVERIFY(status->text().contains(cost::coverageText(p)));
        QVERIFY(status->text().contains(cost::usdText(p.perMonth.front().total)));

        const cost::NodeCost* priced = nullptr;
        for (const cost::NodeCost& n : p.nodes)
            priced = !priced && n.status == cost::NodeStatus::Priced ? &n : priced;
        QVERIFY(priced);
        NodeItem* card = m_window->scene()->nodeItem(priced->id);
        m_window->showCostsAction()->setChecked(false);
        QCOMPARE(card->costText(), QString());
        m_window->showCostsAction()->setChecked(true);
        QCOMPARE(card->costText(), cost::usdText(priced->monthly) + QStringLiteral("/mo"));
        m_window->showCostsAction()->setChecked(false);
    }
};

QTEST_MAIN(TestCostPanel)
#include "tst_cost_panel.moc"
