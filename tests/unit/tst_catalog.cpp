// What a kind is, as data: roles, edge proposals, providers and palette groups come
// from catalog.json, so a catalog with one more kind changes what the rules and the
// editor do with no code change; a malformed catalog is refused naming the place.
#include "catalog_test_helpers.h"
#include "core_test_helpers.h"

#include "io/cwa_reader.h"
#include "rules/roles.h"
#include "rules/validator.h"

#include <functional>

using namespace cw;

Q_DECLARE_METATYPE(cw::EdgeKind)

namespace {

using Mutation = std::function<void(Json&)>;

Json& kindEntry(Json& doc, const char* kind)
{
    for (Json& k : doc["kinds"]) {
        if (k["kind"] == kind)
            return k;
    }
    qFatal("no kind %s in the catalog", kind);
}

/// The extended catalog's diagram: the stream processor reads a database, with no IAM.
Diagram streamReadsDatabase()
{
    Diagram d;
    d.meta.provider = QStringLiteral("aws");
    Node stream;
    stream.id = QStringLiteral("stream");
    stream.kind = QString::fromLatin1(test::kExtraKind);
    stream.pos = QPointF(0, 0);
    Node db;
    db.id = QStringLiteral("db");
    db.kind = QStringLiteral("database.sql");
    db.pos = QPointF(300, 0);
    d.nodes = {stream, db};
    Edge e;
    e.id = QStringLiteral("e1");
    e.from = stream.id;
    e.to = db.id;
    e.kind = EdgeKind::Data;
    d.edges = {e};
    return d;
}

bool hasFinding(const std::vector<Finding>& findings, const char* rule, const QString& node)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [&](const Finding& f) { return f.rule == QLatin1String(rule) && f.nodes.contains(node); });
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The roles the rules relied on when they were code, now read from catalog.json.
    void builtinRoles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("vm") << "compute.vm" << QStringList{"workload", "replicable", "paid"};
        QTest::newRow("batch") << "compute.batch" << QStringList{"workload", "analytics", "paid"};
        QTest::newRow("sql") << "database.sql"
                             << QStringList{"dataStore", "operationalStore", "replicable", "paid", "database"};
        QTest::newRow("warehouse") << "database.warehouse" << QStringList{"dataStore", "paid", "database"};
        QTest::newRow("training") << "ml.training" << QStringList{"workload", "analytics", "paid", "mlWorkload"};
        QTest::newRow("endpoint") << "ml.endpoint" << QStringList{"workload", "replicable", "paid", "mlWorkload"};
        QTest::newRow("registry") << "ml.registry" << QStringList{"dataStore", "paid"};
        QTest::newRow("waf") << "network.firewall" << QStringList{"managedEdge", "paid"};
        QTest::newRow("users") << "external.users" << QStringList{"entryPoint"};
        QTest::newRow("unknown kind") << "compute.quantum" << QStringList{};
    }
    void builtinRoles()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, roles);
        const Catalog& c = Catalog::builtin();
        const QStringList found = test::rolesOf(c, kind);
        QCOMPARE(found, roles);
        QCOMPARE(roles::isWorkload(c, kind), roles.contains(QLatin1String("workload")));
        QCOMPARE(roles::isEntryPoint(c, kind), roles.contains(QLatin1String("entryPoint")));
    }

    void proposedEdgeKinds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<EdgeKind>("expected");
        QTest::newRow("lb to vm") << "network.load_balancer"
                                  << "compute.vm" << EdgeKind::Request;
        QTest::newRow("vm to sql") << "compute.vm"
                                   << "database.sql" << EdgeKind::Data;
        QTest::newRow("logging from vm") << "compute.vm"
                                         << "observability.logging" << EdgeKind::Data;
        QTest::newRow("vm to queue") << "compute.vm"
                                     << "integration.queue" << EdgeKind::Event;
        QTest::newRow("queue to bucket: event over data") << "integration.queue"
                                                          << "storage.object" << EdgeKind::Event;
        QTest::newRow("iam to vm") << "security.iam"
                                   << "compute.vm" << EdgeKind::Control;
        QTest::newRow("vm to budget, drawn backwards") << "compute.vm"
                                                       << "cost.budget" << EdgeKind::Control;
        QTest::newRow("monitoring to queue: control over event") << "observability.monitoring"
                                                                 << "integration.queue" << EdgeKind::Control;
        QTest::newRow("unknown kinds") << "compute.quantum"
                                       << "" << EdgeKind::Request;
    }
    void proposedEdgeKinds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(EdgeKind, expected);
        QCOMPARE(toString(Catalog::builtin().proposeEdgeKind(from, to)), toString(expected));
    }

    void providersComeFromTheList()
    {
        const Catalog& c = Catalog::builtin();
        QStringList ids;
        for (const ProviderInfo& p : c.providers())
            ids << p.id;
        QCOMPARE(ids, (QStringList{"aws", "gcp", "azure", "generic"}));
        QCOMPARE(c.providerChoices(), QStringLiteral("aws, gcp, azure or generic"));
        QCOMPARE(c.providerName(QStringLiteral("gcp")), QStringLiteral("Google Cloud"));
        QVERIFY(!c.isKnownProvider(QStringLiteral("ibm")));
        QCOMPARE(providerDisplayName(QStringLiteral("azure")), QStringLiteral("Azure"));

        // A catalog with one more provider: the loader accepts it and names it in its message.
        const std::optional<Catalog> more = test::catalogWith([](Json& doc) {
            doc["providers"].push_back(Json{{"id", "oci"}, {"name", "Oracle Cloud"}});
        });
        QVERIFY(more);
        const QByteArray file = R"({"format": "cloudwright", "formatVersion": 1,
            "meta": {"title": "t", "provider": "ibm"}, "nodes": [], "groups": [], "edges": []})";
        const LoadResult refused = readCwa(file, QStringLiteral("t.cwa"), *more);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.toString(),
            QStringLiteral("t.cwa: meta.provider: unknown provider \"ibm\"; expected aws, gcp, azure, generic or oci"));
        QVERIFY(readCwa(QByteArray(file).replace("ibm", "oci"), QStringLiteral("t.cwa"), *more).ok());
    }

    void paletteGroupsAreData()
    {
        const Catalog& c = Catalog::builtin();
        const PaletteGroup* pub = c.paletteGroup(QStringLiteral("subnet:public"));
        const PaletteGroup* priv = c.paletteGroup(QStringLiteral("subnet:private"));
        QVERIFY(pub && priv);
        QCOMPARE(toString(pub->kind), QStringLiteral("subnet"));
        QCOMPARE(toString(priv->kind), QStringLiteral("subnet"));
        QVERIFY(pub->props == (Json{{"public", true}}));
        QVERIFY(priv->props == (Json{{"public", false}}));
        QCOMPARE(pub->groupName(QStringLiteral("gcp")), QStringLiteral("Public subnet"));
        QCOMPARE(pub->size, QSizeF(320, 240));
        const PaletteGroup* vpc = c.paletteGroup(QStringLiteral("vpc"));
        QVERIFY(vpc);
        // No name of its own: the group kind's name at each provider, and a dropped VPC
        // is left unnamed so that it shows that name.
        QCOMPARE(vpc->displayName(*c.groupKind(GroupKind::Vpc), QStringLiteral("gcp")), QStringLiteral("VPC network"));
        QVERIFY(vpc->groupName(QStringLiteral("gcp")).isEmpty());
        QVERIFY(c.paletteGroup(QStringLiteral("environment"))->props == (Json{{"stage", "dev"}}));
    }

    // (b) and (c) of adding a service as a data edit; (a), the palette, is in tst_palette_catalog.
    void extraKindTakesPartByItsData()
    {
        const std::optional<Catalog> extended = test::extendedCatalog();
        QVERIFY(extended);
        const KindInfo* info = extended->kind(QString::fromLatin1(test::kExtraKind));
        QVERIFY(info);
        QCOMPARE(test::rolesOf(*extended, info->kind), (QStringList{"workload", "analytics", "paid"}));
        QVERIFY(info->billing == (Json{{"unit", "hour"}, {"rate", {{"aws", 0.11}}}}));
        // The built-in kinds keep their own recipes (docs/cost.md).
        QVERIFY(extended->kind(QStringLiteral("compute.vm"))->billing == (Json{{"instances", true}}));

        // The rules ask the catalog they were given: with the extended one the new
        // workload reading a database without IAM is missing-iam; the built-in catalog
        // knows no such kind, and an unknown kind has no role.
        Architecture model;
        model.reset(streamReadsDatabase());
        const std::vector<Finding> withKind = validate(model, *extended);
        QVERIFY2(hasFinding(withKind, "missing-iam", QStringLiteral("stream")), "no missing-iam for the new workload");
        Validator incremental(*extended);
        incremental.run(model);
        QVERIFY(hasFinding(incremental.findings(), "missing-iam", QStringLiteral("stream")));
        QVERIFY(!hasFinding(validate(model, Catalog::builtin()), "missing-iam", QStringLiteral("stream")));

        // Its connectsAs ("event") proposes the edge kind, from either end, over data.
        const QString kind = QString::fromLatin1(test::kExtraKind);
        QCOMPARE(toString(extended->proposeEdgeKind(QStringLiteral("compute.vm"), kind)), QStringLiteral("event"));
        QCOMPARE(toString(extended->proposeEdgeKind(kind, QStringLiteral("database.sql"))), QStringLiteral("event"));
        QCOMPARE(toString(Catalog::builtin().proposeEdgeKind(QStringLiteral("compute.vm"), kind)),
            QStringLiteral("request"));
    }

    void malformedCatalogNamesThePlace_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown role") << Mutation(
            [](Json& doc) { kindEntry(doc, "compute.vm")["roles"][1] = "worklod"; })
                                      << "kinds[0] (\"compute.vm\").roles[1]: unknown role \"worklod\"; expected "
                                         "workload, dataStore, operationalStore, analytics, entryPoint, managedEdge, "
                                         "replicable, paid, mlWorkload or database";
        QTest::newRow("role not a string") << Mutation([](Json& doc) { kindEntry(doc, "compute.vm")["roles"][0] = 3; })
                                           << "kinds[0] (\"compute.vm\").roles[0]: must be a string, found 3";
        QTest::newRow("bad connectsAs")
            << Mutation([](Json& doc) { kindEntry(doc, "security.iam")["connectsAs"] = "sideways"; })
            << "kinds[30] (\"security.iam\").connectsAs: unknown edge kind \"sideways\"; expected control, event, "
               "data or request";
        QTest::newRow("provider not in the list")
            << Mutation([](Json& doc) { kindEntry(doc, "compute.vm")["names"]["ibm"] = "Virtual Servers"; })
            << "kinds[0] (\"compute.vm\").names: provider \"ibm\" is not in the catalog's providers (aws, gcp, "
               "azure or generic)";
        QTest::newRow("provider dropped from the list") << Mutation([](Json& doc) { doc["providers"].erase(2); })
                                                        << "kinds[0] (\"compute.vm\").names: provider \"azure\" is "
                                                           "not in the catalog's providers (aws, gcp or generic)";
        QTest::newRow("provider in suggestions")
            << Mutation(
                   [](Json& doc) { kindEntry(doc, "compute.vm")["suggestions"]["instance_type"]["ibm"] = {"bx2"}; })
            << "kinds[0] (\"compute.vm\").suggestions.instance_type: provider \"ibm\" is not in the catalog's "
               "providers (aws, gcp, azure or generic)";
        QTest::newRow("provider listed twice") << Mutation([](Json& doc) {
            doc["providers"].push_back(Json{{"id", "aws"}, {"name", "Amazon"}});
        }) << "providers[4].id: provider \"aws\" is listed twice";
        QTest::newRow("interop provider not in the list")
            << Mutation([](Json& doc) { kindEntry(doc, "compute.vm")["interop"]["drawio"]["ibm"] = "shape=x"; })
            << "kinds[0] (\"compute.vm\").interop.drawio: provider \"ibm\" is not in the catalog's providers (aws, "
               "gcp, azure or generic)";
        QTest::newRow("terraform type missing")
            << Mutation([](Json& doc) { kindEntry(doc, "compute.vm")["interop"]["terraform"]["aws"].erase("type"); })
            << "kinds[0] (\"compute.vm\").interop.terraform.aws: \"type\" is missing";
        QTest::newRow("terraform attribute not a string") << Mutation([](Json& doc) {
            kindEntry(doc, "compute.vm")["interop"]["terraform"]["aws"]["attributes"]["instance_type"] = 3;
        }) << "kinds[0] (\"compute.vm\").interop.terraform.aws.attributes.instance_type: must be a string, found 3";
        QTest::newRow("billing not an object")
            << Mutation([](Json& doc) { kindEntry(doc, "compute.vm")["billing"] = "hourly"; })
            << "kinds[0] (\"compute.vm\").billing: must be an object, found \"hourly\"";
        QTest::newRow("kind listed twice") << Mutation([](Json& doc) { doc["kinds"].push_back(doc["kinds"][0]); })
                                           << "kinds[44] (\"compute.vm\").kind: the kind is listed twice";
        QTest::newRow("palette prop the kind lacks") << Mutation([](Json& doc) {
            doc["paletteGroups"][2]["props"] = Json{{"public", true}};
        }) << "paletteGroups[2] (\"vpc\").props.public: a vpc group has no property \"public\"";
        QTest::newRow("palette prop of the wrong type")
            << Mutation([](Json& doc) { doc["paletteGroups"][3]["props"]["public"] = "yes"; })
            << "paletteGroups[3] (\"subnet:public\").props.public: must be true or false, found \"yes\"";
        QTest::newRow("palette size") << Mutation([](Json& doc) { doc["paletteGroups"][0]["size"] = {760}; })
                                      << "paletteGroups[0] (\"region\").size: must be [width, height] in positive "
                                         "numbers, found [760]";
        QTest::newRow("palette group kind") << Mutation([](Json& doc) { doc["paletteGroups"][1]["kind"] = "cluster"; })
                                            << "paletteGroups[1] (\"zone\").kind: unknown group kind \"cluster\"";
        QTest::newRow("not JSON") << Mutation([](Json& doc) { doc = Json(); }) << "must be an object, found null";
    }
    void malformedCatalogNamesThePlace()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, error);
        QString found;
        QVERIFY(!test::catalogWith(mutation, &found));
        QCOMPARE(found, error);
    }

    void fromJsonRefusesBrokenBytes()
    {
        QString error;
        QVERIFY(!Catalog::fromJson("{\"kinds\": [", &error));
        QCOMPARE(error, QStringLiteral("not valid JSON"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
