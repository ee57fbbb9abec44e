// `cloudwright report`: HTML, Markdown and PDF written headless from the built binary,
// read back by what reads them (XML for the HTML, poppler's pdfinfo, pdffonts and
// pdftotext for the PDF); hostile node names show as text in every format; bad input is
// one line on stderr naming the file, exit 2.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kStyle = QStringLiteral("</style><img src=x onerror=alert(1)>");

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A poppler tool's output; fails the test when the tool is missing or fails.
QString poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << tool << args << "failed:" << p.errorString() << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The sample, with names a hostile diagram could carry, in the title and on nodes.
        QJsonObject doc = QJsonDocument::fromJson(readText(QStringLiteral(CW_SAMPLE)).toUtf8()).object();
        QVERIFY(!doc.isEmpty());
        QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
        meta.insert(QStringLiteral("title"), QStringLiteral("</title>") + kScript + kStyle);
        doc.insert(QStringLiteral("meta"), meta);
        QJsonArray nodes = doc.value(QStringLiteral("nodes")).toArray();
        QVERIFY(nodes.size() > 3);
        for (int i : {0, 1}) {
            QJsonObject n = nodes.at(i).toObject();
            n.insert(QStringLiteral("name"), i == 0 ? kScript : kStyle);
            nodes.replace(i, n);
        }
        doc.insert(QStringLiteral("nodes"), nodes);
        m_hostile = m_dir.filePath(QStringLiteral("hostile.cwa"));
        QFile f(m_hostile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
    }

    void htmlIsOneFileWithEverything()
    {
        const QString out = m_dir.filePath(QStringLiteral("r.html"));
        const CliRun r = runCli({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QString html = readText(out);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("<svg")));
        QVERIFY(html.contains(QLatin1String("Improvement plan")));
        QVERIFY(html.contains(QLatin1String("missing-")) || html.contains(QLatin1String("no-")));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("\\$[0-9,]+\\.[0-9]{2}"))));
        // No script at all, and nothing fetched.
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)\\s*=\\s*\"https?:"))));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    void markdownWritesItsPicturesBesideIt()
    {
        const QString out = m_dir.filePath(QStringLiteral("README-arch.md"));
        const CliRun r = runCli({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray files = jsonOutput(r.out).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        const QString md = readText(out);
        QVERIFY(md.contains(QLatin1String("README-arch-diagram.svg")));
        QVERIFY(md.contains(QLatin1String("README-arch-cost.svg")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("README-arch-diagram.svg"))));
        QVERIFY(readText(m_dir.filePath(QStringLiteral("README-arch-cost.svg"))).contains(QLatin1String("<svg")));
        QVERIFY(!md.contains(QLatin1String("<script")));
        QVERIFY(!md.contains(QLatin1String("<img src=x")));
        QVERIFY(md.contains(QLatin1String("Improvement plan")));
    }

    void pdfIsPagedWithFontsEmbeddedAndText()
    {
        const QString out = m_dir.filePath(QStringLiteral("r.pdf"));
        const CliRun r = runCli({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QString info = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                                    QStringLiteral("-l"), QStringLiteral("3"), out});
        QVERIFY(!info.isEmpty());
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        // The title page is portrait, the diagram's page landscape.
        const QRegularExpression size(QStringLiteral("Page\\s+(\\d) size:\\s+([0-9.]+) x ([0-9.]+)"));
        QHash<int, QSizeF> sizes;
        for (auto it = size.globalMatch(info); it.hasNext();) {
            const auto m = it.next();
            sizes.insert(m.captured(1).toInt(), QSizeF(m.captured(2).toDouble(), m.captured(3).toDouble()));
        }
        QVERIFY2(sizes.value(1).height() > sizes.value(1).width(), qPrintable(info));
        QVERIFY2(sizes.value(2).width() > sizes.value(2).height(), qPrintable(info));

        const QStringList fonts = outputLines(poppler(QStringLiteral("pdffonts"), {out})).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        const QString text = poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("Improvement plan")));
        QVERIFY(text.contains(QLatin1String("Page 3 of")));
        QVERIFY2(text.contains(kScript), "a hostile name is shown as the text it is");
    }

    // The diagram picture on its own (render), with a hostile title and names: well-formed
    // SVG whose text is text.
    void renderedSvgKeepsHostileTextAsText()
    {
        const QString out = m_dir.filePath(QStringLiteral("d.svg"));
        const CliRun r = runCli({QStringLiteral("render"), m_hostile, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QString svg = readText(out);
        QXmlStreamReader xml(svg);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                QVERIFY2(xml.name() != QLatin1String("script") && xml.name() != QLatin1String("img"),
                    qPrintable(xml.name().toString()));
                if (xml.name() == QLatin1String("title"))
                    texts << xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.value(0).startsWith(QLatin1String("</title>")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString missing = m_dir.filePath(QStringLiteral("nope.cwa"));
        QTest::newRow("no -o") << QStringList{QStringLiteral("report"), QStringLiteral(CW_SAMPLE)}
                               << QStringLiteral("-o");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("report"), QStringLiteral(CW_SAMPLE),
                                               QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.docx"))}
                                        << QStringLiteral("r.docx");
        QTest::newRow("missing file") << QStringList{QStringLiteral("report"), missing, QStringLiteral("-o"),
                                             m_dir.filePath(QStringLiteral("x.html"))}
                                      << missing;
        QTest::newRow("unwritable") << QStringList{QStringLiteral("report"), QStringLiteral(CW_SAMPLE),
                                           QStringLiteral("-o"), QStringLiteral("/proc/cw-no/r.pdf")}
                                    << QStringLiteral("/proc/cw-no/r.pdf");
        QTest::newRow("bad months") << QStringList{QStringLiteral("report"), QStringLiteral(CW_SAMPLE),
                                           QStringLiteral("-o"), m_dir.filePath(QStringLiteral("m.html")),
                                           QStringLiteral("--months"), QStringLiteral("0")}
                                    << QStringLiteral("months");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Segmentation")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.html"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_hostile;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
