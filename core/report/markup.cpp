#include "markup.h"

#include <QRegularExpression>

namespace cw::report {

QString xmlEscaped(const QString& text, bool keepBreaks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const ushort u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate() || u == 0xfffe || u == 0xffff || (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        switch (u) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\n':
        case '\t':
            if (keepBreaks)
                out += u == '\n' ? QLatin1String("&#10;") : QLatin1String("&#9;");
            else
                out += c;
            break;
        case '\r':
            if (!keepBreaks)
                out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QString safeColor(const QString& color, const QString& fallback)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color).hasMatch() ? color : fallback;
}

} // namespace cw::report
