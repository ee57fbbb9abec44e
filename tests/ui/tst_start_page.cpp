// The start page (ui/start): every bundled template and lesson as a card with a drawn
// thumbnail; a template opens as a new, untitled, unmodified diagram after the usual
// unsaved-changes question; a lesson is handed on by its resource path; Esc closes
// without touching the diagram; arrow keys move between cards.
#include "teach/lesson_session.h"
#include "widget_test_helpers.h"

#include "document.h"
#include "edit/edits.h"
#include "service_model_overlay.h"
#include "start/start_card.h"
#include "start/start_page.h"
#include "start/thumbnails.h"
#include "teach/lesson_reader.h"
#include "teach/start_entries.h"

#include "rules/rule_book.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
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

    void reflowsAndScrollsWhenSmall()
    {
        StartPage* page = openPage();
        QVERIFY(page);
        page->resize(1500, 900);
        QTRY_VERIFY(page->columns() >= 4);
        page->resize(page->minimumSize());
        QTRY_COMPARE(page->columns(), 1);
        auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("startScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0); // everything still reachable
        QVERIFY(scroll->viewport()->width() >= page->templateCards().first()->width());
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
        // The window hands it on to the lesson runner: the lesson's diagram, untitled.
        QVERIFY(m_window->lessonSession()->active());
        QVERIFY(!(doc().model().diagram() == before));
        QVERIFY(doc().filePath().isEmpty());
        m_window->closeLesson();
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
};

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
