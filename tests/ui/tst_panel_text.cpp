// Rows in the palette and the findings list, and the inspector's choice boxes, never cut
// their text off: rows wrap to the dock's width, choice boxes elide in the middle with the
// whole text in the tooltip.
#include "catalog/catalog.h"
#include "panels/eliding_combo_box.h"
#include "document.h"
#include "panels/findings_panel.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "widget_test_helpers.h"

#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

namespace {

/// The height a row needs to show its whole text wrapped within its own width.
int neededHeight(QTreeWidget* tree, QTreeWidgetItem* item)
{
    const QRect rect = tree->visualItemRect(item);
    int room = rect.width() - 8; // the style's text margins
    if (!item->icon(0).isNull())
        room -= tree->iconSize().width() + 4;
    return tree->fontMetrics().boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, item->text(0)).height();
}

/// Whether a row shows its text whole: tall enough for it wrapped, inside the viewport's width.
bool showsWholeText(QTreeWidget* tree, QTreeWidgetItem* item, QString* why)
{
    const QRect rect = tree->visualItemRect(item);
    *why = QStringLiteral("%1: row %2x%3, needs height %4, viewport width %5")
               .arg(item->text(0))
               .arg(rect.width())
               .arg(rect.height())
               .arg(neededHeight(tree, item))
               .arg(tree->viewport()->width());
    return rect.height() >= neededHeight(tree, item) && rect.right() <= tree->viewport()->width();
}

QTreeWidgetItem* longestRow(QTreeWidget* tree)
{
    QTreeWidgetItem* longest = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (!(*it)->isHidden() && (*it)->parent() && (!longest || (*it)->text(0).size() > longest->text(0).size()))
            longest = *it;
    }
    return longest;
}

} // namespace

class TestPanelText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paletteRowsShowTheWholeName_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow dock") << 150;
        QTest::newRow("wide dock") << 420;
    }

    void paletteRowsShowTheWholeName()
    {
        QFETCH(int, width);
        PaletteWidget palette(Catalog::builtin());
        palette.setProvider(QStringLiteral("aws"));
        palette.resize(width, 600);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QCoreApplication::processEvents(); // rows are measured again after the column's resize
        QTreeWidget* tree = palette.tree();
        QTreeWidgetItem* longest = longestRow(tree);
        QVERIFY(longest);
        tree->scrollToItem(longest);
        QString why;
        QVERIFY2(showsWholeText(tree, longest, &why), qPrintable(why));
        const int oneLine = tree->fontMetrics().height();
        if (width >= 420)
            QVERIFY2(tree->visualItemRect(longest).height() < 2 * oneLine, qPrintable(why)); // one line when wide
        else
            QVERIFY2(tree->visualItemRect(longest).height() >= 2 * oneLine, qPrintable(why)); // wrapped when narrow
    }

    void findingsRowsShowTheWholeText()
    {
        std::unique_ptr<MainWindow> window = test::openWindow();
        QVERIFY(window);
        QTreeWidget* tree = window->findingsPanel()->tree();
        // A narrow findings dock, as it starts on a laptop screen.
        tree->setFixedWidth(180);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QTreeWidgetItem* longest = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->childCount() == 0 && (!longest || (*it)->text(0).size() > longest->text(0).size()))
                longest = *it;
        }
        QVERIFY2(longest, "the sample has findings");
        tree->scrollToItem(longest);
        QString why;
        QVERIFY2(showsWholeText(tree, longest, &why), qPrintable(why));
        QVERIFY2(tree->visualItemRect(longest).height() >= 2 * tree->fontMetrics().height(), qPrintable(why));
        window->document().undoStack().setClean();
    }

    void choiceBoxElidesInTheMiddleOnlyWhenNarrow()
    {
        ElidingComboBox box;
        const QString longChoice = QStringLiteral("Amazon SageMaker training pipeline (ml.p3.2xlarge)");
        box.addItem(QStringLiteral("Standard"));
        box.addItem(longChoice);
        box.setCurrentIndex(1);
        box.setToolTip(QStringLiteral("Which instance trains the model"));
        box.setFixedWidth(140);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QString shown = box.shownText();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("Am")) && shown.endsWith(QStringLiteral(")")), qPrintable(shown));
        QVERIFY(box.currentToolTip().contains(longChoice));
        QVERIFY(box.currentToolTip().contains(box.toolTip())); // the help stays
        // Wide enough: the whole text, and the tooltip is just the help.
        box.setFixedWidth(box.fontMetrics().horizontalAdvance(longChoice) + 80);
        QCOMPARE(box.shownText(), longChoice);
        QCOMPARE(box.currentToolTip(), box.toolTip());
    }

    void inspectorChoiceBoxesElide()
    {
        std::unique_ptr<MainWindow> window = test::openWindow();
        QVERIFY(window);
        window->scene()->selectOnly({window->document().model().nodes().front().id});
        QCoreApplication::processEvents();
        const QList<QComboBox*> boxes = window->inspector()->findChildren<QComboBox*>();
        QVERIFY(!boxes.isEmpty());
        for (QComboBox* box : boxes)
            QVERIFY2(qobject_cast<ElidingComboBox*>(box), qPrintable(box->currentText()));
        window->document().undoStack().setClean();
    }
};

QTEST_MAIN(TestPanelText)
#include "tst_panel_text.moc"
