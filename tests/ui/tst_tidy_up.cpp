// Arrange ▸ Tidy Up in the editor: the whole diagram or the selection, one history entry,
// undone exactly, with a status bar line saying what it did, the action's text following
// the selection, and the card sizes as drawn passed to the layout.
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "document.h"
#include "tidy_up.h"
#include "widget_test_helpers.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

using namespace cw;

class TestTidyUp : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    QString status() { return m_window->statusBar()->currentMessage(); }
    QAction* action() { return m_window->tidyUp()->action(); }

    QHash<Id, QPointF> positions()
    {
        QHash<Id, QPointF> at;
        for (const Node& n : doc().model().nodes())
            at.insert(n.id, n.pos);
        for (const Group& g : doc().model().groups())
            at.insert(g.id, g.box.topLeft());
        return at;
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

    void inTheArrangeMenuWithItsShortcut()
    {
        QAction* tidy = action();
        QCOMPARE(tidy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
        QVERIFY(!tidy->toolTip().isEmpty());
        QVERIFY(!tidy->statusTip().isEmpty());
        bool inArrange = false;
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Arrange"))
                inArrange = menu->menu()->actions().contains(tidy);
        }
        QVERIFY(inArrange);
        // No other action of the window takes the same keys.
        for (QAction* other : m_window->findChildren<QAction*>()) {
            if (other != tidy)
                QVERIFY2(!other->shortcuts().contains(tidy->shortcut()), qPrintable(other->text()));
        }
    }

    void wholeDiagramIsOneUndoableStep()
    {
        m_window->scene()->clearSelection();
        QCOMPARE(action()->text().remove(QLatin1Char('&')), QStringLiteral("Tidy Up Diagram"));
        QVERIFY(action()->isEnabled());
        const QHash<Id, QPointF> before = positions();
        const Diagram diagramBefore = doc().model().diagram();
        const int entries = doc().undoStack().count();

        action()->trigger();
        QCOMPARE(doc().undoStack().count(), entries + 1);
        QCOMPARE(doc().undoStack().undoText(), QStringLiteral("Tidy Up Diagram"));
        const QHash<Id, QPointF> after = positions();
        int moved = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            moved += after.value(it.key()) != it.value() ? 1 : 0;
        QVERIFY2(moved > 0, "nothing moved");
        QVERIFY2(status().startsWith(QStringLiteral("Tidy Up Diagram: arranged 8 nodes and 4 groups")),
            qPrintable(status()));
        // The canvas follows: every card is drawn where the model has it now.
        for (const Node& n : doc().model().nodes())
            QCOMPARE(m_window->scene()->cardRect(n.id).topLeft(), n.pos);

        doc().undoStack().undo();
        QCOMPARE(positions(), before);
        QVERIFY(doc().model().diagram() == diagramBefore);
        doc().undoStack().redo();
        QCOMPARE(positions(), after);
    }

    void selectionKeepsTheRestInPlace()
    {
        // The private subnet, scrambled, then tidied on its own.
        const Id subnet = QStringLiteral("private");
        QVERIFY(doc().model().group(subnet));
        QList<Id> inside = doc().model().nodesIn(subnet);
        QVERIFY(inside.size() >= 2);
        QVERIFY(doc().request([&](Architecture& m) { return edit::moveItems(m, {inside.first()}, QPointF(0, 120)); }));
        const QHash<Id, QPointF> before = positions();
        m_window->scene()->selectOnly({subnet});
        QCOMPARE(action()->text().remove(QLatin1Char('&')), QStringLiteral("Tidy Up Selection"));

        QVERIFY(m_window->tidyUp()->run());
        QCOMPARE(doc().undoStack().undoText(), QStringLiteral("Tidy Up Selection"));
        QVERIFY2(status().startsWith(QStringLiteral("Tidy Up Selection: arranged")), qPrintable(status()));
        const QHash<Id, QPointF> after = positions();
        QCOMPARE(after.value(subnet), before.value(subnet)); // the part keeps its top-left
        QVERIFY(after.value(inside.first()) != before.value(inside.first()));
        for (const Node& n : doc().model().nodes()) {
            if (n.group != subnet)
                QCOMPARE(after.value(n.id), before.value(n.id));
        }
        doc().undoStack().undo();
        QCOMPARE(positions(), before);
    }

    void alreadyTidyIsSaid()
    {
        m_window->scene()->clearSelection();
        QVERIFY(m_window->tidyUp()->run());
        const int entries = doc().undoStack().count();
        QVERIFY(!m_window->tidyUp()->run());
        QCOMPARE(doc().undoStack().count(), entries);
        QCOMPARE(status(), QStringLiteral("The diagram is already tidy"));
    }

    void disabledOnAnEmptyDiagram()
    {
        m_window->newDiagram();
        QVERIFY(!action()->isEnabled());
        m_window->openSample();
        QVERIFY(action()->isEnabled());
    }

    void viewShowsWhatMovedOutOfSight()
    {
        // Zoomed in on a corner far from the diagram: after Tidy Up the diagram is in view.
        m_window->scene()->clearSelection();
        m_window->view()->setZoom(1.0);
        m_window->view()->centerOn(QPointF(-5000, -5000));
        action()->trigger();
        const QRectF visible
            = m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
        for (const Node& n : doc().model().nodes())
            QVERIFY2(visible.contains(m_window->scene()->cardRect(n.id)), qPrintable(n.id));
    }
};

QTEST_MAIN(TestTidyUp)
#include "tst_tidy_up.moc"
