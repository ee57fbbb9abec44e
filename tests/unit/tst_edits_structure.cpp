// Edits that change what the diagram is made of: adding nodes and groups, removing,
// connecting and disconnecting, regrouping. For each: what the model looks like after
// it, that undo restores it exactly (file order included) and redo re-applies it
// exactly, that the model is consistent after every step, that a refused edit changes
// nothing at all, and what the changed() signal tells the views.
#include "edits_test_fixture.h"

using namespace cw;
using cw::test::idsOf;
using cw::test::sorted;

namespace {

edit::NewNode newNode(const char* kind, const char* group = "", QPointF pos = QPointF(500, 300))
{
    edit::NewNode spec;
    spec.kind = QString::fromLatin1(kind);
    spec.group = QString::fromLatin1(group);
    spec.pos = pos;
    return spec;
}

} // namespace

class TestEditsStructure : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void addNode();
    void addNodeNamesAfterItsOwnProvider();
    void addNodeMakesFreshIds();
    void addNodeKeepsValidProps();
    void addNodeRefusals_data();
    void addNodeRefusals();
    void addGroup();
    void addGroupRefusals_data();
    void addGroupRefusals();

    void removeNodeTakesItsEdges();
    void removeGroupTakesEverythingInside();
    void removeEdgeOnly();
    void removeOverlappingSelection();
    void removeScatteredItemsRestoresFileOrder();
    void removeRefusesUnknownIdAndKeepsTheRest();
    void removeNothing();

    void connectNodes();
    void connectToGroup();
    void connectSamePairOtherKindOrDirection();
    void connectRefusals_data();
    void connectRefusals();
    void disconnect();
    void disconnectRefusals_data();
    void disconnectRefusals();

    void regroup();
    void regroupRefusals();
    void groupsNestAtMostAsDeepAsTheFormatAllows();
};

// ---- adding -------------------------------------------------------------------------

void TestEditsStructure::addNode()
{
    EditResult r = edit::addNode(m_model, catalog(), newNode("compute.vm", "priv", QPointF(500, 300)));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("vm1")});
    QCOMPARE(r.record->text(), QStringLiteral("Add EC2"));

    const Node* n = m_model.node(QStringLiteral("vm1"));
    QVERIFY(n);
    QCOMPARE(n->kind, QStringLiteral("compute.vm"));
    QCOMPARE(n->name, QStringLiteral("EC2"));
    QCOMPARE(n->group, QStringLiteral("priv"));
    QVERIFY(n->provider.isEmpty());
    QCOMPARE(n->pos, QPointF(500, 300));
    QCOMPARE(m_model.indexOf(QStringLiteral("vm1")), int(m_before.nodes.size())); // appended
    QVERIFY(m_model.nodesIn(QStringLiteral("priv")).contains(QStringLiteral("vm1")));
    QVERIFY(m_model.isInside(QStringLiteral("vm1"), QStringLiteral("r1")));

    QCOMPARE(m_spy->count(), 1);
    const ChangeSummary s = summaryAt(0);
    QCOMPARE(s.nodesAdded, QList<Id>{QStringLiteral("vm1")});
    QVERIFY(s.nodesChanged.isEmpty() && s.nodesRemoved.isEmpty() && s.edgesAdded.isEmpty() && !s.metaChanged);

    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::addNodeNamesAfterItsOwnProvider()
{
    edit::NewNode spec = newNode("compute.vm");
    spec.provider = QStringLiteral("gcp");
    EditResult r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    const Node& n = node("vm1");
    QCOMPARE(n.provider, QStringLiteral("gcp"));
    QCOMPARE(n.name, QStringLiteral("Compute Engine"));
    QCOMPARE(r.record->text(), QStringLiteral("Add Compute Engine"));

    spec.provider.clear();
    spec.name = QStringLiteral("Batch scorer");
    r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("vm2").name, QStringLiteral("Batch scorer"));
}

