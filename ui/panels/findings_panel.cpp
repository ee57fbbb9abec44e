#include "findings_panel.h"

#include "accessibility.h"
#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"

#include "appearance.h"
#include "document.h"
#include "edit/edits.h"
#include "rules/quick_fixes.h"
#include "rules/rule_book.h"
#include "theme.h"
#include "validation_controller.h"
#include "view/severity_shape.h"
#include "wrapping_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace cw {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;   ///< index into m_findings, -1 for group rows
constexpr int kKeyRole = Qt::UserRole + 2;     ///< stable key of a group row, to keep it open
constexpr int kBaseTipRole = Qt::UserRole + 3; ///< the row's tooltip without what its fix costs

QString keyOf(const Finding& f)
{
    return f.rule + QLatin1Char('|') + f.nodes.join(QLatin1Char(',')) + QLatin1Char('|')
        + f.edges.join(QLatin1Char(','));
}

QString severityTitle(Severity s, int n)
{
    switch (s) {
    case Severity::Error: return FindingsPanel::tr("Errors (%1)").arg(n);
    case Severity::Warning: return FindingsPanel::tr("Warnings (%1)").arg(n);
    case Severity::Info: return FindingsPanel::tr("Info (%1)").arg(n);
    }
    return {};
}
} // namespace

FindingsPanel::FindingsPanel(Document& document, ValidationController& validation, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
    , m_validation(validation)
{
    m_fixCostTimer = new QTimer(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    auto* rulesLabel = new QLabel(tr("Rules:"), this);
    top->addWidget(rulesLabel);
    m_profile = new QComboBox(this);
    rulesLabel->setBuddy(m_profile);
    m_profile->setAccessibleName(tr("Rule profile"));
    m_profile->setObjectName(QStringLiteral("findingsProfile"));
    for (const RuleProfile& p : RuleBook::builtin().profiles()) {
        m_profile->addItem(p.name, p.id);
        m_profile->setItemData(m_profile->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_profile->setToolTip(tr("Which rules check this diagram; kept in the file"));
    top->addWidget(m_profile, 1);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(12);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree)); // rows wrap to the dock's width
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setToolTip(QString());
    a11y::describe(m_tree, tr("Findings"),
        tr("What the rules found, by severity and pillar; choosing a finding shows its nodes on the canvas, "
           "Fix applies its quick fix"));
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    m_fix = new QPushButton(tr("&Fix"), this);
    m_fix->setObjectName(QStringLiteral("findingsFix"));
    m_fix->setToolTip(tr("Apply the quick fix: one step, undoable"));
    m_suppress = new QPushButton(tr("&Suppress…"), this);
    m_suppress->setToolTip(
        tr("Keep this finding on the node as accepted, with a reason; it stays listed as suppressed"));
    buttons->addWidget(m_fix);
    buttons->addWidget(m_suppress);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_profile, &QComboBox::activated, this, [this] {
        Meta meta = m_doc.model().meta();
        meta.ruleProfile = m_profile->currentData().toString();
        m_doc.request([&](Architecture& m) { return edit::setMeta(m, meta); });
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const int index = item->data(0, kIndexRole).toInt();
        if (index >= 0 && index < int(m_findings.size()))
            Q_EMIT showRequested(m_findings[std::size_t(index)].nodes, m_findings[std::size_t(index)].edges);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!currentFinding())
            return;
        QMenu menu(this);
        menu.addAction(tr("Show on Canvas"), this,
            [this] { Q_EMIT showRequested(currentFinding()->nodes, currentFinding()->edges); });
        menu.addAction(m_fix->text().remove(QLatin1Char('&')), this, &FindingsPanel::fixCurrent)
            ->setEnabled(m_fix->isEnabled());
        menu.addAction(m_suppress->text().remove(QLatin1Char('&')), this, &FindingsPanel::suppressCurrent)
            ->setEnabled(m_suppress->isEnabled());
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_fix, &QPushButton::clicked, this, &FindingsPanel::fixCurrent);
    connect(m_suppress, &QPushButton::clicked, this, &FindingsPanel::suppressCurrent);
    connect(&m_validation, &ValidationController::findingsChanged, this, &FindingsPanel::rebuild);
    connect(&Appearance::instance(), &Appearance::changed, this, &FindingsPanel::rebuild); // rows' colours, icons
    connect(&m_doc.model(), &Architecture::modelReset, this, &FindingsPanel::syncProfile);
    connect(&m_doc.model(), &Architecture::changed, this, [this](const ChangeSummary& s) {
        if (s.metaChanged)
            syncProfile();
        if (!s.layoutOnly) { // a move changes no price
            m_fixCosts.clear();
            m_fixCostTimer->start(); // once a burst of edits is over, re-price the shown fix
        }
    });
    connect(&m_doc.model(), &Architecture::modelReset, this, [this] { m_fixCosts.clear(); });
    m_fixCostTimer->setSingleShot(true);
    m_fixCostTimer->setInterval(250);
    connect(m_fixCostTimer, &QTimer::timeout, this, &FindingsPanel::updateButtons);
    m_tree->viewport()->installEventFilter(this); // fix costs are worked out when a tooltip asks
    syncProfile();
    rebuild();
}

void FindingsPanel::syncProfile()
{
    const int index = m_profile->findData(m_doc.model().meta().ruleProfile);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
}

const Finding* FindingsPanel::currentFinding() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const int index = item ? item->data(0, kIndexRole).toInt() : -1;
    return index >= 0 && index < int(m_findings.size()) ? &m_findings[std::size_t(index)] : nullptr;
}

