// draw.io import (core/interop/drawio_import.h): Cloudwright's own export comes back as the
// same diagram; plain, compressed and multi-page files; provider shapes, containers, cards
// around icons and edges; everything not recognised listed; bad files refused by place.
#include "core_test_helpers.h"

#include "interop/drawio_export.h"
#include "interop/drawio_import.h"
#include "interop/drawio_pages.h"
#include "io/cwa_reader.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cw;
using namespace cw::interop;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString casePath(const QString& name)
{
    return test::dataPath(QStringLiteral("interop/cases/") + name);
}

const Node* nodeNamed(const Diagram& d, const QString& name)
{
    for (const Node& n : d.nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

template <typename T>
const T* byId(const std::vector<T>& items, const Id& id)
{
    for (const T& t : items)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Group* groupNamed(const Diagram& d, const QString& name)
{
    for (const Group& g : d.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

} // namespace

class TestDrawioImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripGivesTheSameDiagram_data()
    {
        QTest::addColumn<QString>("path");
        const QDir templates(QDir::cleanPath(test::dataPath(QStringLiteral("../../resources/templates"))));
        for (const QString& f : templates.entryList({QStringLiteral("*.cwa")}))
            QTest::newRow(qPrintable(f)) << templates.filePath(f);
        QTest::newRow("sample") << QDir::cleanPath(test::dataPath(QStringLiteral("../../resources/samples/ml-product.cwa")));
    }
    void roundTripGivesTheSameDiagram()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readCwaFile(path, test::catalog());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const Diagram& before = *loaded.diagram;
        const ExportResult exported = drawioExport(before, test::catalog());
        const ImportResult back = drawioImport(exported.text.toUtf8(), test::catalog());
        const Diagram& after = back.diagram;

        QCOMPARE(after.meta, before.meta);
        QCOMPARE(after.nodes.size(), before.nodes.size());
        QCOMPARE(after.groups.size(), before.groups.size());
        QCOMPARE(after.edges.size(), before.edges.size());
        QCOMPARE(back.summary.typed, int(before.nodes.size()));
        QVERIFY(back.summary.unrecognised.empty());
        for (const Node& n : before.nodes) {
            const Node* m = byId(after.nodes, n.id);
            QVERIFY2(m, qPrintable(n.id));
            QVERIFY2(m->sameApartFromLayout(n), qPrintable(n.id));
            QVERIFY2(QLineF(nodeRect(*m).center(), nodeRect(n).center()).length() < 1.0, qPrintable(n.id));
        }
        for (const Group& g : before.groups) {
            const Group* h = byId(after.groups, g.id);
            QVERIFY2(h && h->sameApartFromLayout(g), qPrintable(g.id));
            QVERIFY2(QLineF(h->box.topLeft(), g.box.topLeft()).length() < 1.0 && std::abs(h->box.width() - g.box.width()) < 1.0,
                qPrintable(g.id));
        }
        for (const Edge& e : before.edges) {
            const Edge* f = byId(after.edges, e.id);
            QVERIFY2(f && f->sameApartFromLayout(e), qPrintable(e.id));
        }
    }

    void editsMadeInDrawioCount()
    {
        const Diagram d = test::smallDiagram();
        QString text = drawioExport(d, test::catalog()).text;
        const Node& first = d.nodes.front();
        const QString label = QStringLiteral("label=\"%1\"").arg(interop::nodeLabel(first, d.meta.provider, test::catalog()));
        QVERIFY2(text.contains(label), qPrintable(text));
        text.replace(label, QStringLiteral("label=\"Renamed in draw.io\""));
        const Diagram back = drawioImport(text.toUtf8(), test::catalog()).diagram;
        QCOMPARE(byId(back.nodes, first.id)->name, QStringLiteral("Renamed in draw.io"));
        QCOMPARE(byId(back.nodes, first.id)->kind, first.kind);
    }

    void aMultiPageFileReadsItsFirstPageByDefault()
    {
        const ImportResult r = drawioImport(readAll(casePath(QStringLiteral("two-pages.drawio"))), test::catalog());
        QCOMPARE(r.summary.pages, (QStringList{QStringLiteral("Overview"), QStringLiteral("Network")}));
        QCOMPARE(r.summary.page, QStringLiteral("Overview"));
        QCOMPARE(r.diagram.nodes.size(), std::size_t(2));
        QCOMPARE(nodeNamed(r.diagram, QStringLiteral("Resize images"))->kind, QStringLiteral("compute.function"));
        QCOMPARE(nodeNamed(r.diagram, QStringLiteral("Uploads"))->kind, QStringLiteral("storage.object"));
        // The drawn edge, and the arrow whose loose ends only touch the two icons.
        QCOMPARE(r.diagram.edges.size(), std::size_t(2));
        const Edge& loose = r.diagram.edges[1];
        QCOMPARE(loose.label, QStringLiteral("thumbnails"));
        QCOMPARE(loose.from, nodeNamed(r.diagram, QStringLiteral("Uploads"))->id);
        QCOMPARE(loose.to, nodeNamed(r.diagram, QStringLiteral("Resize images"))->id);
        QCOMPARE(r.diagram.meta.provider, QStringLiteral("aws"));
    }

    void aCompressedPageWithContainersCardsAndUnknownShapes()
    {
        for (const QString& page : {QStringLiteral("2"), QStringLiteral("network")}) {
            const ImportResult r = drawioImport(readAll(casePath(QStringLiteral("two-pages.drawio"))), test::catalog(), page);
            const Diagram& d = r.diagram;
            QCOMPARE(r.summary.page, QStringLiteral("Network"));
            const Group* vpc = groupNamed(d, QStringLiteral("Shop VPC"));
            const Group* pub = groupNamed(d, QStringLiteral("Public subnet"));
            const Group* priv = groupNamed(d, QStringLiteral("Private subnet"));
            QVERIFY(vpc && pub && priv);
            QVERIFY(vpc->kind == GroupKind::Vpc);
            QVERIFY(pub->kind == GroupKind::Subnet);
            QCOMPARE(pub->props.value("public", false), true);
            QCOMPARE(priv->props.value("public", true), false);
            QCOMPARE(pub->parent, vpc->id);
            QCOMPARE(priv->parent, vpc->id);

            const Node* lb = nodeNamed(d, QStringLiteral("Front door"));
            const Node* api = nodeNamed(d, QStringLiteral("Shop API")); // "<b>Shop</b><br>API"
            const Node* db = nodeNamed(d, QStringLiteral("Orders DB")); // an image labelled "Cloud SQL"
            QVERIFY(lb && api && db);
            QCOMPARE(lb->kind, QStringLiteral("network.load_balancer"));
            QCOMPARE(api->kind, QStringLiteral("compute.vm"));
            QCOMPARE(db->kind, QStringLiteral("database.sql"));
            QCOMPARE(lb->group, pub->id);
            QCOMPARE(api->group, priv->id);
            QCOMPARE(db->group, priv->id);
            // Positions kept: left to right as drawn; every card inside its group; none overlap.
            QVERIFY(nodeRect(*lb).center().x() < nodeRect(*api).center().x());
            QVERIFY(nodeRect(*api).center().x() < nodeRect(*db).center().x());
            for (const Node& n : d.nodes) {
                QVERIFY2(byId(d.groups, n.group)->box.contains(nodeRect(n)), qPrintable(n.id));
                for (const Node& m : d.nodes)
                    QVERIFY2(&n == &m || !nodeRect(n).intersects(nodeRect(m)), qPrintable(n.id + QLatin1Char(' ') + m.id));
            }

            // The edge to the card around the Cloud SQL icon reaches the node; the one from
            // an unknown shape and the dangling one are left out and counted.
            QCOMPARE(d.edges.size(), std::size_t(2));
            const Edge* https = nullptr;
            const Edge* toDb = nullptr;
            for (const Edge& e : d.edges) {
                if (e.from == lb->id && e.to == api->id)
                    https = &e;
                if (e.from == api->id && e.to == db->id)
                    toDb = &e;
            }
            QVERIFY(https && toDb);
            QCOMPARE(https->label, QStringLiteral("HTTPS"));
            QVERIFY(https->kind == EdgeKind::Request);
            QVERIFY(toDb->kind == EdgeKind::Data); // proposed by the catalog, as the editor would
            QCOMPARE(r.summary.edgesLeftOut, 2);

            QCOMPARE(r.summary.providerShapes, 4);
            QCOMPARE(r.summary.typed, 3);
            QCOMPARE(int(r.summary.unrecognised.size()), 1);
            QCOMPARE(r.summary.unrecognised.front().first, QStringLiteral("mxgraph.aws4.greengrass"));
            QCOMPARE(r.summary.unrecognisedText(), QStringLiteral("1 shape not recognised: 1 × mxgraph.aws4.greengrass"));
            QCOMPARE(r.summary.otherShapes, 1);
            const Json notes = d.meta.extra.value("importNotes", Json::array());
            QCOMPARE(int(notes.size()), 1);
            QCOMPARE(QString::fromStdString(notes[0].value("label", std::string())), QStringLiteral("Sensors"));
        }
    }

    void aBareModelIsOnePage()
    {
        const ImportResult r = drawioImport(readAll(casePath(QStringLiteral("bare-model.xml"))), test::catalog());
        QCOMPARE(r.summary.pages.size(), 1);
        QCOMPARE(r.diagram.nodes.size(), std::size_t(2));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QString() << QString() << QStringLiteral("not a draw.io file");
        QTest::newRow("not XML") << QByteArray("{\"format\": \"cloudwright\"}") << QString() << QString()
                                 << QStringLiteral("not a draw.io file");
        QTest::newRow("an SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString()
                                << QStringLiteral("line 1") << QStringLiteral("it starts with <svg>");
        QTest::newRow("no pages") << QByteArray("<mxfile host=\"x\"></mxfile>") << QString() << QString()
                                  << QStringLiteral("no pages");
        QTest::newRow("bad base64") << QByteArray("<mxfile><diagram name=\"A\">%%%</diagram></mxfile>") << QString()
                                    << QStringLiteral("page 1 (\"A\")") << QStringLiteral("not valid base64");
        QTest::newRow("bad deflate") << QByteArray("<mxfile><diagram name=\"A\">aGVsbG8gd29ybGQ=</diagram></mxfile>")
                                     << QString() << QStringLiteral("page 1 (\"A\")") << QStringLiteral("does not inflate");
        QTest::newRow("broken XML") << QByteArray("<mxfile><diagram><mxGraphModel><root><mxCell id=\"0\">") << QString()
                                    << QStringLiteral("line 1") << QStringLiteral("not valid XML");
        QTest::newRow("unknown page") << readAll(casePath(QStringLiteral("two-pages.drawio"))) << QStringLiteral("Netwrok")
                                      << QStringLiteral("page") << QStringLiteral("its pages: 1 \"Overview\", 2 \"Network\"");
        QTest::newRow("page 0") << readAll(casePath(QStringLiteral("two-pages.drawio"))) << QStringLiteral("0")
                                << QStringLiteral("page") << QStringLiteral("no page \"0\"");
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, page);
        QFETCH(QString, place);
        QFETCH(QString, message);
        try {
            drawioImport(bytes, test::catalog(), page);
            QFAIL("read a bad file");
        } catch (const LoadError& e) {
            QVERIFY2(e.place.startsWith(place), qPrintable(e.place));
            QVERIFY2(e.message.contains(message), qPrintable(e.message));
        }
    }

    // draw.io's own cloud templates (tests/data/interop/drawio, JGraph Adapted Apache
    // License, see ../SOURCES.md): how many of their provider shapes become typed nodes,
    // at least 70 % of them, which kinds they hold, and what stays unrecognised because
    // no kind stands for it (an edge runtime, device rules, a code host).
    void realTemplates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("providerShapes");
        QTest::addColumn<int>("typed");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("unrecognised");
        const auto list = [](std::initializer_list<const char*> items) {
            QStringList out;
            for (const char* s : items)
                out << QString::fromLatin1(s);
            return out;
        };
        // One icon in aws_1 is drawn as IoT Core but labelled "Greengrass Core": the shape wins.
        QTest::newRow("aws_1 IoT") << "aws_aws_1.xml" << 25 << 23
                                   << list({"integration.iot", "integration.etl", "integration.stream"})
                                   << list({"mxgraph.aws4.greengrass", "mxgraph.aws4.iot_events"});
        QTest::newRow("aws_3 logs") << "aws_aws_3.xml" << 13 << 13 << list({"integration.stream", "integration.queue"})
                                    << QStringList();
        QTest::newRow("aws_8 factory") << "aws_aws_8.xml" << 13 << 12
                                       << list({"integration.iot", "integration.stream", "integration.etl"})
                                       << list({"mxgraph.aws4.greengrass"});
        QTest::newRow("azure_1 web") << "azure_azure_1.xml" << 33 << 32 << list({"network.load_balancer"})
                                     << list({"mxgraph.mscae.intune.data_migration_wizard"});
        QTest::newRow("azure_2 mobile")
            << "azure_azure_2.xml" << 29 << 24 << list({"security.user_identity", "integration.queue"})
            << list({"mxgraph.azure.mobile_services", "mxgraph.azure.dropbox_code_source", "mxgraph.azure.github_code",
                   "mxgraph.azure.media_service"});
        QTest::newRow("gcp dmp") << "gcp_digital_marketing_dmp_data_warehouse.xml" << 7 << 6
                                 << list({"integration.etl", "external.app", "database.warehouse"})
                                 << list({"mxgraph.gcp2.list"});
        QTest::newRow("gcp mqtt") << "gcp_internet_of_things_mqtt_to_pubsub_broker.xml" << 7 << 7
                                  << list({"integration.etl", "integration.queue"}) << QStringList();
    }
    void realTemplates()
    {
        QFETCH(QString, file);
        QFETCH(int, providerShapes);
        QFETCH(int, typed);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, unrecognised);
        const QByteArray bytes = readAll(test::dataPath(QStringLiteral("interop/drawio/") + file));
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const ImportResult r = drawioImport(bytes, test::catalog());
        QCOMPARE(r.summary.providerShapes, providerShapes);
        QCOMPARE(r.summary.typed, typed);
        QVERIFY2(r.summary.typed * 10 >= r.summary.providerShapes * 7,
            qPrintable(QStringLiteral("%1 of %2 typed").arg(r.summary.typed).arg(r.summary.providerShapes)));
        QCOMPARE(r.diagram.nodes.size(), std::size_t(typed));
        for (const QString& kind : kinds)
            QVERIFY2(std::any_of(r.diagram.nodes.begin(), r.diagram.nodes.end(),
                         [&kind](const Node& n) { return n.kind == kind; }),
                qPrintable(kind));
        QStringList shapes;
        for (const auto& [shape, count] : r.summary.unrecognised)
            shapes << shape;
        shapes.sort();
        unrecognised.sort();
        QCOMPARE(shapes, unrecognised);
    }

    void everyMappingNamesAKnownKind()
    {
        const Json table = test::catalog().interop().value("drawioImport", Json::object());
        for (const char* list : {"shapes", "labels"}) {
            QVERIFY2(table.contains(list) && !table[list].empty(), list);
            for (auto it = table[list].begin(); it != table[list].end(); ++it)
                QVERIFY2(it->is_string() && test::catalog().kind(QString::fromStdString(it->get<std::string>())),
                    it.key().c_str());
        }
        for (const char* list : {"groupIcons", "groupLabels"})
            for (auto it = table[list].begin(); it != table[list].end(); ++it)
                QVERIFY2(groupKindFromString(QString::fromStdString(it->get<std::string>()).section(QLatin1Char(':'), 0, 0)),
                    it.key().c_str());
        for (auto it = table["libraries"].begin(); it != table["libraries"].end(); ++it)
            QVERIFY2(isKnownProvider(QString::fromStdString(it->get<std::string>())), it.key().c_str());
    }

    // Damaged files (bytes flipped, cut short, lines dropped) are refused with a message or
    // read as a diagram, never a crash; the asan preset runs this under the sanitizers.
    void survivesDamagedFiles()
    {
        const QStringList files{casePath(QStringLiteral("two-pages.drawio")), casePath(QStringLiteral("bare-model.xml")),
            test::dataPath(QStringLiteral("interop/drawio/aws_aws_3.xml")),
            test::dataPath(QStringLiteral("interop/drawio/gcp_internet_of_things_mqtt_to_pubsub_broker.xml"))};
        QRandomGenerator random(20261202);
        int read = 0, refused = 0;
        for (const QString& file : files) {
            const QByteArray original = readAll(file);
            QVERIFY2(!original.isEmpty(), qPrintable(file));
            for (int round = 0; round < 150; ++round) {
                QByteArray bytes = original;
                switch (round % 3) {
                case 0:
                    for (int k = 0; k < 1 + round % 7; ++k)
                        bytes[qsizetype(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
                    break;
                case 1:
                    bytes.truncate(qsizetype(random.bounded(quint32(bytes.size()))));
                    break;
                default: {
                    const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
                    bytes.remove(at, qsizetype(random.bounded(200u)));
                }
                }
                try {
                    const ImportResult r = drawioImport(bytes, test::catalog(), round % 5 == 0 ? QStringLiteral("2") : QString());
                    QVERIFY(r.summary.typed <= r.summary.providerShapes);
                    ++read;
                } catch (const LoadError& e) {
                    QVERIFY(!e.message.isEmpty());
                    ++refused;
                }
            }
        }
        QVERIFY(read > 0 && refused > 0);
    }

    void inflatesRawDeflateAndRefusesTruncatedData()
    {
        bool ok = false;
        // "hello" deflated raw (zlib level 9, no header).
        const QByteArray packed = QByteArray::fromHex("cb48cdc9c90700");
        QCOMPARE(inflateRaw(packed, &ok), QByteArray("hello"));
        QVERIFY(ok);
        inflateRaw(packed.left(3), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestDrawioImport)
#include "tst_drawio_import.moc"
