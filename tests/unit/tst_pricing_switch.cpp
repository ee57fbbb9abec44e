// The pricing switch (edit::setPricingModel) puts every node that can take a pricing
// model on it in one undoable step: nodes the price book cannot price on that model keep
// their own and are named in the notes, undo gives every node back its own value (unset
// stays unset, an explicit on_demand stays explicit), and a switch that would change
// nothing is refused with the reason.
#include "core_test_helpers.h"
#include "cost/change_cost.h"
#include "cost/price_book.h"
#include "cost/pricing_models.h"
#include "edit/edits.h"

using namespace cw;
using cw::test::catalog;

namespace {

const cost::PriceBook& prices()
{
    return cost::PriceBook::builtin();
}

Node makeNode(const char* id, const char* kind, Json props = Json::object())
{
    Node n;
    n.id = QString::fromLatin1(id);
    n.kind = QString::fromLatin1(kind);
    n.pos = QPointF(100 + 200 * n.id.size(), 100);
    n.props = std::move(props);
    return n;
}

// AWS in us-east-1, where the book has reserved and spot rates for every VM type, only a
// 1-year rate for SQL databases, and none for SageMaker training.
Diagram awsDiagram()
{
    Diagram d;
    d.meta.provider = QStringLiteral("aws");
    d.meta.region = QStringLiteral("us-east-1");
    d.nodes.push_back(makeNode("vm", "compute.vm")); // pricing unset: on-demand by default
    d.nodes.push_back(makeNode("vm2", "compute.vm", Json{{"pricing", "on_demand"}})); // said explicitly
    d.nodes.push_back(makeNode("batch", "compute.batch"));
    d.nodes.push_back(makeNode("db", "database.sql", Json{{"pricing", "reserved_1y"}}));
    d.nodes.push_back(makeNode("train", "ml.training"));
    d.nodes.push_back(makeNode("fn", "compute.function")); // no pricing property at all
    return d;
}

QString pricingOf(const Architecture& model, const QString& id)
{
    const Json& props = model.node(id)->props;
    const auto it = props.find("pricing");
    return it != props.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QStringLiteral("(unset)");
}

QStringList changedIds(const UndoRecord& record)
{
    QStringList ids;
    for (const auto& e : record.nodes)
        ids << e.id;
    ids.sort();
    return ids;
}

} // namespace

