#include "advisor/option_card.h"

#include "advisor/advice_text.h"
#include "appearance.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {
QString bullets(const QStringList& items, const QString& mark)
{
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<div>%1&nbsp;%2</div>").arg(mark, item.toHtmlEscaped());
    return html;
}
} // namespace

OptionCard::OptionCard(advice::Option option, QWidget* parent)
    : QFrame(parent)
    , m_option(option)
{
    setObjectName(QStringLiteral("optionCard_%1").arg(advice::toString(option)));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("badge"));
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("cost"));
    QFont big = m_cost->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_cost->setFont(big);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    m_fit = new QLabel(this);
    m_fit->setObjectName(QStringLiteral("fit"));
    m_fit->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("apply"));
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_option); });

    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_details->setFont(small);
    m_what->setFont(small);

    // The button beside the figure, so it shows however tall the pros and cons make the card.
    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_badge);
    auto* figure = new QHBoxLayout;
    figure->addWidget(m_cost, 1);
    figure->addWidget(m_apply, 0, Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(3);
    layout->addLayout(head);
    layout->addLayout(figure);
    layout->addWidget(m_what);
    layout->addWidget(m_fit);
    layout->addWidget(m_details, 1);
    connect(&Appearance::instance(), &Appearance::changed, this, &OptionCard::restyle);
    restyle();
}

void OptionCard::restyle()
{
    const theme::Colors& c = theme::colors();
    const QColor colour = advisorText::optionColor(m_option);
    m_title->setStyleSheet(QStringLiteral("color:%1").arg(c.dark ? colour.lighter(135).name() : colour.darker(130).name()));
    m_what->setStyleSheet(QStringLiteral("color:%1").arg(c.subtleText.name()));
    m_badge->setStyleSheet(m_recommended ? QStringLiteral("color:white; background:%1; border-radius:3px; padding:1px 6px")
                                               .arg(colour.darker(115).name())
                                         : QStringLiteral("color:%1").arg(c.subtleText.name()));
    const QColor good = c.dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
    m_fit->setStyleSheet(QStringLiteral("color:%1").arg(m_fits ? good.name() : theme::severityColor(Severity::Error).name()));
    const QColor bad = c.dark ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xB2, 0x3B, 0x3B);
    m_details->setText(bullets(m_pros, QStringLiteral("<span style='color:%1'>+</span>").arg(good.name()))
        + bullets(m_cons, QStringLiteral("<span style='color:%1'>−</span>").arg(bad.name())));
    setStyleSheet(m_recommended
            ? QStringLiteral("cw--OptionCard{border:2px solid %1; border-radius:6px; background:%2}")
                  .arg(colour.name(), c.cardFill.name())
            : QStringLiteral("cw--OptionCard{border:1px solid %1; border-radius:6px; background:%2}")
                  .arg(c.cardBorder.name(), c.cardFill.name()));
}

QString OptionCard::title() const
{
    return m_title->text();
}

void OptionCard::setOption(
    const advice::OptionAdvice& o, bool recommended, bool current, const QString& whyNotApply)
{
    m_title->setText(advisorText::optionTitle(o));
    QStringList badges;
    if (recommended)
        badges << tr("Recommended");
    if (current)
        badges << tr("Now");
    m_badge->setText(badges.join(QStringLiteral(" · ")));
    m_badge->setVisible(!badges.isEmpty());
    m_cost->setText(advisorText::monthlyText(o));
    m_cost->setToolTip(o.monthly() ? tr("Month 1 at list prices, priced like the Cost panel")
                                   : tr("No list price: %1").arg(o.cost.reason));
    QString what = !o.alwaysOn() ? tr("pay per request")
        : o.replicas == 1        ? tr("1 replica")
                                 : tr("%1 replicas").arg(o.replicas);
    const Json type = o.node.props.value("instance_type", Json());
    if (type.is_string())
        what += tr(" of %1").arg(QString::fromStdString(type.get<std::string>()));
    else if (o.alwaysOn() && o.replicaVcpus > 0)
        what += tr(" of %1 vCPU").arg(o.replicaVcpus);
    if (o.asDrawn)
        what += tr(", as drawn");
    m_what->setText(what);
    if (o.fits) {
        m_fit->setText(tr("✔ Fits this workload"));
    } else {
        m_fit->setText(tr("✖ Does not fit: %1").arg(o.whyNot.join(QStringLiteral("; "))));
    }
    m_pros = o.pros;
    m_cons = o.cons;
    m_apply->setText(recommended ? tr("Apply") : tr("Use this"));
    m_apply->setEnabled(whyNotApply.isEmpty());
    m_apply->setToolTip(whyNotApply.isEmpty()
            ? tr("Replace the node by %1, keeping its connections and group (one undo step)")
                  .arg(advisorText::optionTitle(o))
            : tr("Not available: %1").arg(whyNotApply));
    m_apply->setAccessibleName(tr("Apply %1").arg(advisorText::optionTitle(o)));
    setAccessibleName(tr("%1: %2").arg(advisorText::optionTitle(o), m_cost->text()));
    m_recommended = recommended;
    m_fits = o.fits;
    restyle();
}

} // namespace cw
