// The canvas mirrors the model and turns gestures into single undoable edits.
#include "view/edge_item.h"
#include "view/group_item.h"
#include "cost/price_book.h"
#include "document.h"
#include "panels/palette_widget.h"
#include "widget_test_helpers.h"

#include <QApplication>
#include <QClipboard>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class TestCanvas : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    const Architecture& model() { return m_window->document().model(); }
    DiagramScene* scene() { return m_window->scene(); }
    DiagramView* view() { return m_window->view(); }

    // Every model entity has exactly one item, at the model's place.
    void verifyMirror()
    {
        QCOMPARE(
            scene()->itemCount(), qsizetype(model().nodes().size() + model().groups().size() + model().edges().size()));
        for (const Node& n : model().nodes()) {
            NodeItem* item = scene()->nodeItem(n.id);
            QVERIFY2(item, qPrintable(n.id));
            QCOMPARE(item->pos(), n.pos);
        }
        for (const Group& g : model().groups()) {
            GroupItem* item = scene()->groupItem(g.id);
            QVERIFY2(item, qPrintable(g.id));
            QCOMPARE(item->frame(), g.box);
        }
        for (const Edge& e : model().edges()) {
            EdgeItem* item = scene()->edgeItem(e.id);
            QVERIFY2(item, qPrintable(e.id));
            QCOMPARE(item->from(), e.from);
            QCOMPARE(item->to(), e.to);
        }
    }

    QPoint pointOf(const Id& id) { return test::viewportPoint(view(), scene()->canvasItem(id)->frame().center()); }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanup()
    {
        doc().undoStack().setClean(); // no "unsaved changes" question on close
        m_window.reset();
    }

    void sceneMirrorsSample()
    {
        QCOMPARE(model().nodes().size(), std::size_t(8));
        verifyMirror();
    }

    void paletteDropAddsNodeInsideGroup()
    {
        QTreeWidgetItem* entry = m_window->palette()->itemFor(QStringLiteral("node:database.cache"));
        QVERIFY(entry);
        // The palette's own mime data, as a real drag would carry it.
        std::unique_ptr<QMimeData> mime(
            m_window->palette()->tree()->model()->mimeData({m_window->palette()->tree()->indexFromItem(entry)}));
        QVERIFY(mime);
        const QRectF privateBox = model().group(QStringLiteral("private"))->box;
        const QPointF target(privateBox.right() - 120, privateBox.bottom() - 50);
        QVERIFY(test::dropOnViewport(view(), mime.get(), test::viewportPoint(view(), target)));

        QCOMPARE(model().nodes().size(), std::size_t(9));
        const Node& added = model().nodes().back();
        QCOMPARE(added.kind, QStringLiteral("database.cache"));
        QCOMPARE(added.group, QStringLiteral("private"));
        QCOMPARE(added.name, QStringLiteral("ElastiCache"));
        QCOMPARE(doc().undoStack().count(), 1);
        QCOMPARE(scene()->selectedIds(), QList<Id>{added.id});
        verifyMirror();

        doc().undoStack().undo();
        QCOMPARE(model().nodes().size(), std::size_t(8));
        QVERIFY(!scene()->nodeItem(added.id));
        verifyMirror();
        doc().undoStack().redo();
        QVERIFY(scene()->nodeItem(added.id));
        verifyMirror();
    }

    void dropOnBareCanvasIsTopLevel()
    {
        auto* mime = new QMimeData;
        mime->setData(DiagramScene::paletteMimeType(), "node:external.app");
        const QRectF content = scene()->contentRect();
        QVERIFY(
            test::dropOnViewport(view(), mime, test::viewportPoint(view(), content.bottomLeft() + QPointF(0, 200))));
        delete mime;
        QCOMPARE(model().nodes().back().kind, QStringLiteral("external.app"));
        QVERIFY(model().nodes().back().group.isEmpty());
    }

    void paletteGroupDropNestsInParent()
    {
        auto* mime = new QMimeData;
        mime->setData(DiagramScene::paletteMimeType(), "group:subnet:private");
        const QPointF inVpc = model().group(QStringLiteral("vpc"))->box.topLeft() + QPointF(10, 10);
        QVERIFY(test::dropOnViewport(view(), mime, test::viewportPoint(view(), inVpc)));
        delete mime;
        const Group& added = model().groups().back();
        QCOMPARE(toString(added.kind), QStringLiteral("subnet"));
        QCOMPARE(added.parent, QStringLiteral("vpc"));
        QCOMPARE(added.props.value("public", true), false);
    }

    void unknownDropIsRefused()
    {
        auto* mime = new QMimeData;
        mime->setData(DiagramScene::paletteMimeType(), "node:compute.quantum");
        QVERIFY(!test::dropOnViewport(view(), mime, pointOf(QStringLiteral("users"))));
        delete mime;
        QCOMPARE(model().nodes().size(), std::size_t(8));
        QCOMPARE(doc().undoStack().count(), 0);
    }

    void dragMovesNodeInOneUndoStep()
    {
        const Id id = QStringLiteral("users");
        const QPointF before = model().node(id)->pos;
        const QPointF center = scene()->nodeItem(id)->frame().center();
        test::dragOnViewport(view(), pointOf(id), test::viewportPoint(view(), center + QPointF(0, 97)));
        const QPointF after = model().node(id)->pos;
        QCOMPARE(after.x(), before.x());
        QCOMPARE(after.y(), before.y() + 100); // 97 snapped to the 20-unit grid
        QCOMPARE(doc().undoStack().count(), 1);
        verifyMirror();
        doc().undoStack().undo();
        QCOMPARE(model().node(id)->pos, before);
        verifyMirror();
    }

    void dragIntoSubnetRegroups()
    {
        const Id id = QStringLiteral("users");
        const QRectF publicBox = model().group(QStringLiteral("public"))->box;
        const QPoint to = test::viewportPoint(view(), QPointF(publicBox.center().x(), publicBox.top() + 60));
        test::dragOnViewport(view(), pointOf(id), to);
        QCOMPARE(model().node(id)->group, QStringLiteral("public"));
        QCOMPARE(doc().undoStack().count(), 1); // move and regroup are one step
        doc().undoStack().undo();
        QVERIFY(model().node(id)->group.isEmpty());
    }

    void movingGroupCarriesMembers()
    {
        const Id subnet = QStringLiteral("public");
        const QPointF lbBefore = model().node(QStringLiteral("lb"))->pos;
        const QRectF boxBefore = model().group(subnet)->box;
        // Press on the title bar: that is where a group takes the mouse.
        const QPoint grip = test::viewportPoint(view(), boxBefore.topLeft() + QPointF(boxBefore.width() / 2, 12));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, grip);
        QCOMPARE(scene()->selectedIds(), QList<Id>{subnet});
        test::dragOnViewport(
            view(), grip, test::viewportPoint(view(), boxBefore.topLeft() + QPointF(boxBefore.width() / 2, 12 + 41)));
        QCOMPARE(model().group(subnet)->box.topLeft(), boxBefore.topLeft() + QPointF(0, 40));
        QCOMPARE(model().node(QStringLiteral("lb"))->pos, lbBefore + QPointF(0, 40));
        QCOMPARE(doc().undoStack().count(), 1);
        verifyMirror();
    }

    void pressInsideGroupStartsRubberBand()
    {
        // The empty inside of a group does not take the mouse: a drag there selects what
        // the band wholly encloses (both cards), not the group it starts in.
        const QRectF box = model().group(QStringLiteral("private"))->box;
        const QRectF cards
            = QRectF(model().node(QStringLiteral("api"))->pos, QSizeF(kNodeWidth, kNodeHeight))
                  .united(QRectF(model().node(QStringLiteral("db"))->pos, QSizeF(kNodeWidth, kNodeHeight)));
        // A little room around the cards: the band must hold each card with its handle and
        // badge (the item's bounds), as in every editor that selects what a band encloses.
        const QPointF start = cards.topLeft() - QPointF(11, 14);
        QVERIFY(box.adjusted(8, 30, -8, -8).contains(start)); // off the frame's border and title
        const QPoint from = test::viewportPoint(view(), start);
        const QPoint to = test::viewportPoint(view(), cards.bottomRight() + QPointF(11, 14));
        test::dragOnViewport(view(), from, to);
        const QList<Id> selected = scene()->selectedIds();
        QVERIFY2(selected.contains(QStringLiteral("api")), qPrintable(selected.join(QLatin1Char(','))));
        QVERIFY(selected.contains(QStringLiteral("db")));
        QVERIFY(!selected.contains(QStringLiteral("private")));
        QCOMPARE(doc().undoStack().count(), 0);
    }

    void resizeGripResizesGroup()
    {
        const Id id = QStringLiteral("private");
        scene()->selectOnly({id});
        const QRectF box = model().group(id)->box;
        const QPoint corner = test::viewportPoint(view(), box.bottomRight() - QPointF(4, 4));
        test::dragOnViewport(view(), corner, test::viewportPoint(view(), box.bottomRight() + QPointF(60, 40)));
        QCOMPARE(model().group(id)->box.topLeft(), box.topLeft());
        QCOMPARE(model().group(id)->box.size(), box.size() + QSizeF(60, 40));
        QCOMPARE(doc().undoStack().count(), 1);
    }

    void handleDragConnectsWithProposedKind()
    {
        const Id from = QStringLiteral("train");
        const Id to = QStringLiteral("db");
        const QPoint start = test::viewportPoint(view(), scene()->nodeItem(from)->handleCenter());
        const QPoint end = pointOf(to);
        const auto edgesBefore = model().edges().size();
        test::dragOnViewport(view(), start, end);
        QCOMPARE(model().edges().size(), edgesBefore + 1);
        const Edge& e = model().edges().back();
        QCOMPARE(e.from, from);
        QCOMPARE(e.to, to);
        QCOMPARE(toString(e.kind), QStringLiteral("data")); // training reading a database moves data
        QVERIFY(scene()->edgeItem(e.id));
        doc().undoStack().undo();
        QVERIFY(!scene()->edgeItem(e.id));
        QCOMPARE(model().edges().size(), edgesBefore);
    }

    void deleteRemovesNodeAndEdgesUndoRestores()
    {
        const Diagram before = model().diagram();
        scene()->selectOnly({QStringLiteral("api")});
        m_window->deleteSelection();
        QVERIFY(!model().node(QStringLiteral("api")));
        QVERIFY(model().edges().size() < before.edges.size());
        for (const Edge& e : model().edges())
            QVERIFY(e.from != QStringLiteral("api") && e.to != QStringLiteral("api"));
        verifyMirror();
        doc().undoStack().undo();
        QVERIFY(model().diagram() == before);
        verifyMirror();
    }

    void copyPasteRemapsIds()
    {
        scene()->selectOnly({QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("e3")});
        m_window->copy();
        m_window->paste();
        QCOMPARE(model().nodes().size(), std::size_t(10));
        const QList<Id> pasted = scene()->selectedIds();
        QCOMPARE(pasted.size(), 3);
        QVERIFY(!pasted.contains(QStringLiteral("api")));
        const Node* copy = model().node(pasted.first());
        QVERIFY(copy);
        QCOMPARE(copy->kind, QStringLiteral("compute.container"));
        QCOMPARE(copy->pos, model().node(QStringLiteral("api"))->pos + QPointF(40, 40));
        // The copied edge joins the copies, not the originals.
        const Edge* edge = model().edge(pasted.last());
        QVERIFY(edge);
        QVERIFY(pasted.contains(edge->from) && pasted.contains(edge->to));
        QCOMPARE(doc().undoStack().count(), 1);
        verifyMirror();
    }

    void duplicateIsOneStep()
    {
        scene()->selectOnly({QStringLiteral("private")});
        m_window->duplicate();
        QCOMPARE(model().groups().size(), std::size_t(5));
        QCOMPARE(model().nodes().size(), std::size_t(11)); // the subnet's three nodes came along
        QCOMPARE(doc().undoStack().count(), 1);
        doc().undoStack().undo();
        QCOMPARE(model().nodes().size(), std::size_t(8));
        verifyMirror();
    }

    void arrowKeysNudgeSelection()
    {
        scene()->selectOnly({QStringLiteral("users")});
        view()->setFocus();
        const QPointF before = model().node(QStringLiteral("users"))->pos;
        QTest::keyClick(view()->viewport(), Qt::Key_Right);
        QCOMPARE(model().node(QStringLiteral("users"))->pos, before + QPointF(m_window->scene()->gridSize(), 0));
    }

    void nudgesInOneBurstAreOneUndoStep()
    {
        scene()->selectOnly({QStringLiteral("users")});
        view()->setFocus();
        const QPointF before = model().node(QStringLiteral("users"))->pos;
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(view()->viewport(), Qt::Key_Right);
        QTest::keyClick(view()->viewport(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(model().node(QStringLiteral("users"))->pos, before + QPointF(5 * m_window->scene()->gridSize(), 1));
        QCOMPARE(doc().undoStack().count(), 1);
        QCOMPARE(doc().undoStack().undoText(), QStringLiteral("Nudge 1 item"));
        doc().undoStack().undo();
        QCOMPARE(model().node(QStringLiteral("users"))->pos, before);
        verifyMirror();
        // After a pause, the next burst is a step of its own.
        doc().undoStack().redo();
        QTest::qWait(1100);
        QTest::keyClick(view()->viewport(), Qt::Key_Left);
        QCOMPARE(doc().undoStack().count(), 2);
    }

    void pasteKeepsItemsInTheirGroup()
    {
        // A card copied out of a subnet is pasted back into that subnet, through the
        // real clipboard.
        const Id group = model().node(QStringLiteral("api"))->group;
        QVERIFY(!group.isEmpty());
        scene()->selectOnly({QStringLiteral("api")});
        m_window->copy();
        m_window->paste();
        const QList<Id> pasted = scene()->selectedIds();
        QCOMPARE(pasted.size(), 1);
        QVERIFY(pasted.first() != QStringLiteral("api"));
        QCOMPARE(model().node(pasted.first())->group, group);
        // The group grew if the copy landed past its edge.
        const QRectF card(model().node(pasted.first())->pos, QSizeF(kNodeWidth, kNodeHeight));
        QVERIFY(model().group(group)->box.contains(card));
        verifyMirror();
    }

    void providerSwitchRenamesAndUndoes()
    {
        const Diagram before = model().diagram();
        QVERIFY(doc().request([&](Architecture& m) {
            return edit::switchProvider(m, doc().catalog(), cost::PriceBook::builtin(), QStringLiteral("gcp"));
        }));
        QCOMPARE(model().meta().provider, QStringLiteral("gcp"));
        QCOMPARE(
            m_window->palette()->itemFor(QStringLiteral("node:compute.vm"))->text(0), QStringLiteral("Compute Engine"));
        doc().undoStack().undo();
        QVERIFY(model().diagram() == before);
        QCOMPARE(m_window->palette()->itemFor(QStringLiteral("node:compute.vm"))->text(0), QStringLiteral("EC2"));
    }

    void titleShowsFileAndModifiedMark()
    {
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("ML product (sample)")));
        scene()->selectOnly({QStringLiteral("users")});
        m_window->deleteSelection();
        QVERIFY(m_window->isWindowModified());
        doc().undoStack().undo();
        QVERIFY(!m_window->isWindowModified());
    }

    void zoomKeepsWithinLimits()
    {
        for (int i = 0; i < 40; ++i)
            view()->zoomIn();
        QVERIFY(view()->zoom() <= 4.0);
        for (int i = 0; i < 80; ++i)
            view()->zoomOut();
        QVERIFY(view()->zoom() >= 0.05);
        view()->fitToView();
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(scene()->contentRect()));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
