// The live model: lookups, file order, adjacency, membership, ancestors, reset, and
// that checkInvariants() notices a model that has gone wrong.
#include "core_test_helpers.h"

#include <QSignalSpy>

#include <functional>

using namespace cw;
using cw::test::smallDiagram;
using cw::test::sorted;

using DiagramChange = std::function<void(Diagram&)>;
Q_DECLARE_METATYPE(DiagramChange)

class TestArchitecture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void resetIndexesEveryEntity();
    void lookupsAreTyped();
    void adjacency_data();
    void adjacency();
    void membership_data();
    void membership();
    void ancestors_data();
    void ancestors();
    void providerOfFollowsDiagramUnlessNodeOverrides();
    void resetReplacesEverything();
    void resetToEmpty();
    void checkInvariantsCatchesBreakage_data();
    void checkInvariantsCatchesBreakage();
    void ancestorsEndsOnBrokenCycle();
    void diagramEqualityCoversEveryField_data();
    void diagramEqualityCoversEveryField();
    void mergeSummaries_data();
    void mergeSummaries();

private:
    Architecture m_model;
};

void TestArchitecture::init()
{
    m_model.reset(smallDiagram());
}

void TestArchitecture::resetIndexesEveryEntity()
{
    Architecture model;
    QSignalSpy resets(&model, &Architecture::modelReset);
    QSignalSpy changes(&model, &Architecture::changed);
    const Diagram d = smallDiagram();
    model.reset(d);

    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 0);
    CW_COMPARE_DIAGRAMS(model.diagram(), d);
    CW_VERIFY_INVARIANTS(model);
    for (int i = 0; i < int(d.groups.size()); ++i) {
        const Group& g = d.groups[std::size_t(i)];
        QVERIFY(model.contains(g.id));
        QCOMPARE(model.typeOf(g.id), EntityType::Group);
        QCOMPARE(model.indexOf(g.id), i);
        QVERIFY(model.group(g.id));
        QCOMPARE(*model.group(g.id), g);
    }
    for (int i = 0; i < int(d.nodes.size()); ++i) {
        const Node& n = d.nodes[std::size_t(i)];
        QCOMPARE(model.typeOf(n.id), EntityType::Node);
        QCOMPARE(model.indexOf(n.id), i);
        QVERIFY(model.node(n.id));
        QCOMPARE(*model.node(n.id), n);
    }
    for (int i = 0; i < int(d.edges.size()); ++i) {
        const Edge& e = d.edges[std::size_t(i)];
        QCOMPARE(model.typeOf(e.id), EntityType::Edge);
        QCOMPARE(model.indexOf(e.id), i);
        QVERIFY(model.edge(e.id));
        QCOMPARE(*model.edge(e.id), e);
    }
}

void TestArchitecture::lookupsAreTyped()
{
    QVERIFY(!m_model.node(QStringLiteral("vpc")));
    QVERIFY(!m_model.node(QStringLiteral("e1")));
    QVERIFY(!m_model.group(QStringLiteral("api")));
    QVERIFY(!m_model.edge(QStringLiteral("api")));
    QVERIFY(!m_model.node(QString()));
    QVERIFY(!m_model.contains(QStringLiteral("nope")));
    QCOMPARE(m_model.typeOf(QStringLiteral("nope")), EntityType::None);
    QCOMPARE(m_model.indexOf(QStringLiteral("nope")), -1);
    QVERIFY(m_model.edgesAt(QStringLiteral("nope")).isEmpty());
    QVERIFY(m_model.nodesIn(QStringLiteral("nope")).isEmpty());
    QVERIFY(m_model.groupsIn(QStringLiteral("api")).isEmpty());
    QVERIFY(m_model.ancestors(QStringLiteral("nope")).isEmpty());
}