bool FindingsPanel::selectRule(const QString& rule)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int index = (*it)->data(0, kIndexRole).toInt();
        if (index >= 0 && index < int(m_findings.size()) && m_findings[std::size_t(index)].rule == rule) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void FindingsPanel::rebuild()
{
    // Keep open what was open, and the selected finding selected, across updates.
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert((*it)->data(0, kKeyRole).toString());
    }
    const QString current = currentFinding() ? keyOf(*currentFinding()) : QString();

    m_findings = m_validation.findings();
    m_tree->clear();
    const FindingCounts counts = m_validation.counts();
    if (m_findings.empty()) {
        m_summary->setText(tr("<span style='color:#2e7d32'>✔ No findings.</span> The diagram passes every rule "
                              "of this profile."));
    } else {
        m_summary->setText(QStringLiteral("<b style='color:%1'>%2</b> · <b style='color:%3'>%4</b> · %5%6")
                               .arg(theme::severityColor(Severity::Error).name(),
                                   counts.errors == 1 ? tr("1 error") : tr("%1 errors").arg(counts.errors),
                                   theme::severityColor(Severity::Warning).name(),
                                   counts.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts.warnings),
                                   tr("%1 info").arg(counts.infos),
                                   counts.suppressed ? tr(" · %1 suppressed").arg(counts.suppressed) : QString()));
    }

    QTreeWidgetItem* toSelect = nullptr;
    auto groupRow = [&](QTreeWidgetItem* parent, const QString& text, const QString& key, const QColor& color) {
        auto* row = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_tree, {text});
        row->setData(0, kIndexRole, -1);
        row->setData(0, kKeyRole, key);
        QFont f = row->font(0);
        f.setBold(true);
        row->setFont(0, f);
        row->setForeground(0, color);
        row->setFlags(Qt::ItemIsEnabled);
        return row;
    };
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        int n = 0;
        for (const Finding& f : m_findings)
            n += !f.suppressed && f.severity == severity ? 1 : 0;
        if (n == 0)
            continue;
        QTreeWidgetItem* top
            = groupRow(nullptr, severityTitle(severity, n), toString(severity), theme::severityColor(severity));
        top->setIcon(0, severityIcon(severity)); // the shape says it too, not the colour alone
        for (Pillar pillar : {Pillar::Security, Pillar::Reliability, Pillar::OperationalExcellence,
                 Pillar::CostOptimization, Pillar::PerformanceEfficiency, Pillar::Sustainability}) {
            QTreeWidgetItem* pillarRow = nullptr;
            for (int i = 0; i < int(m_findings.size()); ++i) {
                const Finding& f = m_findings[std::size_t(i)];
                if (f.suppressed || f.severity != severity || f.pillar != pillar)
                    continue;
                if (!pillarRow)
                    pillarRow
                        = groupRow(top, pillarDisplayName(pillar), toString(severity) + toString(pillar), theme::colors().text);
                QTreeWidgetItem* row = addFinding(pillarRow, i);
                if (keyOf(f) == current)
                    toSelect = row;
            }
        }
    }
    if (counts.suppressed > 0) {
        QTreeWidgetItem* top = groupRow(
            nullptr, tr("Suppressed (%1)").arg(counts.suppressed), QStringLiteral("suppressed"), theme::colors().subtleText);
        for (int i = 0; i < int(m_findings.size()); ++i) {
            if (!m_findings[std::size_t(i)].suppressed)
                continue;
            QTreeWidgetItem* row = addFinding(top, i);
            if (keyOf(m_findings[std::size_t(i)]) == current)
                toSelect = row;
        }
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0)
            (*it)->setExpanded(!collapsed.contains((*it)->data(0, kKeyRole).toString()));
    }
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    updateButtons();
}

