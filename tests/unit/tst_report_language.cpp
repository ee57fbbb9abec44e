// The core's texts in the user's language (issue 15): with the Danish translation the
// editor installs, the report, the cost and budget lines, value checks and load errors
// come out in Danish, while what programs and styles read stays as it was: the HTML's
// section ids and classes, the Markdown contents' links (they follow the headings).
// Without a translator the same calls give the English the other tests compare.
#include "catalog/catalog.h"
#include "cost/cost_export.h"
#include "io/cwa_reader.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "report_fixture.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace cw;

namespace {

// GitHub's anchor for a heading, worked out here on its own: lower case, spaces to
// hyphens, punctuation dropped (letters such as æ, ø, å stay).
QString githubSlug(const QString& heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

} // namespace

class TestReportLanguage : public QObject {
    Q_OBJECT

    QTranslator m_danish;
    Architecture m_model;

    report::Report buildReport() const
    {
        return report::buildReport(
            m_model, Catalog::builtin(), cost::PriceBook::builtin(), validate(m_model), 12, QDate(2026, 12, 2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_danish.load(QStringLiteral(CW_CODE_QM)), CW_CODE_QM);
        QVERIFY(test::buildHostileSample(m_model));
        // Installed for every test and its _data table; the last test takes it away.
        QVERIFY(QCoreApplication::installTranslator(&m_danish));
    }

    void htmlIsDanishWithTheSameIds()
    {
        const report::Report r = buildReport();
        const QString html = report::toHtml(r, test::placeholderFigure(m_model));
        QVERIFY(html.contains(QLatin1String("<html lang=\"da\">")));
        QVERIFY(html.contains(QLatin1String("<h2>Forbedringsplan</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Forudsætninger og kilder</h2>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#assumptions\">Forudsætninger og kilder</a>")));
        for (const char* id : {"summary", "diagram", "inventory", "plan", "suppressed", "cost", "scenarios", "assumptions"})
            QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
        // The severity stays the class the style sheet colours; the badge says it in Danish.
        QVERIFY(!r.plan.empty());
        const report::PlanItem& first = r.plan.front();
        QCOMPARE(first.severityText, toString(first.severity));
        QVERIFY(html.contains(QStringLiteral("<span class=\"badge %1\">%2</span>")
                                  .arg(first.severityText, severityDisplayName(first.severity))));
        QVERIFY(!html.contains(QLatin1String("<h2>Improvement plan</h2>")));
    }

    void markdownContentsLeadToItsHeadings()
    {
        const QString md = report::toMarkdown(buildReport(), QStringLiteral("diagram.svg"), QStringLiteral("cost.svg"));
        static const QRegularExpression link(QStringLiteral("^- \\[([^\\]]+)\\]\\(#([^)]+)\\)$"),
            QRegularExpression::MultilineOption);
        int links = 0;
        for (auto it = link.globalMatch(md.section(QLatin1String("\n## "), 1, 1)); it.hasNext(); ++links) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(md.contains(QStringLiteral("\n## %1\n").arg(m.captured(1))), qPrintable(m.captured(1)));
            QCOMPARE(m.captured(2), githubSlug(m.captured(1)));
        }
        QCOMPARE(links, 8);
        QVERIFY(md.contains(QStringLiteral("\n## Forudsætninger og kilder\n")));
        QVERIFY(md.contains(QStringLiteral("(#forudsætninger-og-kilder)")));
    }

    void costLinesAreDanish()
    {
        const cost::Projection p = cost::project(Catalog::builtin(), cost::PriceBook::builtin(), m_model, 12);
        QVERIFY(cost::coverageText(p).contains(QLatin1String("prissat")));
        QVERIFY(p.budget);
        QVERIFY2(cost::budgetText(p).startsWith(QLatin1String("Budget: ")), qPrintable(cost::budgetText(p)));
        QVERIFY2(cost::budgetText(p).contains(QStringLiteral("pr. måned")), qPrintable(cost::budgetText(p)));
    }

    void valueChecksAndLoadErrorsAreDanish_data()
    {
        QTest::addColumn<QString>("got");
        QTest::addColumn<QString>("expected");
        const Catalog& catalog = Catalog::builtin();
        QTest::newRow("count out of range")
            << catalog.checkValue(QStringLiteral("count"), Json(-1)) << "skal være et heltal fra 0 til 100000";
        QTest::newRow("count not a number")
            << catalog.checkValue(QStringLiteral("count"), Json("many")) << "skal være et heltal fra 0 til 100000";
        const LoadResult empty = readCwa(QByteArray(), QStringLiteral("empty.cwa"), catalog);
        QTest::newRow("empty file") << empty.error.message << "filen er tom";
    }

    void valueChecksAndLoadErrorsAreDanish()
    {
        QFETCH(QString, got);
        QFETCH(QString, expected);
        QCOMPARE(got, expected);
    }

    void englishWithoutTheTranslator()
    {
        QCoreApplication::removeTranslator(&m_danish);
        const QString html = report::toHtml(buildReport(), test::placeholderFigure(m_model));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(html.contains(QLatin1String("<h2>Improvement plan</h2>")));
        QCOMPARE(Catalog::builtin().checkValue(QStringLiteral("count"), Json(-1)),
            QStringLiteral("must be a whole number from 0 to 100000"));
    }
};

QTEST_GUILESS_MAIN(TestReportLanguage)
#include "tst_report_language.moc"
