// The service-model overlay (View > Service Models, ui/service_model_overlay.h): cards
// take their model's colour and tag while it is on and exactly their normal look when
// off, with no history entry; the key sits above the canvas and hides nothing; the
// Service Model dock says who manages what for a FaaS, an IaaS and a non-cloud node.
#include "widget_test_helpers.h"

#include "canvas/service_model_legend.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/service_model_panel.h"
#include "service_model_overlay.h"
#include "view/service_model_style.h"

#include <QAction>
#include <QDockWidget>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

using namespace cw;

namespace {

// A card painted alone at 100 %, its bounding rect (card plus margin) as the image.
QImage paintCard(NodeItem* item)
{
    const QRectF r = item->boundingRect();
    QImage img(r.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.translate(-r.topLeft());
    QStyleOptionGraphicsItem option;
    option.rect = r.toRect();
    option.exposedRect = r;
    item->paint(&p, &option, nullptr);
    return img;
}

} // namespace

class TestServiceModelOverlay : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    QAction* overlayAction() { return m_window->serviceModelOverlay()->action(); }

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

    void overlayColoursCardsAndRestoresThem()
    {
        QVERIFY(m_window->newFromTemplate(QStringLiteral("05-gcp-ml-services")));
        DiagramScene* scene = m_window->scene();
        NodeItem* fn = scene->nodeItem(QStringLiteral("fn"));
        NodeItem* vm = scene->nodeItem(QStringLiteral("vm"));
        NodeItem* users = scene->nodeItem(QStringLiteral("users"));
        QVERIFY(fn && vm && users);
        QCOMPARE(fn->serviceModel(), QStringLiteral("FaaS"));
        QCOMPARE(vm->serviceModel(), QStringLiteral("IaaS"));
        QCOMPARE(users->serviceModel(), QStringLiteral("-"));
        const QImage fnNormal = paintCard(fn);
        const QImage vmNormal = paintCard(vm);
        const int undoIndex = doc().undoStack().index();
        auto* legend = m_window->findChild<ServiceModelLegend*>();
        QVERIFY(legend && !legend->isVisible());
        QCOMPARE(overlayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

        const int canvasTop = m_window->view()->viewport()->geometry().top();
        overlayAction()->trigger();
        QVERIFY(scene->serviceModelOverlay());
        QVERIFY(legend->isVisible());
        // The key sits in a strip above the canvas, hiding nothing on it.
        QVERIFY(m_window->view()->viewport()->geometry().top() > canvasTop);
        QVERIFY(legend->geometry().bottom() < m_window->view()->viewport()->geometry().top());
        QCOMPARE(legend->rows().size(), 6);
        // Inside the card, clear of text, glyph and badge: the fill; on the left edge: the stripe.
        const QPoint fill(int(fn->frame().width()) - 14 + 10, int(fn->frame().height()) - 8 + 10);
        const QPoint stripe(2 + 10, int(fn->frame().height()) / 2 + 10);
        for (NodeItem* item : {fn, vm, users}) {
            QVERIFY(item->serviceModelShown());
            const QImage on = paintCard(item);
            QCOMPARE(QColor(on.pixel(fill)), theme::serviceModelTint(item->serviceModel()));
            QCOMPARE(QColor(on.pixel(stripe)), theme::serviceModelColor(item->serviceModel()));
        }
        QVERIFY(theme::serviceModelColor(QStringLiteral("FaaS")) != theme::serviceModelColor(QStringLiteral("IaaS")));
        QVERIFY(paintCard(fn) != fnNormal);
        QCOMPARE(QColor(fnNormal.pixel(fill)), QColor(Qt::white));
        // View state: no history entry, nothing to save.
        QCOMPARE(doc().undoStack().index(), undoIndex);
        QVERIFY(!doc().isModified());

        // A card added while the overlay is on takes it too.
        QList<Id> created;
        edit::NewNode spec;
        spec.kind = QStringLiteral("compute.container");
        spec.pos = QPointF(2000, 2000);
        QVERIFY(doc().request([&](Architecture& m) { return edit::addNode(m, doc().catalog(), spec); }, &created));
        QVERIFY(scene->nodeItem(created.first())->serviceModelShown());
        doc().undoStack().undo();

        m_window->setServiceModelOverlay(false);
        QVERIFY(!overlayAction()->isChecked());
        QVERIFY(!legend->isVisible());
        QCOMPARE(m_window->view()->viewport()->geometry().top(), canvasTop); // the room given back
        QCOMPARE(paintCard(fn), fnNormal);                                   // exactly the normal look again
        QCOMPARE(paintCard(vm), vmNormal);
    }

    void panelSaysWhoManagesWhat()
    {
        QVERIFY(m_window->newFromTemplate(QStringLiteral("05-gcp-ml-services")));
        auto* costDock = m_window->findChild<QDockWidget*>(QStringLiteral("costDock"));
        QVERIFY(costDock);
        costDock->raise();
        QTRY_VERIFY(!costDock->visibleRegion().isEmpty());
        m_window->setServiceModelOverlay(true);
        ServiceModelOverlay* overlay = m_window->serviceModelOverlay();
        QTRY_VERIFY(costDock->visibleRegion().isEmpty()); // the panel came forward
        QVERIFY(overlay->dock()->isVisible());
        ServiceModelPanel* panel = overlay->panel();
        QVERIFY(panel->sentence().startsWith(QStringLiteral("Select a node")));

        m_window->scene()->selectOnly({QStringLiteral("fn")});
        QCOMPARE(panel->shownId(), QStringLiteral("fn"));
        QVERIFY2(
            panel->heading().contains(QStringLiteral("FaaS (Functions as a Service)")), qPrintable(panel->heading()));
        QCOMPARE(panel->sentence(),
            QStringLiteral(
                "You manage: code, data. The provider manages: runtime, OS, virtualization, servers, networking."));
        QCOMPARE(panel->layerLines(),
            QStringList({"Application code: you", "Data: you", "Runtime: provider", "Operating system: provider",
                "Virtualization: provider", "Servers: provider", "Networking: provider"}));

        m_window->scene()->selectOnly({QStringLiteral("vm")});
        QVERIFY2(panel->heading().contains(QStringLiteral("IaaS")), qPrintable(panel->heading()));
        QCOMPARE(panel->sentence(),
            QStringLiteral(
                "You manage: code, data, runtime, OS. The provider manages: virtualization, servers, networking."));
        QCOMPARE(panel->layerLines().at(3), QStringLiteral("Operating system: you"));
        QCOMPARE(panel->layerLines().at(4), QStringLiteral("Virtualization: provider"));

        m_window->scene()->selectOnly({QStringLiteral("users")});
        QVERIFY(panel->heading().contains(QStringLiteral("not a cloud service")));
        QVERIFY(panel->layerLines().isEmpty());

        // The panel follows the model: a rename shows, a removal leaves the hint.
        m_window->scene()->selectOnly({QStringLiteral("vm")});
        QVERIFY(doc().request(
            [&](Architecture& m) { return edit::rename(m, QStringLiteral("vm"), QStringLiteral("Batch box")); }));
        QVERIFY2(panel->heading().startsWith(QStringLiteral("Batch box: IaaS")), qPrintable(panel->heading()));
        QVERIFY(doc().request([&](Architecture& m) { return edit::removeItems(m, {QStringLiteral("vm")}); }));
        QVERIFY(panel->sentence().startsWith(QStringLiteral("Select a node")));

        m_window->setServiceModelOverlay(false);
        QVERIFY(!overlay->dock()->isVisible()); // the overlay opened it, the overlay closes it
        auto* cost = m_window->findChild<QDockWidget*>(QStringLiteral("costDock"));
        QVERIFY(cost);
        QTRY_VERIFY(!cost->visibleRegion().isEmpty()); // and the cost is in front again
    }
};

QTEST_MAIN(TestServiceModelOverlay)
#include "tst_service_model_overlay.moc"
