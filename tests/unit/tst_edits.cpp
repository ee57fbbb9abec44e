// Every edit of the one mutation API: what the model looks like after it, that undo
// restores it exactly (file order included) and redo re-applies it exactly, that the
// model is consistent after every step, that a refused edit changes nothing at all,
// and what the changed() signal tells the views.
#include "core_test_helpers.h"

#include "edit/edits.h"

#include <QSignalSpy>

#include <functional>
#include <memory>

using namespace cw;
using cw::test::idsOf;
using cw::test::smallDiagram;
using cw::test::sorted;

using BatchChange = std::function<void(ChangeSet&)>;
Q_DECLARE_METATYPE(BatchChange)
Q_DECLARE_METATYPE(cw::edit::Alignment)

namespace {

using PositionMap = QHash<QString, QPointF>;

const Catalog& catalog()
{
    return cw::test::catalog();
}

edit::NewNode newNode(const char* kind, const char* group = "", QPointF pos = QPointF(500, 300))
{
    edit::NewNode spec;
    spec.kind = QString::fromLatin1(kind);
    spec.group = QString::fromLatin1(group);
    spec.pos = pos;
    return spec;
}

} // namespace

/// The edit was applied and produced an undo record.
#define CW_VERIFY_APPLIED(result)                                                                                      \
    do {                                                                                                               \
        QVERIFY2((result).ok(), qPrintable(QStringLiteral("refused: ") + (result).error));                             \
        QVERIFY2((result).command, "the edit changed nothing");                                                        \
    } while (false)

/// The edit was refused with a reason containing phrase, and the model is exactly as before.
#define CW_VERIFY_REFUSED(result, phrase)                                                                              \
    do {                                                                                                               \
        verifyRefused((result), (phrase));                                                                             \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

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

    void moveNode();
    void moveGroupCarriesMembers();
    void moveGroupAndMemberMovesMemberOnce();
    void moveAndRegroupOnDrop();
    void moveGroupAndRegroupIt();
    void moveWithoutChangeIsNoEdit();
    void moveIgnoresEdges();
    void moveRefusals();
    void regroup();
    void regroupRefusals();
    void resizeGroup();
    void resizeRefusals();
    void align_data();
    void align();
    void alignGroupCarriesMembers();
    void alignRefusals();

    void setProperty();
    void setPropertyNullRemovesIt();
    void setPropertyOnGroup();
    void setPropertyUnknownKeyIsKept();
    void setPropertySameValueIsNoEdit();
    void setPropertyRefusals_data();
    void setPropertyRefusals();
    void setPropertyMergesConsecutiveEditsOfOneKey();
    void setPropertyMergeBackToStartIsNoOp();
    void setPropertyDoesNotMergeOtherKeysOrItems();

    void rename();
    void renameRefusals();
    void setNodeProvider();
    void setNodeProviderKeepsUserChoices();
    void setNodeProviderBackToDiagram();
    void setNodeProviderRefusals();
    void setEdgeKindAndLabel();
    void setEdgeRefusals();
    void setMeta();
    void setMetaRefusals();
    void switchProvider();
    void switchProviderThereAndBack();
    void switchProviderKeepsUnknownProps();
    void switchProviderRefusals();

    void copyFragmentOfGroup();
    void copyFragmentOfNodes();
    void pasteRemapsClashingIds();
    void pasteTwiceGivesDistinctIds();
    void pasteIntoEmptyModelKeepsIds();
    void pasteKeepsReferenceToExistingGroup();
    void pasteDropsEdgesLeavingTheFragment();
    void pasteRenamesIdClashAcrossTypes();
    void pasteRefusesBrokenFragment();
    void freshId();

    void changeSetReadsThrough();
    void changeSetRefusesInconsistentBatch_data();
    void changeSetRefusesInconsistentBatch();
    void undoAndRedoSignalMirroredSummaries();

private:
    void rebase();
    ChangeSummary summaryAt(int i) const { return qvariant_cast<ChangeSummary>(m_spy->at(i).at(0)); }
    void verifyRefused(const EditResult& result, const QString& phrase);
    const Node& node(const char* id) const { return *m_model.node(QString::fromLatin1(id)); }
    const Group& group(const char* id) const { return *m_model.group(QString::fromLatin1(id)); }

    Architecture m_model;
    std::unique_ptr<QSignalSpy> m_spy;
    Diagram m_before;
    QByteArray m_bytesBefore;
};

void TestEdits::init()
{
    m_model.reset(smallDiagram());
    m_spy = std::make_unique<QSignalSpy>(&m_model, &Architecture::changed);
    rebase();
}

void TestEdits::cleanup()
{
    // Whatever a test did, the model must still be consistent.
    CW_VERIFY_INVARIANTS(m_model);
}

// Takes the current model as the state that refused edits must leave untouched.
void TestEdits::rebase()
{
    m_before = m_model.diagram();
    m_bytesBefore = writeCwa(m_before);
    m_spy->clear();
}

void TestEdits::verifyRefused(const EditResult& result, const QString& phrase)
{
    QVERIFY2(!result.ok(), "the edit was accepted");
    QVERIFY(!result.command);
    QVERIFY(result.created.isEmpty());
    QVERIFY2(result.error.contains(phrase, Qt::CaseInsensitive),
        qPrintable(QStringLiteral("error \"%1\" does not say \"%2\"").arg(result.error, phrase)));
    QCOMPARE(m_spy->count(), 0);
    CW_VERIFY_INVARIANTS(m_model);
    QCOMPARE(writeCwa(m_model.diagram()), m_bytesBefore);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

// ---- adding -------------------------------------------------------------------------

void TestEdits::addNode()
{
    EditResult r = edit::addNode(m_model, catalog(), newNode("compute.vm", "priv", QPointF(500, 300)));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("vm1")});
    QCOMPARE(r.command->text(), QStringLiteral("Add EC2"));

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

    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::addNodeNamesAfterItsOwnProvider()
{
    edit::NewNode spec = newNode("compute.vm");
    spec.provider = QStringLiteral("gcp");
    EditResult r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    const Node& n = node("vm1");
    QCOMPARE(n.provider, QStringLiteral("gcp"));
    QCOMPARE(n.name, QStringLiteral("Compute Engine"));
    QCOMPARE(r.command->text(), QStringLiteral("Add Compute Engine"));

    spec.provider.clear();
    spec.name = QStringLiteral("Batch scorer");
    r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("vm2").name, QStringLiteral("Batch scorer"));
}

