#include "inspector_widget.h"

#include "accessibility.h"
#include "catalog/effective_values.h"
#include "cost/price_book.h"
#include "document.h"
#include "edit/edits.h"
#include "eliding_combo_box.h"
#include "model/json_text.h"
#include "property_editor.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

namespace {

// A line edit that commits on Enter or when focus leaves, only if the text changed.
QLineEdit* committingLineEdit(const QString& text, QWidget* parent, std::function<void(const QString&)> commit)
{
    auto* edit = new QLineEdit(text, parent);
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, commit = std::move(commit)] {
        if (edit->isModified()) {
            edit->setModified(false);
            commit(edit->text());
        }
    });
    return edit;
}

} // namespace

InspectorWidget::InspectorWidget(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll);
    connect(&m_doc.model(), &Architecture::changed, this, &InspectorWidget::onModelChanged);
    connect(&m_doc.model(), &Architecture::modelReset, this, [this] { showSelection({}); });
    rebuild();
}

void InspectorWidget::showSelection(const QList<Id>& ids)
{
    m_selection = ids;
    rebuild();
}

void InspectorWidget::focusName()
{
    if (m_nameEdit) {
        m_nameEdit->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(m_nameEdit))
            edit->selectAll();
    }
}

void InspectorWidget::onModelChanged(const ChangeSummary& s)
{
    if (m_shown.isEmpty() && m_selection.isEmpty()) {
        // The diagram's page: its settings, and how many nodes, groups and edges it has.
        const bool counts = !s.nodesAdded.isEmpty() || !s.nodesRemoved.isEmpty() || !s.groupsAdded.isEmpty()
            || !s.groupsRemoved.isEmpty() || !s.edgesAdded.isEmpty() || !s.edgesRemoved.isEmpty();
        if (s.metaChanged || counts)
            refresh();
        return;
    }
    if (!m_shown.isEmpty() && !m_doc.model().contains(m_shown)) {
        m_selection.removeAll(m_shown);
        rebuild();
        return;
    }
    if (s.metaChanged || s.nodesChanged.contains(m_shown) || s.groupsChanged.contains(m_shown)
        || s.edgesChanged.contains(m_shown))
        refresh();
}

void InspectorWidget::refresh()
{
    for (const auto& load : std::as_const(m_loaders))
        load();
}

