// The Markdown report (core/report/report_markdown.h): hostile names escaped, tables
// with the right number of cells, pictures referenced by relative file name.
#include "report/report_markdown.h"
#include "report_fixture.h"

#include <QTest>

using namespace cw;

namespace {

// The cell separators of a table line: each `|` not escaped by a backslash.
int separators(const QString& line)
{
    int n = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\')) {
            ++i; // the escaped character
            continue;
        }
        if (line[i] == QLatin1Char('|'))
            ++n;
    }
    return n;
}

} // namespace

class TestReportMarkdown : public QObject {
    Q_OBJECT

    Architecture m_model;
    report::Report m_report;
    QString m_md;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::buildHostileSample(m_model));
        m_report = report::buildReport(
            m_model, Catalog::builtin(), cost::PriceBook::builtin(), validate(m_model), 12, QDate(2026, 12, 2));
        m_md = report::toMarkdown(m_report, QStringLiteral("diagram.svg"), QStringLiteral("cost.svg"));
    }

    void referencesThePicturesNextToIt()
    {
        QVERIFY(m_md.contains(QLatin1String("](diagram.svg)")));
        QVERIFY(m_md.contains(QLatin1String("](cost.svg)")));
        const QString spaced = report::toMarkdown(m_report, QStringLiteral("my diagram (v2).svg"), QString());
        QVERIFY2(spaced.contains(QLatin1String("](my%20diagram%20%28v2%29.svg)")), qPrintable(spaced.left(600)));
        QVERIFY(!spaced.contains(QLatin1String("Cost per month over"))); // no chart file: no image
    }

    void hostileNamesAreEscaped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("script") << test::kScriptName << "&lt;script&gt;alert\\(1\\)&lt;/script&gt;";
        QTest::newRow("style") << test::kStyleName << "&lt;/style&gt;&lt;img src=x onerror=alert\\(1\\)&gt;";
        QTest::newRow("markdown") << test::kPipeName
                                  << "a \\| b \\*bold\\* \\[x\\]\\(https://evil.example/\\) \\`code\\` \\# h";
    }

    void hostileNamesAreEscaped()
    {
        QFETCH(QString, name);
        QFETCH(QString, escaped);
        QCOMPARE(report::markdownEscaped(name), escaped);
        QVERIFY(m_md.contains(escaped));
        QVERIFY(!m_md.contains(name));
        QVERIFY(!m_md.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!m_md.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!m_md.contains(QLatin1String("<b>"))); // the title's and the reason's markup
    }

    void escapesLineBreaksAndControls()
    {
        QCOMPARE(report::markdownEscaped(QStringLiteral("a\nb\r\tc\x01")), QStringLiteral("a b  c"));
        QCOMPARE(report::markdownEscaped(QStringLiteral("x & y")), QStringLiteral("x &amp; y"));
        // List markers only at the start, where they would make a list.
        QCOMPARE(report::markdownEscaped(QStringLiteral("- a-b +c")), QStringLiteral("\\- a-b +c"));
        QCOMPARE(report::markdownEscaped(QStringLiteral("12. x 3.5")), QStringLiteral("12\\. x 3.5"));
    }

    void tableRowsHaveTheirHeadersCells()
    {
        const QStringList lines = m_md.split(QLatin1Char('\n'));
        int tables = 0;
        int expected = -1;
        for (const QString& line : lines) {
            if (!line.startsWith(QLatin1Char('|'))) {
                expected = -1;
                continue;
            }
            if (expected < 0) {
                expected = separators(line);
                ++tables;
                continue;
            }
            QVERIFY2(separators(line) == expected, qPrintable(line));
        }
        // Inventory categories, suppressed, two cost tables, scenarios, prices.
        QVERIFY2(tables >= 6, qPrintable(QString::number(tables)));
    }

    void holdsThePlanInOrder()
    {
        qsizetype at = 0;
        for (const report::PlanItem& p : m_report.plan) {
            const QString head = QStringLiteral("%1. **").arg(p.rank);
            const qsizetype found = m_md.indexOf(head, at);
            QVERIFY2(found > at || (found == at && at == 0), qPrintable(head));
            at = found;
        }
        QVERIFY(m_md.contains(QLatin1String("Why it matters: ")));
        QVERIFY(m_md.contains(QLatin1String("What the fix costs: adds ")));
        QVERIFY(m_md.contains(report::markdownEscaped(test::kSuppressReason)));
        QVERIFY(m_md.contains(m_report.coverage.text));
        QVERIFY(m_md.contains(QLatin1String("730 hours")));
        QVERIFY(m_md.contains(QLatin1String("usage?")));
    }
};

QTEST_GUILESS_MAIN(TestReportMarkdown)
#include "tst_report_markdown.moc"