void TestEditsStructure::addNodeMakesFreshIds()
{
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        EditResult r = edit::addNode(m_model, catalog(), newNode("compute.vm"));
        CW_VERIFY_APPLIED(r);
        made << r.created;
    }
    // An id the diagram already uses for something else is never handed out.
    EditResult r = edit::addNode(m_model, catalog(), newNode("storage.object"));
    CW_VERIFY_APPLIED(r);
    made << r.created;
    QCOMPARE(made, (QStringList{"vm1", "vm2", "vm3", "object1"}));
    CW_VERIFY_INVARIANTS(m_model);
}

void TestEditsStructure::addNodeKeepsValidProps()
{
    edit::NewNode spec = newNode("compute.gpu_vm", "pub");
    spec.props = Json{{"count", 4}, {"pricing", "spot"}, {"gpu", true}, {"x-team", "ml"}};
    EditResult r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("gpu_vm1").props, spec.props);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::addNodeRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("props");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unknown kind") << "compute.mainframe"
                                  << ""
                                  << ""
                                  << "{}"
                                  << "unknown node kind";
    QTest::newRow("group kind as node kind") << "vpc"
                                             << ""
                                             << ""
                                             << "{}"
                                             << "unknown node kind";
    QTest::newRow("missing group") << "compute.vm"
                                   << "nowhere"
                                   << ""
                                   << "{}"
                                   << "no group \"nowhere\"";
    QTest::newRow("node as group") << "compute.vm"
                                   << "api"
                                   << ""
                                   << "{}"
                                   << "no group \"api\"";
    QTest::newRow("unknown provider") << "compute.vm"
                                      << ""
                                      << "ibm"
                                      << "{}"
                                      << "unknown provider";
    QTest::newRow("props not an object") << "compute.vm"
                                         << ""
                                         << ""
                                         << "[1]"
                                         << "must be an object";
    QTest::newRow("negative count") << "compute.vm"
                                    << ""
                                    << ""
                                    << R"({"count": -1})"
                                    << "count must be a whole number";
    QTest::newRow("fractional count") << "compute.vm"
                                      << ""
                                      << ""
                                      << R"({"count": 2.5})"
                                      << "whole number";
    QTest::newRow("unknown pricing") << "compute.vm"
                                     << ""
                                     << ""
                                     << R"({"pricing": "cheap"})"
                                     << "must be one of";
    QTest::newRow("bool as string") << "compute.vm"
                                    << ""
                                    << ""
                                    << R"({"multi_az": "yes"})"
                                    << "true or false";
}

void TestEditsStructure::addNodeRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, group);
    QFETCH(QString, provider);
    QFETCH(QString, props);
    QFETCH(QString, phrase);
    edit::NewNode spec;
    spec.kind = kind;
    spec.group = group;
    spec.provider = provider;
    spec.props = Json::parse(props.toStdString());
    CW_VERIFY_REFUSED(edit::addNode(m_model, catalog(), spec), phrase);
}

