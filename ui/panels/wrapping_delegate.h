#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace cw {

/// Rows of a one-column tree that wrap their text at words to the column's width, so
/// a long name shows whole (on more lines) instead of being cut off; rows are measured
/// again when the column changes width. A word too long for a line is elided in the middle.
/// Setting it up turns off uniform row heights (they would keep every row one line).
class WrappingDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView* tree);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_tree;
};

} // namespace cw
