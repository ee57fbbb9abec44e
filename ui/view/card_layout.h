#pragma once

#include <QFont>
#include <QList>
#include <QSizeF>
#include <QStaticText>
#include <QString>

namespace cw {

struct Node;

/// A card is at least kNodeWidth x kNodeHeight (what core's automatic layout assumes, so
/// growth mostly stays within the gaps it leaves): it grows taller for a second line of
/// its name, and wider, up to this, only when two lines at the smallest width are not
/// enough. A grown card's size is stored in the model (scene_fit.cpp), so its group's
/// frame and the router use it too.
inline constexpr qreal kMaxCardWidth = 260.0;
/// Where a card's text starts: after the category stripe and the glyph.
inline constexpr qreal kCardTextLeft = 56.0;
inline constexpr qreal kCardTextRight = 10.0;

/// Text in lines no wider than a width: wrapped at words, at most maxLines; what does
/// not fit is elided in the middle of the last line, so the end of a name stays.
struct TextLines {
    QList<QStaticText> lines; ///< prepared once, so painting is a blit per line
    qreal lineHeight = 0;
    bool elided = false;

    qreal height() const { return qreal(lines.size()) * lineHeight; }
    /// The text as shown, lines joined by a space.
    QString text() const;
};
TextLines layoutLines(const QString& text, const QFont& font, qreal width, int maxLines);

/// A card's size and its text laid out, computed once per change of its text.
struct CardLayout {
    QString nameText; ///< inputs, to skip laying out the same text again
    QString subtitleText;
    QSizeF stored; ///< the file's w and h, if it gave them
    QSizeF size;
    TextLines name;     ///< up to two lines
    TextLines subtitle; ///< the service line: up to two lines
    qreal nameTop = 0;
    qreal subtitleTop = 0;

    bool elided() const { return name.elided || subtitle.elided; }
};

/// Lays a card out for its name and service line. A valid stored size (the model's, the
/// file's layout "w" and "h") is where it starts: kept as drawn unless the text needs
/// more, when it grows taller, then wider up to kMaxCardWidth. It never shrinks, so a
/// card laid out at the size it was given keeps that size.
CardLayout layoutCard(const QString& name, const QString& subtitle, const QSizeF& stored = QSizeF());

/// The size the model stores for a node's card (Node::size, the file's layout "w" and
/// "h"), invalid when it gives none or one too small or too big to draw.
QSizeF storedCardSize(const Node& node);

QFont cardNameFont();
QFont cardSubtitleFont();
/// The name alone, drawn large at middle zoom (see NodeItem::paint).
QFont cardFarNameFont();

} // namespace cw
