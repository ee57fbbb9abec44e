#include "about_dialog.h"

#include "accessibility.h"
#include "cost/price_book.h"
#include "cost/price_sources.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cw {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Cloudwright"));
    const cost::PriceBook& book = cost::PriceBook::builtin();
    QString sources;
    for (const cost::PriceSource& s : cost::priceSources(book)) {
        const QString dates = s.oldest.isEmpty() ? tr("no date given")
            : s.oldest == s.newest             ? s.oldest
                                               : tr("%1 to %2").arg(s.oldest, s.newest);
        const QString count = s.prices == 1 ? tr("1 price") : tr("%1 prices").arg(s.prices);
        sources += tr("<li>%1: %2 (%3), %4</li>")
                       .arg(s.source.toHtmlEscaped(), count, s.providers.join(QStringLiteral(", ")), dates);
    }
    m_text = tr("<h3>Cloudwright %1</h3>"
                "<p>Design cloud architectures for machine-learning products, see what is wrong with them "
                "and what they will cost, month by month.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 "
                "(running on Qt %3) and nlohmann/json; automatic layout by Graphviz when it is installed.</p>"
                "<h4>Price data</h4><p>List prices in %4 for %5 hours a month, without free tiers or taxes, "
                "from these public sources (each price in the cost table and the report names its own):</p><ul>%6</ul>")
                 .arg(QStringLiteral(CLOUDWRIGHT_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                     book.currency())
                 .arg(book.hoursPerMonth())
                 .arg(sources);
    auto* label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 520);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace cw
