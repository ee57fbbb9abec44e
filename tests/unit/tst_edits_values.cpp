// Edits that change the values of items and of the diagram: properties (and how
// consecutive edits of one property merge into one undo step), names, a node's provider,
// edge kinds and labels, diagram settings, switching the diagram's provider. For each:
// the values after it, that undo and redo restore and re-apply it exactly, that the
// model stays consistent, that a refused edit changes nothing at all, and what the
// changed() signal tells the views.
#include "cost/price_book.h"
#include "edits_test_fixture.h"

using namespace cw;
using cw::test::smallDiagram;

class TestEditsValues : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

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

    void suppressAndLift();
    void suppressRefusals();
};

// ---- properties ---------------------------------------------------------------------

void TestEditsValues::setProperty()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Set Count"));
    QVERIFY(!r.record->mergeKey().isEmpty());
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "m5.large"}, {"count", 3}}));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

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

void TestEditsValues::setPropertyNullRemovesIt()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), Json());
    CW_VERIFY_APPLIED(r);
    QVERIFY(!node("api").props.contains("count"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "m5.large"}}));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    // Removing what is not there changes nothing.
    const EditResult again
        = edit::setProperty(m_model, catalog(), QStringLiteral("users"), QStringLiteral("count"), Json());
    QVERIFY(again.ok());
    QVERIFY(!again.record);
}

void TestEditsValues::setPropertyOnGroup()
{
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("pub"), QStringLiteral("public"), false);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(group("pub").props, (Json{{"public", false}}));
    QCOMPARE(summaryAt(0).groupsChanged, QList<Id>{QStringLiteral("pub")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setPropertyUnknownKeyIsKept()
{
    const Json value{{"team", "ml"}, {"tier", 2}};
    EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("db"), QStringLiteral("x-owner"), value);
    CW_VERIFY_APPLIED(r);
    CW_COMPARE_JSON(node("db").props["x-owner"], value);
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setPropertySameValueIsNoEdit()
{
    const EditResult r = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 2);
    QVERIFY(r.ok());
    QVERIFY(!r.record);
    QCOMPARE(m_spy->count(), 0);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEditsValues::setPropertyRefusals_data()
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

void TestEditsValues::setPropertyRefusals()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, phrase);
    CW_VERIFY_REFUSED(edit::setProperty(m_model, catalog(), id, key, Json::parse(value.toStdString())), phrase);
}

// Typing 3, 4, 5 into the count field is one undo step back to the 2 it started at.
void TestEditsValues::setPropertyMergesConsecutiveEditsOfOneKey()
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
    QCOMPARE(second.record->mergeKey(), first.record->mergeKey());

    QVERIFY(first.record->mergeWith(*second.record));
    QVERIFY(first.record->mergeWith(*third.record));
    QVERIFY(!first.record->isNoOp());
    CW_COMPARE_JSON(node("api").props["count"], Json(5));
    CW_VERIFY_UNDO_REDO(m_model, *first.record, m_before);
    CW_COMPARE_JSON(node("api").props["count"], Json(5));
    first.record->undo(m_model);
    CW_COMPARE_JSON(node("api").props["count"], Json(2));
    QVERIFY(m_model.diagram() != afterFirst);
}

void TestEditsValues::setPropertyMergeBackToStartIsNoOp()
{
    EditResult first = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 3);
    CW_VERIFY_APPLIED(first);
    EditResult back = edit::setProperty(m_model, catalog(), QStringLiteral("api"), QStringLiteral("count"), 2);
    CW_VERIFY_APPLIED(back);
    QVERIFY(first.record->mergeWith(*back.record));
    QVERIFY(first.record->isNoOp());
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEditsValues::setPropertyDoesNotMergeOtherKeysOrItems()
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
    QVERIFY(!first.record->mergeWith(*otherKey.record));
    QVERIFY(!first.record->mergeWith(*otherNode.record));
    QVERIFY(!first.record->mergeWith(*move.record));
    QVERIFY(move.record->mergeKey().isEmpty());
    QVERIFY(!move.record->mergeWith(*first.record));
    // The refused merges left the first record as it was: undoing the later edits and
    // then it gives back the start.
    move.record->undo(m_model);
    otherNode.record->undo(m_model);
    otherKey.record->undo(m_model);
    first.record->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

// ---- names, providers, edge kinds, diagram settings ---------------------------------

