// The pitfall rules on whole diagrams a user would draw: the churn-prediction cases of
// seeds/001 come out as the course expects, and findings name exactly the nodes they are
// about (those get the badges, and a suppression on any of them applies).
#include "rule_test_helpers.h"

#include <QDir>

using namespace cw;
using namespace cw::test;

namespace {

QString fixture(const QString& relative)
{
    return QDir(rulesDir()).filePath(relative);
}

} // namespace

class RuleCasesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedChurnGood()
    {
        const Diagram d = load(QDir(rulesDir()).filePath(kSeedFolder + QStringLiteral("/churn-good.cwa")));
        QVERIFY(!d.nodes.empty());
        const std::vector<Finding> all = findingsOf(d);
        // Built well, it gives no finding at all, not even an info.
        QVERIFY2(all.empty(), qPrintable(QStringLiteral("findings:\n  ") + describe(all)));
    }

    void seedChurnTrainingReadsCrm()
    {
        const Diagram d
            = load(QDir(rulesDir()).filePath(kSeedFolder + QStringLiteral("/churn-training-reads-crm.cwa")));
        QVERIFY(!d.nodes.empty());
        const std::vector<Finding> all = findingsOf(d);
        const std::vector<Finding> mixed = ofRule(all, QStringLiteral("mixed-data-stores"));
        QCOMPARE(mixed.size(), std::size_t(1));
        QCOMPARE(mixed.front().nodes.first(), Id(QStringLiteral("crmdb")));
        QVERIFY(mixed.front().nodes.contains(QStringLiteral("train")));
        for (const Finding& f : all)
            QVERIFY2(f.severity != Severity::Error, qPrintable(describe(f)));
    }

    // ------------------------------------------------------------ what a finding names

    void namesItsNodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("nodes"); ///< of the one finding of the rule

        QTest::newRow("users straight to a database: the database and the users")
            << fixture(QStringLiteral("public-database/positive-users-direct.cwa")) << QStringLiteral("public-database")
            << QStringList{"custdb", "users"};
        QTest::newRow("critical, a single-zone database behind the API over a data edge")
            << fixture(QStringLiteral("single-point-of-failure/positive-database-data-edge.cwa"))
            << QStringLiteral("single-point-of-failure") << QStringList{"custdb"};
        QTest::newRow("an outside API the pipeline calls, no secret manager")
            << fixture(QStringLiteral("missing-secrets/positive-outside-api.cwa")) << QStringLiteral("missing-secrets")
            << QStringList{"sf"};
        QTest::newRow("the unmonitored second flow, not the monitored one")
            << fixture(QStringLiteral("no-observability/positive-second-flow.cwa"))
            << QStringLiteral("no-observability") << QStringList{"waf2", "gw", "fn"};
        QTest::newRow("a request edge to the database is use of it")
            << fixture(QStringLiteral("missing-iam/positive-request-edge.cwa")) << QStringLiteral("missing-iam")
            << QStringList{"api"};
        QTest::newRow("training reads the CRM database: the database, then training")
            << fixture(kSeedFolder + QStringLiteral("/churn-training-reads-crm.cwa"))
            << QStringLiteral("mixed-data-stores") << QStringList{"crmdb", "train"};
        QTest::newRow("a budget without a monthly limit: the budget")
            << fixture(QStringLiteral("no-cost-controls/positive-no-limit.cwa")) << QStringLiteral("no-cost-controls")
            << QStringList{"budget"};
        QTest::newRow("a budget that watches only the users: the budget")
            << fixture(QStringLiteral("no-cost-controls/positive-watches-nothing.cwa"))
            << QStringLiteral("no-cost-controls") << QStringList{"budget"};
    }

    void namesItsNodes()
    {
        QFETCH(QString, path);
        QFETCH(QString, rule);
        QFETCH(QStringList, nodes);
        const Diagram d = load(path);
        QVERIFY2(!d.nodes.empty(), qPrintable(path + QStringLiteral(" does not load")));
        const std::vector<Finding> all = findingsOf(d);
        const std::vector<Finding> mine = ofRule(all, rule);
        QVERIFY2(mine.size() == 1,
            qPrintable(
                QStringLiteral("%1 findings of %2; all findings:\n  %3").arg(mine.size()).arg(rule, describe(all))));
        QCOMPARE(mine.front().nodes, nodes);
    }

    // ------------------------------------------------------------ budget-exceeded

    void budgetExceededSaysTheMonth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("month"); ///< the text the message must carry

        QTest::newRow("over from the first month")
            << fixture(QStringLiteral("budget-exceeded/positive.cwa")) << QStringLiteral("in month 1 ($70.08)");
        QTest::newRow("growth crosses the limit in month 7")
            << fixture(QStringLiteral("budget-exceeded/positive-growth.cwa")) << QStringLiteral("in month 7 (");
    }

    void budgetExceededSaysTheMonth()
    {
        QFETCH(QString, path);
        QFETCH(QString, month);
        const std::vector<Finding> mine = ofRule(findingsOf(load(path)), QStringLiteral("budget-exceeded"));
        QCOMPARE(mine.size(), std::size_t(1));
        QVERIFY2(mine.front().message.contains(month), qPrintable(mine.front().message));
        QCOMPARE(mine.front().nodes, QList<Id>{QStringLiteral("budget")});
    }
};

QTEST_GUILESS_MAIN(RuleCasesTest)
#include "tst_rule_cases.moc"
