// Findings show on the canvas, in the list and in the status bar, follow every edit,
// and can be fixed, suppressed and filtered by profile from the editor.
#include "view/edge_item.h"
#include "document.h"
#include "panels/findings_panel.h"
#include "rules/quick_fixes.h"
#include "validation_controller.h"
#include "widget_test_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class TestFindings : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    const Architecture& model() { return m_window->document().model(); }
    FindingsPanel* panel() { return m_window->findingsPanel(); }

    bool fires(const QString& rule, bool suppressed = false)
    {
        m_window->validation().flush();
        for (const Finding& f : m_window->validation().findings()) {
            if (f.rule == rule && f.suppressed == suppressed)
                return true;
        }
        return false;
    }

    // Answers the next input dialog with text (QInputDialog::getText is modal).
    static void answerNextDialog(const QString& text)
    {
        QTimer::singleShot(0, qApp, [text] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(text);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        m_window->validation().flush();
    }

    void cleanup()
    {
        doc().undoStack().setClean();
        m_window.reset();
    }

    void sampleFindingsShowEverywhere()
    {
        QVERIFY(fires(QStringLiteral("missing-secrets")));
        const NodeItem* db = m_window->scene()->nodeItem(QStringLiteral("db"));
        QVERIFY(db->badge().count >= 1);
        QVERIFY(db->badge().worst == Severity::Error);
        QVERIFY(db->toolTip().contains(QStringLiteral("secret manager")));
        QVERIFY(m_window->scene()->nodeItem(QStringLiteral("iam"))->badge().isEmpty());
        auto* status = m_window->findChild<QToolButton*>(QStringLiteral("findingsStatus"));
        QVERIFY(status->text().startsWith(QStringLiteral("✖ 1 ")));
        QVERIFY(panel()->selectRule(QStringLiteral("missing-secrets")));
        QCOMPARE(panel()->currentFinding()->nodes, QList<Id>{QStringLiteral("db")});
    }

    void clickSelectsAndShowsNodes()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("no-cost-controls")));
        QTreeWidget* tree = panel()->tree();
        const QRect row = tree->visualItemRect(tree->currentItem());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(m_window->scene()->selectedIds(), QList<Id>{QStringLiteral("train")});
        const QRectF visible = m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(m_window->scene()->nodeItem(QStringLiteral("train"))->frame()));
    }

    void editsUpdateFindings()
    {
        QVERIFY(fires(QStringLiteral("missing-secrets")));
        edit::NewNode spec;
        spec.kind = QStringLiteral("security.secrets");
        spec.group = QStringLiteral("region");
        spec.pos = QPointF(300, 700);
        QVERIFY(doc().request([&](Architecture& m) { return edit::addNode(m, doc().catalog(), spec); }));
        QVERIFY(!fires(QStringLiteral("missing-secrets")));
        QVERIFY(m_window->scene()->nodeItem(QStringLiteral("db"))->badge().worst != Severity::Error);
        doc().undoStack().undo();
        QVERIFY(fires(QStringLiteral("missing-secrets")));
        QVERIFY(m_window->scene()->nodeItem(QStringLiteral("db"))->badge().worst == Severity::Error);
    }

    // The budget fix asks for the limit; what the user enters lands on the budget, with
    // the budget and its wire, as one step.
    void fixButtonFixesInOneStep()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("no-cost-controls")));
        const int steps = doc().undoStack().count();
        test::answerNextLimit(2500);
        panel()->fixCurrent();
        QCOMPARE(doc().undoStack().count(), steps + 1);
        const Node& budget = model().nodes().back();
        QCOMPARE(budget.kind, QStringLiteral("cost.budget"));
        QVERIFY(budget.props.value("monthly_limit", Json()) == Json(2500));
        QVERIFY(!fires(QStringLiteral("no-cost-controls")));
        QVERIFY(m_window->scene()->nodeItem(budget.id));
        doc().undoStack().undo();
        QVERIFY(fires(QStringLiteral("no-cost-controls")));
        QCOMPARE(doc().undoStack().count(), steps + 1); // undone, redoable
        QVERIFY(model().nodes().back().kind != QLatin1String("cost.budget"));
    }

    // The dialog proposes the estimate with headroom and says so; on the sample it also
    // says the estimate leaves the GPU training out.
    void budgetDialogProposesFromTheEstimate()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("no-cost-controls")));
        const fix::BudgetProposal p = fix::proposeBudgetLimit(model(), doc().catalog());
        test::LimitAsked asked;
        test::answerNextLimit(0, &asked);
        panel()->fixCurrent();
        QVERIFY(asked.shown);
        QCOMPARE(qint64(asked.proposed), p.limit);
        QVERIFY2(asked.text.contains(QStringLiteral("20% headroom")), qPrintable(asked.text));
        QVERIFY2(asked.text.contains(QStringLiteral("$%1").arg(QLocale().toString(p.limit))), qPrintable(asked.text));
        QVERIFY2(asked.text.contains(QStringLiteral("leaves out Weekly training")), qPrintable(asked.text));
        QVERIFY(model().nodes().back().props.value("monthly_limit", Json()) == Json(p.limit));
    }

    void cancellingTheLimitAddsNothing()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("no-cost-controls")));
        const int steps = doc().undoStack().count();
        const Diagram before = model().diagram();
        test::answerNextLimit(std::nullopt);
        panel()->fixCurrent();
        QCOMPARE(doc().undoStack().count(), steps);
        QCOMPARE(model().nodes().size(), before.nodes.size());
        QCOMPARE(model().edges().size(), before.edges.size());
        QVERIFY(fires(QStringLiteral("no-cost-controls")));
    }

    void suppressKeepsFindingVisibleWithReason()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("missing-secrets")));
        answerNextDialog(QStringLiteral("Credentials come from the platform team's vault"));
        panel()->suppressCurrent();
        QVERIFY(fires(QStringLiteral("missing-secrets"), true));
        QVERIFY(!fires(QStringLiteral("missing-secrets"), false));
        const std::vector<Suppression>& suppress = model().node(QStringLiteral("db"))->suppress;
        QCOMPARE(suppress.size(), std::size_t(1));
        QCOMPARE(suppress[0].reason, QStringLiteral("Credentials come from the platform team's vault"));
        // Still listed, marked as suppressed; the canvas shows it quietly.
        QVERIFY(panel()->selectRule(QStringLiteral("missing-secrets")));
        QVERIFY(panel()->currentFinding()->suppressed);
        QVERIFY(m_window->scene()->nodeItem(QStringLiteral("db"))->badge().suppressed >= 1);
        auto* status = m_window->findChild<QToolButton*>(QStringLiteral("findingsStatus"));
        QVERIFY(status->text().startsWith(QStringLiteral("✖ 0 ")));
        // Lift it again.
        panel()->suppressCurrent();
        QVERIFY(fires(QStringLiteral("missing-secrets")));
        QVERIFY(model().node(QStringLiteral("db"))->suppress.empty());
    }

    void suppressNeedsAReason()
    {
        QVERIFY(panel()->selectRule(QStringLiteral("missing-secrets")));
        answerNextDialog(QStringLiteral("   "));
        panel()->suppressCurrent();
        QVERIFY(fires(QStringLiteral("missing-secrets")));
        QVERIFY(model().node(QStringLiteral("db"))->suppress.empty());
    }

    void profileIsKeptInTheFileAndFilters()
    {
        auto* profile = panel()->findChild<QComboBox*>(QStringLiteral("findingsProfile"));
        QVERIFY(profile);
        QCOMPARE(profile->currentData().toString(), QStringLiteral("all"));
        const int classroom = profile->findData(QStringLiteral("classroom"));
        QVERIFY(classroom >= 0);
        profile->setCurrentIndex(classroom);
        Q_EMIT profile->activated(classroom);
        QCOMPARE(model().meta().ruleProfile, QStringLiteral("classroom"));
        m_window->validation().flush();
        const RuleProfile* p = RuleBook::builtin().profile(QStringLiteral("classroom"));
        for (const Finding& f : m_window->validation().findings())
            QVERIFY2(p->rules.contains(f.rule), qPrintable(f.rule));
        doc().undoStack().undo();
        QCOMPARE(profile->currentData().toString(), QStringLiteral("all"));
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