QLabel* InspectorWidget::heading(const QString& html)
{
    auto* label = new QLabel(html);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void InspectorWidget::rebuild()
{
    m_loaders.clear();
    m_nameEdit = nullptr;
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long to sit beside its field in a narrow dock (and Danish labels are
    // longer) puts the field below it rather than off the panel's edge.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignRight);
    const Architecture& model = m_doc.model();
    m_shown.clear();
    if (m_selection.size() > 1) {
        form->addRow(heading(tr("<b>%n items selected</b><br>Use Arrange to align or distribute them, "
                                "Delete to remove them.",
            nullptr, int(m_selection.size()))));
    } else if (m_selection.size() == 1) {
        m_shown = m_selection.first();
        if (const Node* n = model.node(m_shown))
            buildNode(form, *n);
        else if (const Group* g = model.group(m_shown))
            buildGroup(form, *g);
        else if (const Edge* e = model.edge(m_shown))
            buildEdge(form, *e);
    } else {
        buildDiagram(form);
    }
    // Combo boxes grow to their longest entry; let the form decide their width.
    for (QComboBox* combo : page->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_scroll->setWidget(page);
    refresh();
}

QWidget* InspectorWidget::nameEditor(const Id& id)
{
    auto* edit = committingLineEdit(QString(), this, [this, id](const QString& text) {
        m_doc.request([&](Architecture& m) { return edit::rename(m, id, text.trimmed()); });
    });
    edit->setObjectName(QStringLiteral("inspectorName"));
    a11y::describe(edit, tr("Name"), tr("The name shown on the canvas; Enter or leaving the field renames, one undoable step"));
    m_loaders.append([this, edit, id] {
        if (edit->hasFocus() && edit->isModified())
            return;
        QString name;
        if (const Node* n = m_doc.model().node(id))
            name = n->name;
        else if (const Group* g = m_doc.model().group(id))
            name = g->name;
        else if (const Edge* e = m_doc.model().edge(id))
            name = e->label;
        edit->setText(name);
    });
    m_nameEdit = edit;
    return edit;
}

void InspectorWidget::buildDiagram(QFormLayout* form)
{
    form->addRow(heading(tr("<b>Diagram</b><br><span style='color:#606b78'>Select a node, edge or group to edit it. "
                            "Drag services from the palette to add them.</span>")));
    auto* title = committingLineEdit(QString(), this, [this](const QString& text) {
        Meta meta = m_doc.model().meta();
        meta.title = text.trimmed();
        m_doc.request([&](Architecture& m) { return edit::setMeta(m, meta); });
    });
    title->setObjectName(QStringLiteral("inspectorTitle"));
    a11y::describe(title, tr("Diagram title"), tr("The diagram's title, shown in reports and exports"));
    form->addRow(tr("Title"), title);

    auto* provider = new ElidingComboBox(this);
    provider->setObjectName(QStringLiteral("inspectorProvider"));
    for (const ProviderInfo& p : m_doc.catalog().providers())
        provider->addItem(p.name, p.id);
    provider->setToolTip(tr("Switching renames every service to the provider's own (EC2 becomes Compute Engine) and "
                            "maps instance types and the region to their nearest equivalents"));
    connect(provider, &QComboBox::activated, this, [this, provider] {
        m_doc.request([&](Architecture& m) {
            return edit::switchProvider(
                m, m_doc.catalog(), cost::PriceBook::builtin(), provider->currentData().toString());
        });
    });
    form->addRow(tr("Provider"), provider);

    auto* region = committingLineEdit(QString(), this, [this](const QString& text) {
        Meta meta = m_doc.model().meta();
        meta.region = text.trimmed();
        m_doc.request([&](Architecture& m) { return edit::setMeta(m, meta); });
    });
    region->setPlaceholderText(tr("e.g. us-east-1"));
    form->addRow(tr("Region"), region);

    auto* reliability = new ElidingComboBox(this);
    reliability->addItem(tr("Standard"), QStringLiteral("standard"));
    reliability->addItem(tr("Critical"), QStringLiteral("critical"));
    reliability->setToolTip(tr("Critical asks for serving in more than one zone and replica"));
    connect(reliability, &QComboBox::activated, this, [this, reliability] {
        Meta meta = m_doc.model().meta();
        meta.reliability = reliability->currentData().toString();
        m_doc.request([&](Architecture& m) { return edit::setMeta(m, meta); });
    });
    form->addRow(tr("Reliability"), reliability);

    auto* currency = committingLineEdit(QString(), this, [this](const QString& text) {
        Meta meta = m_doc.model().meta();
        meta.currency = text.trimmed().toUpper();
        m_doc.request([&](Architecture& m) { return edit::setMeta(m, meta); });
    });
    currency->setMaxLength(8);
    form->addRow(tr("Currency"), currency);

    auto* stats = new QLabel(this);
    stats->setStyleSheet(QStringLiteral("color:#606b78"));
    form->addRow(QString(), stats);

    m_loaders.append([this, title, provider, region, reliability, currency, stats] {
        const Architecture& model = m_doc.model();
        const Meta& m = model.meta();
        if (!title->isModified())
            title->setText(m.title);
        provider->setCurrentIndex(provider->findData(m.provider));
        if (!region->isModified())
            region->setText(m.region);
        reliability->setCurrentIndex(reliability->findData(m.reliability));
        if (!currency->isModified())
            currency->setText(m.currency);
        // Another currency from a file is kept, and said plainly: nothing is priced in it.
        const QString problem = currencyProblem(m.currency);
        currency->setToolTip(problem.isEmpty() ? tr("Budgets and prices are in US dollars (USD)") : problem);
        currency->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color:#b3261e"));
        stats->setText(tr("%1 nodes, %2 groups, %3 edges")
                           .arg(model.nodes().size())
                           .arg(model.groups().size())
                           .arg(model.edges().size()));
    });
}

void InspectorWidget::buildNode(QFormLayout* form, const Node& node)
{
    const Catalog& catalog = m_doc.catalog();
    const KindInfo* kind = catalog.kind(node.kind);
    const QString color = theme::kindColor(catalog, node.kind).name();
    const Category* category = kind ? catalog.category(kind->category) : nullptr;
    auto* title = heading(QString());
    form->addRow(title);
    const Id id = node.id;
    form->addRow(tr("Name"), nameEditor(id));

    auto* provider = new ElidingComboBox(this);
    provider->setObjectName(QStringLiteral("inspectorNodeProvider"));
    provider->addItem(QString(), QString()); // "the diagram's", filled in by the loader
    for (const ProviderInfo& p : m_doc.catalog().providers())
        provider->addItem(p.name, p.id);
    provider->setToolTip(tr("A node may run at another provider than the rest of the diagram"));
    connect(provider, &QComboBox::activated, this, [this, provider, id] {
        m_doc.request([&](Architecture& m) {
            return edit::setNodeProvider(m, m_doc.catalog(), id, provider->currentData().toString());
        });
    });
    form->addRow(tr("Provider"), provider);

    auto* where = new QLabel(this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), where);

    m_loaders.append([this, title, provider, where, id, kind, category, color] {
        const Node* n = m_doc.model().node(id);
        if (!n)
            return;
        const QString effective = m_doc.model().providerOf(*n);
        // Category, service model (none for people and outside apps) and kind.
        QStringList facts;
        for (const QString& fact :
            {category ? category->name : QString(), kind ? kind->serviceModel : QString(), n->kind}) {
            if (!fact.isEmpty() && fact != QLatin1String("-") && fact != QStringLiteral("–"))
                facts << fact.toHtmlEscaped();
        }
        title->setText(QStringLiteral("<span style='color:%1;font-weight:600'>■</span> <b>%2</b><br>"
                                      "<span style='color:#606b78'>%3</span>")
                           .arg(color, kind ? kind->serviceName(effective).toHtmlEscaped() : n->kind.toHtmlEscaped(),
                               facts.join(QStringLiteral(" · "))));
        provider->setItemText(
            0, tr("As diagram (%1)").arg(m_doc.catalog().providerName(m_doc.model().meta().provider)));
        provider->setCurrentIndex(n->provider.isEmpty() ? 0 : provider->findData(n->provider));
        const Group* g = m_doc.model().group(n->group);
        where->setText(g ? tr("%1 in %2").arg(n->id, g->name.isEmpty() ? g->id : g->name) : n->id);
    });

    if (kind && !kind->props.isEmpty()) {
        form->addRow(heading(tr("<br><b>Properties</b>")));
        for (const QString& key : kind->props)
            buildProperty(form, id, key, node.kind);
    }
    // Properties outside the kind's list (from other tools, or set on purpose) stay visible.
    QStringList others;
    for (auto it = node.props.begin(); it != node.props.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!kind || !kind->props.contains(key))
            others << QStringLiteral("%1 = %2").arg(key.toHtmlEscaped(), jsonText(*it).toHtmlEscaped());
    }
    if (!others.isEmpty())
        form->addRow(
            heading(tr("<span style='color:#606b78'>Also set: %1</span>").arg(others.join(QStringLiteral(", ")))));
}

void InspectorWidget::buildProperty(QFormLayout* form, const Id& id, const QString& key, const QString& kind)
{
    const Catalog& catalog = m_doc.catalog();
    const PropertyDef* def = catalog.property(key);
    if (!def)
        return;
    const Architecture& model = m_doc.model();
    const Node* node = model.node(id);
    const QString provider = node ? model.providerOf(*node) : model.meta().provider;
    auto* editor = new PropertyEditor(*def, catalog.suggestions(kind, key, provider), this);
    editor->setObjectName(QStringLiteral("prop:") + key);
    auto* reset = new QToolButton(this);
    reset->setText(QStringLiteral("↺"));
    reset->setAutoRaise(true);
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor, 1);
    layout->addWidget(reset);
    auto* label = new QLabel(def->label.isEmpty() ? key : def->label, this);
    label->setToolTip(def->help);
    label->setBuddy(editor->editor());
    form->addRow(label, row);

    connect(editor, &PropertyEditor::edited, this, [this, id, key](const Json& value) {
        m_doc.request([&](Architecture& m) { return edit::setProperty(m, m_doc.catalog(), id, key, value); });
    });
    connect(reset, &QToolButton::clicked, this, [this, id, key] {
        m_doc.request([&](Architecture& m) { return edit::setProperty(m, m_doc.catalog(), id, key, Json()); });
    });
    m_loaders.append([this, editor, reset, label, id, key, kind] {
        const Architecture& m = m_doc.model();
        Json value;
        Json fallback;
        if (const Node* n = m.node(id)) {
            // What the node would have without its own value: the one default the rules
            // and the cost estimate read too (effectiveValue).
            if (isSetOnNode(*n, key))
                value = n->props.at(key.toStdString());
            Node unset = *n;
            unset.props.erase(key.toStdString());
            fallback = effectiveValue(m_doc.catalog(), m, unset, key);
        } else if (const Group* g = m.group(id)) {
            value = g->props.value(key.toStdString(), Json());
            if (value.is_null())
                value = Json();
            fallback = m_doc.catalog().defaultValue(kind, key, m.meta().provider);
        }
        if (!editor->editor()->hasFocus())
            editor->setValue(value, fallback);
        reset->setEnabled(!value.is_null());
        reset->setToolTip(
            fallback.is_null() ? tr("Clear (not set)") : tr("Use the default: %1").arg(jsonText(fallback)));
        QFont f = label->font();
        f.setBold(!value.is_null());
        label->setFont(f);
    });
}

