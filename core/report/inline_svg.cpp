#include "inline_svg.h"

#include "markup.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

namespace cw::report {

namespace {

// Style text that would load something: @import, or url() that is not a fragment.
bool fetches(QStringView text)
{
    if (text.contains(u"@import", Qt::CaseInsensitive))
        return true;
    const QString compact = text.toString().remove(QLatin1Char(' '));
    for (qsizetype at = compact.indexOf(QLatin1String("url("), 0, Qt::CaseInsensitive); at >= 0;
         at = compact.indexOf(QLatin1String("url("), at + 4, Qt::CaseInsensitive)) {
        const QString rest = compact.mid(at + 4, 2);
        if (!rest.startsWith(QLatin1Char('#')) && !rest.startsWith(QLatin1String("'#"))
            && !rest.startsWith(QLatin1String("\"#")))
            return true;
    }
    return false;
}

bool droppedElement(QStringView name)
{
    return name == u"script" || name == u"foreignObject" || name.endsWith(u":script")
        || name.endsWith(u":foreignObject");
}

bool keptAttribute(QStringView name, QStringView value, bool root)
{
    if (name.startsWith(u"on", Qt::CaseInsensitive))
        return false; // onload, onclick...
    if (root)
        return name == u"viewBox" || name == u"width" || name == u"height" || name == u"xmlns"
            || name.startsWith(u"xmlns:");
    if (name == u"href" || name.endsWith(u":href") || name == u"src") {
        const QString v = value.trimmed().toString();
        return v.startsWith(QLatin1Char('#')) || v.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive);
    }
    // url() in an attribute (fill="url(http://...)", style) may only name a fragment.
    return !fetches(value);
}

} // namespace

QString inlineSvg(const QByteArray& svg, const QString& extraRootAttributes, QString* error)
{
    QXmlStreamReader in(svg);
    in.setNamespaceProcessing(false); // keep prefixes (xlink:href) as written
    QString out;
    int depth = 0;
    int skipping = 0; // depth inside a dropped element
    bool sawRoot = false;
    while (!in.atEnd()) {
        switch (in.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = in.qualifiedName();
            if (skipping > 0 || droppedElement(name)) {
                ++skipping;
                break;
            }
            const bool root = depth == 0;
            if (root && name != u"svg") {
                if (error)
                    *error = ReportText::tr("the picture's root element is <%1>, not <svg>").arg(name);
                return {};
            }
            sawRoot = sawRoot || root;
            out += QLatin1Char('<');
            out += name;
            for (const QXmlStreamAttribute& a : in.attributes()) {
                if (keptAttribute(a.qualifiedName(), a.value(), root))
                    out += QStringLiteral(" %1=\"%2\"").arg(a.qualifiedName(), xmlEscaped(a.value().toString()));
            }
            if (root)
                out += extraRootAttributes;
            out += QLatin1Char('>');
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (skipping > 0) {
                --skipping;
                break;
            }
            --depth;
            out += QStringLiteral("</%1>").arg(in.qualifiedName());
            break;
        case QXmlStreamReader::Characters:
            if (skipping == 0 && depth > 0 && !fetches(in.text()))
                out += xmlEscaped(in.text().toString());
            break;
        default: // prolog, doctype, comments, processing instructions
            break;
        }
    }
    if (in.hasError() || !sawRoot) {
        if (error)
            *error = in.hasError() ? ReportText::tr("the picture is not well-formed SVG: line %1, column %2: %3")
                                         .arg(in.lineNumber())
                                         .arg(in.columnNumber())
                                         .arg(in.errorString())
                                   : ReportText::tr("the picture has no <svg> element");
        return {};
    }
    return out;
}

} // namespace cw::report
