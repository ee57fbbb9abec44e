// File > Export Image: the action is in the File menu, and the options dialog offers
// what the chosen format can do (a scale only for PNG, no transparent PDF page, the
// selection only when there is one) and hands back what the user picked.
#include "canvas/diagram_scene.h"
#include "document.h"
#include "export_image_dialog.h"
#include "main_window.h"
#include "validation_controller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestExportImage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CloudwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("CloudwrightTests"));
    }

    void actionInFileMenu()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("exportImageAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().contains(QStringLiteral("Export Image")));
    }

    // What the export writes: the open diagram, or only the selection, as the view draws it.
    void writesTheEditorsDiagram()
    {
        MainWindow window;
        window.openSample();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString whole = dir.filePath(QStringLiteral("whole.png"));
        const QString part = dir.filePath(QStringLiteral("part.png"));
        QString why;
        QVERIFY2(writeDiagramImage(*window.scene(), window.validation().findings(), whole, {}, &why), qPrintable(why));
        const Id first = window.document().model().nodes().front().id;
        window.scene()->selectOnly({first});
        image::ImageOptions options;
        options.only = window.scene()->selectedIds();
        QVERIFY2(
            writeDiagramImage(*window.scene(), window.validation().findings(), part, options, &why), qPrintable(why));
        const QImage a(whole), b(part);
        QVERIFY(!a.isNull() && !b.isNull());
        const QRectF card = window.scene()->cardRect(first);
        // The card, the room its badge and handle margin take, and the image's margin.
        const qreal room = 2 * (image::kImageMargin + 10) + 2;
        QVERIFY(b.width() >= card.width() && b.width() <= card.width() + room);
        QVERIFY(b.height() >= card.height() && b.height() <= card.height() + room);
        QVERIFY(b.width() < a.width() / 2);
        // The editor's selection stays as it was.
        QCOMPARE(window.scene()->selectedIds(), QList<Id>{first});
        QVERIFY(!writeDiagramImage(*window.scene(), {}, dir.filePath(QStringLiteral("missing/x.svg")), {}, &why));
        QVERIFY(!why.isEmpty());
    }

    void optionsPerFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("scale");        // the scale can be set
        QTest::addColumn<bool>("transparency"); // the background can be chosen
        QTest::newRow("png") << int(image::Format::Png) << true << true;
        QTest::newRow("svg") << int(image::Format::Svg) << false << true;
        QTest::newRow("pdf") << int(image::Format::Pdf) << false << false;
    }

    void optionsPerFormat()
    {
        QFETCH(int, format);
        QFETCH(bool, scale);
        QFETCH(bool, transparency);
        ExportImageDialog dialog(image::Format(format), false);
        auto* scaleBox = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("exportScale"));
        auto* background = dialog.findChild<QComboBox*>(QStringLiteral("exportBackground"));
        auto* selection = dialog.findChild<QRadioButton*>(QStringLiteral("exportSelectionOnly"));
        auto* legend = dialog.findChild<QCheckBox*>(QStringLiteral("exportLegend"));
        QVERIFY(scaleBox && background && selection && legend);
        QCOMPARE(scaleBox->isEnabled(), scale);
        QCOMPARE(background->isEnabled(), transparency);
        QVERIFY(!selection->isEnabled()); // nothing selected
        scaleBox->setValue(3.0);
        background->setCurrentIndex(1);
        legend->setChecked(true);
        selection->setChecked(true);
        const image::ImageOptions o = dialog.options();
        QCOMPARE(o.scale, scale ? 3.0 : 1.0);
        QCOMPARE(o.transparent, transparency);
        QVERIFY(o.legend);
        QVERIFY(!dialog.selectionOnly());
        QVERIFY(o.only.isEmpty());
    }

    void selectionOnly()
    {
        ExportImageDialog dialog(image::Format::Png, true);
        auto* selection = dialog.findChild<QRadioButton*>(QStringLiteral("exportSelectionOnly"));
        QVERIFY(selection->isEnabled());
        QVERIFY(!dialog.selectionOnly()); // the whole diagram unless asked
        selection->setChecked(true);
        QVERIFY(dialog.selectionOnly());
        QCOMPARE(dialog.options().scale, 2.0); // the default: sharp on dense screens
        QVERIFY(!dialog.options().transparent);
    }
};

QTEST_MAIN(TestExportImage)
#include "tst_export_image.moc"