void TestArchitecture::adjacency_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("edges");
    QTest::newRow("hub node") << "api" << QStringList{"e2", "e3", "e4", "e5"};
    QTest::newRow("source only") << "users" << QStringList{"e1"};
    QTest::newRow("two outgoing") << "iam" << QStringList{"e5", "e6"};
    QTest::newRow("group as an end") << "vpc" << QStringList{"e6"};
    QTest::newRow("group with no edges") << "pub" << QStringList{};
    QTest::newRow("node with no edges") << "backup" << QStringList{};
    QTest::newRow("an edge has no edges") << "e1" << QStringList{};
}

void TestArchitecture::adjacency()
{
    QFETCH(QString, id);
    QFETCH(QStringList, edges);
    QCOMPARE(sorted(m_model.edgesAt(id)), sorted(edges));
    for (const Id& e : edges) {
        const Edge* edge = m_model.edge(e);
        QVERIFY(edge);
        QVERIFY(edge->from == id || edge->to == id);
    }
}

void TestArchitecture::membership_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("groups");
    QTest::newRow("top level") << "" << QStringList{"users", "iam"} << QStringList{"r1"};
    QTest::newRow("region") << "r1" << QStringList{"bucket", "backup"} << QStringList{"vpc"};
    QTest::newRow("vpc holds only subnets") << "vpc" << QStringList{} << QStringList{"pub", "priv"};
    QTest::newRow("private subnet") << "priv" << QStringList{"api", "db"} << QStringList{};
    QTest::newRow("public subnet") << "pub" << QStringList{"lb"} << QStringList{};
    QTest::newRow("a node holds nothing") << "api" << QStringList{} << QStringList{};
}

void TestArchitecture::membership()
{
    QFETCH(QString, group);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, groups);
    QCOMPARE(sorted(m_model.nodesIn(group)), sorted(nodes));
    QCOMPARE(sorted(m_model.groupsIn(group)), sorted(groups));
}

void TestArchitecture::ancestors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("chain");
    QTest::newRow("deep node") << "api" << QStringList{"priv", "vpc", "r1"};
    QTest::newRow("node in region") << "bucket" << QStringList{"r1"};
    QTest::newRow("top-level node") << "users" << QStringList{};
    QTest::newRow("subnet") << "pub" << QStringList{"vpc", "r1"};
    QTest::newRow("top-level group") << "r1" << QStringList{};
    QTest::newRow("edge") << "e2" << QStringList{};
}

void TestArchitecture::ancestors()
{
    QFETCH(QString, id);
    QFETCH(QStringList, chain);
    QCOMPARE(m_model.ancestors(id), chain);
    for (const Id& g : chain)
        QVERIFY2(m_model.isInside(id, g), qPrintable(id + QStringLiteral(" inside ") + g));
    for (const Group& g : m_model.groups()) {
        if (!chain.contains(g.id))
            QVERIFY2(!m_model.isInside(id, g.id), qPrintable(id + QStringLiteral(" not inside ") + g.id));
    }
}

void TestArchitecture::providerOfFollowsDiagramUnlessNodeOverrides()
{
    QCOMPARE(m_model.providerOf(*m_model.node(QStringLiteral("api"))), QStringLiteral("aws"));
    QCOMPARE(m_model.providerOf(*m_model.node(QStringLiteral("backup"))), QStringLiteral("azure"));
}

