#include "interop/drawio_pages.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <QCoreApplication>
#include <zlib.h>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

namespace cw::interop {

namespace {

[[noreturn]] void fail(const QString& place, const QString& message)
{
    throw LoadError{QString(), place, message};
}

QString at(const QXmlStreamReader& xml)
{
    return QStringLiteral("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber());
}

QString pagePlace(int index, const QString& name)
{
    return name.isEmpty() ? QStringLiteral("page %1").arg(index + 1)
                          : QStringLiteral("page %1 (\"%2\")").arg(index + 1).arg(name);
}

// The element the reader stands on, written out again as a document of its own.
QByteArray copyElement(QXmlStreamReader& xml)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeCurrentToken(xml);
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
        w.writeCurrentToken(xml);
    }
    return out;
}

QByteArray decompressPage(const QString& text, const QString& place)
{
    const QByteArray packed = QByteArray::fromBase64(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (packed.isEmpty())
        fail(place, ImportText::tr("the compressed diagram is not valid base64"));
    bool ok = false;
    const QByteArray inflated = inflateRaw(packed, &ok);
    if (!ok)
        fail(place, ImportText::tr("the compressed diagram does not inflate (damaged deflate data)"));
    return QUrl::fromPercentEncoding(inflated).toUtf8();
}

} // namespace

QByteArray inflateRaw(const QByteArray& data, bool* ok, qsizetype limit)
{
    *ok = false;
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        s.next_out = reinterpret_cast<Bytef*>(buffer);
        s.avail_out = sizeof buffer;
        status = inflate(&s, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        if (out.size() > limit)
            break;
        if (status == Z_OK && s.avail_in == 0 && s.avail_out != 0)
            break; // the data ends before the stream does
    }
    inflateEnd(&s);
    *ok = status == Z_STREAM_END;
    return *ok ? out : QByteArray();
}

std::vector<DrawioPage> readDrawioPages(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    std::vector<DrawioPage> pages;
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    if (xml.hasError() || !xml.isStartElement())
        fail(at(xml), ImportText::tr("not a draw.io file: not valid XML (%1)").arg(xml.errorString()));
    if (xml.name() == u"mxGraphModel") {
        pages.push_back({QString(), copyElement(xml), false});
    } else if (xml.name() == u"mxfile") {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"diagram") {
                xml.skipCurrentElement();
                continue;
            }
            DrawioPage page;
            page.name = xml.attributes().value(QLatin1String("name")).toString();
            const QString place = pagePlace(int(pages.size()), page.name);
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"mxGraphModel")
                    page.model = copyElement(xml);
                else if (xml.isStartElement())
                    xml.skipCurrentElement();
                else if (xml.isEndElement())
                    break;
            }
            if (xml.hasError())
                break;
            if (page.model.isEmpty() && !text.trimmed().isEmpty()) {
                page.model = decompressPage(text, place);
                page.compressed = true;
            }
            if (page.model.isEmpty())
                fail(place, ImportText::tr("the page is empty: it holds no diagram"));
            pages.push_back(std::move(page));
        }
        if (!xml.hasError() && pages.empty())
            fail(QString(), ImportText::tr("the draw.io file has no pages (<diagram> elements)"));
    } else {
        fail(at(xml),
            ImportText::tr("not a draw.io file: it starts with <%1>, expected <mxfile> or <mxGraphModel>")
                .arg(xml.name().toString()));
    }
    if (xml.hasError())
        fail(at(xml), ImportText::tr("not valid XML: %1").arg(xml.errorString()));
    return pages;
}

} // namespace cw::interop
