#include "card_layout.h"

#include "model/diagram.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
constexpr qreal kPadding = 8.0; ///< above the name and below the service line
constexpr qreal kLineGap = 3.0; ///< between the name and the service line

QStaticText prepared(const QString& text, const QFont& font)
{
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.prepare(QTransform(), font);
    return st;
}
} // namespace

QString TextLines::text() const
{
    QStringList parts;
    for (const QStaticText& line : lines)
        parts << line.text();
    return parts.join(QLatin1Char(' '));
}

TextLines layoutLines(const QString& text, const QFont& font, qreal width, int maxLines)
{
    TextLines out;
    const QFontMetricsF fm(font);
    out.lineHeight = std::ceil(fm.height());
    if (text.isEmpty() || maxLines < 1)
        return out;
    if (fm.horizontalAdvance(text) <= width) {
        out.lines << prepared(text, font); // the common case, without a text layout
        return out;
    }
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (out.lines.size() == maxLines - 1) {
            // The last line takes the rest, elided in the middle if it is too long.
            const QString rest = text.mid(line.textStart()).trimmed();
            const QString shown = fm.elidedText(rest, Qt::ElideMiddle, width);
            out.elided = shown != rest;
            out.lines << prepared(shown, font);
            break;
        }
        out.lines << prepared(text.mid(line.textStart(), line.textLength()).trimmed(), font);
    }
    layout.endLayout();
    return out;
}

CardLayout layoutCard(const QString& name, const QString& subtitle, const QSizeF& stored)
{
    CardLayout card;
    card.nameText = name;
    card.subtitleText = subtitle;
    card.stored = stored;
    const QFont nameFont = cardNameFont();
    const QFont subtitleFont = cardSubtitleFont();
    const qreal minText = kNodeWidth - kCardTextLeft - kCardTextRight;
    const qreal maxText = kMaxCardWidth - kCardTextLeft - kCardTextRight;
    // A stored size is where the card starts (as drawn last time, or as a file has it);
    // it grows from there like a new card.
    qreal textWidth = stored.isValid() ? std::max(40.0, stored.width() - kCardTextLeft - kCardTextRight) : minText;
    // Taller before wider: the gaps layouts leave between rows, and a group's padding
    // below its cards, take a second line; sideways a card would run into its neighbour
    // or its group's border sooner. Wider, in steps of ten, only when two lines are not enough.
    card.name = layoutLines(name, nameFont, textWidth, 2);
    while (card.name.elided && textWidth < maxText) {
        textWidth = std::min(maxText, textWidth + 10);
        card.name = layoutLines(name, nameFont, textWidth, 2);
    }
    card.subtitle = layoutLines(subtitle, subtitleFont, textWidth, 2);
    const qreal block = card.name.height() + kLineGap + card.subtitle.height();
    const qreal width = kCardTextLeft + textWidth + kCardTextRight;
    const qreal height = std::max(stored.isValid() ? stored.height() : kNodeHeight, std::ceil(block + 2 * kPadding));
    card.size = QSizeF(width, height);
    card.nameTop = std::round((height - block) / 2);
    card.subtitleTop = card.nameTop + card.name.height() + kLineGap;
    return card;
}

QSizeF storedCardSize(const Node& node)
{
    const double width = node.size.width();
    const double height = node.size.height();
    // A size too small to draw a card in is ignored, as if the file gave none (the canvas
    // then stores the size it draws, scene_fit.cpp).
    if (!(width >= 80 && height >= 32 && width <= 4000 && height <= 4000))
        return {};
    return node.size;
}

QFont cardNameFont()
{
    QFont f;
    f.setPointSizeF(9.5);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont cardSubtitleFont()
{
    QFont f;
    f.setPointSizeF(8.0);
    return f;
}

QFont cardFarNameFont()
{
    QFont f;
    f.setPixelSize(20);
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace cw
