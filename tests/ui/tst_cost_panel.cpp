// The cost dock on the sample: the table shows the core estimate's figures (unknowns as
// unknown, never $0), a click selects the node, the horizon sets the chart's points,
// exports are the command line's shapes, and the canvas shows costs on request.
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "document.h"
#include "panels/cost_chart.h"
#include "panels/cost_panel.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace cw;

class TestCostPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    CostPanel* panel() { return m_window->costPanel(); }
    const Architecture& model() { return m_window->document().model(); }

    QTreeWidgetItem* rowOf(const Id& id)
    {
        QTreeWidget* table = panel()->table();
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                return table->topLevelItem(i);
        }
        return nullptr;
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
        QCOMPARE(panel()->table()->topLevelItemCount(), int(model().nodes().size()));
        int unknown = 0;
        for (const Node& n : model().nodes()) {
            QTreeWidgetItem* row = rowOf(n.id);
            QVERIFY2(row, qPrintable(n.id));
            const cost::NodeCost c = cost::estimateNode(Catalog::builtin(), cost::PriceBook::builtin(), model(), n);
            const QString monthly = row->text(3);
            if (c.status == cost::NodeStatus::Priced) {
                QCOMPARE(monthly, cost::usdText(c.monthly));
            } else {
                ++unknown;
                QVERIFY2(!monthly.contains(QLatin1Char('$')), qPrintable(n.id + QStringLiteral(": ") + monthly));
                if (!c.notBilled)
                    QCOMPARE(row->toolTip(3), c.reason);
            }
            QCOMPARE(row->childCount() - (c.status == cost::NodeStatus::Priced ? 0 : 1), int(c.items.size()));
        }
        QVERIFY(unknown < panel()->table()->topLevelItemCount());
    }

    void clickSelectsTheNode()
    {
        QTreeWidget* table = panel()->table();
        QTreeWidgetItem* row = table->topLevelItem(2);
        const Id id = row->data(0, Qt::UserRole).toString();
        table->scrollToItem(row);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(row).center());
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
