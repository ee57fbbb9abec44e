#include "advisor/advisor_panel.h"

#include "advice/cost_curve.h"
#include "advisor/advice_text.h"
#include "advisor/break_even_chart.h"
#include "advisor/option_card.h"
#include "advisor/scaling_tab.h"
#include "appearance.h"
#include "catalog/effective_values.h"
#include "document.h"
#include "edit/edits.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr advice::Option kOptions[] = {advice::Option::Serverless, advice::Option::Containers, advice::Option::Vms};
} // namespace

AdvisorPanel::AdvisorPanel(Document& doc, const cost::PriceBook& book, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_book(book)
    , m_changes(doc.model())
{
    setObjectName(QStringLiteral("advisorPanel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("advisorMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setMaximumWidth(720); // a short paragraph, not one line across a wide dock
    m_message->setAccessibleName(tr("Advisor message"));

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("advisorVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAccessibleName(tr("Recommendation"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("advisorApply"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_advice)
            apply(m_advice->recommendation);
    });
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("advisorReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setAccessibleName(tr("Why"));

    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    for (advice::Option option : kOptions) {
        auto* card = new OptionCard(option, this);
        connect(card, &OptionCard::applyRequested, this, &AdvisorPanel::apply);
        m_cards[size_t(option)] = card;
        cards->addWidget(card, 1);
    }

    m_checkBox = new QWidget(this);
    auto* checklistTitle
        = new QLabel(tr("<b>When to move from serverless to containers</b> (ticked: holds now)"), m_checkBox);
    checklistTitle->setWordWrap(true);
    m_checklist = new QListWidget(m_checkBox);
    m_checklist->setObjectName(QStringLiteral("advisorChecklist"));
    m_checklist->setAccessibleName(tr("Checklist for moving from serverless to containers"));
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setFrameShape(QFrame::NoFrame);
    m_checklist->setWordWrap(true);

    auto* head = new QHBoxLayout;
    head->addWidget(m_verdict, 1);
    head->addWidget(m_apply, 0, Qt::AlignTop);
    auto* checkLayout = new QVBoxLayout(m_checkBox);
    checkLayout->setContentsMargins(0, 6, 0, 0);
    checkLayout->addWidget(checklistTitle);
    checkLayout->addWidget(m_checklist, 1);
    auto* inner = new QWidget(this);
    m_column = new QVBoxLayout(inner);
    m_column->setContentsMargins(8, 8, 8, 8);
    m_column->addLayout(head);
    m_column->addWidget(m_reasons);
    m_column->addLayout(cards);
    m_column->addWidget(m_checkBox);
    m_column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("advisorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    m_chart = new BreakEvenChart(this);
    m_chartNote = new QLabel(this);
    m_chartNote->setWordWrap(true);
    auto* chartBox = new QWidget(this);
    auto* chartColumn = new QVBoxLayout(chartBox);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->addWidget(m_chart, 1);
    chartColumn->addWidget(m_chartNote);

    // The hints in the theme's subtle text, again on a live Light/Dark switch.
    const auto restyleHints = [this] {
        const QString subtle = QStringLiteral("color:%1").arg(theme::colors().subtleText.name());
        m_message->setStyleSheet(subtle);
        m_chartNote->setStyleSheet(subtle);
    };
    restyleHints();
    connect(&Appearance::instance(), &Appearance::changed, this, restyleHints);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("advisorSplit"));
    m_split->addWidget(scroll);
    m_split->addWidget(chartBox);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_split);
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_message, 0, Qt::AlignHCenter);
    pageLayout->addWidget(m_content, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("advisorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(page, tr("Advice"));
    m_tabs->setTabToolTip(0, tr("Serverless, containers or VMs for the selected workload, with cost, fit and break-even"));
    m_scaling = new ScalingTab(this);
    // Scrolled, so the tab's minimum height never squeezes the canvas above the dock.
    auto* scalingScroll = new QScrollArea(this);
    scalingScroll->setObjectName(QStringLiteral("scalingScroll"));
    scalingScroll->setWidgetResizable(true);
    scalingScroll->setFrameShape(QFrame::NoFrame);
    scalingScroll->setWidget(m_scaling);
    m_tabs->addTab(scalingScroll, tr("Scaling"));
    m_tabs->setTabToolTip(1, tr("A day of load against each option, minute by minute: replicas, queued and failed "
                                "requests, and cost"));
    connect(this, &AdvisorPanel::adviceChanged, m_scaling, [this](const advice::Advice* advice) {
        if (advice)
            m_scaling->setAdvice(*advice);
        else
            m_scaling->clear();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);

    connect(&m_changes, &ChangeGatherer::ready, this, &AdvisorPanel::refresh);
    connect(&doc.model(), &Architecture::modelReset, this, [this] {
        m_changes.clear();
        refresh();
    });
    refresh();
}

void AdvisorPanel::showSelection(const QList<Id>& ids)
{
    const Id node = ids.size() == 1 ? ids.first() : Id();
    const bool many = ids.size() > 1;
    if (node == m_node && many == m_many && (m_advice || node.isEmpty()))
        return;
    m_node = node;
    m_many = many;
    refresh();
}

void AdvisorPanel::flush()
{
    m_changes.flush();
}

void AdvisorPanel::showMessage(const QString& text)
{
    const bool had = m_advice.has_value();
    m_advice.reset();
    m_message->setText(text);
    m_message->show();
    m_content->hide();
    m_chart->clear();
    if (had)
        Q_EMIT adviceChanged(nullptr);
}

void AdvisorPanel::refresh()
{
    const Architecture& model = m_doc.model();
    const Catalog& catalog = m_doc.catalog();
    const QString whatToSelect = tr("Select one workload on the canvas (a function, container service, Kubernetes "
                                    "cluster, VM, GPU VM, batch job or model endpoint) to compare serverless, "
                                    "containers and VMs for it: cost, fit, break-even and a checklist.");
    if (m_many) {
        showMessage(tr("Several items are selected. %1").arg(whatToSelect));
        return;
    }
    const Node* node = m_node.isEmpty() ? nullptr : model.node(m_node);
    if (!node) {
        showMessage(whatToSelect);
        return;
    }
    const QString why = advice::whyNotAdvisable(catalog, model, m_node);
    if (!why.isEmpty()) {
        showMessage(tr("“%1” (%2) is not a workload the advisor compares. %3")
                        .arg(displayName(catalog, model, m_node), catalog.serviceName(node->kind, model.providerOf(*node)),
                            whatToSelect));
        m_message->setToolTip(why);
        return;
    }
    m_advice = advice::advise(catalog, m_book, model, m_node);
    if (!m_advice) {
        showMessage(whatToSelect);
        return;
    }
    m_message->setToolTip(QString());
    showAdvice();
    Q_EMIT adviceChanged(&*m_advice);
}

void AdvisorPanel::showAdvice()
{
    const advice::Advice& a = *m_advice;
    const Architecture& model = m_doc.model();
    const Catalog& catalog = m_doc.catalog();
    m_message->hide();
    m_content->show();
    m_verdict->setText(tr("For “%1”: %2").arg(displayName(catalog, model, m_node), a.verdict()));
    QString reasons;
    for (const QString& r : a.reasons)
        reasons += QStringLiteral("<div>• %1</div>").arg(r.toHtmlEscaped());
    m_reasons->setText(reasons);

    const advice::OptionAdvice& recommended = a.option(a.recommendation);
    const QString why = edit::whyNotApplied(model, catalog, a, a.recommendation);
    m_apply->setText(tr("Apply %1").arg(advisorText::optionTitle(recommended)));
    m_apply->setEnabled(why.isEmpty());
    m_apply->setToolTip(why.isEmpty() ? tr("Replace the node by %1, keeping its connections and group; one undo step")
                                            .arg(advisorText::optionTitle(recommended))
                                      : tr("Nothing to apply: %1").arg(why));
    m_apply->setAccessibleName(m_apply->text());
    for (const advice::OptionAdvice& o : a.options) {
        m_cards[size_t(o.option)]->setOption(
            o, o.option == a.recommendation, o.asDrawn, edit::whyNotApplied(model, catalog, a, o.option));
    }

    m_checklist->clear();
    for (const advice::ChecklistItem& item : a.checklist) {
        auto* row = new QListWidgetItem(item.text, m_checklist);
        row->setFlags(Qt::ItemIsEnabled);
        row->setCheckState(item.holds ? Qt::Checked : Qt::Unchecked);
        row->setToolTip(item.holds ? tr("Holds for this workload") : tr("Does not hold for this workload"));
    }
    fitChecklist();

    const std::vector<double> requests = advice::curveRequests(a);
    const std::vector<advice::CostCurve> curves = advice::costCurves(catalog, m_book, model, a, requests);
    std::optional<cost::Money> atBreakEven;
    if (a.breakEvenRequestsPerMonth && a.breakEvenAgainst) {
        const std::vector<advice::CostCurve> at
            = advice::costCurves(catalog, m_book, model, a, {*a.breakEvenRequestsPerMonth});
        for (const advice::CostCurve& c : at) {
            if (c.option == *a.breakEvenAgainst && !c.monthly.empty())
                atBreakEven = c.monthly.front();
        }
    }
    m_chart->setCurves(a, requests, curves, atBreakEven);
    QStringList notes;
    if (!m_chart->note().isEmpty())
        notes << m_chart->note();
    if (!a.breakEvenRequestsPerMonth && !a.breakEvenNote.isEmpty())
        notes << tr("No break-even: %1.").arg(a.breakEvenNote);
    else if (a.breakEvenAgainst)
        notes << tr("Break-even against %1; always-on options keep the size chosen for this load.")
                     .arg(advisorText::optionTitle(a.option(*a.breakEvenAgainst)));
    m_chartNote->setText(notes.join(QLatin1Char(' ')));
}

bool AdvisorPanel::apply(advice::Option option)
{
    flush();
    if (!m_advice)
        return false;
    const advice::Advice a = *m_advice; // the refresh after the edit replaces m_advice
    QString done;
    const bool applied = m_doc.request([&](Architecture& model) {
        EditResult r = edit::applyAdvice(model, m_doc.catalog(), a, option);
        if (r.record)
            done = r.record->text();
        return r;
    });
    if (applied)
        Q_EMIT message(tr("%1 (Undo takes it back)").arg(done));
    return applied;
}

void AdvisorPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Docked along the bottom the panel is wide: cards beside the chart; at a side, above it.
    const Qt::Orientation wanted = width() > 1.6 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted)
        m_split->setOrientation(wanted);
    placeChecklist();
}

void AdvisorPanel::placeChecklist()
{
    const bool wide = m_split->orientation() == Qt::Horizontal && width() >= 1350;
    const bool beside = m_checkBox->parentWidget() == m_split;
    if (wide == beside)
        return;
    if (wide) {
        m_split->addWidget(m_checkBox);
        m_split->setStretchFactor(2, 2);
        const int w = m_split->width();
        m_split->setSizes({w * 10 / 20, w * 11 / 40, w * 9 / 40});
    } else {
        m_column->insertWidget(m_column->count() - 1, m_checkBox);
    }
    fitChecklist();
}

void AdvisorPanel::fitChecklist()
{
    // Under the cards the scroll area scrolls it whole; in its own column the list scrolls.
    if (m_checkBox->parentWidget() == m_split) {
        m_checklist->setMinimumHeight(0);
        m_checklist->setMaximumHeight(QWIDGETSIZE_MAX);
        m_checklist->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        return;
    }
    m_checklist->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = 2 * m_checklist->frameWidth();
    for (int i = 0; i < m_checklist->count(); ++i)
        height += m_checklist->sizeHintForRow(i);
    m_checklist->setFixedHeight(height + 4);
}

} // namespace cw
