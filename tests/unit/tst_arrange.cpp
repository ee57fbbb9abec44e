// The automatic layout (core/layout/arrange): a diagram without layout comes out as one
// would draw it (entry points left of the network edge, left of compute, left of data;
// members inside their group's frame below its title; no two cards or sibling frames
// overlapping), its routed edges cross no card, a part keeps its place, and without
// Graphviz the column layout stands in.
#include "core_test_helpers.h"
#include "layout_checks.h"
#include "route_checks.h"

#include "layout/arrange.h"

#include <QtTest>

#include <random>

using namespace cw;

namespace {

// Region > VPC > public and private subnets, plus top-level and region-level services,
// of every stage, with flow edges along the stages and support edges to what they serve.
Diagram randomNested(unsigned seed, int nodes)
{
    std::mt19937 rng(seed);
    Diagram d;
    const auto group = [&](const QString& id, GroupKind kind, const Id& parent) {
        Group g;
        g.id = id;
        g.kind = kind;
        g.parent = parent;
        d.groups.push_back(g);
    };
    group(QStringLiteral("region"), GroupKind::Region, {});
    group(QStringLiteral("vpc"), GroupKind::Vpc, QStringLiteral("region"));
    group(QStringLiteral("public"), GroupKind::Subnet, QStringLiteral("vpc"));
    group(QStringLiteral("private"), GroupKind::Subnet, QStringLiteral("vpc"));
    struct Place {
        const char* kind;
        const char* group;
    };
    const Place places[] = {{"external.users", ""}, {"network.cdn", ""}, {"network.load_balancer", "public"},
        {"network.api_gateway", "public"}, {"compute.container", "private"}, {"compute.function", "private"},
        {"ml.endpoint", "private"}, {"ml.training", "private"}, {"database.sql", "private"},
        {"database.cache", "private"}, {"storage.object", "region"}, {"database.warehouse", "region"},
        {"observability.monitoring", "region"}, {"security.iam", "region"}, {"security.secrets", "private"},
        {"cost.budget", ""}, {"integration.queue", "private"}, {"observability.logging", "private"}};
    const int kinds = int(std::size(places));
    for (int i = 0; i < nodes; ++i) {
        const Place& p = places[i < kinds ? i : int(rng() % unsigned(kinds))];
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = QString::fromLatin1(p.kind);
        n.group = QString::fromLatin1(p.group);
        d.nodes.push_back(n);
    }
    for (int i = 0; i < nodes * 3 / 2; ++i) {
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.from = d.nodes[rng() % d.nodes.size()].id;
        e.to = d.nodes[rng() % d.nodes.size()].id;
        e.kind = EdgeKind(rng() % 4);
        if (e.from != e.to)
            d.edges.push_back(e);
    }
    return d;
}

Diagram applied(Diagram d, const layout::Arrangement& a)
{
    layout::applyArrangement(d, a);
    return d;
}

layout::ArrangeOptions withCatalog()
{
    layout::ArrangeOptions o;
    o.catalog = &test::catalog();
    return o;
}

QStringList routeCrossings(const Diagram& d)
{
    Architecture model;
    model.reset(d);
    return test::crossings(model, routing::routeAll(model));
}

} // namespace

