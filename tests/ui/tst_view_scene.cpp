// The read-only scene (ui/view) draws what the editor draws, and nothing of the editor:
// no selectable or movable items, no hover, no grid; the same cards, frames and routes as
// the editor's scene for the sample; it follows the model's edits; images of all of it or
// of a selection have the right frame and leave the scene as they found it.
#include "canvas/diagram_scene.h"
#include "document.h"
#include "edit/edits.h"
#include "rules/validator.h"
#include "synthetic.h"
#include "view/diagram_image.h"
#include "view/diagram_overview.h"
#include "view/edge_item.h"
#include "view/group_item.h"
#include "view/node_item.h"
#include "view/view_scene.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QXmlStreamReader>

using namespace cw;

namespace {

// How many pixels a scene draws into a transparent image of one of its areas.
int paintedPixels(QGraphicsScene& scene, const QRectF& area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    painter.end();
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) != 0;
    }
    return painted;
}

} // namespace

class TestViewScene : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readOnlyItems()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        ViewScene view(doc.model(), doc.catalog());
        QVERIFY(!view.isEditable());
        QCOMPARE(view.itemCount(),
            qsizetype(doc.model().nodes().size() + doc.model().groups().size() + doc.model().edges().size()));
        const QList<QGraphicsItem*> items = view.items();
        QVERIFY(!items.isEmpty());
        for (const QGraphicsItem* item : items) {
            QVERIFY(!(item->flags() & QGraphicsItem::ItemIsSelectable));
            QVERIFY(!(item->flags() & QGraphicsItem::ItemIsMovable));
            QVERIFY(!item->acceptHoverEvents());
        }
        // The editor's items take the mouse.
        DiagramScene editor(doc);
        QVERIFY(editor.isEditable());
        QVERIFY(editor.nodeItem(doc.model().nodes().front().id)->flags() & QGraphicsItem::ItemIsSelectable);
    }

    void noGrid()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        ViewScene view(doc.model(), doc.catalog());
        DiagramScene editor(doc);
        // An empty stretch of canvas left of everything: the editor draws its dots there.
        const QRectF empty(view.contentRect().left() - 300, view.contentRect().top(), 200, 200);
        QCOMPARE(paintedPixels(view, empty), 0);
        QVERIFY(paintedPixels(editor, empty) > 0);
    }

    void sameAsEditor()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        DiagramScene editor(doc); // settles card sizes into the model first
        ViewScene view(doc.model(), doc.catalog());
        editor.finishRoutes();
        view.finishRoutes();
        const Architecture& model = doc.model();
        for (const Node& n : model.nodes()) {
            QCOMPARE(view.cardRect(n.id), editor.cardRect(n.id));
            QCOMPARE(view.nodeItem(n.id)->caption(), editor.nodeItem(n.id)->caption());
        }
        for (const Group& g : model.groups())
            QCOMPARE(view.groupItem(g.id)->frame(), editor.groupItem(g.id)->frame());
        for (const Edge& e : model.edges()) {
            QVERIFY(view.edgeItem(e.id)->route().size() >= 2);
            QCOMPARE(view.edgeItem(e.id)->route(), editor.edgeItem(e.id)->route());
            QCOMPARE(view.edgeItem(e.id)->labelRect(), editor.edgeItem(e.id)->labelRect());
        }
    }

    void followsEdits()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        DiagramScene editor(doc);
        ViewScene view(doc.model(), doc.catalog());
        const Edge& edge = doc.model().edges().front();
        const Id node = edge.from;
        const QRectF before = view.cardRect(node);
        const std::vector<QPointF> routeBefore = view.edgeItem(edge.id)->route();
        QVERIFY(doc.request([&](Architecture& m) { return edit::moveItems(m, {node}, QPointF(0, 200)); }));
        QCOMPARE(view.cardRect(node), before.translated(0, 200));
        QVERIFY(view.edgeItem(edge.id)->route() != routeBefore);
        QCOMPARE(view.edgeItem(edge.id)->route(), editor.edgeItem(edge.id)->route());
        doc.undoStack().undo();
        QCOMPARE(view.cardRect(node), before);
        // A reset (another diagram) rebuilds it.
        doc.newDiagram();
        QCOMPARE(view.itemCount(), qsizetype(0));
    }

    void imageFrames()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        ViewScene view(doc.model(), doc.catalog());
        QRectF whole;
        {
            const image::DiagramImage picture(view, {});
            whole = picture.frame().area;
            QVERIFY(whole.contains(view.contentRect()));
            const QImage png = picture.toImage();
            QCOMPARE(png.size(), whole.size().toSize());
        }
        const Id one = doc.model().nodes().front().id;
        image::ImageOptions options;
        options.only = {one};
        {
            const image::DiagramImage picture(view, options);
            QVERIFY(picture.frame().area.contains(view.cardRect(one)));
            QVERIFY(picture.frame().area.width() < whole.width() / 2);
            QVERIFY(!view.nodeItem(doc.model().nodes().back().id)->isVisible());
        }
        for (const QGraphicsItem* item : view.items())
            QVERIFY(item->isVisible()); // shown again after the drawing
    }

    void legendClearOfCards()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        ViewScene view(doc.model(), doc.catalog());
        image::ImageOptions options;
        options.legend = true;
        const image::DiagramImage picture(view, options);
        const QRectF legend = picture.frame().legend;
        QVERIFY(!legend.isNull());
        QVERIFY(picture.frame().area.contains(legend));
        for (const Node& n : doc.model().nodes())
            QVERIFY2(!view.cardRect(n.id).intersects(legend), qPrintable(n.id));
    }

    void reportFigure()
    {
        Document doc(Catalog::builtin());
        doc.openSample();
        Validator validator;
        validator.run(doc.model());
        const report::DiagramFigure figure = image::diagramFigure(doc.model(), doc.catalog(), validator.findings(), {});
        QVERIFY(figure.svg.startsWith("<?xml"));
        QVERIFY(figure.svg.contains("<text"));
        QCOMPARE(figure.cards.size(), doc.model().nodes().size());
        const QRectF picture(QPointF(0, 0), figure.size);
        for (const auto& [id, rect] : figure.cards) {
            QVERIFY2(picture.contains(rect), qPrintable(id));
            QVERIFY(rect.width() >= kNodeWidth - 1);
        }
        QVERIFY(figure.svg.contains(QByteArray("viewBox=\"0 0 ") + QByteArray::number(figure.size.width())));
    }

    // Past kDetailedFigureUpTo nodes the report's picture is an overview from the model:
    // every card in its place, inside the picture, its error shown, and a caption saying
    // what is left out; well-formed SVG either way.
    void bigDiagramFigureIsAnOverview()
    {
        Architecture model;
        model.reset(test::syntheticDiagram(image::kDetailedFigureUpTo + 200, 300));
        Validator validator;
        validator.run(model);
        const report::DiagramFigure figure = image::diagramFigure(model, Catalog::builtin(), validator.findings(), {});
        QVERIFY(!figure.caption.isEmpty());
        QCOMPARE(figure.cards.size(), model.nodes().size());
        const QRectF picture(QPointF(0, 0), figure.size);
        for (const auto& [id, rect] : figure.cards) {
            QVERIFY2(picture.contains(rect), qPrintable(id));
            QCOMPARE(rect.size(), nodeRect(*model.node(id)).size());
        }
        QXmlStreamReader xml(figure.svg);
        int rects = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("rect"))
                ++rects;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rects, 1 + int(model.groups().size() + model.nodes().size()));
        QVERIFY(figure.svg.size() < 300 * qsizetype(model.nodes().size()));

        // At or under the limit, the picture is the full drawing, with no caption.
        Architecture small;
        small.reset(test::syntheticDiagram(50, 60));
        QVERIFY(image::diagramFigure(small, Catalog::builtin(), {}, {}).caption.isEmpty());
    }
};

QTEST_MAIN(TestViewScene)
#include "tst_view_scene.moc"
