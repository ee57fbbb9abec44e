// The start page (ui/start): every bundled template and lesson as a card with a drawn
// thumbnail; a template opens as a new, untitled, unmodified diagram after the usual
// unsaved-changes question; a lesson is handed on by its resource path; Esc closes
// without touching the diagram; arrow keys move between cards. And the service-model
// overlay (View > Service Models): cards take their model's colour and tag while it is
// on and exactly their normal look when off; the Service Model dock's text per node.
#include "widget_test_helpers.h"

#include "canvas/service_model_legend.h"
#include "catalog/service_models.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/service_model_panel.h"
#include "service_model_overlay.h"
#include "start/start_card.h"
#include "start/start_page.h"
#include "start/thumbnails.h"
#include "teach/lesson_reader.h"
#include "teach/start_entries.h"
#include "view/service_model_style.h"

#include "rules/rule_book.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

using namespace cw;

namespace {

// Counts pixels that are not the background (white or transparent).
int inkedPixels(const QImage& image)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += (qAlpha(line[x]) > 0 && (line[x] & 0xFFFFFF) != 0xFFFFFF) ? 1 : 0;
    }
    return n;
}

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

class TestStartPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }

    StartPage* openPage()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("newFromTemplateAction"));
        if (!action)
            return nullptr;
        // A page closed before is deleted later: let it go, so the new one is the only one.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        action->trigger();
        const QList<StartPage*> pages = m_window->findChildren<StartPage*>();
        StartPage* page = pages.isEmpty() ? nullptr : pages.last();
        if (page && !QTest::qWaitForWindowExposed(page))
            return nullptr;
        return page;
    }

    static StartCard* card(const QList<StartCard*>& cards, const QString& key)
    {
        for (StartCard* c : cards) {
            if (c->key() == key)
                return c;
        }
        return nullptr;
    }

    // Answers the next "save changes?" question with the given button.
    static void answerSave(QMessageBox::StandardButton button, bool* asked)
    {
        QTimer::singleShot(0, qApp, [button, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            *asked = true;
            box->button(button)->click();
        });
    }

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

    void launchStillOpensTheSample()
    {
        // The start page is offered, never forced: no page at start, the sample is open.
        QVERIFY(!m_window->findChild<StartPage*>());
        QVERIFY(doc().model().nodes().size() > 0);
        QVERIFY(doc().filePath().isEmpty());
    }

    void shortcutsAreOwnedOnce()
    {
        QAction* start = m_window->findChild<QAction*>(QStringLiteral("newFromTemplateAction"));
        QVERIFY(start && m_window->findChild<QAction*>(QStringLiteral("startPageAction")));
        QCOMPARE(start->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(overlayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(overlayAction()->isCheckable());
        for (QAction* other : m_window->findChildren<QAction*>()) {
            for (QAction* mine : {start, overlayAction()}) {
                if (other != mine)
                    QVERIFY2(!other->shortcuts().contains(mine->shortcut()), qPrintable(other->text()));
            }
        }
    }

    void listsEveryTemplateAndLesson()
    {
        StartPage* page = openPage();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QCOMPARE(page->windowModality(), Qt::WindowModal);
        QCOMPARE(page->templateCards().size(), 7);
        QStringList ids;
        for (StartCard* c : page->templateCards()) {
            ids << c->key();
            QVERIFY(!c->accessibleName().isEmpty());
            QVERIFY(!c->toolTip().isEmpty());
            QVERIFY2(c->facts().contains(QStringLiteral(" nodes")), qPrintable(c->facts()));
            QVERIFY2(c->facts().contains(QStringLiteral("/mo")), qPrintable(c->facts()));
        }
        QCOMPARE(ids, teach::builtinTemplateIds());
        // What a teacher reads on the first card: the figures core works out.
        StartCard* first = page->templateCards().first();
        QCOMPARE(first->title(), QStringLiteral("A typical ML product on the cloud"));
        QVERIFY2(first->facts().startsWith(QStringLiteral("11 nodes · 1 warning")), qPrintable(first->facts()));

        const auto lessons = teach::builtinLessons();
        QCOMPARE(page->lessonCards().size(), qsizetype(lessons.size()));
        QVERIFY(!lessons.empty());
        for (size_t i = 0; i < lessons.size(); ++i) {
            StartCard* c = page->lessonCards().at(qsizetype(i));
            QCOMPARE(c->title(), lessons[i].title);
            QVERIFY(c->key().startsWith(QStringLiteral(":/lessons/")));
            QVERIFY2(c->facts().contains(QStringLiteral("step")), qPrintable(c->facts()));
        }
    }

    void thumbnailsAreDrawnOnceAndNotBlank()
    {
        StartPage* page = openPage();
        QVERIFY(page);
        const qreal dpr = page->devicePixelRatioF();
        for (StartCard* c : page->templateCards() + page->lessonCards()) {
            const QPixmap& thumb = c->thumbnail();
            QVERIFY2(!thumb.isNull(), qPrintable(c->key()));
            QCOMPARE(thumb.devicePixelRatio(), dpr);
            const QImage img = thumb.toImage();
            // The diagram, not a white box: cards, frames and edges cover part of it.
            QVERIFY2(inkedPixels(img) > img.width() * img.height() / 50, qPrintable(c->key()));
        }
        const int drawn = thumbnailsDrawn();
        page->reject();
        QPointer<StartPage> again = openPage();
        QVERIFY(again);
        QCOMPARE(thumbnailsDrawn(), drawn); // kept, not drawn again
        QCOMPARE(again->templateCards().size(), 7);
    }

    void templateOpensAsUntitledUnmodified()
    {
        QPointer<StartPage> page = openPage();
        QVERIFY(page);
        StartCard* c = card(page->templateCards(), QStringLiteral("05-gcp-ml-services"));
        QVERIFY(c);
        c->setFocus();
        QTest::keyClick(c, Qt::Key_Return);
        QTRY_VERIFY(!page || !page->isVisible());
        const std::optional<Diagram> expected = teach::builtinTemplate(QStringLiteral("05-gcp-ml-services"));
        QVERIFY(expected);
        QCOMPARE(doc().model().nodes().size(), expected->nodes.size());
        for (const Node& n : expected->nodes)
            QVERIFY2(doc().model().node(n.id), qPrintable(n.id));
        QVERIFY(doc().filePath().isEmpty()); // untitled: Save asks for a name, the template is never written
        QVERIFY(!doc().isModified());
        QCOMPARE(doc().undoStack().count(), 0);
        QCOMPARE(doc().model().meta().title, expected->meta.title);
    }

    void unsavedChangesAreAskedAboutFirst()
    {
        const Id node = doc().model().nodes().front().id;
        QVERIFY(doc().request([&](Architecture& m) { return edit::rename(m, node, QStringLiteral("Renamed")); }));
        QVERIFY(doc().isModified());
        const Diagram before = doc().model().diagram();

        QPointer<StartPage> page = openPage();
        QVERIFY(page);
        bool asked = false;
        answerSave(QMessageBox::Cancel, &asked);
        QTest::keyClick(page->templateCards().first(), Qt::Key_Return);
        QTRY_VERIFY(asked);
        QVERIFY(doc().model().diagram() == before); // cancelled: nothing lost
        QVERIFY(doc().isModified());

        page = openPage();
        QVERIFY(page);
        asked = false;
        answerSave(QMessageBox::Discard, &asked);
        QTest::keyClick(page->templateCards().first(), Qt::Key_Return);
        QTRY_VERIFY(asked);
        QCOMPARE(doc().model().meta().title, QStringLiteral("A typical ML product on the cloud"));
        QVERIFY(!doc().isModified());
    }

    void escapeClosesWithoutChangingTheDocument()
    {
        const Diagram before = doc().model().diagram();
        const int undoCount = doc().undoStack().count();
        QPointer<StartPage> page = openPage();
        QVERIFY(page);
        QSignalSpy lessons(m_window.get(), &MainWindow::lessonChosen);
        QTest::keyClick(page->templateCards().first(), Qt::Key_Escape);
        QTRY_VERIFY(!page || !page->isVisible());
        QVERIFY(doc().model().diagram() == before);
        QCOMPARE(doc().undoStack().count(), undoCount);
        QVERIFY(!doc().isModified());
        QCOMPARE(lessons.count(), 0);
    }

    void lessonChosenCarriesItsPath()
    {
        const Diagram before = doc().model().diagram();
        QPointer<StartPage> page = openPage();
        QVERIFY(page);
        QVERIFY(!page->lessonCards().isEmpty());
        StartCard* lesson = page->lessonCards().first();
        const QString path = lesson->key();
        QSignalSpy fromPage(page.data(), &StartPage::lessonChosen);
        QSignalSpy fromWindow(m_window.get(), &MainWindow::lessonChosen);
        QTest::mouseClick(lesson, Qt::LeftButton, {}, lesson->rect().center());
        QCOMPARE(fromPage.count(), 1);
        QCOMPARE(fromWindow.count(), 1);
        QCOMPARE(fromWindow.first().first().toString(), path);
        QCOMPARE(path, teach::lessonEntries(Catalog::builtin(), RuleBook::builtin()).front().path);
        QTRY_VERIFY(!page || !page->isVisible());
        QVERIFY(doc().model().diagram() == before); // the lesson runner opens it, not the page
    }

    void blankAndOpenButtons()
    {
        QPointer<StartPage> page = openPage();
        QVERIFY(page);
        auto* blank = page->findChild<QPushButton*>(QStringLiteral("blankButton"));
        QVERIFY(blank && page->findChild<QPushButton*>(QStringLiteral("openButton")));
        blank->click();
        QTRY_VERIFY(!page || !page->isVisible());
        QCOMPARE(doc().model().nodes().size(), size_t(0));
        QVERIFY(!doc().isModified());
    }

    void arrowKeysMoveBetweenCards()
    {
        StartPage* page = openPage();
        QVERIFY(page);
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page));
        const QList<StartCard*> all = page->templateCards() + page->lessonCards();
        all.first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), all.first());
        QTest::keyClick(all.first(), Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), all.at(1));
        QTest::keyClick(all.at(1), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), all.first());
        const int columns = page->columns();
        QVERIFY(columns >= 1);
        QTest::keyClick(all.first(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), all.at(columns)); // the card below
        QTest::keyClick(all.at(columns), Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), all.first());
        QTest::keyClick(all.first(), Qt::Key_End);
        QCOMPARE(QApplication::focusWidget(), all.last()); // the last lesson, below the templates
    }

    // ---- the service-model overlay ----------------------------------------------------

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
        QCOMPARE(paintCard(fn), fnNormal); // exactly the normal look again
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

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