void TestEdits::addNodeMakesFreshIds()
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

void TestEdits::addNodeKeepsValidProps()
{
    edit::NewNode spec = newNode("compute.gpu_vm", "pub");
    spec.props = Json{{"count", 4}, {"pricing", "spot"}, {"gpu", true}, {"x-team", "ml"}};
    EditResult r = edit::addNode(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("gpu_vm1").props, spec.props);
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::addNodeRefusals_data()
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

void TestEdits::addNodeRefusals()
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

void TestEdits::addGroup()
{
    edit::NewGroup spec;
    spec.kind = GroupKind::Zone;
    spec.parent = QStringLiteral("r1");
    spec.box = QRectF(1050, 450, 300, 200);
    EditResult r = edit::addGroup(m_model, catalog(), spec);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("zone1")});
    QCOMPARE(r.command->text(), QStringLiteral("Add Availability zone"));
    const Group& g = group("zone1");
    QCOMPARE(toString(g.kind), toString(GroupKind::Zone));
    QCOMPARE(g.name, QStringLiteral("Availability Zone")); // AWS's word for it
    QCOMPARE(g.parent, QStringLiteral("r1"));
    QCOMPARE(g.box, spec.box);
    QCOMPARE(m_model.indexOf(QStringLiteral("zone1")), int(m_before.groups.size()));
    QVERIFY(m_model.groupsIn(QStringLiteral("r1")).contains(QStringLiteral("zone1")));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).groupsAdded, QList<Id>{QStringLiteral("zone1")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

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
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::addGroupRefusals_data()
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

void TestEdits::addGroupRefusals()
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

void TestEdits::removeNodeTakesItsEdges()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("api")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Delete 1 item")); // the history counts what was selected
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
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::removeGroupTakesEverythingInside()
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
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
    // After undo the restored members are indexed as members again.
    r.command->undo(m_model);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));
    QCOMPARE(sorted(m_model.edgesAt(QStringLiteral("api"))), (QStringList{"e2", "e3", "e4", "e5"}));
}

void TestEdits::removeEdgeOnly()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("e3")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Delete 1 item"));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    QCOMPARE(m_model.nodes().size(), m_before.nodes.size());
    QVERIFY(!m_model.edgesAt(QStringLiteral("db")).contains(QStringLiteral("e3")));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::removeOverlappingSelection()
{
    // A group, one of its members, an edge of that member and the group again.
    EditResult r = edit::removeItems(
        m_model, {QStringLiteral("priv"), QStringLiteral("api"), QStringLiteral("e3"), QStringLiteral("priv")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(m_model.groups()), (QStringList{"r1", "vpc", "pub"}));
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"users", "lb", "bucket", "backup", "iam"}));
    QCOMPARE(idsOf(m_model.edges()), (QStringList{"e1", "e6"}));
    QCOMPARE(r.command->text(), QStringLiteral("Delete 3 items"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::removeScatteredItemsRestoresFileOrder()
{
    EditResult r = edit::removeItems(m_model,
        {QStringLiteral("backup"), QStringLiteral("users"), QStringLiteral("db"), QStringLiteral("pub"),
            QStringLiteral("e4")});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(m_model.nodes()), (QStringList{"api", "bucket", "iam"}));
    r.command->undo(m_model);
    QCOMPARE(idsOf(m_model.nodes()), idsOf(m_before.nodes));
    QCOMPARE(idsOf(m_model.edges()), idsOf(m_before.edges));
    QCOMPARE(idsOf(m_model.groups()), idsOf(m_before.groups));
    r.command->redo(m_model);
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::removeRefusesUnknownIdAndKeepsTheRest()
{
    CW_VERIFY_REFUSED(edit::removeItems(m_model, {QStringLiteral("api"), QStringLiteral("nope")}), "no item \"nope\"");
    QVERIFY(m_model.node(QStringLiteral("api")));
}

void TestEdits::removeNothing()
{
    const EditResult r = edit::removeItems(m_model, {});
    QVERIFY(r.ok());
    QVERIFY(!r.command);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

// ---- connecting ---------------------------------------------------------------------

void TestEdits::connectNodes()
{
    EditResult r = edit::connect(
        m_model, QStringLiteral("users"), QStringLiteral("api"), EdgeKind::Request, QStringLiteral("direct"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("e7")});
    QCOMPARE(r.command->text(), QStringLiteral("Connect"));
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
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::connectToGroup()
{
    EditResult r = edit::connect(m_model, QStringLiteral("db"), QStringLiteral("pub"), EdgeKind::Data);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edgesAt(QStringLiteral("pub")), r.created);
    r = edit::connect(m_model, QStringLiteral("r1"), QStringLiteral("vpc"), EdgeKind::Control);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(r.created.value(0))->from, QStringLiteral("r1"));
}

void TestEdits::connectSamePairOtherKindOrDirection()
{
    EditResult r = edit::connect(m_model, QStringLiteral("lb"), QStringLiteral("api"), EdgeKind::Data);
    CW_VERIFY_APPLIED(r);
    r = edit::connect(m_model, QStringLiteral("api"), QStringLiteral("lb"), EdgeKind::Request);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edges().size(), m_before.edges.size() + 2);
}

void TestEdits::connectRefusals_data()
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

void TestEdits::connectRefusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    CW_VERIFY_REFUSED(edit::connect(m_model, from, to, EdgeKind(kind)), phrase);
}

