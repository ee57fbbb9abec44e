#include "connect_dialog.h"

#include "accessibility.h"
#include "catalog/catalog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {

QString nameOf(const Node& n, const QString& provider, const Catalog& catalog)
{
    const KindInfo* info = catalog.kind(n.kind);
    const QString service = info ? info->serviceName(n.provider.isEmpty() ? provider : n.provider) : n.kind;
    return n.name.isEmpty() ? service : QStringLiteral("%1 (%2)").arg(n.name, service);
}

} // namespace

ConnectDialog::ConnectDialog(const Diagram& diagram, const Catalog& catalog, const Id& from, QWidget* parent)
    : QDialog(parent), m_diagram(diagram), m_catalog(catalog), m_from(from)
{
    setWindowTitle(tr("Connect To"));
    const QString provider = diagram.meta.provider;
    const Node* source = nullptr;
    for (const Node& n : diagram.nodes)
        if (n.id == from)
            source = &n;
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Draw an edge from <b>%1</b> to:").arg(source ? nameOf(*source, provider, catalog).toHtmlEscaped() : from), this);
    layout->addWidget(heading);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type to filter by name, service or id"));
    m_filter->setObjectName(QStringLiteral("connectFilter"));
    a11y::describe(m_filter, tr("Filter the nodes"),
        tr("Shows only the nodes whose name, service or id contains what you type; Up and Down move in the list"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("connectTargets"));
    a11y::describe(m_list, tr("Node to connect to"), tr("The node the new edge goes to; Enter connects"));
    for (const Node& n : diagram.nodes) {
        if (n.id == from)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(nameOf(n, provider, catalog), n.id), m_list);
        item->setData(Qt::UserRole, n.id);
    }
    layout->addWidget(m_list, 1);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("connectKind"));
    m_kind->setAccessibleName(tr("Edge kind"));
    m_kind->setToolTip(tr("What travels along the edge; the editor proposes one from the two services"));
    for (EdgeKind k : {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control}) {
        // The catalog's name for the kind (translated with the catalog), its id otherwise.
        const EdgeKindInfo* info = catalog.edgeKind(k);
        m_kind->addItem(info && !info->name.isEmpty() ? info->name : toString(k), int(k));
        if (info)
            m_kind->setItemData(m_kind->count() - 1, info->description, Qt::ToolTipRole);
    }
    form->addRow(tr("&Kind:"), m_kind);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("connectLabel"));
    a11y::describe(m_label, tr("Edge label"), tr("Text drawn on the edge, such as the protocol; may stay empty"));
    m_label->setPlaceholderText(tr("optional, e.g. HTTPS"));
    form->addRow(tr("&Label:"), m_label);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Draw the edge, one undoable step"));
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_kind);
    setTabOrder(m_kind, m_label);
    setTabOrder(m_label, buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectDialog::setFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectDialog::targetChanged);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Up and Down in the filter move through the list, so the hands stay on the keys.
    m_filter->installEventFilter(this);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    const auto okEnabled = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!target().isEmpty()); };
    connect(m_list, &QListWidget::currentItemChanged, this, okEnabled);
    okEnabled();
    resize(460, 420);
}

Id ConnectDialog::target() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : Id();
}

EdgeKind ConnectDialog::kind() const
{
    return EdgeKind(m_kind->currentData().toInt());
}

QString ConnectDialog::label() const
{
    return m_label->text().trimmed();
}

bool ConnectDialog::setTarget(const Id& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void ConnectDialog::setKind(EdgeKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ConnectDialog::setFilter(const QString& text)
{
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool show = item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && !first)
            first = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

int ConnectDialog::listed() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

bool ConnectDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConnectDialog::targetChanged()
{
    const Id to = target();
    const Node* a = nullptr;
    const Node* b = nullptr;
    for (const Node& n : m_diagram.nodes) {
        if (n.id == m_from)
            a = &n;
        if (n.id == to)
            b = &n;
    }
    if (a && b)
        setKind(m_catalog.proposeEdgeKind(a->kind, b->kind));
}

} // namespace cw
