// File > Import > draw.io: the imported page becomes a new, untitled diagram; a file that
// cannot be read leaves the open diagram as it was; the summary dialog lists every shape
// not recognised; the menu has the action.
#include "document.h"
#include "import_interop.h"
#include "import_summary_dialog.h"
#include "widget_test_helpers.h"

#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

using namespace cw;

namespace {
const QString kCases = QStringLiteral(CW_TEST_DATA "/interop/cases/");
}

class TestImportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void theMenuHasTheImport()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("importDrawioAction"));
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("importMenu")));
    }

    void importsAPageAsANewUntitledDiagram()
    {
        Document& doc = m_window->document();
        QString error;
        const auto summary = importDrawioFile(doc, kCases + QStringLiteral("two-pages.drawio"), QStringLiteral("2"), &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(doc.filePath().isEmpty());
        QCOMPARE(doc.model().diagram().nodes.size(), std::size_t(3));
        QCOMPARE(doc.model().diagram().groups.size(), std::size_t(3));
        QCOMPARE(summary->typed, 3);
        QVERIFY(!doc.undoStack().canUndo()); // a new diagram: nothing to undo into
    }

    void aBadFileLeavesTheDiagramAlone()
    {
        Document& doc = m_window->document();
        const std::size_t before = doc.model().diagram().nodes.size();
        QString error;
        const auto summary = importDrawioFile(doc, kCases + QStringLiteral("make_cases.py"), QString(), &error);
        QVERIFY(!summary);
        QVERIFY2(error.startsWith(kCases + QStringLiteral("make_cases.py: line 1")), qPrintable(error));
        QCOMPARE(doc.model().diagram().nodes.size(), before);
        QVERIFY(!importDrawioFile(doc, kCases + QStringLiteral("two-pages.drawio"), QStringLiteral("7"), &error));
        QVERIFY2(error.contains(QLatin1String("no page \"7\"")), qPrintable(error));
        QCOMPARE(doc.model().diagram().nodes.size(), before);
    }

    void theSummaryListsWhatWasNotRecognised()
    {
        interop::ImportSummary s;
        s.format = QStringLiteral("draw.io");
        s.pages = {QStringLiteral("A")};
        s.providerShapes = 10;
        s.typed = 7;
        s.nodes = 7;
        s.unrecognised = {{QStringLiteral("mxgraph.aws4.iot_core"), 2}, {QStringLiteral("mxgraph.aws4.car"), 1}};
        s.edgesLeftOut = 1;
        s.provider = QStringLiteral("aws");
        ImportSummaryDialog dialog(QStringLiteral("/tmp/x.drawio"), s);
        QVERIFY2(dialog.summaryText().contains(QLatin1String("7 of 10 provider shapes became typed nodes (70%)")),
            qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().contains(QLatin1String("1 edge left out")));
        QCOMPARE(dialog.unrecognisedRows(), 2);

        s.unrecognised.clear();
        ImportSummaryDialog clean(QStringLiteral("/tmp/x.drawio"), s);
        QCOMPARE(clean.unrecognisedRows(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
