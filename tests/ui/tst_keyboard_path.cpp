// The editor without a mouse (issue 15): Enter in the palette adds the service at the
// view's centre on a free place; Tab and Shift+Tab walk the cards in reading order and
// leave the canvas past the last; Alt+arrows go to the nearest card that way; Connect To…
// draws an edge with the kind the editor proposes; every step is one undo entry.
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "connect_dialog.h"
#include "document.h"
#include "panels/palette_widget.h"
#include "widget_test_helpers.h"

#include <QApplication>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class TestKeyboardPath : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document& doc() { return m_window->document(); }
    QList<Id> selected() { return m_window->scene()->selectedIds(); }

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

    void enterInThePaletteAddsAtTheCentre()
    {
        auto* palette = m_window->findChild<PaletteWidget*>();
        QVERIFY(palette);
        QTreeWidgetItem* item = palette->itemFor(QStringLiteral("node:security.kms"));
        QVERIFY(item);
        const std::size_t before = doc().model().diagram().nodes.size();
        const int undo = doc().undoStack().count();
        palette->tree()->setFocus();
        palette->tree()->setCurrentItem(item);
        QTest::keyClick(palette->tree(), Qt::Key_Return);
        QCOMPARE(doc().model().diagram().nodes.size(), before + 1);
        QCOMPARE(doc().undoStack().count(), undo + 1);
        const Node& added = doc().model().diagram().nodes.back();
        QCOMPARE(added.kind, QStringLiteral("security.kms"));
        QCOMPARE(selected(), QList<Id>{added.id});
        QVERIFY(m_window->view()->hasFocus());
        // On a free place, near the middle of what the view shows.
        for (const Node& n : doc().model().diagram().nodes)
            QVERIFY2(&n == &added || !nodeRect(n).intersects(nodeRect(added)), qPrintable(n.id));
        DiagramView* view = m_window->view();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(QLineF(nodeRect(added).center(), centre).length() < 600);
        QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().intersects(nodeRect(added)));
    }

    void tabWalksTheCardsAndLeavesAtTheEnd()
    {
        DiagramView* view = m_window->view();
        view->setFocus();
        m_window->scene()->selectOnly({});
        QStringList walked;
        for (std::size_t i = 0; i < doc().model().diagram().nodes.size(); ++i) {
            QTest::keyClick(view, Qt::Key_Tab);
            QCOMPARE(selected().size(), 1);
            walked << selected().front();
        }
        QCOMPARE(walked.size(), int(doc().model().diagram().nodes.size()));
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size()); // each card once
        QTest::keyClick(view, Qt::Key_Tab); // past the last card: the focus moves on
        QVERIFY(!view->hasFocus());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(selected().front(), walked[walked.size() - 2]);
    }

    void altArrowsGoToTheNearestCardThatWay()
    {
        DiagramView* view = m_window->view();
        view->setFocus();
        const Diagram& d = doc().model().diagram();
        m_window->scene()->selectOnly({QStringLiteral("lb")});
        const int undo = doc().undoStack().count();
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(selected().size(), 1);
        const Id right = selected().front();
        QVERIFY(right != QStringLiteral("lb"));
        const auto centre = [&d](const Id& id) {
            for (const Node& n : d.nodes)
                if (n.id == id)
                    return nodeRect(n).center();
            return QPointF();
        };
        QVERIFY(centre(right).x() > centre(QStringLiteral("lb")).x());
        QCOMPARE(doc().undoStack().count(), undo); // moving the selection moves no card
    }

    void connectToDrawsTheProposedEdge()
    {
        const Diagram& d = doc().model().diagram();
        ConnectDialog dialog(d, doc().catalog(), QStringLiteral("api"));
        QVERIFY(dialog.listed() == int(d.nodes.size()) - 1);
        dialog.setFilter(QStringLiteral("database"));
        QVERIFY(dialog.listed() >= 1);
        QVERIFY(dialog.setTarget(QStringLiteral("db")));
        QVERIFY(dialog.kind() == doc().catalog().proposeEdgeKind(QStringLiteral("compute.container"), QStringLiteral("database.sql")));
        QVERIFY(!dialog.setTarget(QStringLiteral("api"))); // not to itself

        auto* action = m_window->findChild<QAction*>(QStringLiteral("connectAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        // From the selected node, through the dialog, one undo step.
        m_window->scene()->selectOnly({QStringLiteral("api")});
        const std::size_t edges = d.edges.size();
        QTimer::singleShot(0, this, [] {
            auto* open = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
            QVERIFY(open);
            QVERIFY(open->setTarget(QStringLiteral("users")));
            open->setKind(EdgeKind::Event);
            open->accept();
        });
        const int before = doc().undoStack().count();
        action->trigger();
        QCOMPARE(doc().model().diagram().edges.size(), edges + 1);
        const Edge& drawn = doc().model().diagram().edges.back();
        QCOMPARE(drawn.from, QStringLiteral("api"));
        QCOMPARE(drawn.to, QStringLiteral("users"));
        QVERIFY(drawn.kind == EdgeKind::Event);
        QCOMPARE(doc().undoStack().count(), before + 1);

        // Nothing selected: a message, no dialog, no edit.
        m_window->scene()->selectOnly({});
        const int undo = doc().undoStack().count();
        action->trigger();
        QCOMPARE(doc().undoStack().count(), undo);
    }
};

QTEST_MAIN(TestKeyboardPath)
#include "tst_keyboard_path.moc"
