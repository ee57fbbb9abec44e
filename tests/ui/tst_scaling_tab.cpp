// The Advisor's Scaling tab (issue 12): the burst of seeds/003 against each option with
// the numbers core's simulate() gives, drawing and pasting the load, and the user's curve
// and settings kept when the advice moves to another node.
#include "advice/advice.h"
#include "advice/option_scaling.h"
#include "advisor/load_curve_editor.h"
#include "advisor/load_curve_view.h"
#include "advisor/paste_points_dialog.h"
#include "advisor/scaling_charts.h"
#include "advisor/scaling_settings_form.h"
#include "advisor/scaling_summary_model.h"
#include "advisor/scaling_tab.h"
#include "catalog/catalog.h"
#include "cost/price_book.h"
#include "model/architecture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace cw;
using namespace cw::advice;

Q_DECLARE_METATYPE(cw::advice::Option)

namespace {

// The advice for one workload node on AWS, from its kind and properties.
Advice adviceFor(const QString& kind, const char* props, const QString& provider = QStringLiteral("aws"))
{
    Node n;
    n.id = QStringLiteral("api");
    n.kind = kind;
    n.name = QStringLiteral("Prediction API");
    n.props = Json::parse(props);
    Diagram d;
    d.meta.provider = provider;
    d.meta.region = provider == QLatin1String("aws") ? QStringLiteral("us-east-1") : QString();
    d.nodes = {n};
    Architecture model;
    model.reset(std::move(d));
    const std::optional<Advice> a = advise(Catalog::builtin(), cost::PriceBook::builtin(), model, n.id);
    return a ? *a : Advice{};
}

// 10 req/s on average (26,280,000 a month), 100 ms and one vCPU a request.
Advice tenPerSecond()
{
    return adviceFor(
        QStringLiteral("compute.function"), R"({"requests_per_month":26280000,"duration_ms":100,"memory_mb":1769})");
}

size_t indexOf(const std::vector<OptionScaling>& runs, Option option)
{
    for (size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].option == option)
            return i;
    }
    return runs.size();
}

} // namespace

class TestScalingTab : public QObject {
    Q_OBJECT

    std::unique_ptr<ScalingTab> m_tab;

    QVariant cell(int row, int column, int role = Qt::DisplayRole)
    {
        QAbstractItemModel* m = m_tab->summary()->model();
        return m->index(row, column).data(role);
    }

