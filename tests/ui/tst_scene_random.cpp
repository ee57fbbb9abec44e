// The canvas is a projection of the model: after any edit, undo or redo, the scene
// the editor kept up to date change by change must equal a scene built afresh from
// the model. Random walks of edits through Document::request() and the undo stack,
// as the editor makes them, compare the two after every step.
#include "view/edge_item.h"
#include "view/group_item.h"
#include "cost/price_book.h"
#include "document.h"
#include "edit/edits.h"
#include "widget_test_helpers.h"

#include <QRandomGenerator>
#include <QUndoStack>

using namespace cw;

class TestSceneRandom : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QRandomGenerator m_random;
    QStringList m_log; ///< the walk so far, printed when a step goes wrong

    Document& doc() { return m_window->document(); }
    const Architecture& model() { return doc().model(); }

    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(n)); }
    template <typename T> Id pick(const std::vector<T>& list)
    {
        return list.empty() ? Id() : list[std::size_t(below(int(list.size())))].id;
    }
    Id anyItem()
    {
        switch (below(3)) {
        case 0: return pick(model().nodes());
        case 1: return pick(model().groups());
        default: return pick(model().edges());
        }
    }
    QPointF anywhere()
    {
        const QRectF area = m_window->scene()->contentRect();
        return QPointF(area.left() + below(int(area.width())), area.top() + below(int(area.height())));
    }

    // One random edit, as a gesture or a command of the editor would request it.
    void randomEdit()
    {
        const Catalog& catalog = doc().catalog();
        switch (below(12)) {
        case 0: {
            edit::NewNode spec;
            spec.kind = catalog.kinds()[std::size_t(below(int(catalog.kinds().size())))].kind;
            spec.pos = anywhere();
            spec.group = edit::groupAt(model(), spec.pos);
            m_log << QStringLiteral("add %1").arg(spec.kind);
            doc().request([&](Architecture& m) { return edit::addNode(m, catalog, spec); });
            return;
        }
        case 1: {
            const Id id = anyItem();
            m_log << QStringLiteral("remove %1").arg(id);
            doc().request([&](Architecture& m) { return edit::removeItems(m, {id}); });
            return;
        }
        case 2: {
            const Id from = pick(model().nodes());
            const Id to = pick(model().nodes());
            m_log << QStringLiteral("connect %1 %2").arg(from, to);
            doc().request([&](Architecture& m) { return edit::connect(m, from, to, EdgeKind(below(4))); });
            return;
        }
        case 3: {
            const QList<Id> ids{pick(model().nodes()), pick(model().groups())};
            const QPointF delta(below(600) - 300, below(600) - 300);
            m_log << QStringLiteral("move %1 by %2,%3").arg(ids.join(QLatin1Char(','))).arg(delta.x()).arg(delta.y());
            doc().request(
                [&](Architecture& m) { return edit::moveItems(m, ids, delta, edit::regroupAfterMove(m, ids, delta)); });
            return;
        }
        case 4: {
            const Id id = anyItem();
            m_log << QStringLiteral("rename %1").arg(id);
            doc().request(
                [&](Architecture& m) { return edit::rename(m, id, QStringLiteral("Name %1").arg(below(100))); });
            return;
        }
        case 5: {
            const Id id = pick(model().nodes());
            m_log << QStringLiteral("count of %1").arg(id);
            doc().request([&](Architecture& m) {
                return edit::setProperty(m, catalog, id, QStringLiteral("count"), Json(below(5)));
            });
            return;
        }
        case 6: {
            const QString provider = QStringList{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
                QStringLiteral("generic")}[below(4)];
            m_log << QStringLiteral("provider %1").arg(provider);
            doc().request([&](Architecture& m) {
                return edit::switchProvider(m, catalog, cost::PriceBook::builtin(), provider);
            });
            return;
        }
        case 7: {
            const Id id = pick(model().groups());
            const Group* g = model().group(id);
            if (!g)
                return;
            const QRectF box(g->box.topLeft(), g->box.size() + QSizeF(below(200) - 80, below(200) - 80));
            m_log << QStringLiteral("resize %1").arg(id);
            doc().request([&](Architecture& m) { return edit::resizeGroup(m, id, box); });
            return;
        }
        case 8: {
            const QList<Id> ids{pick(model().nodes())};
            m_log << QStringLiteral("nudge %1").arg(ids.value(0));
            doc().request([&](Architecture& m) { return edit::nudgeItems(m, ids, QPointF(8, 0), below(2)); });
            return;
        }
        case 9: {
            const QList<Id> ids{anyItem(), anyItem()};
            const Diagram fragment = edit::copyFragment(model(), ids);
            m_log << QStringLiteral("duplicate %1").arg(ids.join(QLatin1Char(',')));
            doc().request([&](Architecture& m) { return edit::paste(m, fragment, QPointF(16, 16)); });
            return;
        }
        case 10: {
            const QList<Id> ids{pick(model().nodes()), pick(model().nodes()), pick(model().groups())};
            m_log << QStringLiteral("align %1").arg(ids.join(QLatin1Char(',')));
            doc().request([&](Architecture& m) { return edit::alignItems(m, ids, edit::Alignment(below(8))); });
            return;
        }
        default: {
            const Id id = pick(model().edges());
            m_log << QStringLiteral("edge kind %1").arg(id);
            doc().request([&](Architecture& m) { return edit::setEdgeKind(m, id, EdgeKind(below(4))); });
            return;
        }
        }
    }

    // The editor's scene against one built from the model now.
    void verifySceneEqualsRebuilt()
    {
        const DiagramScene* kept = m_window->scene();
        DiagramScene fresh(doc());
        const QString where = m_log.mid(std::max<qsizetype>(0, m_log.size() - 6)).join(QStringLiteral(" | "));
        QVERIFY2(kept->itemCount() == fresh.itemCount(), qPrintable(where));
        for (const Node& n : model().nodes()) {
            const NodeItem* a = kept->nodeItem(n.id);
            const NodeItem* b = fresh.nodeItem(n.id);
            QVERIFY2(a && b, qPrintable(n.id + QStringLiteral(" after ") + where));
            QVERIFY2(a->pos() == b->pos(), qPrintable(n.id + QStringLiteral(" moved after ") + where));
            QVERIFY2(a->caption() == b->caption(),
                qPrintable(QStringLiteral("%1 shows “%2”, rebuilt “%3”, after %4")
                               .arg(n.id, a->caption(), b->caption(), where)));
            QVERIFY2(a->kind() == b->kind(), qPrintable(n.id + QStringLiteral(" kind after ") + where));
        }
        for (const Group& g : model().groups()) {
            const GroupItem* a = kept->groupItem(g.id);
            const GroupItem* b = fresh.groupItem(g.id);
            QVERIFY2(a && b, qPrintable(g.id + QStringLiteral(" after ") + where));
            QVERIFY2(a->frame() == b->frame(), qPrintable(g.id + QStringLiteral(" frame after ") + where));
            QVERIFY2(a->caption() == b->caption(), qPrintable(g.id + QStringLiteral(" title after ") + where));
            QVERIFY2(a->zValue() == b->zValue(), qPrintable(g.id + QStringLiteral(" depth after ") + where));
        }
        for (const Edge& e : model().edges()) {
            const EdgeItem* a = kept->edgeItem(e.id);
            const EdgeItem* b = fresh.edgeItem(e.id);
            QVERIFY2(a && b, qPrintable(e.id + QStringLiteral(" after ") + where));
            QVERIFY2(a->from() == b->from() && a->to() == b->to(),
                qPrintable(e.id + QStringLiteral(" ends after ") + where));
            // Routed incrementally, as a full route gives it (labels are placed greedily,
            // in the order edges are routed, so their spots may differ).
            QVERIFY2(a->route() == b->route(), qPrintable(e.id + QStringLiteral(" route after ") + where));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
        m_log.clear();
    }

    void cleanup()
    {
        doc().undoStack().setClean();
        m_window.reset();
    }

    void walks_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void walks()
    {
        QFETCH(quint32, seed);
        m_random.seed(seed);
        QUndoStack& undo = doc().undoStack();
        for (int step = 0; step < 60; ++step) {
            const int roll = below(10);
            if (roll < 6) {
                randomEdit();
            } else if (roll < 8 && undo.canUndo()) {
                m_log << QStringLiteral("undo");
                undo.undo();
            } else if (undo.canRedo()) {
                m_log << QStringLiteral("redo");
                undo.redo();
            }
            verifySceneEqualsRebuilt();
            if (QTest::currentTestFailed())
                return;
            const QStringList broken = model().checkInvariants();
            QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        }
        // Undo everything: the scene is the sample's again.
        while (undo.canUndo())
            undo.undo();
        verifySceneEqualsRebuilt();
    }
};

QTEST_MAIN(TestSceneRandom)
#include "tst_scene_random.moc"
