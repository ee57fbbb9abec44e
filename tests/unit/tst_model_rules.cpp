// The model's own rules that the editor once kept in widgets, now in core where the
// command line, lessons and tests share them: where a dropped or moved item lands,
// nudges that merge into one undo entry, the smallest group, alignment thresholds,
// a property's effective value, the name shown for an item, the JSON text helpers and
// the currency a diagram can be priced in.
#include "edits_test_fixture.h"

#include "catalog/effective_values.h"
#include "model/json_text.h"

using namespace cw;

Q_DECLARE_METATYPE(cw::edit::Alignment)

class TestModelRules : public cw::test::EditsFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void groupAtPicksTheInnermost_data();
    void groupAtPicksTheInnermost();
    void groupAtSkipsExcludedAndWhatIsInside();
    void regroupAfterMoveByCentre();
    void regroupKeepsWhatTravelsInAMovedGroup();
    void nudgesOfOneBurstMerge();
    void nudgesOfTwoBurstsStayApart();
    void resizeKeepsTheSmallestGroup();
    void alignmentNeedsEnoughItems_data();
    void alignmentNeedsEnoughItems();
    void effectiveValue();
    void displayNames();
    void jsonText();
    void currencyCannotBeChangedToOneNotPriced();
    void newDiagramIsProviderNeutral();
};

// ---- where things land -----------------------------------------------------------------

void TestModelRules::groupAtPicksTheInnermost_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<QString>("group");
    QTest::newRow("bare canvas") << QPointF(-200, -200) << QString();
    QTest::newRow("region only") << QPointF(1200, 700) << QStringLiteral("r1");
    QTest::newRow("vpc, between subnets") << QPointF(400, 300) << QStringLiteral("vpc");
    QTest::newRow("public subnet") << QPointF(200, 300) << QStringLiteral("pub");
    QTest::newRow("private subnet") << QPointF(600, 300) << QStringLiteral("priv");
}

void TestModelRules::groupAtPicksTheInnermost()
{
    QFETCH(QPointF, point);
    QFETCH(QString, group);
    QCOMPARE(edit::groupAt(m_model, point), group);
}

void TestModelRules::groupAtSkipsExcludedAndWhatIsInside()
{
    // The VPC is being dragged: neither it nor its subnets can take what is dropped.
    QCOMPARE(edit::groupAt(m_model, QPointF(600, 300), {QStringLiteral("vpc")}), QStringLiteral("r1"));
    QCOMPARE(edit::groupAt(m_model, QPointF(600, 300), {QStringLiteral("priv")}), QStringLiteral("vpc"));
}

void TestModelRules::regroupAfterMoveByCentre()
{
    // The API card (460,200 in the private subnet) dragged left into the public subnet.
    const QHash<Id, Id> moved = edit::regroupAfterMove(m_model, {QStringLiteral("api")}, QPointF(-300, 0));
    QCOMPARE(moved.value(QStringLiteral("api")), QStringLiteral("pub"));
    // A small move keeps it where it is: nothing to regroup.
    QVERIFY(edit::regroupAfterMove(m_model, {QStringLiteral("api")}, QPointF(20, 0)).isEmpty());
    // Out onto the bare canvas: top level (the empty id).
    const QHash<Id, Id> out = edit::regroupAfterMove(m_model, {QStringLiteral("api")}, QPointF(0, 2000));
    QVERIFY(out.contains(QStringLiteral("api")));
    QCOMPARE(out.value(QStringLiteral("api")), Id());
    // A subnet nudged so its frame pokes out of the VPC stays in it (its centre is inside).
    QVERIFY(edit::regroupAfterMove(m_model, {QStringLiteral("pub")}, QPointF(-60, 0)).isEmpty());
    // Applied through moveItems, the move and the new group are one step.
    EditResult r = edit::moveItems(m_model, {QStringLiteral("api")}, QPointF(-300, 0),
        edit::regroupAfterMove(m_model, {QStringLiteral("api")}, QPointF(-300, 0)));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(node("api").group, QStringLiteral("pub"));
    CW_VERIFY_UNDO_REDO(m_model, *r.record, m_before);
}

