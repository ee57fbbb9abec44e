#include "palette_widget.h"

#include <QTreeWidgetItemIterator>

#include "canvas/diagram_scene.h"
#include "catalog/catalog.h"
#include "appearance.h"
#include "theme.h"
#include "wrapping_delegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr int kSearchRole = Qt::UserRole + 2;      ///< names at every provider, kind, category
constexpr int kDescriptionRole = Qt::UserRole + 3; ///< the tooltip text
} // namespace

PaletteTree::PaletteTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(18, 18)); // rows are as tall as their icon now that heights are not uniform
    setIndentation(12);
    setRootIsDecorated(true);
    setAnimated(false);
    // A long service name wraps in a narrow dock rather than being cut off.
    setItemDelegate(new WrappingDelegate(this));
}

QStringList PaletteTree::mimeTypes() const
{
    return {DiagramScene::paletteMimeType()};
}

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    const QString entry = items.first()->data(0, EntryRole).toString();
    if (entry.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(DiagramScene::paletteMimeType(), entry.toUtf8());
    mime->setText(entry);
    return mime;
}

PaletteWidget::PaletteWidget(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search services…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filter by name at any provider (EC2, Cloud Run, Key Vault), by kind or by category"));
    m_tree = new PaletteTree(this);
    m_tree->setToolTip(tr("Drag a service or group onto the canvas (drop it inside a group to make it a member), "
                          "or press Enter to add it at the centre of the view"));
    m_tree->setAccessibleName(tr("Services and groups"));
    m_search->setAccessibleName(tr("Search services"));
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    // Enter (itemActivated) or a double-click adds the entry; a category row only folds.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString entry = item ? item->data(0, PaletteTree::EntryRole).toString() : QString();
        if (!entry.isEmpty())
            Q_EMIT entryActivated(entry);
    });
    // Down from the search field goes to the first entry shown, so typing then Enter works.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
            if (!(*it)->data(0, PaletteTree::EntryRole).toString().isEmpty()) {
                m_tree->setCurrentItem(*it);
                Q_EMIT entryActivated((*it)->data(0, PaletteTree::EntryRole).toString());
                return;
            }
    });
    connect(&Appearance::instance(), &Appearance::changed, this, &PaletteWidget::build); // headers' colours
    build();
}

void PaletteWidget::setProvider(const QString& provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    build();
}

void PaletteWidget::setFilter(const QString& text)
{
    m_search->setText(text);
}

QTreeWidgetItem* PaletteWidget::itemFor(const QString& entry) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* category = m_tree->topLevelItem(i);
        for (int j = 0; j < category->childCount(); ++j) {
            if (category->child(j)->data(0, PaletteTree::EntryRole).toString() == entry)
                return category->child(j);
        }
    }
    return nullptr;
}

void PaletteWidget::build()
{
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);

    auto* groups = new QTreeWidgetItem(m_tree, {tr("Groups")});
    groups->setFont(0, bold);
    groups->setFlags(Qt::ItemIsEnabled);
    for (const PaletteGroup& g : m_catalog.paletteGroups()) {
        const GroupKindInfo* kindInfo = m_catalog.groupKind(g.kind);
        if (!kindInfo)
            continue;
        const QString name = g.displayName(*kindInfo, m_provider);
        const QString entry = QStringLiteral("group:") + g.id;
        const QString tip = g.description.isEmpty() ? kindInfo->description : g.description;
        auto* item = new QTreeWidgetItem(groups, {name});
        const bool isPublic = g.props.value("public", false);
        item->setIcon(0,
            theme::icon(
                g.icon.isEmpty() ? theme::groupIconPath(m_catalog, g.kind, isPublic) : QStringLiteral(":/") + g.icon));
        item->setData(0, PaletteTree::EntryRole, entry);
        item->setToolTip(0, tip);
        item->setData(0, kSearchRole, QStringLiteral("%1 %2").arg(name, entry).toLower());
        item->setData(0, kDescriptionRole, tip.toLower());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }

    for (const Category& category : m_catalog.categories()) {
        auto* parent = new QTreeWidgetItem(m_tree, {category.name});
        parent->setFont(0, bold);
        parent->setFlags(Qt::ItemIsEnabled);
        const QColor color = theme::categoryColor(m_catalog, category.id);
        parent->setForeground(0, theme::isDark() ? color.lighter(135) : color.darker(130));
        for (const KindInfo& kind : m_catalog.kinds()) {
            if (kind.category != category.id)
                continue;
            const QString name = kind.serviceName(m_provider);
            const QString generic = kind.serviceName(QStringLiteral("generic"));
            auto* item = new QTreeWidgetItem(parent, {name});
            item->setIcon(0, theme::icon(theme::kindIconPath(m_catalog, kind.kind)));
            item->setData(0, PaletteTree::EntryRole, QStringLiteral("node:") + kind.kind);
            QString tip = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
            if (generic != name)
                tip += QStringLiteral(" — %1").arg(generic.toHtmlEscaped());
            tip += QStringLiteral("<br>%1 · <code>%2</code>").arg(kind.serviceModel, kind.kind);
            if (!kind.description.isEmpty())
                tip += QStringLiteral("<br>%1").arg(kind.description.toHtmlEscaped());
            item->setToolTip(0, tip);
            QStringList words{kind.kind, category.name, kind.serviceModel};
            for (const QString& n : kind.names)
                words << n;
            item->setData(0, kSearchRole, words.join(QLatin1Char(' ')).toLower());
            item->setData(0, kDescriptionRole, kind.description.toLower());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void PaletteWidget::applyFilter()
{
    // Every word must be in a name (any provider's), the kind or the category; or the
    // whole phrase in the description.
    const QString phrase = m_search->text().trimmed().toLower();
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* category = m_tree->topLevelItem(i);
        int visible = 0;
        for (int j = 0; j < category->childCount(); ++j) {
            QTreeWidgetItem* item = category->child(j);
            const QString haystack = item->data(0, kSearchRole).toString() + QLatin1Char(' ') + item->text(0).toLower();
            const bool match
                = std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return haystack.contains(w); })
                || (phrase.size() > 3 && item->data(0, kDescriptionRole).toString().contains(phrase));
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        category->setHidden(visible == 0);
    }
}

} // namespace cw
