#include "eliding_combo_box.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStylePainter>
#include <QToolTip>

namespace cw {

ElidingComboBox::ElidingComboBox(QWidget* parent)
    : QComboBox(parent)
{
}

int ElidingComboBox::textRoom() const
{
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    int room = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this).width();
    if (!opt.currentIcon.isNull())
        room -= opt.iconSize.width() + 4;
    return room;
}

QString ElidingComboBox::shownText() const
{
    if (isEditable())
        return currentText(); // the line edit scrolls its text
    return fontMetrics().elidedText(currentText(), Qt::ElideMiddle, textRoom());
}

QString ElidingComboBox::currentToolTip() const
{
    if (shownText() == currentText())
        return toolTip();
    return toolTip().isEmpty() ? currentText() : currentText() + QStringLiteral("\n\n") + toolTip();
}

bool ElidingComboBox::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QString tip = currentToolTip();
        if (!tip.isEmpty())
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QComboBox::event(event);
}

void ElidingComboBox::paintEvent(QPaintEvent* event)
{
    if (isEditable()) {
        QComboBox::paintEvent(event);
        return;
    }
    // QComboBox::paintEvent, with the label elided in the middle instead of clipped.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    opt.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

void ElidingComboBox::showPopup()
{
    // The open list shows every entry whole, even when the box itself is narrow.
    QAbstractItemView* list = view();
    const int wanted
        = list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth();
    list->setMinimumWidth(std::max(width(), wanted));
    QComboBox::showPopup();
}

} // namespace cw