void TestModelRules::regroupKeepsWhatTravelsInAMovedGroup()
{
    // The private subnet and the database in it move together: the database stays inside,
    // and the subnet, still in the VPC by its centre, keeps its parent.
    const QHash<Id, Id> moved
        = edit::regroupAfterMove(m_model, {QStringLiteral("priv"), QStringLiteral("db")}, QPointF(10, 10));
    QVERIFY2(moved.isEmpty(), qPrintable(QStringList(moved.keys()).join(QLatin1Char(','))));
}

// ---- nudges -----------------------------------------------------------------------------

void TestModelRules::nudgesOfOneBurstMerge()
{
    EditResult first = edit::nudgeItems(m_model, {QStringLiteral("api")}, QPointF(8, 0), 1);
    CW_VERIFY_APPLIED(first);
    QCOMPARE(first.record->text(), QStringLiteral("Nudge 1 item"));
    EditResult second = edit::nudgeItems(m_model, {QStringLiteral("api")}, QPointF(8, 0), 1);
    CW_VERIFY_APPLIED(second);
    QVERIFY(first.record->mergeWith(*second.record));
    QCOMPARE(node("api").pos, QPointF(476, 200));
    // One undo takes back the whole burst.
    first.record->undo(m_model);
    CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
    first.record->redo(m_model);
    QCOMPARE(node("api").pos, QPointF(476, 200));
}

void TestModelRules::nudgesOfTwoBurstsStayApart()
{
    EditResult first = edit::nudgeItems(m_model, {QStringLiteral("api")}, QPointF(8, 0), 1);
    EditResult second = edit::nudgeItems(m_model, {QStringLiteral("api")}, QPointF(8, 0), 2);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(!first.record->mergeWith(*second.record));
    // Nor do nudges of other items in the same burst.
    EditResult other = edit::nudgeItems(m_model, {QStringLiteral("db")}, QPointF(8, 0), 2);
    QVERIFY(other.ok());
    QVERIFY(!second.record->mergeWith(*other.record));
    rebase();
    CW_VERIFY_REFUSED(edit::nudgeItems(m_model, {QStringLiteral("e1")}, QPointF(8, 0), 3), "nudge");
}

// ---- sizes and thresholds -----------------------------------------------------------------

void TestModelRules::resizeKeepsTheSmallestGroup()
{
    const QRectF box = group("pub").box;
    CW_VERIFY_REFUSED(
        edit::resizeGroup(m_model, QStringLiteral("pub"), QRectF(box.topLeft(), QSizeF(kMinGroupWidth - 1, 300))),
        "at least");
    CW_VERIFY_REFUSED(
        edit::resizeGroup(m_model, QStringLiteral("pub"), QRectF(box.topLeft(), QSizeF(300, kMinGroupHeight - 1))),
        "at least");
    EditResult r
        = edit::resizeGroup(m_model, QStringLiteral("pub"), QRectF(box.topLeft(), QSizeF(kMinGroupWidth, 420)));
    CW_VERIFY_APPLIED(r);
}

void TestModelRules::alignmentNeedsEnoughItems_data()
{
    QTest::addColumn<edit::Alignment>("how");
    QTest::addColumn<int>("needed");
    QTest::newRow("left") << edit::Alignment::Left << 2;
    QTest::newRow("middle") << edit::Alignment::VCenter << 2;
    QTest::newRow("distribute h") << edit::Alignment::DistributeH << 3;
    QTest::newRow("distribute v") << edit::Alignment::DistributeV << 3;
}

void TestModelRules::alignmentNeedsEnoughItems()
{
    QFETCH(edit::Alignment, how);
    QFETCH(int, needed);
    QCOMPARE(edit::minimumItemsFor(how), needed);
    const QList<Id> items{QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("lb")};
    CW_VERIFY_REFUSED(edit::alignItems(m_model, items.mid(0, needed - 1), how), "at least");
    QVERIFY(edit::alignItems(m_model, items.mid(0, needed), how).ok());
}

// ---- values and names ---------------------------------------------------------------------

