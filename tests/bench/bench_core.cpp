// Load, save and edit at 10,000 nodes and 15,000 edges (design.md: load within twice a
// bare JSON parse of the same bytes).
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

    void bareJsonParse()
    {
        QBENCHMARK
        {
            const Json doc = Json::parse(m_bytes.constBegin(), m_bytes.constEnd());
            QVERIFY(doc.is_object());
        }
    }

    void load()
    {
        QBENCHMARK
        {
            const LoadResult r = readCwa(m_bytes, QStringLiteral("synthetic"), Catalog::builtin());
            QVERIFY(r.ok());
        }
    }

    void save()
    {
        QBENCHMARK
        {
            const QByteArray out = writeCwa(m_diagram);
            QVERIFY(out.size() > 1000);
        }
    }

    void indexModel()
    {
        Architecture model;
        QBENCHMARK
        {
            model.reset(m_diagram);
        }
        QCOMPARE(model.nodes().size(), m_diagram.nodes.size());
    }

    // One gesture on a big diagram: a move, its undo and its redo.
    void moveUndoRedo()
    {
        Architecture model;
        model.reset(m_diagram);
        QBENCHMARK
        {
            EditResult r = edit::moveItems(model, {QStringLiteral("n5000")}, QPointF(20, 0));
            QVERIFY(r.ok() && r.record);
            r.record->undo(model);
            r.record->redo(model);
        }
    }

    // Deleting a node in the middle: removal and restore keep file order.
    void deleteUndo()
    {
        Architecture model;
        model.reset(m_diagram);
        QBENCHMARK
        {
            EditResult r = edit::removeItems(model, {QStringLiteral("n5000")});
            QVERIFY(r.ok() && r.record);
            r.record->undo(model);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