void TestArchitecture::resetReplacesEverything()
{
    Diagram other;
    other.meta.provider = QStringLiteral("gcp");
    Group g;
    g.id = QStringLiteral("g");
    g.box = QRectF(0, 0, 300, 200);
    other.groups.push_back(g);
    Node a;
    a.id = QStringLiteral("a");
    a.kind = QStringLiteral("compute.function");
    a.group = QStringLiteral("g");
    Node api = a; // an id the old model used, now of another kind and place
    api.id = QStringLiteral("api");
    api.group.clear();
    other.nodes = {a, api};
    Edge e;
    e.id = QStringLiteral("e1");
    e.from = QStringLiteral("api");
    e.to = QStringLiteral("a");
    other.edges.push_back(e);

    QSignalSpy resets(&m_model, &Architecture::modelReset);
    m_model.reset(other);
    QCOMPARE(resets.count(), 1);
    CW_VERIFY_INVARIANTS(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), other);
    for (const char* gone : {"r1", "vpc", "pub", "priv", "users", "lb", "db", "e2", "e6"})
        QVERIFY2(!m_model.contains(QString::fromLatin1(gone)), gone);
    QVERIFY(m_model.edgesAt(QStringLiteral("iam")).isEmpty());
    QVERIFY(m_model.nodesIn(QStringLiteral("priv")).isEmpty());
    QCOMPARE(m_model.edgesAt(QStringLiteral("api")), QList<Id>{QStringLiteral("e1")});
    QCOMPARE(m_model.nodesIn(QString()), QList<Id>{QStringLiteral("api")});
    QCOMPARE(m_model.nodesIn(QStringLiteral("g")), QList<Id>{QStringLiteral("a")});
    QCOMPARE(m_model.groupsIn(QString()), QList<Id>{QStringLiteral("g")});
    QCOMPARE(m_model.providerOf(*m_model.node(QStringLiteral("api"))), QStringLiteral("gcp"));
}

void TestArchitecture::resetToEmpty()
{
    m_model.reset(Diagram());
    CW_VERIFY_INVARIANTS(m_model);
    QVERIFY(m_model.nodes().empty());
    QVERIFY(m_model.groups().empty());
    QVERIFY(m_model.edges().empty());
    QVERIFY(!m_model.contains(QStringLiteral("api")));
    QVERIFY(m_model.nodesIn(QString()).isEmpty());
    QVERIFY(m_model.groupsIn(QString()).isEmpty());
}

// reset() takes a diagram as it is (the loader has checked it), so it can build a
// broken model on purpose; checkInvariants() must then say what is wrong.
void TestArchitecture::checkInvariantsCatchesBreakage_data()
{
    QTest::addColumn<DiagramChange>("breakage");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("duplicate node id") << DiagramChange([](Diagram& d) { d.nodes[1].id = QStringLiteral("users"); })
                                       << "duplicate id users";
    QTest::newRow("node and edge share an id")
        << DiagramChange([](Diagram& d) { d.edges[0].id = QStringLiteral("db"); }) << "duplicate id db";
    QTest::newRow("group and node share an id")
        << DiagramChange([](Diagram& d) { d.nodes[0].id = QStringLiteral("pub"); }) << "duplicate id pub";
    QTest::newRow("empty id") << DiagramChange([](Diagram& d) { d.edges[5].id.clear(); }) << "empty id";
    QTest::newRow("node in missing group")
        << DiagramChange([](Diagram& d) { d.nodes[2].group = QStringLiteral("gone"); })
        << "node api names missing group gone";
    QTest::newRow("group with missing parent")
        << DiagramChange([](Diagram& d) { d.groups[2].parent = QStringLiteral("gone"); })
        << "group pub names missing parent gone";
    QTest::newRow("group cycle") << DiagramChange([](Diagram& d) { d.groups[0].parent = QStringLiteral("pub"); })
                                 << "group cycle";
    QTest::newRow("self parent") << DiagramChange([](Diagram& d) { d.groups[1].parent = QStringLiteral("vpc"); })
                                 << "group cycle through vpc";
    QTest::newRow("dangling edge end") << DiagramChange([](Diagram& d) { d.edges[2].to = QStringLiteral("gone"); })
                                       << "edge e3 names missing end gone";
    QTest::newRow("edge to an edge") << DiagramChange([](Diagram& d) { d.edges[2].to = QStringLiteral("e1"); })
                                     << "edge e3 names missing end e1";
}

void TestArchitecture::checkInvariantsCatchesBreakage()
{
    QFETCH(DiagramChange, breakage);
    QFETCH(QString, phrase);
    QVERIFY(m_model.checkInvariants().isEmpty());
    Diagram d = smallDiagram();
    breakage(d);
    m_model.reset(d);
    const QStringList problems = m_model.checkInvariants();
    QVERIFY2(!problems.filter(phrase).isEmpty(),
        qPrintable(QStringLiteral("expected \"%1\" among: %2").arg(phrase, problems.join(QStringLiteral("; ")))));
}