void TestEdits::disconnect()
{
    EditResult r = edit::disconnect(m_model, QStringLiteral("e3"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Disconnect"));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    QVERIFY(m_model.node(QStringLiteral("api")) && m_model.node(QStringLiteral("db")));
    QCOMPARE(summaryAt(0).edgesRemoved, QList<Id>{QStringLiteral("e3")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::disconnectRefusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown") << "nope";
    QTest::newRow("a node") << "api";
    QTest::newRow("a group") << "vpc";
}

void TestEdits::disconnectRefusals()
{
    QFETCH(QString, id);
    CW_VERIFY_REFUSED(edit::disconnect(m_model, id), "no edge");
}

// ---- moving, regrouping, resizing, aligning -----------------------------------------

void TestEdits::moveNode()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(10, -20));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Move 1 item"));
    QCOMPARE(node("api").pos, QPointF(470, 180));
    QCOMPARE(node("db").pos, QPointF(700, 200));
    QCOMPARE(group("priv").box, QRectF(420, 120, 560, 400));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    QVERIFY(summaryAt(0).groupsChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::moveGroupCarriesMembers()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("vpc")}, QPointF(100, 50));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("vpc").box, QRectF(140, 110, 1000, 600));
    QCOMPARE(group("pub").box, QRectF(180, 170, 300, 400));
    QCOMPARE(group("priv").box, QRectF(520, 170, 560, 400));
    QCOMPARE(node("lb").pos, QPointF(220, 250));
    QCOMPARE(node("api").pos, QPointF(560, 250));
    QCOMPARE(node("db").pos, QPointF(800, 250));
    // Outside the VPC nothing moves, not even the region around it.
    QCOMPARE(group("r1").box, QRectF(0, 0, 1400, 800));
    QCOMPARE(node("bucket").pos, QPointF(1100, 100));
    QCOMPARE(node("users").pos, QPointF(-300, 300));
    const ChangeSummary s = summaryAt(0);
    QCOMPARE(sorted(s.groupsChanged), (QStringList{"priv", "pub", "vpc"}));
    QCOMPARE(sorted(s.nodesChanged), (QStringList{"api", "db", "lb"}));
    QVERIFY(s.edgesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::moveGroupAndMemberMovesMemberOnce()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("vpc"), QStringLiteral("api")}, QPointF(100, 50));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Move 2 items"));
    QCOMPARE(node("api").pos, QPointF(560, 250));
    QCOMPARE(node("db").pos, QPointF(800, 250));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::moveAndRegroupOnDrop()
{
    const QHash<Id, Id> drop{{QStringLiteral("api"), QStringLiteral("pub")}};
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(-340, 120), drop);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(120, 320));
    QCOMPARE(node("api").group, QStringLiteral("pub"));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("pub"))), (QStringList{"api", "lb"}));
    QCOMPARE(m_model.nodesIn(QStringLiteral("priv")), QList<Id>{QStringLiteral("db")});
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
    r.command->undo(m_model);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));

    // Dropped onto the empty canvas: out of every group.
    rebase();
    r = edit::moveItems(m_model, {QStringLiteral("lb")}, QPointF(-600, 0), {{QStringLiteral("lb"), Id()}});
    CW_VERIFY_APPLIED(r);
    QVERIFY(node("lb").group.isEmpty());
    QVERIFY(m_model.nodesIn(QString()).contains(QStringLiteral("lb")));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::moveGroupAndRegroupIt()
{
    EditResult r = edit::moveItems(
        m_model, {QStringLiteral("pub")}, QPointF(0, 300), {{QStringLiteral("pub"), QStringLiteral("r1")}});
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("pub").parent, QStringLiteral("r1"));
    QCOMPARE(node("lb").pos, QPointF(120, 500)); // carried along
    QCOMPARE(node("lb").group, QStringLiteral("pub"));
    QCOMPARE(m_model.ancestors(QStringLiteral("lb")), (QList<Id>{QStringLiteral("pub"), QStringLiteral("r1")}));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::moveWithoutChangeIsNoEdit()
{
    const EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(0, 0));
    QVERIFY(r.ok());
    QVERIFY(!r.command);
    const EditResult same = edit::moveItems(
        m_model, {QStringLiteral("api")}, QPointF(), {{QStringLiteral("api"), QStringLiteral("priv")}});
    QVERIFY(same.ok());
    QVERIFY(!same.command);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEdits::moveIgnoresEdges()
{
    EditResult r = edit::moveItems(m_model, {QStringLiteral("e2"), QStringLiteral("api")}, QPointF(5, 5));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(465, 205));
    QCOMPARE(*m_model.edge(QStringLiteral("e2")), m_before.edges[1]);
}

void TestEdits::moveRefusals()
{
    const QPointF d(10, 10);
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("api"), QStringLiteral("nope")}, d), "no item \"nope\"");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("api"), QStringLiteral("nowhere")}}),
        "no group \"nowhere\"");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("api"), QStringLiteral("db")}}),
        "no group \"db\"");
    // Beyond ±1e9 a saved file could not be opened again; a group drags its members along.
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(2e9, 0)), "would leave the canvas");
    CW_VERIFY_REFUSED(edit::moveItems(m_model, {QStringLiteral("vpc")}, QPointF(0, -2e9)), "would leave the canvas");
    // A group dropped into its own subnet would contain itself.
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("vpc")}, d, {{QStringLiteral("vpc"), QStringLiteral("pub")}}),
        "inside itself");
    // Regrouping something that is neither a node nor a group cannot half-apply.
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("nope"), QStringLiteral("pub")}}),
        "nope");
    CW_VERIFY_REFUSED(
        edit::moveItems(m_model, {QStringLiteral("api")}, d, {{QStringLiteral("e1"), QStringLiteral("pub")}}), "e1");
}

void TestEdits::regroup()
{
    EditResult r = edit::regroup(m_model, {QStringLiteral("api"), QStringLiteral("db")}, Id());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Change group"));
    QVERIFY(node("api").group.isEmpty() && node("db").group.isEmpty());
    QVERIFY(m_model.nodesIn(QStringLiteral("priv")).isEmpty());
    QCOMPARE(node("api").pos, m_before.nodes[2].pos); // regrouping does not move
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    rebase();
    r = edit::regroup(m_model, {QStringLiteral("priv")}, QStringLiteral("r1"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("priv").parent, QStringLiteral("r1"));
    QCOMPARE(m_model.groupsIn(QStringLiteral("vpc")), QList<Id>{QStringLiteral("pub")});
    QCOMPARE(summaryAt(0).groupsChanged, QList<Id>{QStringLiteral("priv")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::regroupRefusals()
{
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("api")}, QStringLiteral("nowhere")), "no group");
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("r1")}, QStringLiteral("priv")), "inside itself");
    CW_VERIFY_REFUSED(edit::regroup(m_model, {QStringLiteral("vpc")}, QStringLiteral("vpc")), "inside itself");
    CW_VERIFY_REFUSED(
        edit::regroup(m_model, {QStringLiteral("api"), QStringLiteral("e1")}, QStringLiteral("pub")), "neither");
}

