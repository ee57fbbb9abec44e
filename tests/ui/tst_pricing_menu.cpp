// The Cost menu's pricing switch in the editor: one history entry per switch, named for
// what it did, and a status bar line with the monthly difference the cost panel's totals
// agree with; and the findings panel's Fix button says what the fix adds to the bill.
#include "cost/cost_export.h"
#include "cost_controller.h"
#include "document.h"
#include "panels/findings_panel.h"
#include "pricing_menu.h"
#include "validation_controller.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class TestPricingMenu : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    QString status() { return m_window->statusBar()->currentMessage(); }
    QString pricingOf(const char* id)
    {
        const Json& props = doc().model().node(QString::fromLatin1(id))->props;
        return props.contains("pricing") ? QString::fromStdString(props["pricing"].get<std::string>()) : QString();
    }
    cost::Money total()
    {
        m_window->costs().flush();
        return m_window->costs().projection().perMonth.front().total;
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanup()
    {
        doc().undoStack().setClean();
        m_window.reset();
    }

    void everythingOnAReservation()
    {
        const cost::Money before = total();
        const int entries = doc().undoStack().count();
        QAction* reserved
            = m_window->pricingMenu()->action(QStringLiteral("everything"), QStringLiteral("reserved_1y"));
        QVERIFY(reserved);
        QVERIFY(!reserved->toolTip().isEmpty());
        reserved->trigger();
        QCOMPARE(doc().undoStack().count(), entries + 1);
        QCOMPARE(doc().undoStack().undoText(), QStringLiteral("Price everything on reserved 1 year"));
        QCOMPARE(pricingOf("db"), QStringLiteral("reserved_1y"));
        const cost::Money after = total();
        QVERIFY(after.micros() < before.micros());
        // The sample's SQL database is the one node that changes; its training job has no
        // reserved rate and is named.
        QVERIFY2(status().startsWith(
                     QStringLiteral("Reserved 1 year on 1 node: %1 a month").arg(cost::signedUsdText(after - before))),
            qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("kept on-demand: 1 node has no reserved 1-year price")),
            qPrintable(status()));
        doc().undoStack().undo();
        QCOMPARE(pricingOf("db"), QString());
        QCOMPARE(total(), before);
    }

    void trainingOnSpotWithoutARateIsRefused()
    {
        const int entries = doc().undoStack().count();
        m_window->pricingMenu()->action(QStringLiteral("training"), QStringLiteral("spot"))->trigger();
        QCOMPARE(doc().undoStack().count(), entries);
        QVERIFY2(status().startsWith(
                     QStringLiteral("Not done: nothing to change in training and batch: 1 node has no spot price")),
            qPrintable(status()));
    }

    void selectionOnly()
    {
        QAction* onSelection = m_window->pricingMenu()->action(QStringLiteral("selection"), QStringLiteral("spot"));
        QVERIFY(onSelection);
        Q_EMIT m_window->pricingMenu()->aboutToShow();
        QVERIFY(!qobject_cast<QMenu*>(onSelection->parent())->isEnabled()); // nothing selected
        m_window->scene()->selectOnly({QStringLiteral("db")});
        Q_EMIT m_window->pricingMenu()->aboutToShow();
        QVERIFY(qobject_cast<QMenu*>(onSelection->parent())->isEnabled());
        m_window->pricingMenu()->action(QStringLiteral("selection"), QStringLiteral("reserved_1y"))->trigger();
        QCOMPARE(doc().undoStack().undoText(), QStringLiteral("Price the selection on reserved 1 year"));
        QCOMPARE(pricingOf("db"), QStringLiteral("reserved_1y"));
    }

    void fixButtonSaysWhatItCosts()
    {
        FindingsPanel* panel = m_window->findingsPanel();
        m_window->validation().flush();
        QVERIFY(panel->selectRule(QStringLiteral("missing-secrets")));
        auto* fixButton = panel->findChild<QPushButton*>(QStringLiteral("findingsFix"));
        QVERIFY(fixButton);
        QCOMPARE(fixButton->text(), QStringLiteral("&Fix (+$0.40/mo)"));
        QVERIFY2(fixButton->toolTip().contains(QStringLiteral("adds Secrets Manager: +$0.40 a month")),
            qPrintable(fixButton->toolTip()));
        QVERIFY(panel->tree()->currentItem()->toolTip(0).contains(QStringLiteral("<b>Quick fix:</b> adds")));
        // Priced at a region the book does not have: unknown once the diagram changes.
        Meta meta = doc().model().meta();
        meta.region = QStringLiteral("eu-west-1");
        QVERIFY(doc().request([&](Architecture& m) { return edit::setMeta(m, meta); }));
        QTRY_COMPARE(fixButton->text(), QStringLiteral("&Fix (?/mo)"));
        QVERIFY2(fixButton->toolTip().contains(QStringLiteral("cost unknown")), qPrintable(fixButton->toolTip()));
        // The row's tooltip follows: worked out again, not left as it was.
        const QString tip = panel->tree()->currentItem()->toolTip(0);
        QVERIFY2(
            tip.contains(QStringLiteral("cost unknown")) && !tip.contains(QStringLiteral("+$0.40")), qPrintable(tip));
    }
};

QTEST_MAIN(TestPricingMenu)
#include "tst_pricing_menu.moc"
