// The HTML report (core/report/report_html.h): holds the findings, the cost and the
// picture; makes no requests; shows hostile names only as text; parses as XML.
#include "report/inline_svg.h"
#include "report/markup.h"
#include "report/report_html.h"
#include "report_fixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace cw;

namespace {

// The document read as XML: empty when well-formed, else where it breaks.
QString xmlProblem(const QString& html)
{
    QXmlStreamReader in(html);
    while (!in.atEnd())
        in.readNext();
    return in.hasError() ? QStringLiteral("line %1: %2").arg(in.lineNumber()).arg(in.errorString()) : QString();
}

QSet<QString> ids(const QString& html)
{
    QSet<QString> out;
    static const QRegularExpression id(QStringLiteral("\\sid=\"([^\"]+)\""));
    for (auto it = id.globalMatch(html); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

} // namespace

class TestReportHtml : public QObject {
    Q_OBJECT

    Architecture m_model;
    report::Report m_report;
    report::DiagramFigure m_figure;
    QString m_html;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::buildHostileSample(m_model));
        m_report = report::buildReport(
            m_model, Catalog::builtin(), cost::PriceBook::builtin(), validate(m_model), 12, QDate(2026, 12, 2));
        m_figure = test::placeholderFigure(m_model);
        m_html = report::toHtml(m_report, m_figure);
    }

