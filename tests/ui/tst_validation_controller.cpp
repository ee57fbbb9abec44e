// The editor's validation: edits gathered until the event loop is free cost one update,
// moves cost none, the findings always equal a full run, and findingsChanged fires only
// when they changed.
#include "core_test_helpers.h"
#include "cost/price_book.h"
#include "edit/edits.h"
#include "rules/validator.h"
#include "validation_controller.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace cw;

namespace {
using Edit = std::function<EditResult(Architecture&)>;

QString describe(const std::vector<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << QStringLiteral("%1: %2").arg(f.rule, f.message);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestValidationController : public QObject {
    Q_OBJECT

    Architecture m_model;
    std::unique_ptr<ValidationController> m_controller;
    std::vector<std::unique_ptr<UndoRecord>> m_done;

    void apply(const Edit& edit)
    {
        EditResult r = edit(m_model);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        m_done.push_back(std::move(r.record));
    }

    // Lets the controller's timer fire, as the editor's event loop does.
    static void idle() { QTest::qWait(20); }

    void verifyFindingsEqualFullRun()
    {
        m_controller->flush();
        const std::vector<Finding> full = validate(m_model);
        QVERIFY2(m_controller->findings() == full,
            qPrintable(QStringLiteral("incremental:\n%1\nfull run:\n%2")
                           .arg(describe(m_controller->findings()), describe(full))));
    }

    static EditResult moveApi(Architecture& m) { return edit::moveItems(m, {QStringLiteral("api")}, QPointF(10, 0)); }

private Q_SLOTS:
    void init()
    {
        m_model.reset(test::smallDiagram());
        m_controller = std::make_unique<ValidationController>(m_model);
        m_done.clear();
    }

    void cleanup() { m_controller.reset(); }

    void burstOfEditsGivesOneUpdate()
    {
        const int before = m_controller->passes();
        apply([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("backup"), true);
        });
        apply([](Architecture& m) { return edit::rename(m, QStringLiteral("api"), QStringLiteral("Orders API")); });
        apply([](Architecture& m) {
            return edit::connect(m, QStringLiteral("lb"), QStringLiteral("bucket"), EdgeKind::Request);
        });
        QCOMPARE(m_controller->passes(), before); // nothing yet: the editor is still busy
        idle();
        QCOMPARE(m_controller->passes(), before + 1);
        verifyFindingsEqualFullRun();
        QCOMPARE(m_controller->passes(), before + 1); // flush found nothing left to do
    }

    void moveDoesNotRevalidate()
    {
        const int before = m_controller->passes();
        apply(moveApi);
        // Past the subnet's edge: the subnet grows in the same step, which is drawing too.
        apply([](Architecture& m) { return edit::moveItems(m, {QStringLiteral("db")}, QPointF(400, 0)); });
        idle();
        QCOMPARE(m_controller->passes(), before);
        m_done.back()->undo(m_model);
        idle();
        QCOMPARE(m_controller->passes(), before);
        verifyFindingsEqualFullRun();
    }

    void moveWithAnEditIsValidated()
    {
        const int before = m_controller->passes();
        apply(moveApi);
        apply([](Architecture& m) { return edit::removeItems(m, {QStringLiteral("iam")}); });
        apply(moveApi);
        idle();
        QCOMPARE(m_controller->passes(), before + 1);
        QVERIFY(!m_controller->findingsFor(QStringLiteral("api")).empty()); // missing-iam, now
        verifyFindingsEqualFullRun();
    }

    void findingsEqualFullRun_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("property") << Edit([](Architecture& m) {
            return edit::setProperty(m, Catalog::builtin(), QStringLiteral("api"), QStringLiteral("pricing"), "spot");
        });
        QTest::newRow("added node") << Edit([](Architecture& m) {
            edit::NewNode spec;
            spec.kind = QStringLiteral("database.sql");
            spec.group = QStringLiteral("pub");
            spec.pos = QPointF(100, 300);
            return edit::addNode(m, Catalog::builtin(), spec);
        });
        QTest::newRow("connect") << Edit([](Architecture& m) {
            return edit::connect(m, QStringLiteral("users"), QStringLiteral("api"), EdgeKind::Request);
        });
        QTest::newRow("disconnect") << Edit([](Architecture& m) { return edit::disconnect(m, QStringLiteral("e2")); });
        QTest::newRow("remove group") << Edit(
            [](Architecture& m) { return edit::removeItems(m, {QStringLiteral("pub")}); });
        QTest::newRow("provider") << Edit([](Architecture& m) {
            return edit::switchProvider(m, Catalog::builtin(), cost::PriceBook::builtin(), QStringLiteral("gcp"));
        });
    }

    void findingsEqualFullRun()
    {
        QFETCH(Edit, edit);
        apply(edit);
        idle();
        verifyFindingsEqualFullRun();
        m_done.back()->undo(m_model);
        idle();
        verifyFindingsEqualFullRun();
        m_done.back()->redo(m_model);
        apply(moveApi); // one burst: the redo and a move
        idle();
        verifyFindingsEqualFullRun();
    }

    void findingsChangedOnlyWhenFindingsChange()
    {
        QSignalSpy spy(m_controller.get(), &ValidationController::findingsChanged);
        const std::vector<Finding> start = validate(m_model);
        // An edge's label matters to no rule.
        apply([](Architecture& m) { return edit::setEdgeLabel(m, QStringLiteral("e2"), QStringLiteral("gRPC")); });
        idle();
        QCOMPARE(validate(m_model), start);
        QCOMPARE(spy.count(), 0);
        apply(moveApi);
        idle();
        QCOMPARE(spy.count(), 0);
        // A service connected to nothing is an orphan.
        apply([](Architecture& m) {
            edit::NewNode spec;
            spec.kind = QStringLiteral("compute.function");
            spec.pos = QPointF(-300, 700);
            return edit::addNode(m, Catalog::builtin(), spec);
        });
        idle();
        QCOMPARE(spy.count(), 1);
        QVERIFY(validate(m_model) != start);
        verifyFindingsEqualFullRun();
    }
};

QTEST_MAIN(TestValidationController)
#include "tst_validation_controller.moc"