void TestEdits::resizeGroup()
{
    const QRectF box(420, 120, 640, 450);
    EditResult r = edit::resizeGroup(m_model, QStringLiteral("priv"), box);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Resize Private"));
    QCOMPARE(group("priv").box, box);
    QCOMPARE(node("api").pos, QPointF(460, 200)); // members stay where they are
    QCOMPARE(summaryAt(0).groupsChanged, QList<Id>{QStringLiteral("priv")});
    QVERIFY(summaryAt(0).nodesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::resizeRefusals()
{
    const QRectF fine(0, 0, 10, 10);
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("nope"), fine), "no group");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("api"), fine), "no group");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("priv"), QRectF(0, 0, 0, 10)), "width and a height");
    CW_VERIFY_REFUSED(edit::resizeGroup(m_model, QStringLiteral("priv"), QRectF(0, 0, 10, -10)), "width and a height");
}

void TestEdits::align_data()
{
    QTest::addColumn<edit::Alignment>("how");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<PositionMap>("expected");
    // bucket (1100,100), backup (1100,300), db (700,200). Every card has the same size,
    // so the expected places do not depend on it.
    const QStringList three{"bucket", "backup", "db"};
    using A = edit::Alignment;
    QTest::newRow("left") << A::Left << three
                          << PositionMap{{"bucket", {700, 100}}, {"backup", {700, 300}}, {"db", {700, 200}}};
    QTest::newRow("centre") << A::HCenter << three
                            << PositionMap{{"bucket", {900, 100}}, {"backup", {900, 300}}, {"db", {900, 200}}};
    QTest::newRow("right") << A::Right << three
                           << PositionMap{{"bucket", {1100, 100}}, {"backup", {1100, 300}}, {"db", {1100, 200}}};
    QTest::newRow("top") << A::Top << three
                         << PositionMap{{"bucket", {1100, 100}}, {"backup", {1100, 100}}, {"db", {700, 100}}};
    QTest::newRow("middle") << A::VCenter << three
                            << PositionMap{{"bucket", {1100, 200}}, {"backup", {1100, 200}}, {"db", {700, 200}}};
    QTest::newRow("bottom") << A::Bottom << three
                            << PositionMap{{"bucket", {1100, 300}}, {"backup", {1100, 300}}, {"db", {700, 300}}};
    // users x -300, lb 120, db 700: the ends stay, lb goes where the gaps are equal.
    QTest::newRow("distribute horizontally")
        << A::DistributeH << QStringList{"db", "users", "lb"}
        << PositionMap{{"users", {-300, 300}}, {"lb", {200, 200}}, {"db", {700, 200}}};
    // lb y 200, users 300, iam 500.
    QTest::newRow("distribute vertically")
        << A::DistributeV << QStringList{"iam", "users", "lb"}
        << PositionMap{{"lb", {120, 200}}, {"users", {-300, 350}}, {"iam", {-300, 500}}};
}

void TestEdits::align()
{
    QFETCH(edit::Alignment, how);
    QFETCH(QStringList, ids);
    QFETCH(PositionMap, expected);
    EditResult r = edit::alignItems(m_model, ids, how);
    CW_VERIFY_APPLIED(r);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(m_model.node(it.key())->pos, it.value());
    // Nothing outside the selection moved.
    for (const Node& n : m_before.nodes) {
        if (!expected.contains(n.id))
            QCOMPARE(m_model.node(n.id)->pos, n.pos);
    }
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::alignGroupCarriesMembers()
{
    EditResult r = edit::alignItems(m_model, {QStringLiteral("vpc"), QStringLiteral("users")}, edit::Alignment::Left);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("vpc").box.left(), -300.0);
    QCOMPARE(group("pub").box.left(), -260.0);
    QCOMPARE(node("lb").pos, QPointF(-220, 200));
    QCOMPARE(node("users").pos, QPointF(-300, 300));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::alignRefusals()
{
    CW_VERIFY_REFUSED(edit::alignItems(m_model, {QStringLiteral("api")}, edit::Alignment::Left), "at least two");
    CW_VERIFY_REFUSED(edit::alignItems(m_model, {QStringLiteral("api"), QStringLiteral("e1"), QStringLiteral("nope")},
                          edit::Alignment::Top),
        "at least two");
    CW_VERIFY_REFUSED(
        edit::alignItems(m_model, {QStringLiteral("api"), QStringLiteral("db")}, edit::Alignment::DistributeH),
        "at least three");
}

// ---- properties ---------------------------------------------------------------------

void TestEdits::setProperty()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Set Count"));
    QVERIFY(!r.command->mergeKey().isEmpty());
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "m5.large"}, {"count", 3}}));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    rebase();
    r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("hours_per_month"), 100.5);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("api").props["hours_per_month"].get<double>(), 100.5);
    r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("pricing"), "spot");
    CW_VERIFY_APPLIED(r);
    r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("multi_az"), true);
    CW_VERIFY_APPLIED(r);
    r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("instance_type"), "m5.2xlarge");
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("api").props,
        (Json{{"instance_type", "m5.2xlarge"}, {"count", 3}, {"hours_per_month", 100.5}, {"pricing", "spot"},
            {"multi_az", true}}));
}

void TestEdits::setPropertyNullRemovesIt()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), Json());
    CW_VERIFY_APPLIED(r);
    QVERIFY(!node("api").props.contains("count"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "m5.large"}}));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
    // Removing what is not there changes nothing.
    const EditResult again
        = edit::setProperty(m_model, catalog(), QStringLiteral("users"), QStringLiteral("count"), Json());
    QVERIFY(again.ok());
    QVERIFY(!again.command);
}

