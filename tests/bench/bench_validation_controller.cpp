// One edit as the editor runs it on the 10,000-node diagram: the edit applied to the
// model, its changed() signal gathered by the ValidationController, and the controller's
// flush (the update the event loop would run next). design.md: the update within 0.1x the
// bare parse; the edit itself is timed too, apart, as what a user waits on in all.
#include "bench_support.h"
#include "edit/edits.h"
#include "validation_controller.h"

#include <QTest>

#include <functional>

using namespace cw;

class BenchValidationController : public QObject {
    Q_OBJECT

    Architecture m_model;
    std::unique_ptr<ValidationController> m_controller;

    // The edit and its flush timed apart; the undo and its flush untimed.
    void measure(const char* what, const std::function<EditResult()>& edit)
    {
        double editMs = 0;
        const int passes = m_controller->passes();
        const double flushMs = bench::median(31, [&] {
            std::unique_ptr<UndoRecord> command;
            const double applyMs = bench::timeMs([&] {
                EditResult r = edit();
                if (!r.ok() || !r.record)
                    qFatal("edit refused: %s", qPrintable(r.error));
                command = std::move(r.record);
            });
            const double ms = bench::timeMs([&] { m_controller->flush(); });
            editMs = std::max(editMs, applyMs);
            command->undo(m_model);
            m_controller->flush();
            return ms;
        });
        bench::report(qPrintable(QStringLiteral("%1, controller flush").arg(QLatin1String(what))), flushMs, 0.1);
        bench::report(
            qPrintable(QStringLiteral("%1, the edit itself (slowest sample)").arg(QLatin1String(what))), editMs);
        qInfo("validation passes: %d", m_controller->passes() - passes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_model.reset(test::syntheticDiagram());
        m_controller = std::make_unique<ValidationController>(m_model);
    }

    void bareJsonParse() { bench::measureParse(); }

    void setProperty()
    {
        measure("property change", [this] {
            return edit::setProperty(m_model, Catalog::builtin(), QStringLiteral("n5000"), QStringLiteral("count"), 3);
        });
    }

    void addNode()
    {
        measure("added node", [this] {
            edit::NewNode spec;
            spec.kind = QStringLiteral("database.sql");
            spec.group = QStringLiteral("subnet0_0_1");
            spec.pos = QPointF(100, 100);
            return edit::addNode(m_model, Catalog::builtin(), spec);
        });
    }

    void connect()
    {
        measure("connect",
            [this] { return edit::connect(m_model, QStringLiteral("n100"), QStringLiteral("n9000"), EdgeKind::Data); });
    }

    void move()
    {
        const int passes = m_controller->passes();
        measure("move", [this] { return edit::moveItems(m_model, {QStringLiteral("n5000")}, QPointF(20, 0)); });
        QCOMPARE(m_controller->passes(), passes); // a move validates nothing
    }

    void cleanupTestCase()
    {
        m_controller->flush();
        QVERIFY(m_controller->findings() == validate(m_model));
    }
};

QTEST_GUILESS_MAIN(BenchValidationController)
#include "bench_validation_controller.moc"
