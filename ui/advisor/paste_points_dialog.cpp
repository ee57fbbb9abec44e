#include "advisor/paste_points_dialog.h"

#include "accessibility.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw {

PastePointsDialog::PastePointsDialog(const QString& text, std::function<QString(const QString&)> apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Paste Load Points"));
    auto* help = new QLabel(tr("One point a line: a time (HH:MM) or a minute of the day (0 to 1439), then requests "
                               "per second, separated by a comma, a tab or spaces. The load runs straight between "
                               "the points and stays flat before the first and after the last."),
        this);
    help->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(text);
    a11y::describe(m_text, tr("Load points"),
        tr("One point a line: a time or a minute of the day, then requests per second"));
    m_text->setPlaceholderText(QStringLiteral("00:00 5\n09:00 20\n17:00 20\n18:00 5"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PastePointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PastePointsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, 360);
}

QString PastePointsDialog::errorText() const
{
    return m_error->text();
}

void PastePointsDialog::accept()
{
    const QString error = m_apply ? m_apply(m_text->toPlainText()) : QString();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace cw