void TestArchitecture::ancestorsEndsOnBrokenCycle()
{
    Diagram d = smallDiagram();
    d.groups[0].parent = QStringLiteral("priv"); // r1 -> priv -> vpc -> r1
    m_model.reset(d);
    const QList<Id> chain = m_model.ancestors(QStringLiteral("api"));
    QVERIFY(chain.size() <= int(d.groups.size()) + 1);
    QCOMPARE(chain.mid(0, 3), (QList<Id>{QStringLiteral("priv"), QStringLiteral("vpc"), QStringLiteral("r1")}));
}

// Undo checks compare whole diagrams; a field left out of operator== would let a
// broken undo pass unseen.
void TestArchitecture::diagramEqualityCoversEveryField_data()
{
    QTest::addColumn<DiagramChange>("change");
    auto row = [](const char* name, DiagramChange c) { QTest::newRow(name) << c; };
    row("meta title", [](Diagram& d) { d.meta.title += QLatin1Char('!'); });
    row("meta provider", [](Diagram& d) { d.meta.provider = QStringLiteral("gcp"); });
    row("meta region", [](Diagram& d) { d.meta.region.clear(); });
    row("meta reliability", [](Diagram& d) { d.meta.reliability = QStringLiteral("critical"); });
    row("meta currency", [](Diagram& d) { d.meta.currency = QStringLiteral("EUR"); });
    row("meta extra", [](Diagram& d) { d.meta.extra["x"] = 1; });
    row("top-level extra", [](Diagram& d) { d.extra["x"] = 1; });
    row("group id", [](Diagram& d) { d.groups[3].id = QStringLiteral("other"); });
    row("group kind", [](Diagram& d) { d.groups[3].kind = GroupKind::Zone; });
    row("group name", [](Diagram& d) { d.groups[3].name = QStringLiteral("x"); });
    row("group parent", [](Diagram& d) { d.groups[3].parent = QStringLiteral("r1"); });
    row("group props", [](Diagram& d) { d.groups[3].props["public"] = true; });
    row("group extra", [](Diagram& d) { d.groups[3].extra["x"] = 1; });
    row("group box", [](Diagram& d) { d.groups[3].box.setWidth(561); });
    row("group layout extra", [](Diagram& d) { d.groups[3].layoutExtra["z"] = 1; });
    row("group order", [](Diagram& d) { std::swap(d.groups[2], d.groups[3]); });
    row("node id", [](Diagram& d) { d.nodes[2].id = QStringLiteral("other"); });
    row("node kind", [](Diagram& d) { d.nodes[2].kind = QStringLiteral("compute.gpu_vm"); });
    row("node name", [](Diagram& d) { d.nodes[2].name = QStringLiteral("x"); });
    row("node provider", [](Diagram& d) { d.nodes[2].provider = QStringLiteral("gcp"); });
    row("node group", [](Diagram& d) { d.nodes[2].group = QStringLiteral("pub"); });
    row("node props", [](Diagram& d) { d.nodes[2].props["count"] = 3; });
    row("node suppress", [](Diagram& d) {
        d.nodes[2].suppress.push_back(Suppression{QStringLiteral("missing-iam"), {}, {}});
    });
    row("node extra", [](Diagram& d) { d.nodes[2].extra["x"] = 1; });
    row("node pos", [](Diagram& d) { d.nodes[2].pos.rx() += 1; });
    row("node layout extra", [](Diagram& d) { d.nodes[2].layoutExtra["z"] = 1; });
    row("node order", [](Diagram& d) { std::swap(d.nodes[0], d.nodes[1]); });
    row("edge id", [](Diagram& d) { d.edges[1].id = QStringLiteral("other"); });
    row("edge from", [](Diagram& d) { d.edges[1].from = QStringLiteral("users"); });
    row("edge to", [](Diagram& d) { d.edges[1].to = QStringLiteral("db"); });
    row("edge kind", [](Diagram& d) { d.edges[1].kind = EdgeKind::Event; });
    row("edge label", [](Diagram& d) { d.edges[1].label = QStringLiteral("x"); });
    row("edge extra", [](Diagram& d) { d.edges[1].extra["x"] = 1; });
    row("edge order", [](Diagram& d) { std::swap(d.edges[0], d.edges[1]); });
    row("one node fewer", [](Diagram& d) { d.nodes.pop_back(); });
}

