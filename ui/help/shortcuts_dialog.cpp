#include "shortcuts_dialog.h"

#include "accessibility.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

struct Row {
    QString command, keys, where;
};

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

void collect(const QMenu* menu, const QString& path, QList<Row>& rows)
{
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" → ") + plain(a->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.push_back({plain(a->text()), keys.join(QStringLiteral(", ")), path});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> rows;
    for (QAction* top : menus->actions())
        if (top->menu())
            collect(top->menu(), plain(top->text()), rows);
    // The canvas's own keys, which no menu holds.
    const QString canvas = tr("Canvas");
    rows.push_back({tr("Nudge the selection by a grid step"), tr("Arrow keys"), canvas});
    rows.push_back({tr("Nudge the selection by one unit"), tr("Shift+Arrow keys"), canvas});
    rows.push_back({tr("Pan the view"), tr("Space+drag, middle button drag"), canvas});
    rows.push_back({tr("Zoom around the pointer"), tr("Ctrl+wheel, wheel"), canvas});
    rows.push_back({tr("Scroll sideways"), tr("Shift+wheel"), canvas});
    rows.push_back({tr("Add to the selection"), tr("Ctrl+click"), canvas});
    rows.push_back({tr("Cancel a drag or a connection"), tr("Esc"), canvas});
    rows.push_back({tr("Next or previous card, in reading order"), tr("Tab, Shift+Tab"), canvas});
    rows.push_back({tr("Nearest card that way"), tr("Alt+Arrow keys"), canvas});
    rows.push_back({tr("Add the palette's service at the view's centre"), tr("Enter (in the palette)"), tr("Services")});

    auto* layout = new QVBoxLayout(this);
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("shortcutSearch"));
    search->setPlaceholderText(tr("Filter by command, key or menu"));
    search->setAccessibleName(tr("Filter shortcuts"));
    search->setClearButtonEnabled(true);
    layout->addWidget(search);
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    a11y::describe(m_table, tr("Keyboard shortcuts"),
        tr("Every command with its keys and where it works; the filter above narrows the list"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int r = 0; r < int(rows.size()); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].command));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].keys));
        m_table->setItem(r, 2, new QTableWidgetItem(rows[r].where));
    }
    layout->addWidget(m_table, 1);
    auto* note = new QLabel(tr("Commands without keys can be reached with Alt and the underlined letters of the menus."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    resize(640, 560);
}

int ShortcutsDialog::rows() const
{
    return m_table->rowCount();
}

QString ShortcutsDialog::keysOf(const QString& command) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == command)
            return m_table->item(r, 1)->text();
    return QString();
}

void ShortcutsDialog::filter(const QString& text)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < 3 && !match; ++c)
            match = m_table->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
    }
}

} // namespace cw
