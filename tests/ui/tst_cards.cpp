// Cards hold their names, Fit to View fits tightly, and adding things pans instead of jumping.
#include "view/card_layout.h"
#include "view/edge_item.h"
#include "document.h"
#include "edit/edits.h"
#include "panels/findings_panel.h"
#include "widget_test_helpers.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QUndoStack>

using namespace cw;

namespace {

Node card(const QString& id, const QString& name, QPointF pos, const QString& kind = QStringLiteral("compute.vm"))
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.name = name;
    n.pos = pos;
    return n;
}

QString toolTipText(const NodeItem* item)
{
    QString tip = item->toolTip();
    tip.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return tip;
}

} // namespace

class TestCards : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    DiagramScene* scene() { return m_window->scene(); }
    DiagramView* view() { return m_window->view(); }

    void open(std::vector<Node> nodes)
    {
        Diagram d;
        d.nodes = std::move(nodes);
        doc().openDiagram(std::move(d));
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

    void cardGrowsWithTheName()
    {
        open({card(QStringLiteral("short"), QStringLiteral("API"), {0, 0}),
            card(QStringLiteral("mid"), QStringLiteral("Datasets and models registry"), {0, 100}),
            card(QStringLiteral("long"), QStringLiteral("SageMaker training pipeline for ranking"), {0, 200})});
        const QRectF a = scene()->cardRect(QStringLiteral("short"));
        const QRectF b = scene()->cardRect(QStringLiteral("mid"));
        const QRectF c = scene()->cardRect(QStringLiteral("long"));
        QCOMPARE(a.size(), QSizeF(kNodeWidth, kNodeHeight)); // the smallest card is core's size
        // Taller first: a second line at the same width.
        QCOMPARE(b.width(), kNodeWidth);
        QVERIFY2(b.height() > a.height(), qPrintable(QString::number(b.height())));
        QCOMPARE(scene()->nodeItem(QStringLiteral("mid"))->cardLayout().name.lines.size(), 2);
        // Wider only when two lines at the smallest width are not enough.
        QVERIFY2(c.width() > kNodeWidth, qPrintable(QString::number(c.width())));
        QVERIFY(c.width() <= kMaxCardWidth);
        QCOMPARE(scene()->nodeItem(QStringLiteral("long"))->cardLayout().name.lines.size(), 2);
        // Each name is shown whole, and every line fits the card.
        const QFontMetricsF fm(cardNameFont());
        for (const QString& id : {QStringLiteral("short"), QStringLiteral("mid"), QStringLiteral("long")}) {
            const NodeItem* item = scene()->nodeItem(id);
            const CardLayout& layout = item->cardLayout();
            QCOMPARE(layout.name.text(), doc().model().node(id)->name);
            QVERIFY(!layout.name.elided);
            QCOMPARE(item->frame(), scene()->cardRect(id));
            for (const QStaticText& line : layout.name.lines)
                QVERIFY(
                    fm.horizontalAdvance(line.text()) <= layout.size.width() - kCardTextLeft - kCardTextRight + 0.5);
            // The service line sits below the name, inside the card.
            QVERIFY(layout.subtitleTop >= layout.nameTop + layout.name.height());
            QVERIFY(layout.subtitleTop + layout.subtitle.height() <= layout.size.height());
        }
    }

    void longServiceLineWraps()
    {
        // Named as the service, the subtitle carries the generic name and the service model.
        open({card(QStringLiteral("n"), QString(), {0, 0}, QStringLiteral("ml.training"))});
        const CardLayout& layout = scene()->nodeItem(QStringLiteral("n"))->cardLayout();
        const QFontMetricsF fm(cardSubtitleFont());
        QVERIFY(!layout.subtitle.elided);
        for (const QStaticText& line : layout.subtitle.lines)
            QVERIFY(fm.horizontalAdvance(line.text()) <= layout.size.width() - kCardTextLeft - kCardTextRight + 0.5);
        QVERIFY(!layout.subtitle.text().isEmpty());
    }

    void tooLongNameIsElidedInTheMiddleWithTheWholeNameInTheTooltip()
    {
        const QString name = QStringLiteral("Datasets and models registry for the training of every ranking, "
                                            "search and recommendation model & its nightly evaluation");
        open({card(QStringLiteral("n"), name, {0, 0})});
        const NodeItem* item = scene()->nodeItem(QStringLiteral("n"));
        const CardLayout& layout = item->cardLayout();
        QCOMPARE(layout.name.lines.size(), 2);
        QVERIFY(layout.name.elided);
        const QString second = layout.name.lines.last().text();
        QVERIFY2(second.contains(QChar(0x2026)), qPrintable(second));
        QVERIFY2(second.endsWith(QStringLiteral("evaluation")), qPrintable(second)); // the end stays
        QVERIFY2(layout.name.lines.first().text().startsWith(QStringLiteral("Datasets")), qPrintable(second));
        QVERIFY(toolTipText(item).contains(name));
        QVERIFY(layout.size.width() <= kMaxCardWidth);
    }

    void sampleCardsStayInsideTheirGroups()
    {
        // Cards grow down before they grow sideways, so the sample's grown cards still sit
        // inside the frames its file gives their groups (core sizes groups for kNodeWidth).
        for (const Node& n : doc().model().nodes()) {
            if (n.group.isEmpty())
                continue;
            const QRectF box = doc().model().group(n.group)->box;
            QVERIFY2(box.contains(scene()->cardRect(n.id)), qPrintable(n.id));
        }
    }

    void storedSizeIsKept()
    {
        Node n = card(QStringLiteral("n"), QStringLiteral("API"), {0, 0});
        n.size = QSizeF(320, 90);
        open({n});
        QCOMPARE(scene()->cardRect(QStringLiteral("n")).size(), QSizeF(320, 90));
    }

    void renameResizesTheCardAndItsEdgesFollow()
    {
        // The database on the left: its edge leaves from its right border, which moves as it grows.
        Diagram d;
        d.nodes = {card(QStringLiteral("db"), QStringLiteral("DB"), {0, 0}, QStringLiteral("database.sql")),
            card(QStringLiteral("api"), QStringLiteral("API"), {600, 0})};
        Edge e;
        e.id = QStringLiteral("e");
        e.from = QStringLiteral("db");
        e.to = QStringLiteral("api");
        d.edges = {e};
        doc().openDiagram(std::move(d));
        const QRectF before = scene()->edgeItem(QStringLiteral("e"))->sceneBoundingRect();
        QVERIFY(doc().request([](Architecture& m) {
            return edit::rename(
                m, QStringLiteral("db"), QStringLiteral("Customer orders, invoices and payment history database"));
        }));
        const QRectF grown = scene()->cardRect(QStringLiteral("db"));
        QVERIFY(grown.width() > kNodeWidth);
        QCOMPARE(scene()->nodeItem(QStringLiteral("db"))->sceneBoundingRect().width(), grown.width() + 20);
        const QRectF after = scene()->edgeItem(QStringLiteral("e"))->sceneBoundingRect();
        QVERIFY2(after.left() > before.left() + (grown.width() - kNodeWidth) / 2,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.left()).arg(after.left())));
        // Undo gives the small card back, and the edge follows again.
        doc().undoStack().undo();
        QCOMPARE(scene()->cardRect(QStringLiteral("db")).width(), kNodeWidth);
        QCOMPARE(scene()->edgeItem(QStringLiteral("e"))->sceneBoundingRect(), before);
    }

    void fitToViewIsTight()
    {
        // Twelve cards in a 4 x 3 grid, as an auto-laid diagram has them.
        std::vector<Node> nodes;
        for (int i = 0; i < 12; ++i)
            nodes.push_back(card(QStringLiteral("n%1").arg(i), QStringLiteral("Service %1").arg(i),
                QPointF((i % 4) * 272.0, (i / 4) * 84.0)));
        open(std::move(nodes));
        view()->fitToView();
        QVERIFY2(view()->zoom() > 0.65, qPrintable(QString::number(view()->zoom())));
        const QRect content = view()->mapFromScene(scene()->contentRect()).boundingRect();
        const QRect port = view()->viewport()->rect();
        // Inside the viewport, and within the margin of it on the tighter side.
        QVERIFY(port.contains(content));
        const int m = DiagramView::kFitMargin;
        if (view()->zoom() < 1.0) {
            const bool fillsWidth = content.left() <= m + 2 && content.right() >= port.right() - m - 2;
            const bool fillsHeight = content.top() <= m + 2 && content.bottom() >= port.bottom() - m - 2;
            QVERIFY2(fillsWidth || fillsHeight,
                qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                               .arg(content.x())
                               .arg(content.y())
                               .arg(content.width())
                               .arg(content.height())
                               .arg(port.width())
                               .arg(port.height())));
        }
    }

    void fitToViewOfALargeDiagramLeavesOnlyTheMargin_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::newRow("wide") << 12 << 2;
        QTest::newRow("tall") << 2 << 20;
    }

    void fitToViewOfALargeDiagramLeavesOnlyTheMargin()
    {
        QFETCH(int, columns);
        QFETCH(int, rows);
        std::vector<Node> nodes;
        for (int i = 0; i < columns * rows; ++i)
            nodes.push_back(card(QStringLiteral("n%1").arg(i), QStringLiteral("S%1").arg(i),
                QPointF((i % columns) * 272.0, (i / columns) * 84.0)));
        open(std::move(nodes));
        view()->fitToView();
        QVERIFY(view()->zoom() < 1.0);
        const QRect content = view()->mapFromScene(scene()->contentRect()).boundingRect();
        const QRect port = view()->viewport()->rect();
        const int m = DiagramView::kFitMargin;
        QVERIFY(port.contains(content));
        if (columns > rows)
            QVERIFY2(content.width() >= port.width() - 2 * m - 3, qPrintable(QString::number(content.width())));
        else
            QVERIFY2(content.height() >= port.height() - 2 * m - 3, qPrintable(QString::number(content.height())));
    }

    void addingOutOfViewPansWithoutZooming()
    {
        view()->zoomToActualSize();
        view()->centerOn(scene()->contentRect().topLeft());
        const qreal zoom = view()->zoom();
        // Added far to the right of what is in view, as a quick fix may place it.
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QList<Id> created;
        QVERIFY(doc().request(
            [&](Architecture& m) {
                edit::NewNode spec;
                spec.kind = QStringLiteral("observability.alerting");
                spec.pos = visible.topRight() + QPointF(300, 100);
                return edit::addNode(m, doc().catalog(), spec);
            },
            &created));
        QCOMPARE(created.size(), 1);
        const QRectF added = scene()->cardRect(created.first());
        view()->reveal(added, added);
        QCOMPARE(view()->zoom(), zoom);
        const QRectF now = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QVERIFY(now.contains(added));
        // Just enough: the card is near the right edge, not centred.
        QVERIFY2(now.right() - added.right() < 60, qPrintable(QString::number(now.right() - added.right())));
    }

    void dropAtTheViewsEdgePansJustEnough()
    {
        view()->zoomToActualSize();
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        // Dropped so that half the card hangs over the right edge of the view.
        const QPointF at(visible.right() - 10, visible.center().y());
        QVERIFY(scene()->dropPaletteEntry(QStringLiteral("node:compute.vm"), at));
        const Id added = scene()->selectedIds().value(0);
        const QRectF card = scene()->cardRect(added);
        QVERIFY(!visible.contains(card));
        QCOMPARE(view()->zoom(), 1.0);
        const QRectF now = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QVERIFY(now.contains(card));
        // A pan of about the overhang and the margin, not a jump.
        QVERIFY2(now.left() - visible.left() < card.width() + DiagramView::kFitMargin + 2,
            qPrintable(QString::number(now.left() - visible.left())));
    }

    // What the fix adds is off-screen: the view pans to it, at the same zoom.
    void quickFixKeepsTheZoomAndShowsWhatItAdded()
    {
        QTest::qWait(20); // the first start's fit to view (two timers) is done: the dialog would run it
        view()->zoomToActualSize();
        view()->centerOn(scene()->cardRect(QStringLiteral("users")).center());
        FindingsPanel* panel = m_window->findingsPanel();
        QVERIFY(panel->selectRule(QStringLiteral("no-cost-controls")));
        const std::size_t before = doc().model().nodes().size();
        test::answerNextLimit(0);
        panel->fixCurrent();
        QCOMPARE(doc().model().nodes().size(), before + 1);
        const QRectF added = scene()->cardRect(doc().model().nodes().back().id);
        QCOMPARE(view()->zoom(), 1.0);
        QVERIFY(view()->mapToScene(view()->viewport()->rect()).boundingRect().contains(added));
    }

    // What the fix adds is in sight: the view does not move at all.
    void quickFixInSightLeavesTheViewAlone_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<bool>("atTheBottom"); // looking at the diagram's bottom edge, not its middle
        QTest::newRow("secrets, whole diagram") << QStringLiteral("missing-secrets") << 0.5 << false;
        QTest::newRow("budget, whole diagram") << QStringLiteral("no-cost-controls") << 0.4 << false;
        // The budget lands below the diagram, in sight; the GPU job it watches is not.
        QTest::newRow("budget, bottom edge at 100%") << QStringLiteral("no-cost-controls") << 1.0 << true;
    }

    void quickFixInSightLeavesTheViewAlone()
    {
        QFETCH(QString, rule);
        QFETCH(qreal, zoom);
        QTest::qWait(20); // the first start's fit to view (two timers) is done: the dialog would run it
        QFETCH(bool, atTheBottom);
        view()->setZoom(zoom);
        const QRectF content = scene()->contentRect();
        view()->centerOn(atTheBottom ? QPointF(content.center().x(), content.bottom()) : content.center());
        const QPointF centre = view()->mapToScene(view()->viewport()->rect().center());
        FindingsPanel* panel = m_window->findingsPanel();
        QVERIFY(panel->selectRule(rule));
        const std::size_t before = doc().model().nodes().size();
        if (rule == QLatin1String("no-cost-controls"))
            test::answerNextLimit(0); // only the budget asks
        panel->fixCurrent();
        QCOMPARE(doc().model().nodes().size(), before + 1);
        const Id added = doc().model().nodes().back().id;
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QVERIFY2(visible.contains(scene()->cardRect(added)), "the fix's card should land in sight here");
        QCOMPARE(view()->zoom(), zoom);
        const QPointF now = view()->mapToScene(view()->viewport()->rect().center());
        QVERIFY2(QLineF(now, centre).length() < 1.0,
            qPrintable(QStringLiteral("the view moved by %1").arg(QLineF(now, centre).length())));
        QCOMPARE(scene()->selectedIds(), QList<Id>{added});
    }

    void revealZoomsOutNoFurtherThanReadable()
    {
        view()->zoomToActualSize();
        const QRectF huge(0, 0, 20000, 400);
        const QRectF first(0, 0, kNodeWidth, kNodeHeight);
        view()->reveal(huge, first);
        QCOMPARE(view()->zoom(), DiagramView::kReadableZoom);
        QVERIFY(view()->mapToScene(view()->viewport()->rect()).boundingRect().contains(first));
    }
};

QTEST_MAIN(TestCards)
#include "tst_cards.moc"
