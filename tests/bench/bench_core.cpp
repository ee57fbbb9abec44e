// Load, save and edit at 10,000 nodes and 15,000 edges (design.md: load within twice a
// bare JSON parse of the same bytes). Each figure is a median, printed with its ratio to
// the bare parse measured here in the same run.
#include "bench_support.h"
#include "edit/edits.h"
#include "io/cwa_reader.h"
#include "io/cwa_writer.h"
#include "synthetic.h"

#include <QTest>

using namespace cw;

class BenchCore : public QObject {
    Q_OBJECT

    QByteArray m_bytes;
    Diagram m_diagram;

private Q_SLOTS:
    void initTestCase()
    {
        m_diagram = test::syntheticDiagram();
        m_bytes = writeCwa(m_diagram);
        qInfo("synthetic file: %lld bytes, %zu nodes, %zu groups, %zu edges", qint64(m_bytes.size()),
            m_diagram.nodes.size(), m_diagram.groups.size(), m_diagram.edges.size());
        QVERIFY(readCwa(m_bytes, QStringLiteral("synthetic"), Catalog::builtin()).ok());
    }

    void bareJsonParse() { bench::measureParse(); }

    void load()
    {
        bench::report("load",
            bench::medianMs(5,
                [&] {
                    const LoadResult r = readCwa(m_bytes, QStringLiteral("synthetic"), Catalog::builtin());
                    QVERIFY(r.ok());
                }),
            2.0);
    }

    void save()
    {
        bench::report("save", bench::medianMs(5, [&] {
            const QByteArray out = writeCwa(m_diagram);
            QVERIFY(out.size() > 1000);
        }));
    }

    void indexModel()
    {
        Architecture model;
        bench::report("index the model", bench::medianMs(5, [&] { model.reset(m_diagram); }));
        QCOMPARE(model.nodes().size(), m_diagram.nodes.size());
    }

    // One gesture on a big diagram: a move, its undo and its redo.
    void moveUndoRedo()
    {
        Architecture model;
        model.reset(m_diagram);
        bench::report("a move, its undo and its redo", bench::medianMs(31, [&] {
            EditResult r = edit::moveItems(model, {QStringLiteral("n5000")}, QPointF(20, 0));
            QVERIFY(r.ok() && r.record);
            r.record->undo(model);
            r.record->redo(model);
        }));
    }

    // Deleting a node in the middle: removal and restore keep file order.
    void deleteUndo()
    {
        Architecture model;
        model.reset(m_diagram);
        bench::report("a delete and its undo", bench::medianMs(31, [&] {
            EditResult r = edit::removeItems(model, {QStringLiteral("n5000")});
            QVERIFY(r.ok() && r.record);
            r.record->undo(model);
        }));
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
