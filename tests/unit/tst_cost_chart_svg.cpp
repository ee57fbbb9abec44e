// The cost-over-time chart (core/report/cost_chart_svg.h): well-formed SVG, the budget
// line exactly when there is a budget, text escaped, axis labels in USD.
#include "report/cost_chart_svg.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace cw;
using cost::Money;

namespace {

report::CostSection section(int months, qint64 startUsd, qint64 stepUsd, std::optional<qint64> budgetUsd)
{
    report::CostSection c;
    c.months = months;
    c.categories.push_back({QStringLiteral("compute"), QStringLiteral("Compute"), QStringLiteral("#3b82f6"), {}, {}, {},
        {}, {}, {}, false});
    c.categories.push_back({QStringLiteral("x"), QStringLiteral("<b>Data</b> & \"more\""),
        QStringLiteral("\"/><script>x</script>"), {}, {}, {}, {}, {}, {}, false});
    for (int m = 1; m <= months; ++m) {
        const Money a = Money::fromMicros((startUsd + stepUsd * (m - 1)) * 1'000'000);
        const Money b = Money::fromMicros(5'000'000);
        c.perMonth.push_back({m, a + b, {a, b}});
    }
    c.categories[0].month1 = c.perMonth.empty() ? Money() : c.perMonth.front().byCategory[0];
    c.categories[1].month1 = Money::fromMicros(5'000'000);
    if (budgetUsd)
        c.budget = Money::fromMicros(*budgetUsd * 1'000'000);
    return c;
}

// Element names and the text of every <text>, or the parse error.
struct Parsed {
    QString error;
    QStringList elements;
    QStringList texts;
    int budgetLines = 0;
};

Parsed parse(const QString& svg)
{
    Parsed p;
    QXmlStreamReader in(svg);
    while (!in.atEnd()) {
        if (in.readNext() != QXmlStreamReader::StartElement)
            continue;
        p.elements << in.name().toString();
        if (in.name() == u"line" && in.attributes().value(QLatin1String("class")) == u"budget") {
            ++p.budgetLines;
            if (!in.attributes().hasAttribute(QLatin1String("stroke-dasharray")))
                p.error = QStringLiteral("the budget line is not dashed");
        }
        if (in.name() == u"text")
            p.texts << in.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (in.hasError())
        p.error = QStringLiteral("line %1: %2").arg(in.lineNumber()).arg(in.errorString());
    return p;
}

} // namespace

class TestCostChartSvg : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wellFormedWithBudgetWhenThereIsOne_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<std::optional<qint64>>("budget");
        QTest::newRow("a year under budget") << 12 << qint64(40) << qint64(2) << std::optional<qint64>(200);
        QTest::newRow("goes over the budget") << 24 << qint64(100) << qint64(10) << std::optional<qint64>(150);
        QTest::newRow("no budget") << 36 << qint64(1200) << qint64(50) << std::optional<qint64>();
        QTest::newRow("one month") << 1 << qint64(3) << qint64(0) << std::optional<qint64>();
        QTest::newRow("all free") << 6 << qint64(0) << qint64(0) << std::optional<qint64>(0);
        QTest::newRow("five years") << 60 << qint64(10) << qint64(1000) << std::optional<qint64>(5000);
    }

    void wellFormedWithBudgetWhenThereIsOne()
    {
        QFETCH(int, months);
        QFETCH(qint64, start);
        QFETCH(qint64, step);
        QFETCH(std::optional<qint64>, budget);
        const QString svg = report::costChartSvg(section(months, start, step, budget), QStringLiteral("Cost & <time>"));
        const Parsed p = parse(svg);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error + QLatin1Char('\n') + svg));
        QCOMPARE(p.elements.value(0), QStringLiteral("svg"));
        QVERIFY(p.elements.contains(QStringLiteral("polyline"))); // the total
        QCOMPARE(p.budgetLines, budget ? 1 : 0);
        QCOMPARE(p.texts.filter(QStringLiteral("Budget $")).size(), budget ? 1 : 0);
        QVERIFY(p.texts.contains(QStringLiteral("Cost & <time>"))); // the title, as text
        QVERIFY(p.texts.contains(QStringLiteral("Month")));
        QVERIFY(p.texts.contains(QStringLiteral("USD per month")));
        QVERIFY(p.texts.contains(QStringLiteral("$0")));
        QVERIFY(p.texts.contains(QString::number(months))); // the last month is labelled
        QVERIFY(!svg.contains(QLatin1String("<script")));
        QVERIFY(!svg.contains(QLatin1String("href")));
        QVERIFY(!svg.contains(QLatin1String("<?xml")));
    }

    void categoryNamesAreEscapedAndColoursChecked()
    {
        const QString svg = report::costChartSvg(section(12, 40, 2, std::nullopt));
        const Parsed p = parse(svg);
        QVERIFY(p.error.isEmpty());
        QVERIFY(p.texts.contains(QStringLiteral("<b>Data</b> & \"more\"")));
        QVERIFY(svg.contains(QLatin1String("fill=\"#888888\""))); // the bad colour replaced
        QVERIFY(svg.contains(QLatin1String("fill=\"#3b82f6\"")));
    }

    void axisLabelsAreUsd()
    {
        const Parsed p = parse(report::costChartSvg(section(12, 1200, 100, std::nullopt)));
        QVERIFY2(p.texts.contains(QStringLiteral("$1,000")), qPrintable(p.texts.join(QLatin1Char(' '))));
        QVERIFY(p.texts.contains(QStringLiteral("$2,000")));
    }
};

QTEST_GUILESS_MAIN(TestCostChartSvg)
#include "tst_cost_chart_svg.moc"