    // The tab as drawn, once the charts have laid out their axes (they do it in posted events).
    QPixmap grab()
    {
        QTest::qWait(100);
        return m_tab->grab();
    }

private Q_SLOTS:
    void init()
    {
        m_tab = std::make_unique<ScalingTab>();
        m_tab->resize(900, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanup() { m_tab.reset(); }

    void burst_data()
    {
        QTest::addColumn<Option>("option");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("vmsFixed");
        QTest::addColumn<bool>("keepsUp"); // nothing queues or fails
        QTest::newRow("function, 1,000 concurrent") << Option::Serverless << 1000 << false << true;
        QTest::newRow("function, 20 concurrent") << Option::Serverless << 20 << false << false;
        QTest::newRow("containers, 1 min to start") << Option::Containers << 1000 << false << false;
        QTest::newRow("VMs, 4 min to boot") << Option::Vms << 1000 << false << false;
        QTest::newRow("VMs, fixed count") << Option::Vms << 1000 << true << false;
    }

    // Joe and all his friends: 50x the base for ten minutes at noon. The tab's numbers are
    // core's simulate() for the same curve and settings, in the table and in the charts.
    void burst()
    {
        QFETCH(Option, option);
        QFETCH(int, concurrency);
        QFETCH(bool, vmsFixed);
        QFETCH(bool, keepsUp);
        const Advice a = tenPerSecond();
        QCOMPARE(a.options.size(), size_t(3));
        m_tab->curveEditor()->setShape(LoadCurveEditor::Shape::Burst);
        m_tab->settingsForm()->concurrencyBox()->setValue(concurrency);
        m_tab->settingsForm()->vmsFixedBox()->setChecked(vmsFixed);
        m_tab->setAdvice(a);
        m_tab->flush();

        QVERIFY(m_tab->heading()->text().startsWith(QStringLiteral("Prediction API: ")));
        // The base is the workload's average: 10 req/s, 500 in the burst.
        QVERIFY(std::abs(m_tab->curveEditor()->baseRps() - 10) < 1e-9);
        QVERIFY(std::abs(m_tab->curve().peak() - 500) < 1e-6);

        ScalingAssumptions assume;
        assume.functionConcurrency = concurrency;
        assume.vmsFixed = vmsFixed;
        const std::vector<OptionScaling> core = simulateOptions(a, builtinCurve(CurveShape::Burst, 10), assume);
        const size_t i = indexOf(core, option);
        QVERIFY(i < core.size());
        const ScalingResult& want = core[i].result;
        const ScalingResult& got = m_tab->runs()[i].result;
        QCOMPARE(got.replicas, want.replicas);
        QCOMPARE(got.failedTotal, want.failedTotal);
        QCOMPARE(got.queuedPeak, want.queuedPeak);
        QCOMPARE(got.dayCostUsd, want.dayCostUsd);
        QCOMPARE(keepsUp, want.failedTotal == 0 && want.queuedPeak == 0);

        const int row = int(i);
        using M = ScalingSummaryModel;
        QCOMPARE(cell(row, M::ServedCol, M::ValueRole).toDouble(), want.served);
        QCOMPARE(cell(row, M::FailedCol, M::ValueRole).toDouble(), want.failedTotal);
        QCOMPARE(cell(row, M::PeakQueueCol, M::ValueRole).toDouble(), want.queuedPeak);
        QCOMPARE(cell(row, M::MinutesQueuedCol, M::ValueRole).toInt(), want.minutesQueued);
        QCOMPARE(cell(row, M::DayCostCol, M::ValueRole).toDouble(), want.dayCostUsd);
        QCOMPARE(cell(row, M::MonthCostCol, M::ValueRole).toDouble(), want.monthCostUsd);
        QCOMPARE(cell(row, M::FailedCol).toString(), QLocale().toString(qRound64(want.failedTotal)));
        QVERIFY(cell(row, M::DayCostCol).toString().startsWith(QLatin1Char('$')));
        if (!keepsUp)
            QVERIFY(want.failedTotal > 0 || want.minutesQueued > 0);

        // The replicas chart draws each minute's replicas; the cost chart ends at the day's cost.
        QChartView* replicas = m_tab->charts()->replicasView();
        QLineSeries* line = nullptr;
        for (QAbstractSeries* s : replicas->chart()->series()) {
            if (s->name().startsWith(optionText(option), Qt::CaseInsensitive))
                line = qobject_cast<QLineSeries*>(s);
        }
        QVERIFY(line);
        QCOMPARE(line->count(), kMinutesPerDay);
        QCOMPARE(line->at(12 * 60 + 5).y(), double(want.replicas[12 * 60 + 5]));
        const std::vector<double> cumulative
            = ScalingCharts::cumulativeCost(builtinCurve(CurveShape::Burst, 10), core[i]);
        QVERIFY(std::abs(cumulative.back() - want.dayCostUsd) < 1e-9 * std::max(1.0, want.dayCostUsd));
    }

    // Press, drag and release on the load chart: the minutes under the stroke take the
    // rate under the cursor, the rest stays, the shape turns Custom; Undo goes back.
    void drawingSetsTheCurve()
    {
        m_tab->setAdvice(tenPerSecond());
        LoadCurveEditor* editor = m_tab->curveEditor();
        editor->setShape(LoadCurveEditor::Shape::Burst);
        m_tab->flush();
        LoadCurveView* view = editor->view();
        QWidget* vp = view->viewport();
        const QPoint from = view->viewportPoint(2 * 60, 200);
        const QPoint to = view->viewportPoint(4 * 60, 200);
        QVERIFY2(vp->rect().contains(from) && vp->rect().contains(to), "the stroke is on the chart");
        const double drawnRps = view->valueAt(from).second;
        QVERIFY(std::abs(drawnRps - 200) < 10);

        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp, from + (to - from) * i / 6);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);

        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::Custom);
        QCOMPARE(editor->shapeBox()->currentText(), QStringLiteral("Custom"));
        const LoadCurve drawn = m_tab->curve();
        for (int m = 2 * 60 + 2; m <= 4 * 60 - 2; ++m)
            QVERIFY2(std::abs(drawn.rps[size_t(m)] - drawnRps) < 1e-6 * drawnRps, qPrintable(QString::number(m)));
        QCOMPARE(drawn.rps[60], 10.0);       // before the stroke: the burst shape's base
        QCOMPARE(drawn.rps[12 * 60], 500.0); // the burst is kept
        m_tab->flush();
        QCOMPARE(m_tab->runs()[0].result.requests, drawn.requests());