void TestEdits::setPropertyOnGroup()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("pub"), QStringLiteral("public"), false);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(group("pub").props, (Json{{"public", false}}));
    QCOMPARE(summaryAt(0).groupsChanged, QList<Id>{QStringLiteral("pub")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setPropertyUnknownKeyIsKept()
{
    const Json value{{"team", "ml"}, {"tier", 2}};
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("db"), QStringLiteral("x-owner"), value);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("db").props["x-owner"], value);
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setPropertySameValueIsNoEdit()
{
    const EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 2);
    QVERIFY(r.ok());
    QVERIFY(!r.command);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEdits::setPropertyRefusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("negative count") << "api"
                                    << "count"
                                    << "-1"
                                    << "Count must be a whole number from 0 to 100000";
    QTest::newRow("fractional count") << "api"
                                      << "count"
                                      << "2.5"
                                      << "Count must be a whole number";
    QTest::newRow("count too large") << "api"
                                     << "count"
                                     << "100001"
                                     << "Count must be a whole number";
    QTest::newRow("count as string") << "api"
                                     << "count"
                                     << R"("3")"
                                     << "Count must be a whole number";
    QTest::newRow("hours over a month") << "api"
                                        << "hours_per_month"
                                        << "745"
                                        << "from 0 to 744";
    QTest::newRow("negative storage") << "db"
                                      << "storage_gb"
                                      << "-1"
                                      << "must be a number";
    QTest::newRow("unknown pricing") << "api"
                                     << "pricing"
                                     << R"("cheap")"
                                     << "must be one of on_demand";
    QTest::newRow("bool as string") << "api"
                                    << "multi_az"
                                    << R"("yes")"
                                    << "must be true or false";
    QTest::newRow("string as number") << "api"
                                      << "instance_type"
                                      << "5"
                                      << "must be a string";
    QTest::newRow("group stage") << "pub"
                                 << "stage"
                                 << R"("qa")"
                                 << "must be one of dev, staging, prod";
    QTest::newRow("empty key") << "api"
                               << ""
                               << "1"
                               << "needs a name";
    QTest::newRow("unknown item") << "nope"
                                  << "count"
                                  << "1"
                                  << "no node or group";
    QTest::newRow("edge") << "e1"
                          << "count"
                          << "1"
                          << "no node or group";
}

void TestEdits::setPropertyRefusals()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, phrase);
    CW_VERIFY_REFUSED(edit::setProperty(m_model, catalog(), id, key, Json::parse(value.toStdString())), phrase);
}

// Typing 3, 4, 5 into the count field is one undo step back to the 2 it started at.
void TestEdits::setPropertyMergesConsecutiveEditsOfOneKey()
{
    const Id api = QStringLiteral("api");
    const QString count = QStringLiteral("count");
    EditResult first = edit::setProperty(m_model, catalog(), api, count, 3);
    CW_VERIFY_APPLIED(first);
    const Diagram afterFirst = m_model.diagram();
    EditResult second = edit::setProperty(m_model, catalog(), api, count, 4);
    CW_VERIFY_APPLIED(second);
    EditResult third = edit::setProperty(m_model, catalog(), api, count, 5);
    CW_VERIFY_APPLIED(third);
    QCOMPARE(second.command->mergeKey(), first.command->mergeKey());

    QVERIFY(first.command->mergeWith(*second.command));
    QVERIFY(first.command->mergeWith(*third.command));
    QVERIFY(!first.command->isNoOp());
    CW_COMPARE_JSON(node("api").props["count"], Json(5));
    CW_VERIFY_UNDO_REDO(m_model, *first.command, m_before);
    CW_COMPARE_JSON(node("api").props["count"], Json(5));
    first.command->undo(m_model);
    CW_COMPARE_JSON(node("api").props["count"], Json(2));
    QVERIFY(m_model.diagram() != afterFirst);
}

