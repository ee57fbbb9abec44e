// Scenarios in the cost dock: keep the estimate, change the diagram (an instance count),
// and the chart draws the kept total as its own line while the Difference tab shows the
// node's change; undo, rename, delete, saving and reopening keep the choices right.
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/cost_chart.h"
#include "panels/cost_panel.h"
#include "panels/difference_table.h"
#include "panels/scenario_bar.h"
#include "widget_test_helpers.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtCharts/QLineSeries>

using namespace cw;

class TestCostScenarios : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    CostPanel* panel() { return m_window->costPanel(); }
    ScenarioBar* bar() { return panel()->scenarios(); }
    Document& doc() { return m_window->document(); }

    cost::Money nodeMonthly(const Id& id)
    {
        m_window->costs().flush();
        const cost::NodeCost* n = m_window->costs().nodeCost(id);
        return n ? n->monthly : cost::Money();
    }

    QStringList choices()
    {
        QStringList names;
        for (int i = 0; i < bar()->compareBox()->count(); ++i)
            names << bar()->compareBox()->itemText(i);
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        m_window->costs().flush();
    }

    void cleanup() { m_window.reset(); }

    void keepEditAndCompare()
    {
        const cost::Projection before = m_window->costs().projection();
        const cost::Money apiBefore = nodeMonthly(QStringLiteral("api"));
        QVERIFY(apiBefore.micros() > 0);
        QCOMPARE(choices(), QStringList{QStringLiteral("None")});
        QCOMPARE(bar()->current(), QString());
        QVERIFY(panel()->chart()->scenarioSeriesName().isEmpty());

        QVERIFY(bar()->keep(QStringLiteral("Two containers")));
        QCOMPARE(choices(), (QStringList{QStringLiteral("None"), QStringLiteral("Two containers")}));
        QCOMPARE(bar()->current(), QStringLiteral("Two containers")); // compared at once
        QCOMPARE(panel()->tables()->currentWidget(), panel()->difference());
        QCOMPARE(doc().undoStack().count(), 1);
        QVERIFY(doc().isModified());

        // Change the instance count: the estimate moves, the scenario does not.
        QVERIFY(doc().request([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("api"), QStringLiteral("count"), Json(5));
        }));
        const cost::Money apiAfter = nodeMonthly(QStringLiteral("api"));
        QVERIFY(apiAfter.micros() > apiBefore.micros());

        // The chart: the scenario as its own dashed line, month by month the kept totals.
        CostChart* chart = panel()->chart();
        QCOMPARE(chart->scenarioSeriesName(), QStringLiteral("Scenario: Two containers"));
        const QList<QPointF> line = chart->scenarioPoints();
        QCOMPARE(line.size(), before.months);
        for (int m = 0; m < before.months; ++m) {
            QCOMPARE(line[m].x(), double(m + 1));
            QCOMPARE(line[m].y(), before.perMonth[size_t(m)].total.toDouble());
        }
        bool dashed = false;
        for (QAbstractSeries* s : chart->chart()->series()) {
            if (s->name() == chart->scenarioSeriesName())
                dashed = static_cast<QLineSeries*>(s)->pen().style() == Qt::CustomDashLine
                    || static_cast<QLineSeries*>(s)->pen().style() == Qt::DashLine;
        }
        QVERIFY(dashed);
        QVERIFY(!chart->seriesNames().contains(chart->scenarioSeriesName())); // a line, not a stacked area

        // The difference table: the node's change, coloured as a rise, and the total.
        DifferenceTable* table = panel()->difference();
        QTreeWidgetItem* row = table->rowOf(QStringLiteral("api"));
        QVERIFY(row);
        QCOMPARE(row->text(DifferenceTable::ScenarioCol), cost::usdText(apiBefore));
        QCOMPARE(row->text(DifferenceTable::NowCol), cost::usdText(apiAfter));
        QCOMPARE(row->text(DifferenceTable::ChangeCol), QStringLiteral("+") + cost::usdText(apiAfter - apiBefore));
        QCOMPARE(row->foreground(DifferenceTable::ChangeCol).color(), QColor(0xc6, 0x28, 0x28));
        QTreeWidgetItem* total = table->totalRow();
        QVERIFY(total);
        QCOMPARE(total->text(DifferenceTable::ChangeCol), QStringLiteral("+") + cost::usdText(apiAfter - apiBefore));
        QCOMPARE(table->topLevelItem(table->topLevelItemCount() - 1), total);
        // Sorted the other way, the total row stays at the bottom.
        table->sortByColumn(DifferenceTable::ChangeCol, Qt::AscendingOrder);
        QCOMPARE(table->topLevelItem(table->topLevelItemCount() - 1), table->totalRow());

        // Hovering month 1 tells the scenario's figure and the change.
        const QString hover = chart->hoverText(0, QStringLiteral("Compute"), 1.0);
        const cost::Money month1Change
            = m_window->costs().projection().perMonth.front().total - before.perMonth.front().total;
        QVERIFY2(hover.contains(QStringLiteral("Two containers: %1").arg(cost::usdText(before.perMonth.front().total))),
            qPrintable(hover));
        QVERIFY2(hover.contains(QStringLiteral("now +%1").arg(cost::usdText(month1Change))), qPrintable(hover));

        // Over the months both hold: the totals then and now.
        const QString totals = bar()->totalsLabel()->text();
        QVERIFY2(totals.contains(cost::usdText(before.horizonTotal())), qPrintable(totals));
        QVERIFY2(totals.contains(cost::usdText(m_window->costs().projection().horizonTotal())), qPrintable(totals));

        // A click on the row selects the node on the canvas.
        row = table->rowOf(QStringLiteral("api"));
        table->scrollToItem(row);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(row).center());
        QCOMPARE(m_window->scene()->selectedIds(), QList<Id>{QStringLiteral("api")});

        // By year, the line follows: one point per year, each the sum of its months.
        panel()->periodBox()->setCurrentIndex(1);
        QCOMPARE(chart->scenarioPoints().size(), before.months / 12);
        cost::Money year1;
        for (int m = 0; m < 12; ++m)
            year1 += before.perMonth[size_t(m)].total;
        QCOMPARE(chart->scenarioPoints().front().y(), year1.toDouble());
        panel()->periodBox()->setCurrentIndex(0);

        // A longer horizon than the scenario's: the line covers the months both hold.
        panel()->horizonBox()->setCurrentIndex(panel()->horizonBox()->findData(36));
        QCOMPARE(chart->points(), 36);
        QCOMPARE(chart->scenarioPoints().size(), before.months);
    }

    void renameDeleteAndUndo()
    {
        QVERIFY(bar()->keep(QStringLiteral("A")));
        QVERIFY(!bar()->keep(QStringLiteral("A"))); // refused: the name is taken
        QCOMPARE(doc().undoStack().count(), 1);
        QVERIFY(bar()->renameCurrent(QStringLiteral("On VMs")));
        QCOMPARE(bar()->current(), QStringLiteral("On VMs"));
        QCOMPARE(panel()->chart()->scenarioSeriesName(), QStringLiteral("Scenario: On VMs"));
        QVERIFY(bar()->deleteCurrent());
        QCOMPARE(choices(), QStringList{QStringLiteral("None")});
        QVERIFY(panel()->chart()->scenarioSeriesName().isEmpty());
        QVERIFY(panel()->difference()->totalRow() == nullptr);

        doc().undoStack().undo(); // the delete
        QCOMPARE(choices(), (QStringList{QStringLiteral("None"), QStringLiteral("On VMs")}));
        doc().undoStack().undo(); // the rename
        QCOMPARE(choices(), (QStringList{QStringLiteral("None"), QStringLiteral("A")}));
        doc().undoStack().undo(); // the keep
        QCOMPARE(choices(), QStringList{QStringLiteral("None")});
        QVERIFY(!doc().isModified());
        doc().undoStack().redo();
        QCOMPARE(choices(), (QStringList{QStringLiteral("None"), QStringLiteral("A")}));
        // A scenario edit works nothing out again: no pass of the cost figures.
        const int passes = m_window->costs().passes();
        bar()->compareWith(QStringLiteral("A"));
        QVERIFY(bar()->renameCurrent(QStringLiteral("B")));
        m_window->costs().flush();
        QCOMPARE(m_window->costs().passes(), passes);
    }

    void savedAndReopened()
    {
        QVERIFY(bar()->keep(QStringLiteral("On containers")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.cwa"));
        QString error;
        QVERIFY2(doc().saveAs(path, &error), qPrintable(error));
        const std::vector<Scenario> kept = doc().model().scenarios();

        QVERIFY(m_window->openFile(path));
        QVERIFY(doc().model().scenarios() == kept);
        QCOMPARE(choices(), (QStringList{QStringLiteral("None"), QStringLiteral("On containers")}));
        bar()->compareWith(QStringLiteral("On containers"));
        m_window->costs().flush();
        // Nothing changed since it was kept: every node's change is $0.
        QTreeWidgetItem* row = panel()->difference()->rowOf(QStringLiteral("api"));
        QVERIFY(row);
        QCOMPARE(row->text(DifferenceTable::ChangeCol), QStringLiteral("$0.00"));
        QCOMPARE(panel()->difference()->totalRow()->text(DifferenceTable::ChangeCol), QStringLiteral("$0.00"));
    }

    // The README's picture: functions over budget from month 10 against the same
    // workload on VMs (tests/data/cost/photo-sharing.cwa).
    void aBigDiagramListsWhatChanged()
    {
        // 600 VMs: past 500 rows the Difference tab lists the changed nodes only and the
        // total row counts the others.
        Diagram d;
        d.meta.provider = QStringLiteral("aws");
        d.meta.region = QStringLiteral("us-east-1");
        for (int i = 0; i < 600; ++i) {
            Node n;
            n.id = QStringLiteral("vm%1").arg(i);
            n.kind = QStringLiteral("compute.vm");
            n.pos = QPointF((i % 30) * 240, (i / 30) * 120);
            d.nodes.push_back(n);
        }
        doc().openDiagram(std::move(d));
        m_window->costs().flush();
        QVERIFY(bar()->keep(QStringLiteral("Before")));
        QVERIFY(doc().request([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("vm7"), QStringLiteral("count"), 3);
        }));
        m_window->costs().flush();
        DifferenceTable* table = panel()->difference();
        QCOMPARE(table->topLevelItemCount(), 2); // vm7 and the total
        QVERIFY(table->rowOf(QStringLiteral("vm7")));
        QVERIFY(!table->rowOf(QStringLiteral("vm8")));
        QVERIFY2(table->totalRow()->text(DifferenceTable::NodeCol).contains(QStringLiteral("599 unchanged nodes")),
            qPrintable(table->totalRow()->text(DifferenceTable::NodeCol)));
    }

    void functionsAgainstVms()
    {
        QVERIFY(m_window->openFile(QStringLiteral(CW_TEST_DATA "/cost/photo-sharing.cwa")));
        m_window->costs().flush();
        const cost::Projection& p = m_window->costs().projection();
        QVERIFY(p.budget && p.budget->firstMonthOver);
        QCOMPARE(*p.budget->firstMonthOver, 10);
        bar()->compareWith(QStringLiteral("On VMs"));
        QCOMPARE(panel()->chart()->scenarioPoints().size(), 12);
        DifferenceTable* table = panel()->difference();
        QTreeWidgetItem* api = table->rowOf(QStringLiteral("api"));
        QVERIFY(api);
        QCOMPARE(api->text(DifferenceTable::ScenarioCol), QStringLiteral("$280.32"));
        QCOMPARE(api->text(DifferenceTable::ChangeCol), QStringLiteral("-$74.32"));
        QVERIFY(api->toolTip(DifferenceTable::NodeCol).contains(QStringLiteral("was compute.vm")));
        QCOMPARE(table->rowOf(QStringLiteral("lb"))->text(DifferenceTable::NodeCol),
            QStringLiteral("Load balancer (removed)"));
        QCOMPARE(table->rowOf(QStringLiteral("gw"))->text(DifferenceTable::NodeCol), QStringLiteral("API (added)"));
    }
};

QTEST_MAIN(TestCostScenarios)
#include "tst_cost_scenarios.moc"
