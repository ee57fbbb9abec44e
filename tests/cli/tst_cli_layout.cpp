// `cloudwright layout`: the written file opens and validates, holds every node's and
// group's x, y, w, h and every edge's route from border to border, orthogonal routes run
// across and up or down and through no card but their ends, --keep-positions moves
// nothing, and bad input is one line on stderr (and an error object under --json), exit 2.
#include "cli_process.h"
#include "route_crossings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString kLayout = QStringLiteral("layout");
const QString kKeep = QStringLiteral("--keep-positions");
const QString kPlatform = QStringLiteral(CW_TEST_DATA "/layout/ml-platform.cwa");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& doc)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(doc).toJson()) > 0;
}

QRectF rectOf(const QJsonObject& layout)
{
    return QRectF(layout.value(QStringLiteral("x")).toDouble(), layout.value(QStringLiteral("y")).toDouble(),
        layout.value(QStringLiteral("w")).toDouble(), layout.value(QStringLiteral("h")).toDouble());
}

// On the rect's border: no farther than tolerance from one of its sides, and not inside.
bool onBorder(QPointF p, const QRectF& r, double tolerance = 0.5)
{
    const bool within = r.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p);
    const bool inside = r.adjusted(tolerance, tolerance, -tolerance, -tolerance).contains(p);
    return within && !inside;
}

std::vector<QPointF> pointsOf(const QJsonObject& edge)
{
    std::vector<QPointF> points;
    for (const QJsonValue& v :
        edge.value(QStringLiteral("layout")).toObject().value(QStringLiteral("points")).toArray())
        points.emplace_back(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
    return points;
}

// id → (x, y) of every node and group in a file, as written.
QHash<QString, QPointF> placesIn(const QJsonObject& doc)
{
    QHash<QString, QPointF> places;
    for (const char* list : {"nodes", "groups"}) {
        for (const QJsonValue& v : doc.value(QLatin1String(list)).toArray()) {
            const QJsonObject layout = v.toObject().value(QStringLiteral("layout")).toObject();
            if (layout.contains(QStringLiteral("x")))
                places.insert(v.toObject().value(QStringLiteral("id")).toString(),
                    QPointF(
                        layout.value(QStringLiteral("x")).toDouble(), layout.value(QStringLiteral("y")).toDouble()));
        }
    }
    return places;
}

} // namespace

class TestCliLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_straight; ///< the sample with e1 (users → lb) drawn straight