class TestPricingSwitch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everything_data()
    {
        QTest::addColumn<QString>("pricingModel");
        QTest::addColumn<QStringList>("changed"); // sorted
        QTest::addColumn<QString>("dbAfter");
        QTest::addColumn<QString>("note"); // empty: no notes
        QTest::newRow("reserved 1 year")
            << QStringLiteral("reserved_1y") << QStringList{"batch", "vm", "vm2"} << QStringLiteral("reserved_1y")
            << QStringLiteral("kept on-demand: 1 node has no reserved 1-year price: SageMaker training (train)");
        QTest::newRow("reserved 3 years")
            << QStringLiteral("reserved_3y") << QStringList{"batch", "vm", "vm2"} << QStringLiteral("reserved_1y")
            << QStringLiteral("kept as they were: 2 nodes have no reserved 3-year price: ");
        QTest::newRow("spot") << QStringLiteral("spot") << QStringList{"batch", "vm", "vm2"}
                              << QStringLiteral("reserved_1y")
                              << QStringLiteral("kept as they were: 2 nodes have no spot price: ");
        // Back to the list price: the default is left unset, not written out.
        QTest::newRow("on-demand") << QStringLiteral("on_demand") << QStringList{"db"} << QStringLiteral("(unset)")
                                   << QString();
    }

    void everything()
    {
        QFETCH(QString, pricingModel);
        QFETCH(QStringList, changed);
        QFETCH(QString, dbAfter);
        QFETCH(QString, note);
        Architecture model;
        model.reset(awsDiagram());
        const Diagram before = model.diagram();
        EditResult r = edit::setPricingModel(model, catalog(), prices(), pricingModel);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        QCOMPARE(changedIds(*r.record), changed);
        QCOMPARE(r.record->text(), QStringLiteral("Price everything on %1").arg(cost::pricingModelText(pricingModel)));
        for (const QString& id : changed) {
            if (id != QLatin1String("db"))
                QCOMPARE(pricingOf(model, id), pricingModel);
        }
        QCOMPARE(pricingOf(model, QStringLiteral("db")), dbAfter);
        QCOMPARE(pricingOf(model, QStringLiteral("train")), QStringLiteral("(unset)"));
        CW_COMPARE_JSON(model.node(QStringLiteral("fn"))->props, Json::object());
        if (note.isEmpty()) {
            QCOMPARE(r.notes, QStringList());
        } else {
            QCOMPARE(r.notes.size(), 1);
            QVERIFY2(r.notes.first().startsWith(note), qPrintable(r.notes.first()));
        }
        // Every node gets its own value back: unset stays unset, explicit stays explicit.
        CW_VERIFY_UNDO_REDO(model, *r.record, before);
    }

    void keptNodesAreNamed()
    {
        Architecture model;
        model.reset(awsDiagram());
        const EditResult r = edit::setPricingModel(model, catalog(), prices(), QStringLiteral("spot"));
        QVERIFY(r.ok());
        const QString note = r.notes.value(0);
        QVERIFY2(note.contains(QStringLiteral("(db)")) && note.contains(QStringLiteral("(train)")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("(fn)")), qPrintable(note)); // no pricing property: not a candidate
        // What the estimate shows agrees: the kept nodes are the ones it could not price on spot.
        QVERIFY(!cost::whyNotPricedOn(
            catalog(), prices(), model, *model.node(QStringLiteral("train")), QStringLiteral("spot"))
                     .isEmpty());
        QCOMPARE(
            cost::whyNotPricedOn(catalog(), prices(), model, *model.node(QStringLiteral("vm")), QStringLiteral("spot")),
            QString());
    }

    void cheaperOnAReservation()
    {
        Architecture model;
        model.reset(awsDiagram());
        const EditResult r = edit::setPricingModel(model, catalog(), prices(), QStringLiteral("reserved_3y"));
        QVERIFY(r.ok() && r.record);
        const cost::ChangeCost change = cost::costOfChange(catalog(), prices(), model, *r.record);
        QVERIFY2(change.known(), qPrintable(change.unknown.join(QStringLiteral("; "))));
        QCOMPARE(change.nodes, 3);
        // m5.large $0.096/h and m5.xlarge $0.192/h, 730 h, 56.7 % off: 2 x 70.08 + 140.16 = 280.32 x 0.567.
        QCOMPARE(change.monthly, cost::Money::fromMicros(-158'941'440));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("pricingModel");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QString>("text");
        QTest::newRow("training on spot") << QStringLiteral("training") << QStringLiteral("spot")
                                          << QStringList{"batch"} << QStringLiteral("Price training and batch on spot");
        QTest::newRow("selection") << QStringLiteral("selection") << QStringLiteral("reserved_1y") << QStringList{"vm"}
                                   << QStringLiteral("Price the selection on reserved 1 year");
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(QString, pricingModel);
        QFETCH(QStringList, changed);
        QFETCH(QString, text);
        Architecture model;
        model.reset(awsDiagram());
        const Diagram before = model.diagram();
        const edit::PricingScope s = scope == QLatin1String("training")
            ? edit::PricingScope::training()
            : edit::PricingScope::only({QStringLiteral("vm"), QStringLiteral("fn")});
        EditResult r = edit::setPricingModel(model, catalog(), prices(), pricingModel, s);
        QVERIFY2(r.ok() && r.record, qPrintable(r.error));
        QCOMPARE(changedIds(*r.record), changed);
        QCOMPARE(r.record->text(), text);
        CW_VERIFY_UNDO_REDO(model, *r.record, before);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("pricingModel");
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown model") << QStringLiteral("cheap") << QStringList()
                                       << QStringLiteral("unknown pricing model \"cheap\"");
        QTest::newRow("no such node") << QStringLiteral("spot") << QStringList{"ghost"}
                                      << QStringLiteral("there is no node \"ghost\"");
        QTest::newRow("nothing with a pricing model") << QStringLiteral("spot") << QStringList{"fn"}
                                                      << QStringLiteral("nothing in the selection has a pricing model");
        QTest::newRow("already there") << QStringLiteral("on_demand") << QStringList{"vm", "vm2"}
                                       << QStringLiteral("nothing to change in the selection: 2 nodes are already "
                                                         "on on-demand");
        QTest::newRow("no price") << QStringLiteral("spot") << QStringList{"train"}
                                  << QStringLiteral("nothing to change in the selection: 1 node has no spot price: "
                                                    "SageMaker training (train)");
    }

    void refusals()
    {
        QFETCH(QString, pricingModel);
        QFETCH(QStringList, selection);
        QFETCH(QString, error);
        Architecture model;
        model.reset(awsDiagram());
        const Diagram before = model.diagram();
        const EditResult r = edit::setPricingModel(model, catalog(), prices(), pricingModel,
            selection.isEmpty() ? edit::PricingScope::everything() : edit::PricingScope::only(selection));
        QVERIFY(!r.ok());
        QVERIFY(!r.record);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
        QVERIFY(r.notes.isEmpty());
        CW_COMPARE_DIAGRAMS(model.diagram(), before);
    }

    void everythingAlreadyThereIsRefused()
    {
        Architecture model;
        model.reset(awsDiagram());
        EditResult first = edit::setPricingModel(model, catalog(), prices(), QStringLiteral("reserved_1y"));
        QVERIFY(first.ok());
        const EditResult again = edit::setPricingModel(model, catalog(), prices(), QStringLiteral("reserved_1y"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error,
            QStringLiteral("nothing to change in the diagram: 4 nodes are already on reserved 1 year, 1 node has no "
                           "reserved 1-year price: SageMaker training (train)"));
    }
};

QTEST_GUILESS_MAIN(TestPricingSwitch)
#include "tst_pricing_switch.moc"