void TestEditsStructure::addGroup()
{
    edit::NewGroup spec;
    spec.kind = GroupKind::Zone;
    spec.parent = QStringLiteral("r1");
    spec.box = QRectF(1050, 450, 300, 200);
    EditResult r = edit::addGroup(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("zone1")});
    QCOMPARE(r.record->text(), QStringLiteral("Add Availability zone"));
    const Group& g = group("zone1");
    QCOMPARE(toString(g.kind), toString(GroupKind::Zone));
    QCOMPARE(g.name, QStringLiteral("Availability Zone")); // AWS's word for it
    QCOMPARE(g.parent, QStringLiteral("r1"));
    QCOMPARE(g.box, spec.box);
    QCOMPARE(m_model.indexOf(QStringLiteral("zone1")), int(m_before.groups.size()));
    QVERIFY(m_model.groupsIn(QStringLiteral("r1")).contains(QStringLiteral("zone1")));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).groupsAdded, QList<Id>{QStringLiteral("zone1")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    rebase();
    edit::NewGroup named;
    named.kind = GroupKind::Environment;
    named.name = QStringLiteral("Staging");
    named.box = QRectF(-600, 0, 200, 100);
    named.props = Json{{"stage", "staging"}};
    r = edit::addGroup(m_model, catalog(), named);
    CW_VERIFY_APPLIED(r);
    const Group& env = group("environment1");
    QCOMPARE(env.name, QStringLiteral("Staging"));
    QVERIFY(env.parent.isEmpty());
    CW_COMPARE_JSON(env.props, named.props);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::addGroupRefusals_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QString>("props");
    QTest::addColumn<QString>("phrase");
    const QRectF fine(0, 0, 200, 100);
    QTest::newRow("missing parent") << "nowhere" << fine << "{}"
                                    << "no group \"nowhere\"";
    QTest::newRow("node as parent") << "api" << fine << "{}"
                                    << "no group \"api\"";
    QTest::newRow("zero width") << "" << QRectF(0, 0, 0, 100) << "{}"
                                << "width and a height";
    QTest::newRow("negative height") << "" << QRectF(0, 0, 200, -1) << "{}"
                                     << "width and a height";
    // A group the loader would refuse must not be made by an edit either: the file
    // could then not be opened again.
    QTest::newRow("bool prop as string") << "" << fine << R"({"public": "yes"})"
                                         << "true or false";
    QTest::newRow("unknown stage") << "" << fine << R"({"stage": "qa"})"
                                   << "must be one of";
    QTest::newRow("props not an object") << "" << fine << R"(["public"])"
                                         << "must be an object";
}

void TestEditsStructure::addGroupRefusals()
{
    QFETCH(QString, parent);
    QFETCH(QRectF, box);
    QFETCH(QString, props);
    QFETCH(QString, phrase);
    edit::NewGroup spec;
    spec.kind = GroupKind::Subnet;
    spec.parent = parent;
    spec.box = box;
    spec.props = Json::parse(props.toStdString());
    CW_VERIFY_REFUSED(edit::addGroup(m_model, catalog(), spec), phrase);
}

// ---- removing -----------------------------------------------------------------------

void TestEditsStructure::removeNodeTakesItsEdges()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("api")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Delete 1 item")); // the history counts what was selected
    QVERIFY(!m_model.contains(QStringLiteral("api")));
    QCOMPARE(idsOf(m_model.edges()), (QStringList{"e1", "e6"}));
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"users", "lb", "db", "bucket", "backup", "iam"}));
    QVERIFY(m_model.edgesAt(QStringLiteral("db")).isEmpty());
    QCOMPARE(m_model.edgesAt(QStringLiteral("iam")), QList<Id>{QStringLiteral("e6")});
    QCOMPARE(m_model.nodesIn(QStringLiteral("priv")), QList<Id>{QStringLiteral("db")});

    QCOMPARE(m_spy->count(), 1);
    const ChangeSummary s = summaryAt(0);
    QCOMPARE(s.nodesRemoved, QList<Id>{QStringLiteral("api")});
    QCOMPARE(sorted(s.edgesRemoved), (QStringList{"e2", "e3", "e4", "e5"}));
    QVERIFY(s.nodesAdded.isEmpty() && s.nodesChanged.isEmpty() && s.groupsRemoved.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::removeGroupTakesEverythingInside()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("vpc")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(m_model.groups()), QStringList{"r1"});
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"users", "bucket", "backup", "iam"}));
    QVERIFY(m_model.edges().empty()); // every edge touched the VPC or something in it
    const ChangeSummary s = summaryAt(0);
    QCOMPARE(sorted(s.groupsRemoved), (QStringList{"priv", "pub", "vpc"}));
    QCOMPARE(sorted(s.nodesRemoved), (QStringList{"api", "db", "lb"}));
    QCOMPARE(sorted(s.edgesRemoved), (QStringList{"e1", "e2", "e3", "e4", "e5", "e6"}));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    // After undo the restored members are indexed as members again.
    r.record->undo(m_model);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));
    QCOMPARE(sorted(m_model.edgesAt(QStringLiteral("api"))), (QStringList{"e2", "e3", "e4", "e5"}));
}

