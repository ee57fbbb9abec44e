// What a quick fix adds to the monthly bill (fix::quickFixCost): the fix is tried on a
// copy and the nodes it adds or changes are priced from the book; an unknown price or
// usage that is not set makes the figure unknown with the reason, never $0.
#include "core_test_helpers.h"

#include "cost/cost_export.h"
#include "cost/cost_model.h"
#include "cost/price_book.h"
#include "edit/edits.h"
#include "rules/quick_fix_cost.h"
#include "rules/quick_fixes.h"
#include "rules/validator.h"

#include <QFile>

using namespace cw;
using cw::test::catalog;

namespace {

Diagram sample()
{
    QFile file(QStringLiteral(":/samples/ml-product.cwa"));
    file.open(QIODevice::ReadOnly);
    LoadResult r = readCwa(file.readAll(), QStringLiteral("sample"), catalog());
    return std::move(*r.diagram);
}

const cost::PriceBook& prices()
{
    return cost::PriceBook::builtin();
}

std::optional<Finding> findingOf(const Architecture& model, const QString& rule)
{
    for (const Finding& f : validate(model)) {
        if (f.rule == rule)
            return f;
    }
    return std::nullopt;
}

// The book's price of one secret a month at AWS us-east-1, read rather than assumed.
cost::Money secretPrice()
{
    const cost::PriceLookup p
        = prices().find(QStringLiteral("aws"), QStringLiteral("us-east-1"), QStringLiteral("secrets:secret"));
    return p.isKnown() ? p.entry->amount.cost(qint64(1'000'000)) : cost::Money();
}

} // namespace

class TestQuickFixCost : public QObject {
    Q_OBJECT

    Architecture m_model;

private Q_SLOTS:
    void init() { m_model.reset(sample()); }

    void secretManagerAddsItsPrice()
    {
        QCOMPARE(secretPrice(), cost::Money::fromMicros(400'000)); // $0.40 per secret a month
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("missing-secrets"));
        QVERIFY(f);
        const Diagram before = m_model.diagram();
        const std::optional<fix::FixCost> c = fix::quickFixCost(m_model, catalog(), prices(), *f);
        QVERIFY(c);
        QVERIFY2(c->monthly, qPrintable(c->reason));
        QCOMPARE(*c->monthly, secretPrice());
        QCOMPARE(c->text(), QStringLiteral("adds Secrets Manager: +$0.40 a month"));
        QCOMPARE(c->shortText(), QStringLiteral("+$0.40/mo"));
        CW_COMPARE_DIAGRAMS(m_model.diagram(), before); // tried on a copy
    }

    // The fix's cost is what the estimate's total moves by once the fix is applied.
    void matchesTheTotalsBeforeAndAfter()
    {
        applied(edit::removeItems(m_model, {QStringLiteral("train")})); // the one unpriced node
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("missing-secrets"));
        QVERIFY(f);
        const std::optional<fix::FixCost> c = fix::quickFixCost(m_model, catalog(), prices(), *f);
        QVERIFY(c && c->monthly);
        const cost::Money before = cost::project(catalog(), prices(), m_model, 1).perMonth.front().total;
        EditResult r = fix::quickFix(m_model, catalog(), *f);
        QVERIFY(r.ok());
        const cost::Money after = cost::project(catalog(), prices(), m_model, 1).perMonth.front().total;
        QCOMPARE(*c->monthly, after - before);
    }

    // A budget is a billing setting, not billed (docs/cost.md): the fix adds nothing.
    void budgetAddsNothing()
    {
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("no-cost-controls"));
        QVERIFY(f);
        const std::optional<fix::FixCost> c = fix::quickFixCost(m_model, catalog(), prices(), *f);
        QVERIFY(c);
        QVERIFY2(c->monthly, qPrintable(c->reason));
        QCOMPARE(*c->monthly, cost::Money());
        QCOMPARE(c->text(), QStringLiteral("adds AWS Budgets: $0.00 a month"));
    }

    // Moving a database into a private subnet changes no price.
    void movingChangesNothing()
    {
        Finding f;
        f.rule = QStringLiteral("public-database");
        f.nodes = {QStringLiteral("db")};
        Architecture model;
        Diagram d = sample();
        for (Group& g : d.groups) {
            if (g.kind == GroupKind::Subnet)
                g.props = Json{{"public", true}};
        }
        model.reset(d);
        const std::optional<fix::FixCost> c = fix::quickFixCost(model, catalog(), prices(), f);
        QVERIFY(c);
        QVERIFY2(c->monthly, qPrintable(c->reason));
        QCOMPARE(*c->monthly, cost::Money());
    }

    // At the generic provider nothing has a list price: unknown, with the book's reason.
    void unpricedIsUnknown()
    {
        Diagram d = sample();
        d.meta.provider = QStringLiteral("generic");
        m_model.reset(d);
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("missing-secrets"));
        QVERIFY(f);
        const std::optional<fix::FixCost> c = fix::quickFixCost(m_model, catalog(), prices(), *f);
        QVERIFY(c);
        QVERIFY(!c->monthly);
        QVERIFY2(c->reason.contains(QStringLiteral("no list price")), qPrintable(c->reason));
        QVERIFY2(c->text().contains(QStringLiteral(": cost unknown (")), qPrintable(c->text()));
        QCOMPARE(c->shortText(), QStringLiteral("?/mo"));
    }

    void inPlaceLeavesTheModelAsItWas()
    {
        const std::optional<Finding> f = findingOf(m_model, QStringLiteral("missing-secrets"));
        QVERIFY(f);
        const Diagram before = m_model.diagram();
        const std::optional<fix::FixCost> c = fix::quickFixCostInPlace(m_model, catalog(), prices(), *f);
        QVERIFY(c && c->monthly);
        QCOMPARE(*c->monthly, secretPrice());
        CW_COMPARE_DIAGRAMS(m_model.diagram(), before);
        CW_VERIFY_INVARIANTS(m_model);
    }

    void noFixNoCost()
    {
        Finding f;
        f.rule = QStringLiteral("mixed-data-stores");
        QVERIFY(!fix::quickFixCost(m_model, catalog(), prices(), f));
        Finding stale;
        stale.rule = QStringLiteral("missing-secrets");
        stale.nodes = {QStringLiteral("gone")};
        QVERIFY(!fix::quickFixCost(m_model, catalog(), prices(), stale));
    }

private:
    static void applied(const EditResult& r) { QVERIFY2(r.ok(), qPrintable(r.error)); }
};

QTEST_GUILESS_MAIN(TestQuickFixCost)
#include "tst_quick_fix_cost.moc"
