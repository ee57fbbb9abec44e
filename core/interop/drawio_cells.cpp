#include "interop/drawio_cells.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <QCoreApplication>
#include <functional>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

namespace cw::interop {

namespace {

QHash<QString, QString> parseStyle(const QString& text)
{
    QHash<QString, QString> style;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            style.insert(part.trimmed(), QString()); // a named style ("text", "ellipse")
        else
            style.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return style;
}

double number(const QXmlStreamAttributes& a, QLatin1String key)
{
    bool ok = false;
    const double v = a.value(key).toDouble(&ok);
    return ok && std::isfinite(v) ? v : 0.0;
}

struct Geometry {
    QRectF box;
    bool relative = false;
    QPointF offset;
    std::vector<QPointF> points;
    std::optional<QPointF> sourcePoint, targetPoint;
};

Geometry readGeometry(QXmlStreamReader& xml)
{
    Geometry g;
    const QXmlStreamAttributes a = xml.attributes();
    g.box = QRectF(number(a, QLatin1String("x")), number(a, QLatin1String("y")), number(a, QLatin1String("width")), number(a, QLatin1String("height")));
    g.relative = a.value(QLatin1String("relative")) == u"1";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"mxPoint") {
            const QPointF p(number(xml.attributes(), QLatin1String("x")), number(xml.attributes(), QLatin1String("y")));
            const QStringView as = xml.attributes().value(QLatin1String("as"));
            if (as == u"offset")
                g.offset = p;
            else if (as == u"sourcePoint")
                g.sourcePoint = p;
            else if (as == u"targetPoint")
                g.targetPoint = p;
            xml.skipCurrentElement();
        } else if (xml.name() == u"Array" && xml.attributes().value(QLatin1String("as")) == u"points") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"mxPoint")
                    g.points.emplace_back(number(xml.attributes(), QLatin1String("x")), number(xml.attributes(), QLatin1String("y")));
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return g;
}

} // namespace

QString DrawioCell::shapeKey() const
{
    const QString icon = style.value(QStringLiteral("resIcon"));
    return !icon.isEmpty() ? icon : style.value(QStringLiteral("shape"));
}

QString drawioPlainText(const QString& value, bool html)
{
    QString text = value;
    if (html) {
        static const QRegularExpression breaks(QStringLiteral("<\\s*br\\s*/?\\s*>|</\\s*(div|p|li|h[1-6])\\s*>"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(breaks, QStringLiteral("\n")).remove(tags);
        // Entities: the XML reader decoded the attribute once; the HTML inside has its own.
        text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString folded = line.simplified();
        if (!folded.isEmpty())
            lines << folded;
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<DrawioCell> readDrawioCells(const QByteArray& model)
{
    QXmlStreamReader xml(model);
    std::vector<DrawioCell> cells;
    struct Raw {
        Geometry geometry;
    };
    std::vector<Raw> raw;

    // <mxCell> alone, or inside an <object>/<UserObject> that carries id, label and properties.
    const std::function<void(const QXmlStreamAttributes*)> readCell = [&](const QXmlStreamAttributes* wrapper) {
        const QXmlStreamAttributes a = xml.attributes();
        DrawioCell c;
        c.id = (wrapper ? wrapper->value(QLatin1String("id")) : a.value(QLatin1String("id"))).toString();
        c.parent = a.value(QLatin1String("parent")).toString();
        c.style = parseStyle(a.value(QLatin1String("style")).toString());
        const QString value = (wrapper ? wrapper->value(QLatin1String("label")) : a.value(QLatin1String("value"))).toString();
        c.label = drawioPlainText(value, c.style.value(QStringLiteral("html")) == QLatin1String("1"));
        c.vertex = a.value(QLatin1String("vertex")) == u"1";
        c.edge = a.value(QLatin1String("edge")) == u"1";
        c.source = a.value(QLatin1String("source")).toString();
        c.target = a.value(QLatin1String("target")).toString();
        if (wrapper)
            for (const QXmlStreamAttribute& p : *wrapper)
                if (p.name() != u"id" && p.name() != u"label" && p.name() != u"placeholders")
                    c.properties.insert(p.name().toString(), p.value().toString());
        Raw r;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"mxGeometry")
                r.geometry = readGeometry(xml);
            else
                xml.skipCurrentElement();
        }
        cells.push_back(std::move(c));
        raw.push_back(std::move(r));
    };

    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"mxCell") {
            readCell(nullptr);
        } else if (xml.name() == u"object" || xml.name() == u"UserObject") {
            const QXmlStreamAttributes wrapper = xml.attributes();
            while (xml.readNextStartElement()) {
                if (xml.name() == u"mxCell")
                    readCell(&wrapper);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        throw LoadError{QString(), QStringLiteral("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber()),
            ImportText::tr("not valid XML: %1").arg(xml.errorString())};

    // Absolute geometry: a vertex's x and y are relative to its parent vertex; a
    // "relative" one's are fractions of the parent's size, plus its offset.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < qsizetype(cells.size()); ++i)
        index.insert(cells[std::size_t(i)].id, i);
    QString root;
    for (const DrawioCell& c : cells)
        if (c.parent.isEmpty()) {
            root = c.id;
            break;
        }
    std::vector<int> state(cells.size(), 0); // 0 not done, 1 in progress, 2 done
    const std::function<QPointF(qsizetype)> originOf = [&](qsizetype i) -> QPointF {
        DrawioCell& c = cells[std::size_t(i)];
        if (state[std::size_t(i)] == 2)
            return c.box.topLeft();
        if (state[std::size_t(i)] == 1) // a parent cycle: stop here
            return QPointF();
        state[std::size_t(i)] = 1;
        const Geometry& g = raw[std::size_t(i)].geometry;
        QRectF parentBox;
        const auto p = index.constFind(c.parent);
        if (p != index.cend() && cells[std::size_t(*p)].vertex) {
            const QPointF o = originOf(*p);
            parentBox = QRectF(o, cells[std::size_t(*p)].box.size());
        }
        if (c.vertex) {
            QPointF topLeft = parentBox.topLeft() + g.box.topLeft();
            if (g.relative)
                topLeft = parentBox.topLeft()
                    + QPointF(g.box.x() * parentBox.width(), g.box.y() * parentBox.height()) + g.offset;
            c.box = QRectF(topLeft, g.box.size());
        }
        if (c.edge) {
            for (const QPointF& pt : g.points)
                c.points.push_back(parentBox.topLeft() + pt);
            if (g.sourcePoint)
                c.sourcePoint = parentBox.topLeft() + *g.sourcePoint;
            if (g.targetPoint)
                c.targetPoint = parentBox.topLeft() + *g.targetPoint;
        }
        c.isLayer = !c.vertex && !c.edge && !c.parent.isEmpty() && c.parent == root;
        state[std::size_t(i)] = 2;
        return c.box.topLeft();
    };
    for (qsizetype i = 0; i < qsizetype(cells.size()); ++i)
        originOf(i);
    return cells;
}

} // namespace cw::interop