QTreeWidgetItem* FindingsPanel::addFinding(QTreeWidgetItem* parent, int index)
{
    const Finding& f = m_findings[std::size_t(index)];
    // Short rows: what is wrong and where; the tooltip tells the whole story.
    QStringList names;
    for (const Id& id : f.nodes.mid(0, 2)) {
        names << displayName(m_doc.catalog(), m_doc.model(), id);
    }
    if (f.nodes.size() > 2)
        names << tr("%n more", nullptr, int(f.nodes.size() - 2));
    QString text = names.isEmpty() ? f.title : QStringLiteral("%1 — %2").arg(f.title, names.join(QStringLiteral(", ")));
    if (f.suppressed)
        text += QStringLiteral(" (%1)").arg(f.suppressedBecause);
    auto* row = new QTreeWidgetItem(parent, {text});
    if (!f.suppressed)
        row->setIcon(0, severityIcon(f.severity));
    row->setData(0, kIndexRole, index);
    row->setData(0, kKeyRole, keyOf(f));
    const RuleInfo* info = RuleBook::builtin().rule(f.rule);
    row->setToolTip(0,
        tr("<p><b>%1</b> <code>%2</code> · %3 · %4</p><p>%5</p><p><b>Why:</b> %6</p>"
           "<p><b>Fix:</b> %7</p><p style='color:#606b78'>Source: %8</p>%9")
            .arg(f.title.toHtmlEscaped(), f.rule, severityDisplayName(f.severity), pillarDisplayName(f.pillar),
                f.message.toHtmlEscaped(), info ? info->why.toHtmlEscaped() : QString(), f.fix.toHtmlEscaped(),
                f.source.toHtmlEscaped(),
                f.suppressed ? tr("<p><i>Suppressed: %1</i></p>").arg(f.suppressedBecause.toHtmlEscaped())
                             : QString()));
    row->setData(0, kBaseTipRole, row->toolTip(0));
    if (f.suppressed) {
        row->setForeground(0, theme::colors().subtleText);
        QFont font = row->font(0);
        font.setItalic(true);
        row->setFont(0, font);
    }
    return row;
}

const fix::FixCost* FindingsPanel::fixCost(const Finding& finding)
{
    if (!fix::canFix(finding))
        return nullptr;
    const QString key = keyOf(finding);
    auto it = m_fixCosts.find(key);
    if (it == m_fixCosts.end())
        it = m_fixCosts.insert(
            key, fix::quickFixCost(m_doc.model(), m_doc.catalog(), cost::PriceBook::builtin(), finding));
    return it->has_value() ? &**it : nullptr;
}

