// The Advisor dock on the sample: it follows the selection, shows core's verdict, the three
// options with core's figures, the break-even chart crossing where core's breakEven() says,
// the checklist; Apply replaces the node through the undo stack as one step and undo
// restores it exactly; anything but one workload selected gives a message saying what to select.
#include "advice/cost_curve.h"
#include "advisor/advice_text.h"
#include "advisor/advisor_panel.h"
#include "advisor/break_even_chart.h"
#include "advisor/option_card.h"
#include "advisor/scaling_tab.h"
#include "cost/price_book.h"
#include "document.h"
#include "edit/edits.h"
#include "io/cwa_writer.h"
#include "widget_test_helpers.h"

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace cw;
using advice::Option;

class TestAdvisorPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    AdvisorPanel* panel() { return m_window->advisorPanel(); }
    const Architecture& model() { return m_window->document().model(); }
    advice::Advice coreAdvice(const Id& id)
    {
        return *advice::advise(Catalog::builtin(), cost::PriceBook::builtin(), model(), id);
    }
    void select(const QList<Id>& ids)
    {
        m_window->scene()->selectOnly(ids);
        panel()->flush();
    }
    bool setRequests(const Id& id, double requests)
    {
        return m_window->document().request([&](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), id, QStringLiteral("requests_per_month"), requests);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        m_window->advisorDock()->show();
        m_window->advisorDock()->raise();
        m_window->resize(1600, 1000);
    }

    void cleanup() { m_window.reset(); }

    void dockIsInTheViewMenu()
    {
        QDockWidget* dock = m_window->advisorDock();
        QCOMPARE(dock->windowTitle(), QStringLiteral("Advisor"));
        QVERIFY(!dock->toggleViewAction()->toolTip().isEmpty());
        QCOMPARE(panel()->tabs()->tabText(0), QStringLiteral("Advice"));
    }

    void showsCoreAdviceForTheSelectedWorkload()
    {
        QVERIFY(setRequests(QStringLiteral("api"), 3000000));
        QSignalSpy changed(panel(), &AdvisorPanel::adviceChanged);
        select({QStringLiteral("api")});
        QVERIFY(panel()->advice());
        QVERIFY(changed.count() >= 1);
        const advice::Advice a = coreAdvice(QStringLiteral("api"));
        QVERIFY(panel()->messageLabel()->isHidden());
        QVERIFY2(panel()->verdictLabel()->text().contains(a.verdict()), qPrintable(panel()->verdictLabel()->text()));
        QVERIFY(panel()->verdictLabel()->text().contains(QStringLiteral("Prediction API")));
        for (const QString& reason : a.reasons)
            QVERIFY(panel()->reasonsLabel()->text().contains(reason.toHtmlEscaped()));

        // The three options side by side, each with core's figure.
        for (const advice::OptionAdvice& o : a.options) {
            OptionCard* card = panel()->card(o.option);
            QVERIFY(card && card->isVisible());
            QCOMPARE(card->title(), advisorText::optionTitle(o));
            QCOMPARE(card->costLabel()->text(), advisorText::monthlyText(o));
            QVERIFY(card->costLabel()->text().contains(QLatin1Char('$')));
            QCOMPARE(card->fitLabel()->text().contains(QStringLiteral("Fits")), o.fits);
        }
        // The sample's API runs on Fargate: its card says so, and cannot be applied again.
        OptionCard* containers = panel()->card(Option::Containers);
        QVERIFY(a.option(Option::Containers).asDrawn);
        QVERIFY(!containers->applyButton()->isEnabled());
        QVERIFY(containers->applyButton()->toolTip().contains(QStringLiteral("already runs")));

        // The checklist is core's, ticked where it holds.
        QCOMPARE(panel()->checklist()->count(), int(a.checklist.size()));
        for (int i = 0; i < panel()->checklist()->count(); ++i) {
            QCOMPARE(panel()->checklist()->item(i)->text(), a.checklist[size_t(i)].text);
            QCOMPARE(panel()->checklist()->item(i)->checkState() == Qt::Checked, a.checklist[size_t(i)].holds);
        }
    }

    void chartCrossesAtCoreBreakEven()
    {
        QVERIFY(setRequests(QStringLiteral("api"), 3000000));
        select({QStringLiteral("api")});
        const advice::Advice a = coreAdvice(QStringLiteral("api"));
        QVERIFY(a.breakEvenRequestsPerMonth && a.breakEvenAgainst);
        BreakEvenChart* chart = panel()->chart();
        QVERIFY(chart->crossing());
        QCOMPARE(chart->crossing()->x(), *a.breakEvenRequestsPerMonth);
        const std::vector<advice::CostCurve> at = advice::costCurves(
            Catalog::builtin(), cost::PriceBook::builtin(), model(), a, {*a.breakEvenRequestsPerMonth});
        const advice::CostCurve& against = at[size_t(*a.breakEvenAgainst)];
        QCOMPARE(chart->crossing()->y(), against.monthly.front()->toDouble());
        QVERIFY(chart->crossingText().contains(QStringLiteral("Break-even")));
        // One series per option that fits, each point core's figure at that load.
        QStringList expected;
        for (const advice::OptionAdvice& o : a.options) {
            if (o.fits)
                expected << advisorText::optionTitle(o);
        }
        QCOMPARE(chart->optionSeries(), expected);
        const QList<QPointF> serverless = chart->pointsOf(advisorText::optionTitle(a.option(Option::Serverless)));
        QVERIFY(serverless.size() > 10);
        const std::vector<advice::CostCurve> check = advice::costCurves(
            Catalog::builtin(), cost::PriceBook::builtin(), model(), a, {serverless.first().x(), serverless.last().x()});
        QCOMPARE(serverless.first().y(), check[0].monthly[0]->toDouble());
        QCOMPARE(serverless.last().y(), check[0].monthly[1]->toDouble());
        // The load on the node lies within the chart.
        QVERIFY(serverless.first().x() < 3000000 && serverless.last().x() > 3000000);
    }

    void applyIsOneUndoStep()
    {
        QVERIFY(setRequests(QStringLiteral("api"), 3000000));
        select({QStringLiteral("api")});
        const QByteArray before = writeCwa(model().diagram());
        QUndoStack& stack = m_window->document().undoStack();
        const int steps = stack.count();
        OptionCard* serverless = panel()->card(Option::Serverless);
        QVERIFY(serverless->applyButton()->isEnabled());
        QSignalSpy message(panel(), &AdvisorPanel::message);
        QTest::mouseClick(serverless->applyButton(), Qt::LeftButton);
        QCOMPARE(model().node(QStringLiteral("api"))->kind, QStringLiteral("compute.function"));
        QCOMPARE(stack.count(), steps + 1);
        QVERIFY(stack.undoText().contains(QStringLiteral("Prediction API")));
        QCOMPARE(message.count(), 1);
        // The edges and the group stay.
        QCOMPARE(model().node(QStringLiteral("api"))->group, QStringLiteral("private"));
        QVERIFY(model().edgesAt(QStringLiteral("api")).size() >= 2);
        // The panel follows: now it is serverless, as drawn.
        panel()->flush();
        QVERIFY(panel()->advice());
        QVERIFY(panel()->advice()->option(Option::Serverless).asDrawn);

        stack.undo();
        QCOMPARE(model().node(QStringLiteral("api"))->kind, QStringLiteral("compute.container"));
        QCOMPARE(writeCwa(model().diagram()), before);
        stack.redo();
        QCOMPARE(model().node(QStringLiteral("api"))->kind, QStringLiteral("compute.function"));
    }

    void applyRecommendedButton()
    {
        // Constant high load: the advisor moves a function to always-on capacity.
        QVERIFY(setRequests(QStringLiteral("api"), 3000000));
        select({QStringLiteral("api")});
        QVERIFY(panel()->apply(Option::Serverless));
        QVERIFY(setRequests(QStringLiteral("api"), 900000000));
        panel()->flush();
        const advice::Advice a = coreAdvice(QStringLiteral("api"));
        QVERIFY(a.recommendation != Option::Serverless);
        QPushButton* apply = panel()->applyButton();
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(advisorText::optionTitle(a.option(a.recommendation))));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(model().node(QStringLiteral("api"))->kind, a.option(a.recommendation).node.kind);
        panel()->flush();
        // Now it is what was applied: that option has nothing left to apply.
        QPushButton* again = panel()->card(a.recommendation)->applyButton();
        QVERIFY(!again->isEnabled());
        QVERIFY(again->toolTip().contains(QStringLiteral("already runs")));
        if (panel()->advice()->recommendation == a.recommendation)
            QVERIFY(!panel()->applyButton()->isEnabled());
    }

    void followsEdits()
    {
        select({QStringLiteral("api")});
        QVERIFY(panel()->advice());
        QCOMPARE(panel()->advice()->workload.requestsPerMonth, 0.0);
        QVERIFY(setRequests(QStringLiteral("api"), 5000000));
        panel()->flush();
        QCOMPARE(panel()->advice()->workload.requestsPerMonth, 5000000.0);
        QVERIFY(panel()->verdictLabel()->text().contains(coreAdvice(QStringLiteral("api")).verdict()));
        // A provider switch re-advises at the new provider's services and prices.
        QVERIFY(m_window->document().request([](Architecture& m) {
            return edit::switchProvider(m, Catalog::builtin(), cost::PriceBook::builtin(), QStringLiteral("gcp"));
        }));
        panel()->flush();
        QCOMPARE(panel()->advice()->workload.provider, QStringLiteral("gcp"));
        QCOMPARE(panel()->card(Option::Containers)->title(), QStringLiteral("Containers (Cloud Run)"));
        const advice::Advice gcp = coreAdvice(QStringLiteral("api"));
        QCOMPARE(panel()->card(Option::Vms)->costLabel()->text(), advisorText::monthlyText(gcp.option(Option::Vms)));
    }

    void scalingTabFollowsTheAdvice()
    {
        QCOMPARE(panel()->tabs()->tabText(1), QStringLiteral("Scaling"));
        QVERIFY(panel()->tabs()->widget(1)->isAncestorOf(panel()->scaling()));
        // However tall the tab, the dock asks for little room: the canvas keeps its space.
        QVERIFY2(m_window->advisorDock()->minimumSizeHint().height() < 300,
            qPrintable(QString::number(m_window->advisorDock()->minimumSizeHint().height())));
        QVERIFY(setRequests(QStringLiteral("api"), 3000000));
        select({QStringLiteral("api")});
        ScalingTab* tab = panel()->scaling();
        tab->flush();
        // One run per option, each the core simulation of this advice on the tab's curve.
        const advice::Advice a = coreAdvice(QStringLiteral("api"));
        const std::vector<advice::OptionScaling> expected
            = advice::simulateOptions(a, tab->curve(), tab->assumptions());
        QCOMPARE(tab->runs().size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QVERIFY(tab->runs()[i].option == expected[i].option);
            QCOMPARE(tab->runs()[i].result.served, expected[i].result.served);
            QCOMPARE(tab->runs()[i].result.monthCostUsd, expected[i].result.monthCostUsd);
        }
        QVERIFY(tab->heading()->text().contains(QStringLiteral("Prediction API")));
        // Another edit re-simulates: ten times the load serves ten times the requests.
        const double served = tab->runs().front().result.served;
        QVERIFY(setRequests(QStringLiteral("api"), 30000000));
        panel()->flush();
        tab->flush();
        QVERIFY(tab->runs().front().result.served > 9 * served);
        // Nothing advisable selected: the tab says what to select and runs nothing.
        select({QStringLiteral("db")});
        tab->flush();
        QVERIFY(tab->runs().empty());
        QVERIFY(tab->heading()->text().startsWith(QStringLiteral("Select a workload")));
    }

    void messageWhenNoWorkloadIsSelected_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << QStringList() << QStringLiteral("Select one workload");
        QTest::newRow("a database") << QStringList{QStringLiteral("db")} << QStringLiteral("not a workload");
        QTest::newRow("a group") << QStringList{QStringLiteral("private")} << QStringLiteral("Select one workload");
        QTest::newRow("two nodes") << QStringList{QStringLiteral("api"), QStringLiteral("train")}
                                   << QStringLiteral("Several items");
    }

    void messageWhenNoWorkloadIsSelected()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, says);
        select({QStringLiteral("api")});
        QVERIFY(panel()->advice());
        QSignalSpy changed(panel(), &AdvisorPanel::adviceChanged);
        select(ids);
        QVERIFY(!panel()->advice());
        QVERIFY(panel()->messageLabel()->isVisible());
        QVERIFY2(panel()->messageLabel()->text().contains(says), qPrintable(panel()->messageLabel()->text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<const advice::Advice*>(), nullptr);
    }
};

QTEST_MAIN(TestAdvisorPanel)
#include "tst_advisor_panel.moc"