private Q_SLOTS:
    void initTestCase()
    {
        QJsonObject doc = readJson(QStringLiteral(CW_SAMPLE));
        QJsonArray edges = doc.value(QStringLiteral("edges")).toArray();
        QJsonObject first = edges.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("e1"));
        first.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("style"), QStringLiteral("straight")}});
        edges.replace(0, first);
        doc.insert(QStringLiteral("edges"), edges);
        m_straight = m_dir.filePath(QStringLiteral("straight.cwa"));
        QVERIFY(writeJson(m_straight, doc));
    }

    // The counter itself must see a crossing, or a zero from it proves nothing.
    void crossingCounter_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<int>("crossings");
        // The card "c" at (100,100) 200×56; the edge runs between "s" and "t".
        QTest::newRow("through the middle") << QPointF(50, 128) << QPointF(350, 128) << 1;
        QTest::newRow("up through it") << QPointF(200, 0) << QPointF(200, 300) << 1;
        QTest::newRow("along its border") << QPointF(50, 100) << QPointF(350, 100) << 0;
        QTest::newRow("beside it") << QPointF(50, 170) << QPointF(350, 170) << 0;
        QTest::newRow("ends inside") << QPointF(50, 128) << QPointF(150, 128) << 1;
        QTest::newRow("slanted, through a corner") << QPointF(90, 120) << QPointF(120, 90) << 1;
        QTest::newRow("slanted, past a corner") << QPointF(80, 110) << QPointF(110, 80) << 0;
    }

    void crossingCounter()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(int, crossings);
        const QHash<QString, QRectF> cards{{QStringLiteral("c"), QRectF(100, 100, 200, 56)}};
        const cw::test::RoutedEdge edge{QStringLiteral("e"), QStringLiteral("s"), QStringLiteral("t"), {a, b}};
        QCOMPARE(cw::test::countCardCrossings(cards, {edge}).count, crossings);
        // A card at one of the edge's ends is where it starts or stops: never counted.
        const cw::test::RoutedEdge own{QStringLiteral("e"), QStringLiteral("c"), QStringLiteral("t"), {a, b}};
        QCOMPARE(cw::test::countCardCrossings(cards, {own}).count, 0);
    }

    void writesTheDrawnLayout_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("edges");
        QTest::newRow("sample") << QStringLiteral(CW_SAMPLE) << false << 8 << 4 << 8;
        QTest::newRow("sample, keep positions") << QStringLiteral(CW_SAMPLE) << true << 8 << 4 << 8;
        QTest::newRow("no layout") << kPlatform << false << 32 << 5 << 38;
        QTest::newRow("no layout, keep positions") << kPlatform << true << 32 << 5 << 38;
        QTest::newRow("straight edge") << m_straight << false << 8 << 4 << 8;
        QTest::newRow("straight edge, keep positions") << m_straight << true << 8 << 4 << 8;
    }

    void writesTheDrawnLayout()
    {
        QFETCH(QString, input);
        QFETCH(bool, keep);
        QFETCH(int, nodes);
        QFETCH(int, groups);
        QFETCH(int, edges);
        const QString out = m_dir.filePath(QStringLiteral("out-%1.cwa").arg(QTest::currentDataTag()));
        QStringList args{kLayout, input, QStringLiteral("-o"), out};
        if (keep)
            args << kKeep;
        const CliRun r = runCli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());
        const QString summary
            = QStringLiteral("Laid out %1 nodes, %2 groups, %3 edges with ").arg(nodes).arg(groups).arg(edges);
        QCOMPARE(outputLines(r.out).size(), 1);
        QVERIFY2(
            r.out.startsWith(summary) && r.out.trimmed().endsWith(QStringLiteral(" -> ") + out), qPrintable(r.out));
        // A file without any place has none to keep: it is laid out as the editor opens it.
        QCOMPARE(r.out.contains(QStringLiteral("with positions kept")), keep && input != kPlatform);

        // It opens and validates like any other file.
        const CliRun check = runCli({QStringLiteral("validate"), out});
        QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));

        const QJsonObject doc = readJson(out);
        QHash<QString, QRectF> rects; // nodes and groups: where edges end
        QHash<QString, QRectF> cards; // nodes only: what routes must not cross
        for (const char* list : {"nodes", "groups"}) {
            for (const QJsonValue& v : doc.value(QLatin1String(list)).toArray()) {
                const QJsonObject item = v.toObject();
                const QString id = item.value(QStringLiteral("id")).toString();
                const QJsonObject layout = item.value(QStringLiteral("layout")).toObject();
                for (const char* key : {"x", "y", "w", "h"})
                    QVERIFY2(layout.value(QLatin1String(key)).isDouble(),
                        qPrintable(id + QStringLiteral(" has no ") + QLatin1String(key)));
                QVERIFY2(rectOf(layout).width() > 0 && rectOf(layout).height() > 0, qPrintable(id));
                rects.insert(id, rectOf(layout));
                if (QLatin1String(list) == QLatin1String("nodes"))
                    cards.insert(id, rectOf(layout));
            }
        }
        QCOMPARE(cards.size(), nodes);
        QCOMPARE(rects.size(), nodes + groups);

        std::vector<cw::test::RoutedEdge> orthogonal;
        int straightEdges = 0;
        const QJsonArray edgeList = doc.value(QStringLiteral("edges")).toArray();
        QCOMPARE(edgeList.size(), edges);
        for (const QJsonValue& v : edgeList) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            const QString from = e.value(QStringLiteral("from")).toString();
            const QString to = e.value(QStringLiteral("to")).toString();
            const std::vector<QPointF> points = pointsOf(e);
            QVERIFY2(points.size() >= 2, qPrintable(id + QStringLiteral(": no route")));
            QVERIFY2(onBorder(points.front(), rects.value(from)),
                qPrintable(id + QStringLiteral(" leaves inside or off ") + from));
            QVERIFY2(onBorder(points.back(), rects.value(to)),
                qPrintable(id + QStringLiteral(" enters inside or off ") + to));
            const bool straight = e.value(QStringLiteral("layout")).toObject().value(QStringLiteral("style")).toString()
                == QLatin1String("straight");
            if (straight) {
                QCOMPARE(points.size(), std::size_t(2));
                ++straightEdges;
                continue;
            }
            for (std::size_t i = 1; i < points.size(); ++i) {
                const bool across = std::abs(points[i].y() - points[i - 1].y()) < 1e-6;
                const bool upOrDown = std::abs(points[i].x() - points[i - 1].x()) < 1e-6;
                QVERIFY2(across || upOrDown, qPrintable(id + QStringLiteral(": a slanted segment")));
            }
            orthogonal.push_back({id, from, to, points});
        }
        QCOMPARE(straightEdges, input == m_straight ? 1 : 0);
        const cw::test::Crossings crossings = cw::test::countCardCrossings(cards, orthogonal);
        QVERIFY2(crossings.count == 0, qPrintable(crossings.details.join(QStringLiteral(", "))));
    }

    void keepPositionsMovesNothing()
    {
        // The sample's own positions, and a laid-out file's, stay exactly; routes too.
        const QString first = m_dir.filePath(QStringLiteral("kept1.cwa"));
        QCOMPARE(runCli({kLayout, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), first, kKeep}).code, 0);
        QCOMPARE(placesIn(readJson(first)), placesIn(readJson(QStringLiteral(CW_SAMPLE))));
        const QString second = m_dir.filePath(QStringLiteral("kept2.cwa"));
        QCOMPARE(runCli({kLayout, first, QStringLiteral("-o"), second, kKeep}).code, 0);
        QCOMPARE(readJson(second), readJson(first));

        // Without it the sample is laid out anew: something moves.
        const QString arranged = m_dir.filePath(QStringLiteral("arranged.cwa"));
        QCOMPARE(runCli({kLayout, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), arranged}).code, 0);
        QVERIFY(placesIn(readJson(arranged)) != placesIn(readJson(QStringLiteral(CW_SAMPLE))));
    }

    void aRouteShapedByHandIsKept()
    {
        // e3 runs from api (540,160, 200×56) to db (800,160), shaped with a jog.
        QJsonObject doc = readJson(QStringLiteral(CW_SAMPLE));
        QJsonArray edgesIn = doc.value(QStringLiteral("edges")).toArray();
        const QJsonArray shaped{QJsonArray{740, 188}, QJsonArray{770, 188}, QJsonArray{770, 200}, QJsonArray{800, 200}};
        for (qsizetype i = 0; i < edgesIn.size(); ++i) {
            QJsonObject e = edgesIn.at(i).toObject();
            if (e.value(QStringLiteral("id")).toString() == QLatin1String("e3")) {
                e.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("points"), shaped}});
                edgesIn.replace(i, e);
            }
        }
        doc.insert(QStringLiteral("edges"), edgesIn);
        const QString in = m_dir.filePath(QStringLiteral("shaped.cwa"));
        QVERIFY(writeJson(in, doc));
        const QString out = m_dir.filePath(QStringLiteral("shaped-out.cwa"));
        QCOMPARE(runCli({kLayout, in, QStringLiteral("-o"), out, kKeep}).code, 0);
        for (const QJsonValue& v : readJson(out).value(QStringLiteral("edges")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("e3"))
                QCOMPARE(
                    v.toObject().value(QStringLiteral("layout")).toObject().value(QStringLiteral("points")).toArray(),
                    shaped);
        }
    }

    void jsonSummary()
    {
        const QString out = m_dir.filePath(QStringLiteral("json.cwa"));
        const CliRun r
            = runCli({kLayout, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = jsonOutput(r.out);
        QCOMPARE(o.value(QStringLiteral("nodes")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("groups")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("edges")).toInt(), 8);
        QVERIFY(!o.value(QStringLiteral("engine")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("output")).toString(), out);
        const CliRun kept
            = runCli({kLayout, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), out, QStringLiteral("--json"), kKeep});
        QCOMPARE(jsonOutput(kept.out).value(QStringLiteral("engine")).toString(), QStringLiteral("none"));
        const CliRun unplaced
            = runCli({kLayout, kPlatform, QStringLiteral("-o"), out, QStringLiteral("--json"), kKeep});
        QCOMPARE(unplaced.code, 0);
        QCOMPARE(jsonOutput(unplaced.out).value(QStringLiteral("engine")).toString(), QStringLiteral("dot"));
    }

    void helpNamesItsOptions()
    {
        const CliRun r = runCli({kLayout, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(
            QStringLiteral("Usage: cloudwright layout FILE -o OUT.cwa [--keep-positions] [--json]\n")));
        for (const char* option : {"-o OUT.cwa", "--keep-positions", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("cloudwright layout FILE -o OUT.cwa")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");     // the input, in the temporary folder
        QTest::addColumn<QByteArray>("bytes"); // its content; empty: no such file
        QTest::addColumn<bool>("giveOutput");
        QTest::addColumn<QString>("phrase"); // in the one line on stderr
        QTest::newRow("missing file") << QStringLiteral("nowhere.cwa") << QByteArray() << true
                                      << QStringLiteral("nowhere.cwa");
        QTest::newRow("not JSON") << QStringLiteral("garbage.cwa") << QByteArray("{\"format\": \"cloudwright\", nodes")
                                  << true << QStringLiteral("garbage.cwa: line 1");
        QTest::newRow("no -o") << QStringLiteral("fine.cwa") << QByteArray() << false
                               << QStringLiteral("cloudwright layout: missing -o OUT.cwa");
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, giveOutput);
        QFETCH(QString, phrase);
        QString in = m_dir.filePath(name);
        if (!bytes.isEmpty()) {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        if (!giveOutput)
            in = QStringLiteral(CW_SAMPLE);
        const QString out = m_dir.filePath(
            QStringLiteral("never-%1.cwa").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        for (bool json : {false, true}) {
            QStringList args{kLayout, in};
            if (giveOutput)
                args << QStringLiteral("-o") << out;
            if (json)
                args << QStringLiteral("--json");
            const CliRun r = runCli(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(outputLines(r.err).value(0).contains(phrase), qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
            if (!giveOutput)
                QVERIFY2(
                    r.err.contains(QStringLiteral("Usage: cloudwright layout FILE -o OUT.cwa")), qPrintable(r.err));
            else
                QCOMPARE(outputLines(r.err).size(), 1);
            if (!json) {
                QCOMPARE(r.out, QString());
                continue;
            }
            const QJsonObject error = jsonOutput(r.out).value(QStringLiteral("error")).toObject();
            QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), qPrintable(r.out));
            QCOMPARE(error.value(QStringLiteral("file")).toString(), giveOutput ? in : QString());
            if (bytes.size() > 0)
                QVERIFY2(!error.value(QStringLiteral("place")).toString().isEmpty(), qPrintable(r.out));
        }
    }

    void unwritableOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-such-folder/out.cwa"));
        const CliRun r
            = runCli({kLayout, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(outputLines(r.err).value(0).startsWith(out + QStringLiteral(": could not save")), qPrintable(r.err));
        QCOMPARE(
            jsonOutput(r.out).value(QStringLiteral("error")).toObject().value(QStringLiteral("file")).toString(), out);
    }
};

QTEST_GUILESS_MAIN(TestCliLayout)
#include "tst_cli_layout.moc"
