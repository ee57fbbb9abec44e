// `cloudwright render`, run as CI runs it (no display, no platform chosen): the PNG has
// the size asked for (scale 2 is twice scale 1) and a transparent one is see-through at
// its corners; the SVG is XML that keeps the cards' names as text; the PDF is one page
// of the diagram's shape with its fonts embedded; bad input is one line on stderr naming
// the file, exit 2, and nothing written.
#include "cli_process.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace {

const QString kRender = QStringLiteral("render");
const QString kPlatform = QStringLiteral(CW_TEST_DATA "/layout/ml-platform.cwa");

// What a poppler tool prints, or nothing when it is not installed.
std::optional<QString> poppler(const QString& tool, const QString& pdf)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, {pdf});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const QString& out, const QStringList& extra = {}, const QString& in = QStringLiteral(CW_SAMPLE))
    {
        const CliRun r = runCli(QStringList{kRender, in, QStringLiteral("-o"), out} + extra);
        if (r.code != 0)
            return QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
        if (!r.err.isEmpty())
            return QStringLiteral("stderr: ") + r.err;
        return QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pngScale()
    {
        const QString one = m_dir.filePath(QStringLiteral("one.png"));
        const QString two = m_dir.filePath(QStringLiteral("two.png"));
        QCOMPARE(render(one), QString());
        QCOMPARE(render(two, {QStringLiteral("--scale"), QStringLiteral("2")}), QString());
        const QImage a(one), b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY2(a.width() > 400 && a.height() > 300, "the whole sample, at one pixel per unit");
        QCOMPARE(b.size(), a.size() * 2);
        // White background, opaque; cards and frames drawn (not a blank page).
        QCOMPARE(a.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(a.pixelColor(a.width() - 1, a.height() - 1), QColor(Qt::white));
        QCOMPARE(a.pixelColor(a.width() / 2, a.height() / 2).alpha(), 255);
        int coloured = 0;
        for (int y = 0; y < a.height(); y += 7) {
            for (int x = 0; x < a.width(); x += 7)
                coloured += a.pixelColor(x, y) != QColor(Qt::white);
        }
        QVERIFY2(coloured > 1000, qPrintable(QString::number(coloured)));
    }

    void pngTransparent()
    {
        const QString out = m_dir.filePath(QStringLiteral("clear.png"));
        QCOMPARE(render(out, {QStringLiteral("--transparent")}), QString());
        const QImage image(out);
        QVERIFY(image.hasAlphaChannel());
        for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 1, 0), QPoint(0, image.height() - 1),
                 QPoint(image.width() - 1, image.height() - 1)})
            QCOMPARE(image.pixelColor(corner).alpha(), 0);
    }

    void svgKeepsText()
    {
        const QString out = m_dir.filePath(QStringLiteral("sample.svg"));
        QCOMPARE(render(out), QString());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList texts;
        int images = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            else if (xml.name() == QLatin1String("image"))
                ++images;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // Names of a card, a group and an edge label of the sample, as text.
        for (const char* name : {"Prediction API", "Product VPC", "HTTPS"})
            QVERIFY2(texts.contains(QLatin1String(name)), qPrintable(texts.join(QStringLiteral(" | "))));
        QCOMPARE(images, 0); // glyphs are paths, not embedded pixmaps
        // Each card's month-1 cost, as the editor shows it (`cloudwright cost` says $72.08).
        QVERIFY2(texts.contains(QLatin1String("$72.08/mo")), qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(texts.contains(QLatin1String("unknown")), qPrintable(texts.join(QStringLiteral(" | "))));
    }

    void pdfOnePageFonts()
    {
        const QString out = m_dir.filePath(QStringLiteral("platform.pdf"));
        QCOMPARE(render(out, {QStringLiteral("--legend")}, kPlatform), QString());
        const QString png = m_dir.filePath(QStringLiteral("platform.png"));
        QCOMPARE(render(png, {QStringLiteral("--legend")}, kPlatform), QString());
        const QImage image(png);
        const std::optional<QString> info = poppler(QStringLiteral("pdfinfo"), out);
        if (!info)
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QVERIFY2(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(*info));
        const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(*info);
        QVERIFY2(size.hasMatch(), qPrintable(*info));
        // The page is the picture: 3/4 point per unit, the PNG's shape.
        QVERIFY(std::abs(size.captured(1).toDouble() - image.width() * 0.75) < 1.0);
        QVERIFY(std::abs(size.captured(2).toDouble() - image.height() * 0.75) < 1.0);
        const std::optional<QString> fonts = poppler(QStringLiteral("pdffonts"), out);
        QVERIFY(fonts);
        const QStringList rows = fonts->split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(*fonts));
        for (const QString& row : rows) {
            // name, type..., encoding, emb, sub, uni, object ID: "emb" is the fifth from the end.
            const QStringList cells = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 6 && cells.at(cells.size() - 5) == QLatin1String("yes"), qPrintable(row));
        }
    }

    void jsonLine()
    {
        const QString out = m_dir.filePath(QStringLiteral("j.png"));
        const CliRun r = runCli({kRender, QStringLiteral(CW_SAMPLE), QStringLiteral("-o"), out,
            QStringLiteral("--scale"), QStringLiteral("0.5"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = jsonOutput(r.out);
        QCOMPARE(doc.value(QStringLiteral("output")).toString(), out);
        const QImage image(out);
        QCOMPARE(doc.value(QStringLiteral("width")).toInt(), image.width());
        QCOMPARE(doc.value(QStringLiteral("height")).toInt(), image.height());
        QVERIFY(doc.value(QStringLiteral("findings")).toInt() > 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("in");       // the input; relative names are in the temporary folder
        QTest::addColumn<QByteArray>("bytes"); // written there first when not empty
        QTest::addColumn<QString>("out");      // relative to the temporary folder
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("phrase"); // on the first line of stderr
        const QString sample = QStringLiteral(CW_SAMPLE);
        QTest::newRow("missing file") << QStringLiteral("nowhere.cwa") << QByteArray() << QStringLiteral("a.png")
                                      << QStringList() << QStringLiteral("nowhere.cwa");
        QTest::newRow("not JSON") << QStringLiteral("garbage.cwa") << QByteArray("{\"format\": \"cloudwright\", nodes")
                                  << QStringLiteral("b.png") << QStringList() << QStringLiteral("garbage.cwa: line 1");
        QTest::newRow("unknown extension") << sample << QByteArray() << QStringLiteral("c.gif") << QStringList()
                                           << QStringLiteral("c.gif: unknown image type \"gif\"");
        QTest::newRow("scale zero") << sample << QByteArray() << QStringLiteral("d.png")
                                    << QStringList{QStringLiteral("--scale"), QStringLiteral("0")}
                                    << QStringLiteral("cloudwright render: --scale must be");
        QTest::newRow("scale too big") << sample << QByteArray() << QStringLiteral("e.png")
                                       << QStringList{QStringLiteral("--scale"), QStringLiteral("17")}
                                       << QStringLiteral("not \"17\"");
        QTest::newRow("scale not a number")
            << sample << QByteArray() << QStringLiteral("f.png")
            << QStringList{QStringLiteral("--scale"), QStringLiteral("big")} << QStringLiteral("not \"big\"");
        QTest::newRow("unwritable output") << sample << QByteArray() << QStringLiteral("no-such-folder/g.pdf")
                                           << QStringList() << QStringLiteral("no-such-folder/g.pdf: ");
        QTest::newRow("too many pixels") << kPlatform << QByteArray() << QStringLiteral("h.png")
                                         << QStringList{QStringLiteral("--scale"), QStringLiteral("16")}
                                         << QStringLiteral("h.png: the image would be");
        QTest::newRow("no -o") << sample << QByteArray() << QString() << QStringList()
                               << QStringLiteral("cloudwright render: missing -o");
    }

    void badInput()
    {
        QFETCH(QString, in);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, out);
        QFETCH(QStringList, extra);
        QFETCH(QString, phrase);
        if (QFileInfo(in).isRelative())
            in = m_dir.filePath(in);
        if (!bytes.isEmpty()) {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QStringList args{kRender, in};
        if (!out.isEmpty()) {
            out = m_dir.filePath(out);
            args << QStringLiteral("-o") << out;
        }
        const CliRun r = runCli(args + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(outputLines(r.err).value(0).contains(phrase), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        if (!out.isEmpty())
            QVERIFY(!QFile::exists(out));
        // A command line that cannot run adds the usage; bad input is the one line.
        if (phrase.contains(QLatin1String("cloudwright render")) || phrase.startsWith(QLatin1String("not \"")))
            QVERIFY2(r.err.contains(QStringLiteral("Usage: cloudwright render FILE -o")), qPrintable(r.err));
        else
            QCOMPARE(outputLines(r.err).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