        // Ctrl+Z on the chart undoes the stroke, and the window's undo is not asked.
        QVERIFY(editor->canUndo());
        QTest::keyClick(vp, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::Burst);
        QCOMPARE(m_tab->curve().rps[3 * 60], 10.0);
        QVERIFY(!editor->canUndo());
    }

    void pasteGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minute");
        QTest::addColumn<double>("rps");
        QTest::newRow("HH:MM, spaces") << QStringLiteral("00:00 5\n12:00 50\n23:59 5") << 360 << 27.5;
        QTest::newRow("minutes, commas, header") << QStringLiteral("minute,rps\n0,5\n720,50\n") << 720 << 50.0;
        QTest::newRow("tabs, comment, blank") << QStringLiteral("# a day\n\n09:00\t20\n17:00\t20\n") << 600 << 20.0;
    }

    void pasteGood()
    {
        QFETCH(QString, text);
        QFETCH(int, minute);
        QFETCH(double, rps);
        m_tab->setAdvice(tenPerSecond());
        LoadCurveEditor* editor = m_tab->curveEditor();
        QCOMPARE(editor->applyPoints(text), QString());
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::Custom);
        QVERIFY(std::abs(m_tab->curve().rps[size_t(minute)] - rps) < 1e-9);
    }

    void pasteBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a time") << QStringLiteral("00:00 5\n25:10 8")
                                    << QStringLiteral("Line 2: 25:10 is not a time");
        QTest::newRow("not a rate") << QStringLiteral("0 5\n60 5\n120 lots") << QStringLiteral("Line 3: lots is not");
        QTest::newRow("negative") << QStringLiteral("0 -4")
                                  << QStringLiteral("Line 1: -4 requests per second is below");
        QTest::newRow("past the day") << QStringLiteral("0 1\n1440 1")
                                      << QStringLiteral("Line 2: minute 1440 is outside");
        QTest::newRow("out of order") << QStringLiteral("10:00 5\n\n09:00 7")
                                      << QStringLiteral("Line 3: 09:00 does not come after 10:00");
        QTest::newRow("three fields") << QStringLiteral("0 1 2")
                                      << QStringLiteral("Line 1: \"0 1 2\" is not a minute and a rate");
        QTest::newRow("no points") << QStringLiteral("\n# nothing\n") << QStringLiteral("No points");
    }

    // Through the dialog: a bad line is named, the dialog stays open with the text, and
    // the curve is the one before.
    void pasteBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        m_tab->setAdvice(tenPerSecond());
        LoadCurveEditor* editor = m_tab->curveEditor();
        editor->setShape(LoadCurveEditor::Shape::OfficeHours);
        const LoadCurve before = m_tab->curve();
        QPushButton* paste = nullptr;
        for (QPushButton* b : editor->findChildren<QPushButton*>()) {
            if (b->text().startsWith(QStringLiteral("Paste points")))
                paste = b;
        }
        QVERIFY(paste);
        QTest::mouseClick(paste, Qt::LeftButton);
        PastePointsDialog* dialog = editor->pasteDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->editor()->setPlainText(text);
        dialog->accept();
        QVERIFY2(dialog->errorText().startsWith(error), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->editor()->toPlainText(), text);
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::OfficeHours);
        QCOMPARE(m_tab->curve().rps, before.rps);
        // Fixed, it goes through and closes.
        dialog->editor()->setPlainText(QStringLiteral("00:00 3\n12:00 30"));
        dialog->accept();
        QTRY_VERIFY(!editor->pasteDialog());
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::Custom);
        QCOMPARE(m_tab->curve().rps[12 * 60], 30.0);
    }

    // Another node (or a changed model) brings new advice; the user's curve and settings stay.
    void anotherNodeKeepsTheUsersCurveAndSettings()
    {
        m_tab->setAdvice(tenPerSecond());
        LoadCurveEditor* editor = m_tab->curveEditor();
        ScalingSettingsForm* form = m_tab->settingsForm();
        editor->setShape(LoadCurveEditor::Shape::EveningPeak);
        form->maxReplicasBox()->setValue(7);
        form->vmBootBox()->setValue(6);
        form->vmsFixedBox()->setChecked(true);
        form->timeoutBox()->setValue(10);
        // The base follows the workload until the user sets it.
        m_tab->setAdvice(adviceFor(QStringLiteral("compute.container"), R"({"requests_per_month":2628000})"));
        m_tab->flush();
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::EveningPeak);
        QVERIFY(std::abs(editor->baseRps() - 1) < 1e-9);
        editor->setBaseRps(4);
        m_tab->setAdvice(tenPerSecond());
        m_tab->flush();
        QCOMPARE(editor->baseRps(), 4.0);
        QCOMPARE(editor->shape(), LoadCurveEditor::Shape::EveningPeak);
        const ScalingAssumptions a = m_tab->assumptions();
        QCOMPARE(a.maxReplicas, 7);
        QCOMPARE(a.vmBootMin, 6);
        QVERIFY(a.vmsFixed);
        QCOMPARE(a.timeoutSeconds, 10.0);
        QCOMPARE(m_tab->runs()[2].settings.timeoutSeconds, 10.0);
        // A drawn curve stays too, and so through clear() and back.
        QCOMPARE(editor->applyPoints(QStringLiteral("0 2\n600 9")), QString());
        const LoadCurve drawn = m_tab->curve();
        m_tab->clear();
        QVERIFY(m_tab->runs().empty());
        m_tab->setAdvice(
            adviceFor(QStringLiteral("compute.vm"), R"({"instance_type":"t3.medium","requests_per_month":1000000})"));
        m_tab->flush();
        QCOMPARE(m_tab->curve().rps, drawn.rps);
        QCOMPARE(m_tab->runs().size(), size_t(3));
    }

    // A function's request price comes from requests_per_month: without it serverless is
    // "not priced", never $0; a GPU workload does not fit functions, and that row is grey.
    void unpricedAndMisfitOptions()
    {
        m_tab->setAdvice(adviceFor(QStringLiteral("compute.vm"), R"({"instance_type":"t3.medium"})"));
        m_tab->flush();
        using M = ScalingSummaryModel;
        const size_t s = indexOf(m_tab->runs(), Option::Serverless);
        QCOMPARE(cell(int(s), M::DayCostCol).toString(), QStringLiteral("not priced"));
        QCOMPARE(cell(int(s), M::MonthCostCol).toString(), QStringLiteral("not priced"));
        QVERIFY(cell(int(s), M::DayCostCol, Qt::ToolTipRole).toString().contains(QStringLiteral("requests_per_month")));
        QVERIFY(ScalingCharts::series(m_tab->charts()->costView(), QStringLiteral("Serverless functions: not priced")));
        const size_t v = indexOf(m_tab->runs(), Option::Vms);
        QVERIFY(cell(int(v), M::MonthCostCol).toString().startsWith(QLatin1Char('$')));

        m_tab->setAdvice(adviceFor(QStringLiteral("compute.gpu_vm"),
            R"({"instance_type":"g5.xlarge","gpu":true,"requests_per_month":100000,"duration_ms":500})"));
        m_tab->flush();
        QCOMPARE(cell(int(s), M::FitsCol, M::ValueRole).toBool(), false);
        QVERIFY(cell(int(s), M::FitsCol).toString().startsWith(QStringLiteral("No: ")));
        QCOMPARE(cell(int(s), M::OptionCol, Qt::ForegroundRole).value<QColor>(),
            QPalette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(cell(int(s), M::OptionCol, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("GPU"), Qt::CaseInsensitive));
        QCOMPARE(cell(int(v), M::FitsCol).toString(), QStringLiteral("Yes"));
    }

    // A rubber-band zoom on one chart shows the same minutes on the others; "Whole day" undoes it.
    void zoomFollows()
    {
        m_tab->setAdvice(tenPerSecond());
        m_tab->flush();
        ScalingCharts* charts = m_tab->charts();
        QChartView* load = charts->loadView();
        const QRectF plot = load->chart()->plotArea();
        const QPoint from
            = load->mapFromScene(load->chart()->mapToScene(plot.topLeft() + QPointF(plot.width() / 2, 10)));
        const QPoint to
            = load->mapFromScene(load->chart()->mapToScene(plot.topLeft() + QPointF(plot.width() * 3 / 4, 40)));
        QTest::mousePress(load->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(load->viewport(), to);
        QTest::mouseRelease(load->viewport(), Qt::LeftButton, {}, to);
        const auto [first, last] = charts->shownMinutes(load);
        QVERIFY2(std::abs(first - 720) < 15 && std::abs(last - 1080) < 15,
            qPrintable(QStringLiteral("%1 to %2").arg(first).arg(last)));
        for (QChartView* other : {charts->replicasView(), charts->costView()}) {
            QCOMPARE(charts->shownMinutes(other).first, first);
            QCOMPARE(charts->shownMinutes(other).second, last);
        }
        charts->showWholeDay();
        QCOMPARE(charts->shownMinutes(charts->costView()).first, 0.0);
        QCOMPARE(charts->shownMinutes(charts->costView()).second, 1440.0);
    }

    // Changes are simulated once, about 100 ms after the last of them.
    void debounced()
    {
        m_tab->setAdvice(tenPerSecond());
        m_tab->flush();
        const int before = m_tab->runs()[1].settings.maxReplicas;
        QVERIFY(before != 3);
        m_tab->settingsForm()->maxReplicasBox()->setValue(3);
        QCOMPARE(m_tab->runs()[1].settings.maxReplicas, before); // not yet
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->runs()[1].settings.maxReplicas, 3, 1000);
    }

    // A picture of the tab for docs/advice.md, when asked for (CW_SCALING_SHOT=path.png).
    void screenshot()
    {
        const QString path = qEnvironmentVariable("CW_SCALING_SHOT");
        if (path.isEmpty())
            QSKIP("set CW_SCALING_SHOT to write a picture of the tab");
        m_tab->setAdvice(tenPerSecond());
        m_tab->flush();
        m_tab->charts()->zoomTo(11 * 60 + 30, 13 * 60);
        QVERIFY(grab().save(path));
        for (int tab : {1, 2}) {
            m_tab->charts()->setCurrentIndex(tab);
            QString other = path;
            QVERIFY(grab().save(other.replace(QStringLiteral(".png"), QStringLiteral("-%1.png").arg(tab))));
        }
        m_tab->setAdvice(adviceFor(QStringLiteral("compute.gpu_vm"),
            R"({"instance_type":"g5.xlarge","gpu":true,"requests_per_month":100000,"duration_ms":500})"));
        m_tab->flush();
        m_tab->charts()->setCurrentIndex(1);
        QString gpu = path;
        QVERIFY(grab().save(gpu.replace(QStringLiteral(".png"), QStringLiteral("-gpu.png"))));
        m_tab->curveEditor()->openPasteDialog();
        PastePointsDialog* dialog = m_tab->curveEditor()->pasteDialog();
        dialog->editor()->setPlainText(QStringLiteral("00:00 5\n09:00 20\n12:75 40\n"));
        dialog->accept();
        QTest::qWait(100);
        QString paste = path;
        QVERIFY(dialog->grab().save(paste.replace(QStringLiteral(".png"), QStringLiteral("-paste.png"))));
    }
};

QTEST_MAIN(TestScalingTab)
#include "tst_scaling_tab.moc"