void TestModelRules::effectiveValue()
{
    const Catalog& c = catalog();
    // Set on the node: its own value.
    QVERIFY(cw::effectiveValue(c, m_model, node("api"), "instance_type") == Json("m5.large"));
    // Not set: the kind's default at the node's provider.
    const Json dbDefault
        = c.defaultValue(QStringLiteral("database.sql"), QStringLiteral("multi_az"), QStringLiteral("aws"));
    QVERIFY(cw::effectiveValue(c, m_model, node("db"), "multi_az") == dbDefault);
    // A null in the file is "not set", the same for the rules and the inspector.
    Node withNull = node("api");
    withNull.props["instance_type"] = nullptr;
    QVERIFY(cw::effectiveValue(c, m_model, withNull, QStringLiteral("instance_type"))
        == c.defaultValue(QStringLiteral("compute.vm"), QStringLiteral("instance_type"), QStringLiteral("aws")));
    QVERIFY(!isSetOnNode(withNull, QStringLiteral("instance_type")));
    QVERIFY(isSetOnNode(node("api"), QStringLiteral("instance_type")));
    // A node's own provider picks the default (Azure's blob storage in an AWS diagram).
    const Json azure
        = c.defaultValue(QStringLiteral("storage.object"), QStringLiteral("storage_class"), QStringLiteral("azure"));
    QVERIFY(cw::effectiveValue(c, m_model, node("backup"), "storage_class") == azure);
}

void TestModelRules::displayNames()
{
    const Catalog& c = catalog();
    QCOMPARE(displayName(c, m_model, QStringLiteral("db")), QStringLiteral("Orders DB"));
    // No name of its own: the service's name at its provider, never the bare id.
    QCOMPARE(displayName(c, m_model, QStringLiteral("bucket")),
        c.serviceName(QStringLiteral("storage.object"), QStringLiteral("aws")));
    QCOMPARE(displayName(c, m_model, QStringLiteral("vpc")), QStringLiteral("VPC"));
    QCOMPARE(displayName(c, m_model, QStringLiteral("ghost")), QStringLiteral("ghost"));
    // The history names the node the same way.
    EditResult r = edit::suppress(
        m_model, c, QStringLiteral("bucket"), QStringLiteral("missing-iam"), QStringLiteral("public data"));
    CW_VERIFY_APPLIED(r);
    QCOMPARE(r.record->text(),
        QStringLiteral("Suppress missing-iam on “%1”")
            .arg(c.serviceName(QStringLiteral("storage.object"), QStringLiteral("aws"))));
}

void TestModelRules::jsonText()
{
    QCOMPARE(cw::jsonText(Json("Zürich")), QStringLiteral("Zürich"));
    QCOMPARE(cw::jsonText(Json(3)), QStringLiteral("3"));
    QCOMPARE(cw::jsonText(Json(true)), QStringLiteral("true"));
    QCOMPARE(cw::jsonText(Json()), QString());
    QCOMPARE(cw::jsonString(Json{{"a", "x"}, {"b", 2}}, "a"), QStringLiteral("x"));
    QCOMPARE(cw::jsonString(Json{{"a", "x"}, {"b", 2}}, "b"), QString());
    QCOMPARE(cw::jsonString(Json::array(), "a"), QString());
    QCOMPARE(cw::jsonStringList(Json{"a", 1, "b"}), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestModelRules::currencyCannotBeChangedToOneNotPriced()
{
    Meta meta = m_model.meta();
    meta.currency = QStringLiteral("EUR");
    CW_VERIFY_REFUSED(edit::setMeta(m_model, meta), "US dollars");
    QVERIFY(currencyProblem(QStringLiteral("USD")).isEmpty());
    QVERIFY(currencyProblem(QStringLiteral("EUR")).contains(QStringLiteral("cannot be priced")));

    // A diagram that came with another currency keeps it while other settings change.
    Diagram d = m_model.diagram();
    d.meta.currency = QStringLiteral("EUR");
    m_model.reset(d);
    rebase();
    Meta retitled = m_model.meta();
    retitled.title = QStringLiteral("Renamed");
    EditResult r = edit::setMeta(m_model, retitled);
    CW_VERIFY_APPLIED(r);
    QCOMPARE(m_model.meta().currency, QStringLiteral("EUR"));
}

void TestModelRules::newDiagramIsProviderNeutral()
{
    // One answer for a new diagram and for a file that leaves the provider out.
    QCOMPARE(Diagram().meta.provider, QStringLiteral("generic"));
    QCOMPARE(Meta().currency, kPricedCurrency);
}

QTEST_GUILESS_MAIN(TestModelRules)
#include "tst_model_rules.moc"
