// The palette is built from the catalog; the inspector edits through undoable edits.
#include "document.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "panels/property_editor.h"
#include "widget_test_helpers.h"

#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

class TestPanels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Document& doc() { return m_window->document(); }
    const Architecture& model() { return m_window->document().model(); }

    template <typename W> W* inspectorChild(const QString& name) { return m_window->inspector()->findChild<W*>(name); }

    QString instanceType(const char* node)
    {
        return QString::fromStdString(
            model().node(QString::fromLatin1(node))->props.value("instance_type", std::string()));
    }

    int visibleEntries()
    {
        int n = 0;
        QTreeWidget* tree = m_window->palette()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                n += tree->topLevelItem(i)->child(j)->isHidden() ? 0 : 1;
        }
        return n;
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

    void paletteHasEveryKindAndGroups()
    {
        for (const KindInfo& k : Catalog::builtin().kinds()) {
            QTreeWidgetItem* item = m_window->palette()->itemFor(QStringLiteral("node:") + k.kind);
            QVERIFY2(item, qPrintable(k.kind));
            QVERIFY(!item->icon(0).isNull());
            QCOMPARE(item->text(0), k.serviceName(QStringLiteral("aws")));
        }
        QVERIFY(m_window->palette()->itemFor(QStringLiteral("group:subnet:public")));
        QCOMPARE(visibleEntries(), int(Catalog::builtin().kinds().size()) + 6);
    }

    void everyCatalogIconRenders()
    {
        const Catalog& catalog = Catalog::builtin();
        QStringList paths;
        for (const KindInfo& k : catalog.kinds())
            paths << theme::kindIconPath(catalog, k.kind);
        for (const GroupKindInfo& g : catalog.groupKinds()) {
            paths << theme::groupIconPath(catalog, g.kind, false) << theme::groupIconPath(catalog, g.kind, true);
        }
        for (const QString& path : std::as_const(paths)) {
            QVERIFY2(!path.isEmpty() && QFile::exists(path), qPrintable(path));
            QSvgRenderer renderer(path);
            QVERIFY2(renderer.isValid(), qPrintable(path));
            QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 48, 48)); // one consistent family
        }
        QVERIFY(theme::groupIconPath(catalog, GroupKind::Subnet, true)
            != theme::groupIconPath(catalog, GroupKind::Subnet, false));
    }

    void paletteSearchMatchesAnyProvidersName()
    {
        m_window->palette()->setFilter(QStringLiteral("cloud run")); // GCP's name, diagram is AWS
        QCOMPARE(visibleEntries(), 1);
        QVERIFY(!m_window->palette()->itemFor(QStringLiteral("node:compute.container"))->isHidden());
        m_window->palette()->setFilter(QStringLiteral("database"));
        QVERIFY(visibleEntries() >= 4);
        m_window->palette()->setFilter(QStringLiteral("no such service"));
        QCOMPARE(visibleEntries(), 0);
        m_window->palette()->setFilter(QString());
        QVERIFY(visibleEntries() > 40);
    }

    void inspectorRenamesNode()
    {
        m_window->scene()->selectOnly({QStringLiteral("api")});
        auto* name = inspectorChild<QLineEdit>(QStringLiteral("inspectorName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Prediction API"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Scoring API"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(model().node(QStringLiteral("api"))->name, QStringLiteral("Scoring API"));
        QCOMPARE(doc().undoStack().count(), 1);
        doc().undoStack().undo();
        QCOMPARE(model().node(QStringLiteral("api"))->name, QStringLiteral("Prediction API"));
        QCOMPARE(name->text(), QStringLiteral("Prediction API"));
    }

    void inspectorSpinBoxSetsPropertyWithinRange()
    {
        m_window->scene()->selectOnly({QStringLiteral("api")});
        auto* editor = inspectorChild<PropertyEditor>(QStringLiteral("prop:count"));
        QVERIFY(editor);
        auto* spin = qobject_cast<QSpinBox*>(editor->editor());
        QVERIFY(spin);
        QCOMPARE(spin->value(), 2);
        QCOMPARE(spin->minimum(), 0);
        spin->stepUp();
        spin->stepUp();
        QCOMPARE(model().node(QStringLiteral("api"))->props.value("count", 0), 4);
        QCOMPARE(doc().undoStack().count(), 1); // steps on one property merge into one entry
        doc().undoStack().undo();
        QCOMPARE(model().node(QStringLiteral("api"))->props.value("count", 0), 2);
    }

    void inspectorEnumAndBool()
    {
        m_window->scene()->selectOnly({QStringLiteral("db")});
        auto* pricing
            = qobject_cast<QComboBox*>(inspectorChild<PropertyEditor>(QStringLiteral("prop:pricing"))->editor());
        QVERIFY(pricing);
        // The default shows when unset, in words; the file's value is the item's data.
        QCOMPARE(pricing->currentData().toString(), QStringLiteral("on_demand"));
        QCOMPARE(pricing->currentText(), QStringLiteral("On demand"));
        QCOMPARE(
            pricing->itemText(pricing->findData(QStringLiteral("reserved_1y"))), QStringLiteral("Reserved, 1 year"));
        pricing->setCurrentIndex(pricing->findData(QStringLiteral("reserved_1y")));
        Q_EMIT pricing->activated(pricing->currentIndex());
        QCOMPARE(model().node(QStringLiteral("db"))->props.value("pricing", ""), "reserved_1y");
        auto* multiAz
            = qobject_cast<QCheckBox*>(inspectorChild<PropertyEditor>(QStringLiteral("prop:multi_az"))->editor());
        QVERIFY(multiAz);
        multiAz->click();
        QCOMPARE(model().node(QStringLiteral("db"))->props.value("multi_az", false), true);
        QCOMPARE(doc().undoStack().count(), 2);
    }

    void inspectorShowsDiagramSettingsWithoutSelection()
    {
        m_window->scene()->clearSelection();
        auto* title = inspectorChild<QLineEdit>(QStringLiteral("inspectorTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("ML product (sample)"));
        auto* provider = inspectorChild<QComboBox>(QStringLiteral("inspectorProvider"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("azure")));
        Q_EMIT provider->activated(provider->currentIndex());
        QCOMPARE(model().meta().provider, QStringLiteral("azure"));
        QCOMPARE(model().node(QStringLiteral("db"))->name, QStringLiteral("App database")); // the user's name stays
        // The type the user chose and the region become the nearest Azure ones.
        QCOMPARE(instanceType("db"), QStringLiteral("Standard_D2ds_v5"));
        QCOMPARE(model().meta().region, QStringLiteral("eastus"));
    }

    void providerSwitchNamesWhatHasNoEquivalent()
    {
        QVERIFY(doc().request([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("train"), QStringLiteral("instance_type"),
                Json("ml.inf2.xlarge"));
        }));
        const int steps = doc().undoStack().count();
        auto* provider = inspectorChild<QComboBox>(QStringLiteral("inspectorProvider"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("gcp")));
        Q_EMIT provider->activated(provider->currentIndex());
        QCOMPARE(model().meta().provider, QStringLiteral("gcp"));
        QCOMPARE(instanceType("train"), QStringLiteral("ml.inf2.xlarge"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
            QStringLiteral("Switch provider to Google Cloud; 1 type has no equivalent: ml.inf2.xlarge (train)"));
        // One step undoes the whole switch.
        QCOMPARE(doc().undoStack().count(), steps + 1);
        doc().undoStack().undo();
        QCOMPARE(model().meta().provider, QStringLiteral("aws"));
        QCOMPARE(model().meta().region, QStringLiteral("us-east-1"));
        QCOMPARE(instanceType("db"), QStringLiteral("db.t3.large"));
    }

    void inspectorEdgeKind()
    {
        m_window->scene()->selectOnly({QStringLiteral("e2")});
        auto* kind = inspectorChild<QComboBox>(QStringLiteral("inspectorEdgeKind"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("request"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("event")));
        Q_EMIT kind->activated(kind->currentIndex());
        QCOMPARE(toString(model().edge(QStringLiteral("e2"))->kind), QStringLiteral("event"));
    }

    void refusedEditShowsWhyAndChangesNothing()
    {
        const Diagram before = model().diagram();
        QVERIFY(!doc().request([&](Architecture& m) {
            return edit::connect(m, QStringLiteral("lb"), QStringLiteral("lb"), EdgeKind::Request);
        }));
        QVERIFY(model().diagram() == before);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("itself")));
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