void TestEditsValues::rename()
{
    EditResult r = edit::rename(m_model, QStringLiteral("api"), QStringLiteral("Scorer"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Rename to \"Scorer\""));
    QCOMPARE(node("api").name, QStringLiteral("Scorer"));
    QCOMPARE(summaryAt(0).nodesChanged, QList<Id>{QStringLiteral("api")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    rebase();
    r = edit::rename(m_model, QStringLiteral("pub"), QStringLiteral("DMZ"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(group("pub").name, QStringLiteral("DMZ"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    rebase();
    r = edit::rename(m_model, QStringLiteral("e1"), QStringLiteral("TLS 1.3"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(QStringLiteral("e1"))->label, QStringLiteral("TLS 1.3"));
    QCOMPARE(summaryAt(0).edgesChanged, QList<Id>{QStringLiteral("e1")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    const EditResult same = edit::rename(m_model, QStringLiteral("db"), QStringLiteral("Orders DB"));
    QVERIFY(same.ok());
    QVERIFY(!same.record);
}

void TestEditsValues::renameRefusals()
{
    CW_VERIFY_REFUSED(edit::rename(m_model, QStringLiteral("nope"), QStringLiteral("x")), "no item");
}

void TestEditsValues::setNodeProvider()
{
    // api has the default name and the AWS default machine: both follow the provider.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("api"), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Set provider to Google Cloud"));
    QCOMPARE(node("api").provider, QStringLiteral("gcp"));
    QCOMPARE(node("api").name, QStringLiteral("Compute Engine"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "e2-standard-2"}, {"count", 2}}));
    QCOMPARE(m_model.providerOf(node("api")), QStringLiteral("gcp"));
    QCOMPARE(m_model.meta().provider, QStringLiteral("aws"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setNodeProviderKeepsUserChoices()
{
    // db has a name and a machine type the user chose: they stay.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("db"), QStringLiteral("azure"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("db").name, QStringLiteral("Orders DB"));
    CW_COMPARE_JSON(node("db").props, m_before.nodes[3].props);
    QCOMPARE(node("db").provider, QStringLiteral("azure"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setNodeProviderBackToDiagram()
{
    // backup is pinned to Azure under its Azure name; following the diagram makes it S3.
    EditResult r = edit::setNodeProvider(m_model, catalog(), QStringLiteral("backup"), QString());
    CW_VERIFY_APPLIED(r);
    QVERIFY(node("backup").provider.isEmpty());
    QCOMPARE(node("backup").name, QStringLiteral("S3"));
    QCOMPARE(r.record->text(), QStringLiteral("Set provider to AWS"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setNodeProviderRefusals()
{
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("api"), QStringLiteral("ibm")), "unknown provider");
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("nope"), QStringLiteral("gcp")), "no node");
    CW_VERIFY_REFUSED(
        edit::setNodeProvider(m_model, catalog(), QStringLiteral("vpc"), QStringLiteral("gcp")), "no node");
}

void TestEditsValues::setEdgeKindAndLabel()
{
    EditResult r = edit::setEdgeKind(m_model, QStringLiteral("e2"), EdgeKind::Event);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Make event edge"));
    QCOMPARE(toString(m_model.edge(QStringLiteral("e2"))->kind), toString(EdgeKind::Event));
    QCOMPARE(summaryAt(0).edgesChanged, QList<Id>{QStringLiteral("e2")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    const EditResult same = edit::setEdgeKind(m_model, QStringLiteral("e2"), EdgeKind::Event);
    QVERIFY(same.ok() && !same.record);

    rebase();
    r = edit::setEdgeLabel(m_model, QStringLiteral("e2"), QStringLiteral("gRPC"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.edge(QStringLiteral("e2"))->label, QStringLiteral("gRPC"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::setEdgeRefusals()
{
    CW_VERIFY_REFUSED(edit::setEdgeKind(m_model, QStringLiteral("nope"), EdgeKind::Data), "no edge");
    CW_VERIFY_REFUSED(edit::setEdgeKind(m_model, QStringLiteral("api"), EdgeKind::Data), "no edge");
    // setEdgeLabel must not rename the node when handed a node's id.
    CW_VERIFY_REFUSED(edit::setEdgeLabel(m_model, QStringLiteral("api"), QStringLiteral("x")), "no edge");
}

void TestEditsValues::setMeta()
{
    Meta meta = m_model.meta();
    meta.title = QStringLiteral("Checkout");
    meta.reliability = QStringLiteral("critical");
    meta.extra["x-owner"] = "team";
    EditResult r = edit::setMeta(m_model, meta);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.meta(), meta);
    QCOMPARE(m_spy->count(), 1);
    const ChangeSummary s = summaryAt(0);
    QVERIFY(s.metaChanged);
    QVERIFY(s.nodesChanged.isEmpty() && s.groupsChanged.isEmpty());
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
    const EditResult same = edit::setMeta(m_model, meta);
    QVERIFY(same.ok() && !same.record);
}

void TestEditsValues::setMetaRefusals()
{
    Meta meta = m_model.meta();
    meta.provider = QStringLiteral("ibm");
    CW_VERIFY_REFUSED(edit::setMeta(m_model, meta), "unknown provider");
    meta = m_model.meta();
    meta.reliability = QStringLiteral("high");
    CW_VERIFY_REFUSED(edit::setMeta(m_model, meta), "standard or critical");
}

void TestEditsValues::switchProvider()
{
    EditResult r = edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(), QStringLiteral("Switch provider to Google Cloud"));
    QCOMPARE(m_model.meta().provider, QStringLiteral("gcp"));
    // EC2 with the AWS default machine becomes Compute Engine with GCP's default machine.
    QCOMPARE(node("api").name, QStringLiteral("Compute Engine"));
    CW_COMPARE_JSON(node("api").props, (Json{{"instance_type", "e2-standard-2"}, {"count", 2}}));
    // A name the user chose stays; the machine type they chose becomes its nearest
    // equivalent (tst_switch_provider_types covers every type), and so does the region.
    QCOMPARE(node("db").name, QStringLiteral("Orders DB"));
    CW_COMPARE_JSON(node("db").props, (Json{{"instance_type", "db-custom-2-8192"}, {"storage_gb", 100}}));
    QCOMPARE(m_model.meta().region, QStringLiteral("us-east1"));
    QVERIFY(r.notes.isEmpty());
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
    QVERIFY(s.nodesChanged.contains(QStringLiteral("db")));
    QCOMPARE(s.groupsChanged, QList<Id>{QStringLiteral("vpc")});
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::switchProviderThereAndBack()
{
    EditResult there = edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("azure"));
    CW_VERIFY_APPLIED(there);
    QCOMPARE(node("api").name, QStringLiteral("Virtual Machines"));
    CW_COMPARE_JSON(node("api").props["instance_type"], Json("Standard_D2s_v5"));
    QCOMPARE(group("vpc").name, QStringLiteral("Virtual network"));
    EditResult back = edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("aws"));
    CW_VERIFY_APPLIED(back);
    QCOMPARE(node("api"), m_before.nodes[2]);
    // db.t3.large went to Standard_D2ds_v5, which is Azure's default, so it comes back
    // as AWS's default: the one value that does not round-trip, everything else does.
    Node db = m_before.nodes[3];
    db.props["instance_type"] = "db.t3.medium";
    QCOMPARE(node("db"), db);
    QCOMPARE(group("vpc"), m_before.groups[1]);
    QCOMPARE(m_model.meta(), m_before.meta);
    back.record->undo(m_model);
    there.record->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
}

void TestEditsValues::switchProviderKeepsUnknownProps()
{
    // Properties the program does not know are the user's (or a newer version's): a
    // provider switch must not drop them, whatever their value.
    Diagram d = smallDiagram();
    d.nodes[2].props["x-null"] = nullptr;
    d.nodes[2].props["x-owner"] = "ml-team";
    m_model.reset(d);
    rebase();
    EditResult r = edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("gcp"));
    CW_VERIFY_APPLIED(r);
    const Json& props = node("api").props;
    QVERIFY2(props.contains("x-null"), props.dump().c_str());
    QVERIFY(props["x-null"].is_null());
    CW_COMPARE_JSON(props["x-owner"], Json("ml-team"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestEditsValues::switchProviderRefusals()
{
    CW_VERIFY_REFUSED(edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("ibm")),
        "unknown provider");
    CW_VERIFY_REFUSED(
        edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QString()), "unknown provider");
    const EditResult same = edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), QStringLiteral("aws"));
    QVERIFY(same.ok());
    QVERIFY(!same.record);
    QCOMPARE(m_spy->count(), 0);
}

void TestEditsValues::suppressAndLift()
{
    EditResult r = edit::suppress(
        m_model, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("missing-secrets"), QStringLiteral("vault"));
    CW_VERIFY_APPLIED(r);
    const std::vector<Suppression>& list = m_model.node(QStringLiteral("db"))->suppress;
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].rule, QStringLiteral("missing-secrets"));
    QCOMPARE(list[0].reason, QStringLiteral("vault"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);

    // A second suppression of the same rule replaces the reason, it does not add one.
    rebase();
    r = edit::suppress(m_model, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("missing-secrets"),
        QStringLiteral("platform team"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.node(QStringLiteral("db"))->suppress.size(), std::size_t(1));
    QCOMPARE(m_model.node(QStringLiteral("db"))->suppress[0].reason, QStringLiteral("platform team"));

    // Lifting the last one leaves the node as if it had never been suppressed.
    r = edit::unsuppress(m_model, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("missing-secrets"));
    CW_VERIFY_APPLIED(r);
    QVERIFY(m_model.node(QStringLiteral("db"))->suppress.empty());
}

void TestEditsValues::suppressRefusals()
{
    CW_VERIFY_REFUSED(edit::suppress(m_model, Catalog::builtin(), QStringLiteral("ghost"),
                          QStringLiteral("missing-iam"), QStringLiteral("x")),
        "no node");
    CW_VERIFY_REFUSED(edit::suppress(m_model, Catalog::builtin(), QStringLiteral("db"), QString(), QStringLiteral("x")),
        "names a rule");
    // The editor's rule, kept in core so the command line and lessons keep it too.
    CW_VERIFY_REFUSED(edit::suppress(m_model, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("missing-iam"),
                          QStringLiteral("  ")),
        "needs a reason");
    CW_VERIFY_REFUSED(
        edit::unsuppress(m_model, Catalog::builtin(), QStringLiteral("db"), QStringLiteral("missing-iam")),
        "does not suppress");
}

QTEST_GUILESS_MAIN(TestEditsValues)
#include "tst_edits_values.moc"
