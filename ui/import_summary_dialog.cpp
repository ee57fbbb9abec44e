#include "import_summary_dialog.h"

#include "accessibility.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw {

ImportSummaryDialog::ImportSummaryDialog(const QString& file, const interop::ImportSummary& summary, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Imported %1").arg(QFileInfo(file).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b> (%2) is open as a new, unsaved diagram.")
                                   .arg(QDir::toNativeSeparators(file).toHtmlEscaped(), summary.format.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    QStringList lines = summary.lines();
    if (const qsizetype u = lines.indexOf(summary.unrecognisedLine()); u >= 0)
        lines.removeAt(u); // the table below says it, shape by shape
    m_text = new QLabel(lines.join(QLatin1Char('\n')), this);
    m_text->setObjectName(QStringLiteral("importSummaryText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);

    if (!summary.unrecognised.empty()) {
        const bool resources = summary.things == QLatin1String("resources");
        auto* caption = new QLabel(resources
                ? tr("Not recognised, by resource type (kept under the diagram's import notes; add them from the "
                     "palette if they matter):")
                : tr("Not recognised, by shape (each kept with its label and place under the diagram's import notes; "
                     "redraw them from the palette if they matter):"),
            this);
        caption->setWordWrap(true);
        layout->addWidget(caption);
        m_table = new QTableWidget(int(summary.unrecognised.size()), 2, this);
        m_table->setObjectName(QStringLiteral("unrecognisedShapes"));
        a11y::describe(m_table, tr("Shapes not recognised"),
            tr("Each shape or resource type the import could not map to a service, and how often it occurs"));
        m_table->setHorizontalHeaderLabels({summary.things == QLatin1String("resources") ? tr("Resource type") : tr("Shape"), tr("Count")});
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        for (int row = 0; row < int(summary.unrecognised.size()); ++row) {
            const auto& [shape, count] = summary.unrecognised[std::size_t(row)];
            m_table->setItem(row, 0, new QTableWidgetItem(shape));
            auto* n = new QTableWidgetItem(QString::number(count));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 1, n);
        }
        layout->addWidget(m_table, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Close the summary; the imported diagram is open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(560, summary.unrecognised.empty() ? 220 : 420);
}

QString ImportSummaryDialog::summaryText() const
{
    return m_text->text();
}

int ImportSummaryDialog::unrecognisedRows() const
{
    return m_table ? m_table->rowCount() : 0;
}

} // namespace cw
