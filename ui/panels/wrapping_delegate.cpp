#include "wrapping_delegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace cw {

WrappingDelegate::WrappingDelegate(QTreeView* tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Queued: laying the rows out again can show or hide the scroll bar, which resizes the column.
    connect(
        tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); }, Qt::QueuedConnection);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // QTreeView asks without a width, so the style would measure one unbroken line; give it
    // the room the row has: the column less the indentation of its depth.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = m_tree->columnWidth(index.column()) - depth * m_tree->indentation();
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    opt.rect = QRect(0, 0, width, 10000);
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
}

} // namespace cw