void TestArchitecture::diagramEqualityCoversEveryField()
{
    QFETCH(DiagramChange, change);
    const Diagram original = smallDiagram();
    Diagram changed = original;
    QVERIFY(changed == original);
    change(changed);
    QVERIFY(!(changed == original));
    QVERIFY(changed != original);
}

namespace {
ChangeSummary moved(const QList<Id>& ids)
{
    ChangeSummary s;
    s.nodesChanged = ids;
    s.layoutChanged = QSet<Id>(ids.cbegin(), ids.cend());
    s.layoutOnly = true;
    return s;
}
ChangeSummary changed(const QList<Id>& ids)
{
    ChangeSummary s;
    s.nodesChanged = ids;
    return s;
}
ChangeSummary added(const Id& id)
{
    ChangeSummary s;
    s.nodesAdded = {id};
    return s;
}
ChangeSummary removed(const Id& id)
{
    ChangeSummary s;
    s.nodesRemoved = {id};
    return s;
}
ChangeSummary metaChange()
{
    ChangeSummary s;
    s.metaChanged = true;
    return s;
}
} // namespace

void TestArchitecture::mergeSummaries_data()
{
    QTest::addColumn<ChangeSummary>("first");
    QTest::addColumn<ChangeSummary>("second");
    QTest::addColumn<bool>("layoutOnly");
    QTest::addColumn<QStringList>("layoutChanged");
    QTest::addColumn<bool>("metaChanged");
    const Id a = QStringLiteral("a");
    const Id b = QStringLiteral("b");
    QTest::newRow("two moves") << moved({a}) << moved({b}) << true << QStringList{a, b} << false;
    QTest::newRow("move, then a property of it") << moved({a}) << changed({a}) << false << QStringList{} << false;
    QTest::newRow("a property, then a move of it") << changed({a}) << moved({a}) << false << QStringList{} << false;
    QTest::newRow("move one, change another") << moved({a}) << changed({b}) << false << QStringList{a} << false;
    QTest::newRow("change one, move another") << changed({b}) << moved({a}) << false << QStringList{a} << false;
    QTest::newRow("add, then move it") << added(a) << moved({a}) << false << QStringList{} << false;
    QTest::newRow("move, then remove it") << moved({a}) << removed(a) << false << QStringList{} << false;
    QTest::newRow("nothing, then a move") << ChangeSummary() << moved({a}) << true << QStringList{a} << false;
    QTest::newRow("a move, then nothing") << moved({a}) << ChangeSummary() << true << QStringList{a} << false;
    QTest::newRow("a move, then meta") << moved({a}) << metaChange() << false << QStringList{a} << true;
}

void TestArchitecture::mergeSummaries()
{
    QFETCH(ChangeSummary, first);
    QFETCH(ChangeSummary, second);
    QFETCH(bool, layoutOnly);
    QFETCH(QStringList, layoutChanged);
    QFETCH(bool, metaChanged);
    ChangeSummary merged = first;
    merged.merge(second);
    QCOMPARE(merged.layoutOnly, layoutOnly);
    QCOMPARE(merged.layoutChanged, QSet<Id>(layoutChanged.cbegin(), layoutChanged.cend()));
    QCOMPARE(merged.metaChanged, metaChanged);
    // Every id either touched is still listed, in order.
    QCOMPARE(merged.nodesChanged, first.nodesChanged + second.nodesChanged);
    QCOMPARE(merged.nodesAdded, first.nodesAdded + second.nodesAdded);
    QCOMPARE(merged.nodesRemoved, first.nodesRemoved + second.nodesRemoved);
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