    void isXhtmlCompatible()
    {
        QVERIFY2(m_html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")), qPrintable(m_html.left(80)));
        const QString problem = xmlProblem(m_html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_html.contains(QLatin1String("<meta name=\"viewport\"")));
        QVERIFY(m_html.contains(QLatin1String("@media print")));
    }

    void holdsFindingsCostAndPicture()
    {
        for (const report::PlanItem& p : m_report.plan) {
            QVERIFY2(m_html.contains(report::xmlEscaped(p.title)), qPrintable(p.title));
            QVERIFY2(m_html.contains(report::xmlEscaped(p.message)), qPrintable(p.message));
        }
        QVERIFY(m_html.contains(report::xmlEscaped(test::kSuppressReason)));
        QVERIFY(m_html.contains(m_report.cost.month1TotalText));
        QVERIFY(m_html.contains(m_report.cost.horizonTotalText));
        QVERIFY(m_html.contains(m_report.coverage.text));
        QVERIFY(m_html.contains(QLatin1String("class=\"budget\""))); // the chart's budget line
        // The picture is inline, without its prolog and doctype.
        QVERIFY(m_html.contains(QLatin1String("Load balancer</text>")));
        QVERIFY(!m_html.contains(QLatin1String("<?xml")));
        QVERIFY(!m_html.contains(QLatin1String("DOCTYPE svg")));
        QVERIFY(!m_html.contains(QLatin1String("baseProfile")));
        for (const char* section :
            {"summary", "diagram", "inventory", "plan", "suppressed", "cost", "scenarios", "assumptions"}) {
            QVERIFY2(m_html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(section))), section);
            QVERIFY2(m_html.contains(QStringLiteral("<a href=\"#%1\">").arg(QLatin1String(section))), section);
        }
    }

    void unknownPricesSayUnknown()
    {
        // The function's requests are not set: its row says so, never $0.00.
        static const QRegularExpression fnRow(QStringLiteral("<tr><td>a \\| b[^\\n]*</tr>"));
        const QRegularExpressionMatch m = fnRow.match(m_html);
        QVERIFY2(m.hasMatch(), "the function's cost row");
        QVERIFY2(m.captured(0).contains(QLatin1String("usage?")), qPrintable(m.captured(0)));
        QVERIFY(!m.captured(0).contains(QLatin1String("$0.00")));
    }

    void makesNoRequests()
    {
        static const QRegularExpression remote(
            QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = remote.match(m_html);
        QVERIFY2(!m.hasMatch(), qPrintable(m_html.mid(m.capturedStart() - 40, 120)));
        QVERIFY(!m_html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    }

    void hostileNamesAreText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("script") << test::kScriptName;
        QTest::newRow("style breakout") << test::kStyleName;
        QTest::newRow("markdown") << test::kPipeName;
        QTest::newRow("title") << m_model.meta().title;
    }

    void hostileNamesAreText()
    {
        QFETCH(QString, name);
        QVERIFY(!m_html.contains(name) || !name.contains(QLatin1Char('<')));
        QVERIFY2(m_html.contains(report::xmlEscaped(name)), qPrintable(name));
        QCOMPARE(m_html.count(QLatin1String("</style>")), 1); // only the report's own
    }

    void findingsLinkToTheirCards()
    {
        const QSet<QString> all = ids(m_html);
        int links = 0;
        for (const report::PlanItem& p : m_report.plan) {
            for (const Id& node : p.nodes) {
                const QString anchor = report::nodeAnchor(node);
                QVERIFY2(all.contains(anchor), qPrintable(node)); // the card in the picture
                QVERIFY(m_html.contains(QStringLiteral("href=\"#%1\"").arg(anchor)));
                // Hovering the finding outlines the card.
                QVERIFY(m_html.contains(QStringLiteral("body:has(.on-%1:hover) #%1 rect").arg(anchor)));
                ++links;
            }
        }
        QVERIFY(links > 0);
        // Every in-page link lands somewhere.
        static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
        for (auto it = href.globalMatch(m_html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(all.contains(target), qPrintable(target));
        }
    }

    void withoutPictureLinksToInventory()
    {
        const QString html = report::toHtml(m_report, {});
        QVERIFY(xmlProblem(html).isEmpty());
        QVERIFY(html.contains(QLatin1String("No picture of the diagram.")));
        QVERIFY(html.contains(QStringLiteral("href=\"#inv-%1\"").arg(report::nodeAnchor(QStringLiteral("api")))));
        QVERIFY(!html.contains(QLatin1String("body:has(")));
    }

    void brokenPictureIsNamed()
    {
        report::DiagramFigure broken;
        broken.svg = "<svg><g></svg>";
        const QString html = report::toHtml(m_report, broken);
        QVERIFY(xmlProblem(html).isEmpty());
        QVERIFY(html.contains(QLatin1String("not well-formed SVG: line 1")));
    }

    void inlineSvgDropsWhatWouldRunOrFetch_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("dropped");
        QTest::newRow("script") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><g/></svg>")
                                << "<g></g>"
                                << "alert";
        QTest::newRow("handler") << QByteArray("<svg onload=\"alert(1)\"><rect onclick=\"x()\" width=\"2\"/></svg>")
                                 << "<rect width=\"2\"></rect>"
                                 << "alert";
        QTest::newRow("remote image") << QByteArray("<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image "
                                                    "xlink:href=\"https://evil.example/a.png\" width=\"1\"/></svg>")
                                      << "<image width=\"1\"></image>"
                                      << "evil";
        QTest::newRow("data image kept") << QByteArray("<svg><image href=\"data:image/png;base64,AA==\"/></svg>")
                                         << "href=\"data:image/png;base64,AA==\""
                                         << "<?xml";
        QTest::newRow("remote fill") << QByteArray("<svg><rect fill=\"url(http://evil.example/#g)\"/></svg>")
                                     << "<rect></rect>"
                                     << "evil";
        QTest::newRow("style import") << QByteArray(
            "<svg><style>@import url(https://evil.example/a.css);</style></svg>")
                                      << "<style></style>"
                                      << "evil";
        QTest::newRow("foreign object") << QByteArray(
            "<svg><foreignObject><p>hi</p></foreignObject><text>a&lt;b</text></svg>")
                                        << "<text>a&lt;b</text>"
                                        << "<p>";
        QTest::newRow("prolog and comment")
            << QByteArray("<?xml version=\"1.0\"?><!-- c --><svg version=\"1.2\"/>") << "<svg></svg>"
            << "version";
    }

    void inlineSvgDropsWhatWouldRunOrFetch()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, kept);
        QFETCH(QString, dropped);
        QString error;
        const QString out = report::inlineSvg(svg, QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY2(!out.contains(dropped), qPrintable(out));
    }

    void inlineSvgRefusesOtherRoots()
    {
        QString error;
        QVERIFY(report::inlineSvg("<html/>", QString(), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("<html>")));
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_report_html.moc"