void TestEditsStructure::removeEdgeOnly()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("e3")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Delete 1 item"));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    QCOMPARE(m_model.nodes().size(), m_before.nodes.size());
    QVERIFY(!m_model.edgesAt(QStringLiteral("db")).contains(QStringLiteral("e3")));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::removeOverlappingSelection()
{
    // A group, one of its members, an edge of that member and the group again.
    EditResult r = edit::removeItems(
        m_model, {QStringLiteral("priv"), QStringLiteral("api"), QStringLiteral("e3"), QStringLiteral("priv")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(m_model.groups()), (QStringList{"r1", "vpc", "pub"}));
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"users", "lb", "bucket", "backup", "iam"}));
    QCOMPARE(idsOf(m_model.edges()), (QStringList{"e1", "e6"}));
    QCOMPARE(r.record->text(), QStringLiteral("Delete 3 items"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::removeScatteredItemsRestoresFileOrder()
{
    EditResult r = edit::removeItems(m_model,
        {QStringLiteral("backup"), QStringLiteral("users"), QStringLiteral("db"), QStringLiteral("pub"),
            QStringLiteral("e4")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"api", "bucket", "iam"}));
    r.record->undo(m_model);
    QCOMPARE(idsOf(m_model.nodes()), idsOf(m_before.nodes));
    QCOMPARE(idsOf(m_model.edges()), idsOf(m_before.edges));
    QCOMPARE(idsOf(m_model.groups()), idsOf(m_before.groups));
    r.record->redo(m_model);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::removeRefusesUnknownIdAndKeepsTheRest()
{
    CW_VERIFY_REFUSED(edit::removeItems(m_model, {QStringLiteral("api"), QStringLiteral("nope")}), "no item \"nope\"");
    QVERIFY(m_model.node(QStringLiteral("api")));
}

void TestEditsStructure::removeNothing()
{
    const EditResult r = edit::removeItems(m_model, {});
    QVERIFY(r.ok());
    QVERIFY(!r.record);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

// ---- connecting ---------------------------------------------------------------------

void TestEditsStructure::connectNodes()
{
    EditResult r = edit::connect(
        m_model, QStringLiteral("users"), QStringLiteral("api"), EdgeKind::Request, QStringLiteral("direct"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("e7")});
    QCOMPARE(r.record->text(), QStringLiteral("Connect"));
    const Edge* e = m_model.edge(QStringLiteral("e7"));
    QVERIFY(e);
    QCOMPARE(e->from, QStringLiteral("users"));
    QCOMPARE(e->to, QStringLiteral("api"));
    QCOMPARE(toString(e->kind), toString(EdgeKind::Request));
    QCOMPARE(e->label, QStringLiteral("direct"));
    QVERIFY(m_model.edgesAt(QStringLiteral("users")).contains(QStringLiteral("e7")));
    QVERIFY(m_model.edgesAt(QStringLiteral("api")).contains(QStringLiteral("e7")));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).edgesAdded, QList<Id>{QStringLiteral("e7")});
    QVERIFY(summaryAt(0).nodesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::connectToGroup()
{
    EditResult r = edit::connect(m_model, QStringLiteral("db"), QStringLiteral("pub"), EdgeKind::Data);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edgesAt(QStringLiteral("pub")), r.created);
    r = edit::connect(m_model, QStringLiteral("r1"), QStringLiteral("vpc"), EdgeKind::Control);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(r.created.value(0))->from, QStringLiteral("r1"));
}

void TestEditsStructure::connectSamePairOtherKindOrDirection()
{
    EditResult r = edit::connect(m_model, QStringLiteral("lb"), QStringLiteral("api"), EdgeKind::Data);
    CW_VERIFY_APPLIED(r);
    r = edit::connect(m_model, QStringLiteral("api"), QStringLiteral("lb"), EdgeKind::Request);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edges().size(), m_before.edges.size() + 2);
}

