#include "service_model_panel.h"

#include "catalog/catalog.h"
#include "catalog/effective_values.h"
#include "catalog/service_models.h"
#include "model/architecture.h"
#include "theme.h"
#include "view/service_model_style.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cw {

using service_models::Manager;

namespace {
/// The stack keeps its light colours in either theme (its provider rows are light too).
QColor lightTint(const QString& model)
{
    const theme::LightScope light;
    return theme::serviceModelTint(model);
}

// The provider's layers in one quiet colour whatever the model: "yours" is what stands out.
const QColor kProviderFill(0xEC, 0xEF, 0xF1);
const QColor kProviderInk(0x45, 0x5A, 0x64);
} // namespace

ServiceModelPanel::ServiceModelPanel(const Architecture& model, const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("serviceModelPanel"));
    // In a scroll area, so a short dock scrolls instead of squeezing the stack's rows.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("serviceModelHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    // The stack on the left, as the course draws it; what it means on the right.
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    m_stack = new QWidget(content);
    m_stack->setAccessibleName(tr("Who manages each layer"));
    m_stack->setMaximumWidth(340);
    // The same room with or without a node, so the dock does not jump as the selection changes.
    QSizePolicy keep = m_stack->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_stack->setSizePolicy(keep);
    m_stack->setMinimumWidth(240);
    auto* grid = new QGridLayout(m_stack);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(2);
    auto* caption = new QLabel(tr("The cloud service stack"), m_stack);
    caption->setStyleSheet(QStringLiteral("color:#555"));
    grid->addWidget(caption, 0, 0);
    auto* managedBy = new QLabel(tr("managed by"), m_stack);
    managedBy->setStyleSheet(QStringLiteral("color:#555"));
    managedBy->setAlignment(Qt::AlignCenter);
    grid->addWidget(managedBy, 0, 1);
    int line = 1;
    for (const service_models::Layer& l : service_models::layers()) {
        auto* name = new QLabel(l.name, m_stack);
        auto* who = new QLabel(m_stack);
        who->setAlignment(Qt::AlignCenter);
        who->setMinimumWidth(80);
        for (QLabel* label : {name, who}) {
            label->setAutoFillBackground(true);
            label->setContentsMargins(8, 3, 8, 3);
            label->setSizePolicy(label->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
        }
        grid->addWidget(name, line, 0);
        grid->addWidget(who, line, 1);
        m_layerNames << name;
        m_layerManagers << who;
        ++line;
    }
    grid->setColumnStretch(0, 1);
    row->addWidget(m_stack, 0, Qt::AlignTop);

    auto* words = new QVBoxLayout;
    m_sentence = new QLabel(content);
    m_sentence->setObjectName(QStringLiteral("serviceModelSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_sentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_sentence->setFont(larger);
    words->addWidget(m_sentence);
    m_note = new QLabel(content);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color:#555"));
    words->addWidget(m_note);
    words->addStretch(1);
    row->addLayout(words, 1);
    layout->addLayout(row);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(&m_model, &Architecture::changed, this, &ServiceModelPanel::refresh);
    connect(&m_model, &Architecture::modelReset, this, [this] {
        m_shown = Id();
        refresh();
    });
    refresh();
}

void ServiceModelPanel::showSelection(const QList<Id>& ids)
{
    m_shown = Id();
    for (const Id& id : ids) {
        if (m_model.node(id)) {
            m_shown = id;
            break;
        }
    }
    refresh();
}

void ServiceModelPanel::refresh()
{
    const Node* node = m_shown.isEmpty() ? nullptr : m_model.node(m_shown);
    if (!node) {
        m_shown = Id();
        m_heading->setText(tr("No node selected"));
        m_sentence->setText(tr("Select a node on the canvas to see who manages what under its service model."));
        m_note->clear();
        m_stack->hide();
        return;
    }
    const KindInfo* info = m_catalog.kind(node->kind);
    const QString modelId = info ? info->serviceModel : QStringLiteral("-");
    const service_models::ModelInfo* model = service_models::model(modelId);
    const QString name = displayName(m_catalog, m_model, node->id);
    if (!model) {
        m_heading->setText(tr("%1: not a cloud service").arg(name));
        m_sentence->setText(service_models::notACloudServiceSentence());
        m_note->clear();
        m_stack->hide();
        return;
    }
    m_heading->setText(tr("%1: %2 (%3)").arg(name, model->id, model->longName));
    m_sentence->setText(model->sentence());
    m_note->setText(tr("%1 Examples: %2.").arg(model->note, model->examples));
    const QColor yours = theme::serviceModelColor(model->id);
    for (int i = 0; i < m_layerManagers.size() && i < int(model->split.size()); ++i) {
        const bool you = model->split[size_t(i)] == Manager::You;
        const QString style = you
            ? QStringLiteral("background:%1;color:%2;font-weight:bold")
                  .arg(yours.name(), theme::serviceModelInk(model->id).name())
            : QStringLiteral("background:%1;color:%2").arg(kProviderFill.name(), kProviderInk.name());
        m_layerManagers[i]->setText(you ? tr("you") : tr("provider"));
        m_layerManagers[i]->setStyleSheet(style);
        m_layerNames[i]->setStyleSheet(you
                ? QStringLiteral("background:%1;color:#1a1a1a").arg(lightTint(model->id).name())
                : QStringLiteral("background:%1;color:%2").arg(kProviderFill.name(), kProviderInk.name()));
        m_layerManagers[i]->setAccessibleName(tr("%1: %2").arg(m_layerNames[i]->text(), m_layerManagers[i]->text()));
    }
    m_stack->setAccessibleDescription(layerLines().join(QLatin1Char('\n')));
    m_stack->show();
}

QString ServiceModelPanel::heading() const
{
    return m_heading->text();
}

QString ServiceModelPanel::sentence() const
{
    return m_sentence->text();
}

QStringList ServiceModelPanel::layerLines() const
{
    QStringList out;
    if (m_stack->isHidden())
        return out;
    for (int i = 0; i < m_layerNames.size(); ++i)
        out << tr("%1: %2").arg(m_layerNames[i]->text(), m_layerManagers[i]->text());
    return out;
}

} // namespace cw