class TestArrange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleReadsLeftToRight()
    {
        LoadResult r = test::loadFixture(QStringLiteral("../../resources/samples/ml-product.cwa"));
        QVERIFY(r.ok());
        const layout::Arrangement a = layout::arrange(*r.diagram, withCatalog());
        QCOMPARE(a.engine, QStringLiteral("dot"));
        const Diagram d = applied(*r.diagram, a);
        QHash<Id, double> x;
        for (const Node& n : d.nodes)
            x.insert(n.id, n.pos.x());
        // Customers, then the load balancer, then the API, then its database.
        QVERIFY(x.value(QStringLiteral("users")) < x.value(QStringLiteral("lb")));
        QVERIFY(x.value(QStringLiteral("lb")) < x.value(QStringLiteral("api")));
        QVERIFY(x.value(QStringLiteral("api")) < x.value(QStringLiteral("db")));
        const QStringList bad = test::placementProblems(d) + routeCrossings(d);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }

    void randomNestedDiagrams_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("nodes");
        for (unsigned seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %u, %d nodes", seed, 12 + int(seed) * 8) << seed << 12 + int(seed) * 8;
    }

    void randomNestedDiagrams()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, nodes);
        const Diagram input = randomNested(seed, nodes);
        for (layout::Engine engine : {layout::Engine::Dot, layout::Engine::Columns}) {
            layout::ArrangeOptions o = withCatalog();
            o.engine = engine;
            const layout::Arrangement a = layout::arrange(input, o);
            QCOMPARE(a.nodePos.size(), qsizetype(input.nodes.size()));
            QCOMPARE(a.groupBox.size(), qsizetype(input.groups.size()));
            const Diagram d = applied(input, a);
            QStringList bad = test::placementProblems(d) + routeCrossings(d);
            // The column layout puts a group's first row right under its title bar, and a
            // route that must leave such a card upwards runs through the title: only
            // cards count there (dot leaves room, so it is held to both).
            if (engine == layout::Engine::Columns)
                bad = bad.filter(QStringLiteral("crosses card")) + test::placementProblems(d);
            QVERIFY2(bad.isEmpty(), qPrintable(a.engine + QStringLiteral(": ") + bad.join(QStringLiteral("; "))));
        }
    }

    // Entry points stand left of the network edge, which stands left of what it serves.
    void stagesInOrder()
    {
        Diagram d;
        const auto node = [&](const char* id, const char* kind) {
            Node n;
            n.id = QString::fromLatin1(id);
            n.kind = QString::fromLatin1(kind);
            d.nodes.push_back(n);
        };
        const auto edge = [&](const char* from, const char* to) {
            Edge e;
            e.id = QStringLiteral("e%1").arg(d.edges.size());
            e.from = QString::fromLatin1(from);
            e.to = QString::fromLatin1(to);
            d.edges.push_back(e);
        };
        node("db", "database.sql");
        node("api", "compute.container");
        node("users", "external.users");
        node("lb", "network.load_balancer");
        node("logs", "observability.logging");
        edge("users", "lb");
        edge("lb", "api");
        edge("api", "db");
        edge("api", "logs");
        const Diagram out = applied(d, layout::arrange(d, withCatalog()));
        QVERIFY(out.nodes[2].pos.x() < out.nodes[3].pos.x());
        QVERIFY(out.nodes[3].pos.x() < out.nodes[1].pos.x());
        QVERIFY(out.nodes[1].pos.x() < out.nodes[0].pos.x());
        // The log store stands beside the API it serves, not in a column of its own.
        QVERIFY(out.nodes[4].pos.x() <= out.nodes[0].pos.x());
    }

    void partKeepsItsCorner()
    {
        Diagram d = randomNested(3, 30);
        d = applied(d, layout::arrange(d, withCatalog()));
        layout::ArrangeOptions o = withCatalog();
        o.only = {QStringLiteral("private")};
        QRectF before;
        for (const Node& n : d.nodes) {
            if (n.group == QLatin1String("private"))
                before = before.united(nodeRect(n));
        }
        before = before.united(d.groups[3].box);
        const layout::Arrangement a = layout::arrange(d, o);
        // Only the private subnet and what is in it moves.
        for (const Id& id : a.nodePos.keys())
            QVERIFY(d.nodes[std::size_t(id.mid(1).toInt())].group == QLatin1String("private"));
        QCOMPARE(a.groupBox.keys(), QList<Id>{QStringLiteral("private")});
        QCOMPARE(a.groupBox.value(QStringLiteral("private")).topLeft(), before.topLeft());
    }

    void withoutGraphvizTheColumnsStandIn()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const Diagram input = randomNested(5, 20);
        const layout::Arrangement a = layout::arrange(input, withCatalog());
        qputenv("PATH", path);
        QVERIFY2(a.engine.startsWith(QLatin1String("columns")), qPrintable(a.engine));
        QVERIFY(a.engine.contains(QLatin1String("not installed")));
        const QStringList bad = test::placementProblems(applied(input, a));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }

    void bigDiagramsGetColumns()
    {
        const Diagram input = randomNested(7, 400);
        QVERIFY(layout::arrange(input, withCatalog()).engine.startsWith(QLatin1String("columns")));
    }
};

QTEST_GUILESS_MAIN(TestArrange)
#include "tst_arrange.moc"