void InspectorWidget::buildGroup(QFormLayout* form, const Group& group)
{
    const GroupKindInfo* info = m_doc.catalog().groupKind(group.kind);
    const Id id = group.id;
    form->addRow(heading(
        tr("<b>%1</b><br><span style='color:#606b78'>%2</span>")
            .arg(info ? info->name : toString(group.kind), info ? info->description.toHtmlEscaped() : QString())));
    form->addRow(tr("Name"), nameEditor(id));
    auto* where = new QLabel(this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), where);
    m_loaders.append([this, where, id] {
        const Group* g = m_doc.model().group(id);
        const Group* parent = g ? m_doc.model().group(g->parent) : nullptr;
        if (g)
            where->setText(
                parent ? tr("%1 in %2").arg(g->id, parent->name.isEmpty() ? parent->id : parent->name) : g->id);
    });
    if (info) {
        for (const QString& key : info->props)
            buildProperty(form, id, key, QString());
    }
}

void InspectorWidget::buildEdge(QFormLayout* form, const Edge& edge)
{
    const Architecture& model = m_doc.model();
    auto nameOf = [&](const Id& id) { return displayName(m_doc.catalog(), model, id); };
    const Id id = edge.id;
    form->addRow(heading(tr("<b>Connection</b><br><span style='color:#606b78'>%1 → %2</span>")
                             .arg(nameOf(edge.from).toHtmlEscaped(), nameOf(edge.to).toHtmlEscaped())));
    auto* kind = new ElidingComboBox(this);
    kind->setObjectName(QStringLiteral("inspectorEdgeKind"));
    for (const EdgeKindInfo& k : m_doc.catalog().edgeKinds()) {
        kind->addItem(k.name, toString(k.kind));
        kind->setItemData(kind->count() - 1, k.description, Qt::ToolTipRole);
    }
    connect(kind, &QComboBox::activated, this, [this, kind, id] {
        if (const auto k = edgeKindFromString(kind->currentData().toString()))
            m_doc.request([&](Architecture& m) { return edit::setEdgeKind(m, id, *k); });
    });
    form->addRow(tr("Kind"), kind);
    QWidget* label = nameEditor(id);
    qobject_cast<QLineEdit*>(label)->setPlaceholderText(tr("optional, e.g. HTTPS"));
    form->addRow(tr("Label"), label);
    auto* idLabel = new QLabel(id, this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), idLabel);
    m_loaders.append([this, kind, id] {
        if (const Edge* e = m_doc.model().edge(id))
            kind->setCurrentIndex(kind->findData(toString(e->kind)));
    });
}

} // namespace cw