void TestEditsStructure::connectRefusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    const int request = int(EdgeKind::Request);
    QTest::newRow("missing source") << "nope"
                                    << "api" << request << "must be nodes or groups";
    QTest::newRow("missing target") << "api"
                                    << "nope" << request << "must be nodes or groups";
    QTest::newRow("empty end") << ""
                               << "api" << request << "must be nodes or groups";
    QTest::newRow("edge as an end") << "e1"
                                    << "api" << request << "must be nodes or groups";
    QTest::newRow("to itself") << "api"
                               << "api" << request << "itself";
    QTest::newRow("group to itself") << "vpc"
                                     << "vpc" << request << "itself";
    QTest::newRow("same edge again") << "lb"
                                     << "api" << request << "already connected";
    QTest::newRow("same control edge to group again") << "iam"
                                                      << "vpc" << int(EdgeKind::Control) << "already connected";
}

void TestEditsStructure::connectRefusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    CW_VERIFY_REFUSED(edit::connect(m_model, from, to, EdgeKind(kind)), phrase);
}

void TestEditsStructure::disconnect()
{
    EditResult r = edit::disconnect(m_model, QStringLiteral("e3"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Disconnect"));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    QVERIFY(m_model.node(QStringLiteral("api")) && m_model.node(QStringLiteral("db")));
    QCOMPARE(summaryAt(0).edgesRemoved, QList<Id>{QStringLiteral("e3")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::disconnectRefusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown") << "nope";
    QTest::newRow("a node") << "api";
    QTest::newRow("a group") << "vpc";
}

void TestEditsStructure::disconnectRefusals()
{
    QFETCH(QString, id);
    CW_VERIFY_REFUSED(edit::disconnect(m_model, id), "no edge");
}

// ---- regrouping ---------------------------------------------------------------------

void TestEditsStructure::regroup()
{
    EditResult r = edit::regroup(m_model, {QStringLiteral("api"), QStringLiteral("db")}, Id());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Change group"));
    QVERIFY(node("api").group.isEmpty() && node("db").group.isEmpty());
    QVERIFY(m_model.nodesIn(QStringLiteral("priv")).isEmpty());
    QCOMPARE(node("api").pos, m_before.nodes[2].pos); // regrouping does not move
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    rebase();
    r = edit::regroup(m_model, {QStringLiteral("priv")}, QStringLiteral("r1"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("priv").parent, QStringLiteral("r1"));
    QCOMPARE(m_model.groupsIn(QStringLiteral("vpc")), QList<Id>{QStringLiteral("pub")});
    QCOMPARE(summaryAt(0).groupsChanged, QList<Id>{QStringLiteral("priv")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsStructure::regroupRefusals()
{
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("api")}, QStringLiteral("nowhere")), "no group");
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("r1")}, QStringLiteral("priv")), "inside itself");
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("vpc")}, QStringLiteral("vpc")), "inside itself");
    CW_VERIFY_REFUSED(
        edit::regroup(m_model, {QStringLiteral("api"), QStringLiteral("e1")}, QStringLiteral("pub")), "neither");
}

void TestEditsStructure::groupsNestAtMostAsDeepAsTheFormatAllows()
{
    // A chain of groups as deep as allowed (r1 > vpc > priv are three already).
    Id parent = QStringLiteral("priv");
    for (int depth = 3; depth < kMaxGroupDepth; ++depth) {
        edit::NewGroup spec;
        spec.kind = GroupKind::Zone;
        spec.parent = parent;
        spec.box = QRectF(0, 0, 100, 100);
        EditResult r = edit::addGroup(m_model, catalog(), spec);
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("depth %1: %2").arg(depth + 1).arg(r.error)));
        parent = r.created.first();
    }
    rebase();
    edit::NewGroup deeper;
    deeper.kind = GroupKind::Zone;
    deeper.parent = parent;
    deeper.box = QRectF(0, 0, 100, 100);
    CW_VERIFY_REFUSED(edit::addGroup(m_model, catalog(), deeper), "more than 200 levels");
    // Moving a group that holds others under the deepest one counts what it holds.
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("pub")}, parent), "more than 200 levels");
    // And what the editor keeps, the reader opens again.
    QVERIFY(readCwa(writeCwa(m_model.diagram()), QStringLiteral("deep"), catalog()).ok());
}

QTEST_GUILESS_MAIN(TestEditsStructure)
#include "tst_edits_structure.moc"