void TestEdits::setPropertyMergeBackToStartIsNoOp()
{
    EditResult first = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(first);
    EditResult back = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 2);
    CW_VERIFY_APPLIED(back);
    QVERIFY(first.command->mergeWith(*back.command));
    QVERIFY(first.command->isNoOp());
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEdits::setPropertyDoesNotMergeOtherKeysOrItems()
{
    EditResult first = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(first);
    EditResult otherKey
        = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("pricing"), "spot");
    CW_VERIFY_APPLIED(otherKey);
    EditResult otherNode = edit::setProperty(m_model, catalog(), QStringLiteral("db"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(otherNode);
    EditResult move = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(1, 1));
    CW_VERIFY_APPLIED(move);
    QVERIFY(!first.command->mergeWith(*otherKey.command));
    QVERIFY(!first.command->mergeWith(*otherNode.command));
    QVERIFY(!first.command->mergeWith(*move.command));
    QVERIFY(move.command->mergeKey().isEmpty());
    QVERIFY(!move.command->mergeWith(*first.command));
    // The refused merges left the first record as it was: undoing the later edits and
    // then it gives back the start.
    move.command->undo(m_model);
    otherNode.command->undo(m_model);
    otherKey.command->undo(m_model);
    first.command->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

// ---- names, providers, edge kinds, diagram settings ---------------------------------

void TestEdits::rename()
{
    EditResult r = edit::rename(m_model, QStringLiteral("api"), QStringLiteral("Scorer"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Rename to \"Scorer\""));
    QCOMPARE(node("api").name, QStringLiteral("Scorer"));
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    rebase();
    r = edit::rename(m_model, QStringLiteral("pub"), QStringLiteral("DMZ"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("pub").name, QStringLiteral("DMZ"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    rebase();
    r = edit::rename(m_model, QStringLiteral("e1"), QStringLiteral("TLS 1.3"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(QStringLiteral("e1"))->label, QStringLiteral("TLS 1.3"));
    QCOMPARE(summaryAt(0).edgesChanged, QList<Id>{QStringLiteral("e1")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    const EditResult same = edit::rename(m_model, QStringLiteral("db"), QStringLiteral("Orders DB"));
    QVERIFY(same.ok());
    QVERIFY(!same.command);
}

void TestEdits::renameRefusals()
{
    CW_VERIFY_REFUSED(edit::rename(m_model, QStringLiteral("nope"), QStringLiteral("x")), "no item");
}

void TestEdits::setNodeProvider()
{
    // api has the default name and the AWS default machine: both follow the provider.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("api"), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Set provider to Google Cloud"));
    QCOMPARE(node("api").provider, QStringLiteral("gcp"));
    QCOMPARE(node("api").name, QStringLiteral("Compute Engine"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "e2-standard-2"}, {"count", 2}}));
    QCOMPARE(m_model.providerOf(node("api")), QStringLiteral("gcp"));
    QCOMPARE(m_model.meta().provider, QStringLiteral("aws"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setNodeProviderKeepsUserChoices()
{
    // db has a name and a machine type the user chose: they stay.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("db"), QStringLiteral("azure"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("db").name, QStringLiteral("Orders DB"));
    CW_COMPARE_JSON(node("db").props, m_before.nodes[3].props);
    QCOMPARE(node("db").provider, QStringLiteral("azure"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setNodeProviderBackToDiagram()
{
    // backup is pinned to Azure under its Azure name; following the diagram makes it S3.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("backup"), QString());
    CW_VERIFY_APPLIED(r);
    QVERIFY(node("backup").provider.isEmpty());
    QCOMPARE(node("backup").name, QStringLiteral("S3"));
    QCOMPARE(r.command->text(), QStringLiteral("Set provider to AWS"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setNodeProviderRefusals()
{
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("api"), QStringLiteral("ibm")), "unknown provider");
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("nope"), QStringLiteral("gcp")), "no node");
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("vpc"), QStringLiteral("gcp")), "no node");
}

void TestEdits::setEdgeKindAndLabel()
{
    EditResult r = edit::setEdgeKind(m_model, QStringLiteral("e2"), EdgeKind::Event);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Make event edge"));
    QCOMPARE(toString(m_model.edge(QStringLiteral("e2"))->kind), toString(EdgeKind::Event));
    QCOMPARE(summaryAt(0).edgesChanged, QList<Id>{QStringLiteral("e2")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
    const EditResult same = edit::setEdgeKind(m_model, QStringLiteral("e2"), EdgeKind::Event);
    QVERIFY(same.ok() && !same.command);

    rebase();
    r = edit::setEdgeLabel(m_model, QStringLiteral("e2"), QStringLiteral("gRPC"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(QStringLiteral("e2"))->label, QStringLiteral("gRPC"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::setEdgeRefusals()
{
    CW_VERIFY_REFUSED(edit::setEdgeKind(m_model, QStringLiteral("nope"), EdgeKind::Data), "no edge");
    CW_VERIFY_REFUSED(edit::setEdgeKind(m_model, QStringLiteral("api"), EdgeKind::Data), "no edge");
    // setEdgeLabel must not rename the node when handed a node's id.
    CW_VERIFY_REFUSED(edit::setEdgeLabel(m_model, QStringLiteral("api"), QStringLiteral("x")), "no edge");
}

void TestEdits::setMeta()
{
    Meta meta = m_model.meta();
    meta.title = QStringLiteral("Checkout");
    meta.reliability = QStringLiteral("critical");
    meta.currency = QStringLiteral("EUR");
    meta.extra["x-owner"] = "team";
    EditResult r = edit::setMeta(m_model, meta);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.meta(), meta);
    QCOMPARE(m_spy->count(), 1);
    const ChangeSummary s = summaryAt(0);
    QVERIFY(s.metaChanged);
    QVERIFY(s.nodesChanged.isEmpty() && s.groupsChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
    const EditResult same = edit::setMeta(m_model, meta);
    QVERIFY(same.ok() && !same.command);
}

void TestEdits::setMetaRefusals()
{
    Meta meta = m_model.meta();
    meta.provider = QStringLiteral("ibm");
    CW_VERIFY_REFUSED(edit::setMeta(m_model, meta), "unknown provider");
    meta = m_model.meta();
    meta.reliability = QStringLiteral("high");
    CW_VERIFY_REFUSED(edit::setMeta(m_model, meta), "standard or critical");
}

void TestEdits::switchProvider()
{
    EditResult r = edit::switchProvider(m_model, catalog(), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.command->text(), QStringLiteral("Switch provider to Google Cloud"));
    QCOMPARE(m_model.meta().provider, QStringLiteral("gcp"));
    // EC2 with the AWS default machine becomes Compute Engine with GCP's default machine.
    QCOMPARE(node("api").name, QStringLiteral("Compute Engine"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "e2-standard-2"}, {"count", 2}}));
    // A name and a machine type the user chose stay.
    QCOMPARE(node("db").name, QStringLiteral("Orders DB"));
    CW_COMPARE_JSON(node("db").props, m_before.nodes[3].props);
    // An empty name still shows the service's name at the new provider.
    QVERIFY(node("bucket").name.isEmpty() || node("bucket").name == QStringLiteral("Cloud Storage"));
    // A node that names its own provider is left alone.
    QCOMPARE(node("backup"), m_before.nodes[5]);
    // Groups named after the old provider's word get the new provider's.
    QCOMPARE(group("vpc").name, QStringLiteral("VPC network"));
    QCOMPARE(group("pub").name, QStringLiteral("Public"));
    QCOMPARE(group("r1").name, QStringLiteral("us-east-1"));

    QCOMPARE(m_spy->count(), 1);
    const ChangeSummary s = summaryAt(0);
    QVERIFY(s.metaChanged);
    QVERIFY(s.nodesChanged.contains(QStringLiteral("api")));
    QVERIFY(!s.nodesChanged.contains(QStringLiteral("backup")));
    QVERIFY(!s.nodesChanged.contains(QStringLiteral("db")));
    QCOMPARE(s.groupsChanged, QList<Id>{QStringLiteral("vpc")});
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::switchProviderThereAndBack()
{
    EditResult there = edit::switchProvider(m_model, catalog(), QStringLiteral("azure"));
    CW_VERIFY_APPLIED(there);
    QCOMPARE(node("api").name, QStringLiteral("Virtual Machines"));
    CW_COMPARE_JSON(node("api").props["instance_type"], Json("Standard_D2s_v5"));
    QCOMPARE(group("vpc").name, QStringLiteral("Virtual network"));
    EditResult back = edit::switchProvider(m_model, catalog(), QStringLiteral("aws"));
    CW_VERIFY_APPLIED(back);
    QCOMPARE(node("api"), m_before.nodes[2]);
    QCOMPARE(node("db"), m_before.nodes[3]);
    QCOMPARE(group("vpc"), m_before.groups[1]);
    QCOMPARE(m_model.meta(), m_before.meta);
    back.command->undo(m_model);
    there.command->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEdits::switchProviderKeepsUnknownProps()
{
    // Properties the program does not know are the user's (or a newer version's): a
    // provider switch must not drop them, whatever their value.
    Diagram d = smallDiagram();
    d.nodes[2].props["x-null"] = nullptr;
    d.nodes[2].props["x-owner"] = "ml-team";
    m_model.reset(d);
    rebase();
    EditResult r = edit::switchProvider(m_model, catalog(), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    const Json& props = node("api").props;
    QVERIFY2(props.contains("x-null"), props.dump().c_str());
    QVERIFY(props["x-null"].is_null());
    CW_COMPARE_JSON(props["x-owner"], Json("ml-team"));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::switchProviderRefusals()
{
    CW_VERIFY_REFUSED(edit::switchProvider(m_model, catalog(), QStringLiteral("ibm")), "unknown provider");
    CW_VERIFY_REFUSED(edit::switchProvider(m_model, catalog(), QString()), "unknown provider");
    const EditResult same = edit::switchProvider(m_model, catalog(), QStringLiteral("aws"));
    QVERIFY(same.ok());
    QVERIFY(!same.command);
    QCOMPARE(m_spy->count(), 0);
}

// ---- copy and paste -----------------------------------------------------------------

void TestEdits::copyFragmentOfGroup()
{
    const Diagram f = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    QCOMPARE(idsOf(f.groups), (QStringList{"vpc", "pub", "priv"}));
    QCOMPARE(idsOf(f.nodes), (QStringList{"lb", "api", "db"}));
    QCOMPARE(idsOf(f.edges), (QStringList{"e2", "e3"})); // edges leaving the VPC stay behind
    QCOMPARE(f.meta, m_model.meta());
    QCOMPARE(f.nodes[1], m_before.nodes[2]); // values copied whole
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEdits::copyFragmentOfNodes()
{
    Diagram f = edit::copyFragment(m_model, {QStringLiteral("db"), QStringLiteral("api"), QStringLiteral("e1")});
    QVERIFY(f.groups.empty());
    QCOMPARE(idsOf(f.nodes), (QStringList{"api", "db"})); // file order, not selection order
    QCOMPARE(idsOf(f.edges), QStringList{"e3"});
    f = edit::copyFragment(m_model, {});
    QVERIFY(f.nodes.empty() && f.groups.empty() && f.edges.empty());
}

void TestEdits::pasteRemapsClashingIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    const QPointF offset(40, 30);
    EditResult r = edit::paste(m_model, fragment, offset);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, (QList<Id>{"vpc2", "pub2", "priv2", "lb2", "api2", "db2", "e7", "e8"}));
    QCOMPARE(r.command->text(), QStringLiteral("Paste 8 items"));

    // References inside the fragment follow the new ids; the one outside (r1) is kept.
    QCOMPARE(group("vpc2").parent, QStringLiteral("r1"));
    QCOMPARE(group("pub2").parent, QStringLiteral("vpc2"));
    QCOMPARE(group("priv2").parent, QStringLiteral("vpc2"));
    QCOMPARE(node("api2").group, QStringLiteral("priv2"));
    QCOMPARE(node("lb2").group, QStringLiteral("pub2"));
    const Edge* e7 = m_model.edge(QStringLiteral("e7"));
    const Edge* e8 = m_model.edge(QStringLiteral("e8"));
    QVERIFY(e7 && e8);
    QCOMPARE(e7->from, QStringLiteral("lb2"));
    QCOMPARE(e7->to, QStringLiteral("api2"));
    QCOMPARE(e8->from, QStringLiteral("api2"));
    QCOMPARE(e8->to, QStringLiteral("db2"));
    // Shifted by the offset, values otherwise copied.
    QCOMPARE(group("vpc2").box, QRectF(80, 90, 1000, 600));
    QCOMPARE(node("api2").pos, QPointF(500, 230));
    CW_COMPARE_JSON(node("api2").props, node("api").props);
    QCOMPARE(node("api2").name, node("api").name);
    // The originals are untouched.
    QCOMPARE(node("api"), m_before.nodes[2]);
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "db"}));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv2"))), (QStringList{"api2", "db2"}));

    const ChangeSummary s = summaryAt(0);
    QCOMPARE(sorted(s.groupsAdded), (QStringList{"priv2", "pub2", "vpc2"}));
    QCOMPARE(sorted(s.nodesAdded), (QStringList{"api2", "db2", "lb2"}));
    QCOMPARE(sorted(s.edgesAdded), (QStringList{"e7", "e8"}));
    QVERIFY(s.nodesChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::pasteTwiceGivesDistinctIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("api"), QStringLiteral("db")});
    EditResult first = edit::paste(m_model, fragment, QPointF(10, 10));
    CW_VERIFY_APPLIED(first);
    EditResult second = edit::paste(m_model, fragment, QPointF(20, 20));
    CW_VERIFY_APPLIED(second);
    QCOMPARE(first.created, (QList<Id>{"api2", "db2", "e7"}));
    QCOMPARE(second.created, (QList<Id>{"api3", "db3", "e8"}));
    QCOMPARE(m_model.edge(QStringLiteral("e8"))->from, QStringLiteral("api3"));
    second.command->undo(m_model);
    first.command->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
    first.command->redo(m_model);
    second.command->redo(m_model);
    QCOMPARE(m_model.edge(QStringLiteral("e8"))->to, QStringLiteral("db3"));
    CW_VERIFY_INVARIANTS(m_model);
}

void TestEdits::pasteIntoEmptyModelKeepsIds()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("vpc")});
    Architecture empty;
    EditResult r = edit::paste(empty, fragment, QPointF());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(idsOf(empty.groups()), (QStringList{"vpc", "pub", "priv"}));
    QCOMPARE(idsOf(empty.nodes()), (QStringList{"lb", "api", "db"}));
    QCOMPARE(idsOf(empty.edges()), (QStringList{"e2", "e3"}));
    // Its parent region is not in this diagram: the VPC lands at the top level.
    QVERIFY(empty.group(QStringLiteral("vpc"))->parent.isEmpty());
    QCOMPARE(*empty.node(QStringLiteral("api")), m_before.nodes[2]);
    CW_VERIFY_UNDO_REDO(empty, *r.command, Diagram());
}

void TestEdits::pasteKeepsReferenceToExistingGroup()
{
    const Diagram fragment = edit::copyFragment(m_model, {QStringLiteral("api")});
    EditResult r = edit::paste(m_model, fragment, QPointF(0, 80));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api2").group, QStringLiteral("priv"));
    QCOMPARE(sorted(m_model.nodesIn(QStringLiteral("priv"))), (QStringList{"api", "api2", "db"}));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::pasteDropsEdgesLeavingTheFragment()
{
    Diagram fragment;
    fragment.nodes.push_back(m_before.nodes[2]); // api
    fragment.edges.push_back(m_before.edges[2]); // e3 api -> db, db not in the fragment
    EditResult r = edit::paste(m_model, fragment, QPointF(0, 80));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created, QList<Id>{QStringLiteral("api2")});
    QVERIFY(m_model.edgesAt(QStringLiteral("api2")).isEmpty());
    QCOMPARE(m_model.edges().size(), m_before.edges.size());
}

void TestEdits::pasteRenamesIdClashAcrossTypes()
{
    Diagram fragment;
    Node n = m_before.nodes[0];
    n.id = QStringLiteral("e1"); // an edge's id in the target diagram
    n.group.clear();
    fragment.nodes.push_back(n);
    EditResult r = edit::paste(m_model, fragment, QPointF());
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.created.size(), 1);
    const Id id = r.created.first();
    QVERIFY(id != QStringLiteral("e1"));
    QCOMPARE(m_model.typeOf(id), EntityType::Node);
    QCOMPARE(m_model.typeOf(QStringLiteral("e1")), EntityType::Edge);
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);
}

void TestEdits::pasteRefusesBrokenFragment()
{
    // Clipboard text from elsewhere may be inconsistent; then nothing is pasted at all.
    Diagram fragment;
    Group a;
    a.id = QStringLiteral("a");
    a.parent = QStringLiteral("b");
    a.box = QRectF(0, 0, 100, 100);
    Group b = a;
    b.id = QStringLiteral("b");
    b.parent = QStringLiteral("a");
    fragment.groups = {a, b};
    fragment.nodes.push_back(m_before.nodes[0]);
    CW_VERIFY_REFUSED(edit::paste(m_model, fragment, QPointF()), "inside itself");
}

void TestEdits::freshId()
{
    const ChangeSet changes(m_model);
    QCOMPARE(edit::freshId(changes, QStringLiteral("cache")), QStringLiteral("cache"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("api")), QStringLiteral("api2"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("e1")), QStringLiteral("e7"));
    QCOMPARE(edit::freshId(changes, QStringLiteral("vpc")), QStringLiteral("vpc2"));
    QVERIFY(!edit::freshId(changes, QString()).isEmpty());
}

// ---- the batch every edit is built on -----------------------------------------------

void TestEdits::changeSetReadsThrough()
{
    ChangeSet changes(m_model);
    QVERIFY(changes.isEmpty());
    Node moved = *m_model.node(QStringLiteral("api"));
    moved.pos = QPointF(1, 2);
    changes.put(moved);
    changes.remove(QStringLiteral("e3"));
    QCOMPARE(changes.node(QStringLiteral("api"))->pos, QPointF(1, 2));
    QVERIFY(!changes.exists(QStringLiteral("e3")));
    QVERIFY(changes.exists(QStringLiteral("e2")));
    QCOMPARE(changes.typeOf(QStringLiteral("vpc")), EntityType::Group);
    // Nothing reaches the model before commit.
    QCOMPARE(node("api").pos, QPointF(460, 200));
    QVERIFY(m_model.contains(QStringLiteral("e3")));
    QCOMPARE(m_spy->count(), 0);

    EditResult r = changes.commit(m_model, QStringLiteral("Test"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").pos, QPointF(1, 2));
    QVERIFY(!m_model.contains(QStringLiteral("e3")));
    CW_VERIFY_UNDO_REDO(m_model, *r.command, m_before);

    const EditResult nothing = ChangeSet(m_model).commit(m_model, QStringLiteral("Nothing"));
    QVERIFY(nothing.ok() && !nothing.command);
}

void TestEdits::changeSetRefusesInconsistentBatch_data()
{
    QTest::addColumn<BatchChange>("change");
    QTest::addColumn<QString>("phrase");
    auto nodeNamed = [](const char* id, const char* group) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.kind = QStringLiteral("compute.vm");
        n.group = QString::fromLatin1(group);
        return n;
    };
    QTest::newRow("node in missing group")
        << BatchChange([=](ChangeSet& c) { c.put(nodeNamed("n", "nowhere")); }) << "does not exist";
    QTest::newRow("edge to missing node") << BatchChange([](ChangeSet& c) {
        Edge e;
        e.id = QStringLiteral("x");
        e.from = QStringLiteral("api");
        e.to = QStringLiteral("nope");
        c.put(e);
    }) << "does not exist";
    QTest::newRow("node takes an edge's id")
        << BatchChange([=](ChangeSet& c) { c.put(nodeNamed("e1", "")); }) << "already in use";
    QTest::newRow("node takes a group's id")
        << BatchChange([=](ChangeSet& c) { c.put(nodeNamed("pub", "")); }) << "already in use";
    QTest::newRow("empty id") << BatchChange([=](ChangeSet& c) { c.put(nodeNamed("", "")); }) << "needs an id";
    QTest::newRow("group removed, members left")
        << BatchChange([](ChangeSet& c) { c.remove(QStringLiteral("priv")); }) << "still inside removed group";
    QTest::newRow("group removed, child groups left") << BatchChange([](ChangeSet& c) {
        c.remove(QStringLiteral("vpc"));
        for (const char* id : {"lb", "api", "db"})
            c.remove(QString::fromLatin1(id));
    }) << "still";
    QTest::newRow("node removed, edges left")
        << BatchChange([](ChangeSet& c) { c.remove(QStringLiteral("db")); }) << "still connects";
    QTest::newRow("group cycle") << BatchChange([](ChangeSet& c) {
        Group g = *c.group(QStringLiteral("r1"));
        g.parent = QStringLiteral("pub");
        c.put(g);
    }) << "inside itself";
    // An id changes its type only across edits, never inside one.
    QTest::newRow("edge id reused for a node in one batch") << BatchChange([=](ChangeSet& c) {
        c.remove(QStringLiteral("e1"));
        c.put(nodeNamed("e1", ""));
    }) << "already in use";
}

void TestEdits::changeSetRefusesInconsistentBatch()
{
    QFETCH(BatchChange, change);
    QFETCH(QString, phrase);
    ChangeSet changes(m_model);
    change(changes);
    QVERIFY(!changes.check().isEmpty());
    CW_VERIFY_REFUSED(changes.commit(m_model, QStringLiteral("Test")), phrase);
}

void TestEdits::undoAndRedoSignalMirroredSummaries()
{
    EditResult r = edit::removeItems(m_model, {QStringLiteral("api")});
    CW_VERIFY_APPLIED(r);
    r.command->undo(m_model);
    r.command->redo(m_model);
    QCOMPARE(m_spy->count(), 3);
    const ChangeSummary done = summaryAt(0);
    const ChangeSummary undone = summaryAt(1);
    const ChangeSummary redone = summaryAt(2);
    QCOMPARE(undone.nodesAdded, done.nodesRemoved);
    QCOMPARE(sorted(undone.edgesAdded), sorted(done.edgesRemoved));
    QVERIFY(undone.nodesRemoved.isEmpty() && undone.edgesRemoved.isEmpty());
    QCOMPARE(redone.nodesRemoved, done.nodesRemoved);
    QCOMPARE(sorted(redone.edgesRemoved), sorted(done.edgesRemoved));
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