void FindingsPanel::addFixCostToTooltip(QTreeWidgetItem* row)
{
    const int index = row ? row->data(0, kIndexRole).toInt() : -1;
    if (index < 0 || index >= int(m_findings.size()))
        return;
    const Finding& f = m_findings[std::size_t(index)];
    if (f.suppressed)
        return;
    // From the base each time: the cost is re-worked out after the diagram changes, the row may stay.
    const fix::FixCost* c = fixCost(f);
    row->setToolTip(0,
        row->data(0, kBaseTipRole).toString()
            + (c ? tr("<p><b>Quick fix:</b> %1</p>").arg(c->text().toHtmlEscaped()) : QString()));
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::ToolTip)
        addFixCostToTooltip(m_tree->itemAt(static_cast<QHelpEvent*>(event)->pos()));
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::updateButtons()
{
    const Finding* f = currentFinding();
    m_fix->setEnabled(f && !f->suppressed && fix::canFix(*f));
    // What the fix costs, on the button and in its tooltip, for the finding in view only.
    const fix::FixCost* cost = m_fix->isEnabled() ? fixCost(*f) : nullptr;
    m_fix->setText(cost ? tr("&Fix (%1)").arg(cost->shortText()) : tr("&Fix"));
    m_fix->setToolTip(cost ? tr("Apply the quick fix, one undoable step: %1").arg(cost->text())
                           : tr("Apply the quick fix: one step, undoable"));
    addFixCostToTooltip(m_tree->currentItem());
    m_suppress->setEnabled(f && !f->nodes.isEmpty());
    m_suppress->setText(f && f->suppressed ? tr("Lift &Suppression") : tr("&Suppress…"));
}

std::optional<qint64> FindingsPanel::askBudgetLimit()
{
    const fix::BudgetProposal p = fix::proposeBudgetLimit(m_doc.model(), m_doc.catalog());
    QStringList leftOut;
    for (const Id& id : p.leftOut)
        leftOut << displayName(m_doc.catalog(), m_doc.model(), id);
    const QString figures = tr("month 1 comes to %1; with 20% headroom, rounded up, that is $%2.")
                                .arg(cost::usdText(p.estimate), QLocale().toString(p.limit));
    const QString why = p.complete()
        ? tr("Proposed from the cost estimate: %1").arg(figures)
        : tr("Proposed from the cost estimate, which leaves out %1 (no price, or usage not set): without it, %2 "
             "Raise it for what is left out.")
              .arg(leftOut.size() > 3 ? tr("%1 services").arg(leftOut.size()) : leftOut.join(QStringLiteral(", ")),
                  figures);
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Budget Limit"));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(1, std::numeric_limits<int>::max());
    dialog.setIntStep(10);
    dialog.setIntValue(int(std::min<qint64>(p.limit, std::numeric_limits<int>::max())));
    dialog.setLabelText(
        tr("Monthly limit of the new budget, in US dollars. An alert fires when the bill passes it.\n\n%1").arg(why));
    if (auto* label = dialog.findChild<QLabel*>()) {
        label->setWordWrap(true); // a long explanation on one line makes a dialog as wide as the screen
        label->setMinimumWidth(420);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.intValue();
}

void FindingsPanel::fixCurrent()
{
    const Finding* f = currentFinding();
    if (!f || !fix::canFix(*f))
        return;
    const Finding finding = *f;
    m_validation.flush(); // the finding must describe the model as it is now
    fix::FixOptions options;
    if (fix::fixAsksForBudgetLimit(m_doc.model(), m_doc.catalog(), finding)) {
        options.budgetLimit = askBudgetLimit();
        if (!options.budgetLimit)
            return; // cancelled: nothing is added
    }
    QList<Id> created;
    const bool done
        = m_doc.request([&](Architecture& m) { return fix::quickFix(m, m_doc.catalog(), finding, options); }, &created);
    if (done) // what it added, else what it moved (a database into a private subnet)
        Q_EMIT fixApplied(created.isEmpty() ? finding.nodes : created);
}

void FindingsPanel::suppressCurrent()
{
    const Finding* f = currentFinding();
    if (!f || f->nodes.isEmpty())
        return;
    const Finding finding = *f;
    // The subject carries the suppression, unless another named node already does.
    Id carrier = finding.nodes.first();
    if (finding.suppressed) {
        for (const Id& id : finding.nodes) {
            const Node* n = m_doc.model().node(id);
            if (n && n->suppression(finding.rule)) {
                carrier = id;
                break;
            }
        }
        m_doc.request([&](Architecture& m) { return edit::unsuppress(m, m_doc.catalog(), carrier, finding.rule); });
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Suppress finding"),
        tr("Why is “%1” acceptable here? The reason is kept in the file with the node.").arg(finding.title),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return; // core refuses an empty reason, and the status bar says so
    m_doc.request([&](Architecture& m) { return edit::suppress(m, m_doc.catalog(), carrier, finding.rule, reason); });
}

} // namespace cw
