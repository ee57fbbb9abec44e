#include "report_dialog.h"

#include "accessibility.h"
#include "cost/price_book.h"
#include "document.h"
#include "report/cost_chart_svg.h"
#include "report_export.h"
#include "report_pdf.h"
#include "view/diagram_image.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cw {

ReportDialog::ReportDialog(const Document& document, std::vector<Finding> findings, QWidget* parent)
    : QDialog(parent)
    , m_doc(document)
    , m_findings(std::move(findings))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Export Report — %1").arg(document.displayName()));
    m_printer->setOutputFormat(QPrinter::PdfFormat);

    m_months = new QSpinBox(this);
    m_months->setRange(1, 60);
    m_months->setValue(QSettings().value(QStringLiteral("report/months"), 12).toInt());
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(tr("How many months the cost table and chart cover"));
    m_months->setAccessibleName(tr("Cost months"));
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPages);
    if (auto* pages = m_preview->findChild<QGraphicsView*>()) // the preview's own page view takes the focus
        a11y::describe(pages, tr("Report preview"), tr("The report's pages as they will be printed or written to PDF"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setToolTip(tr("Write the report as HTML (one self-contained file), Markdown or PDF"));
    exportButton->setDefault(true);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setToolTip(tr("Print the report on a printer"));
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            paintPages(&printer);
    });

    auto* top = new QHBoxLayout;
    auto* over = new QLabel(tr("&Cost over"), this);
    over->setBuddy(m_months);
    top->addWidget(over);
    top->addWidget(m_months);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    // Tall enough for a page, never taller than the screen.
    resize(QSize(900, 1000).boundedTo(screen()->availableGeometry().size() * 0.9));

    rebuild();
    connect(m_months, &QSpinBox::valueChanged, this, [this](int months) {
        QSettings().setValue(QStringLiteral("report/months"), months);
        rebuild();
        m_preview->updatePreview();
    });
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::rebuild()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    image::ImageOptions options;
    options.legend = true;
    options.title = m_doc.model().meta().title;
    m_figure = image::diagramFigure(m_doc.model(), m_doc.catalog(), m_findings, options, &cost::PriceBook::builtin());
    m_report = report::buildReport(m_doc.model(), m_doc.catalog(), cost::PriceBook::builtin(), m_findings,
        m_months->value(), report::reportDate());
    m_chart = report::costChartSvg(m_report.cost);
    QApplication::restoreOverrideCursor();
    m_summary->setText(tr("%1 steps in the plan · month 1 %2 · %3")
                           .arg(m_report.plan.size())
                           .arg(m_report.cost.month1TotalText, m_report.coverage.text));
}

void ReportDialog::paintPages(QPrinter* printer)
{
    report::paintReport(*printer, m_report, m_figure, m_chart);
}

int ReportDialog::pageCount() const
{
    return m_preview->pageCount();
}

void ReportDialog::chooseAndExport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("report/dir")).toString();
    QString base = QFileInfo(m_doc.filePath()).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("report");
    QString filter = settings.value(QStringLiteral("report/filter")).toString();
    const QString filters = tr("HTML, one self-contained file (*.html);;PDF (*.pdf);;Markdown with SVG pictures (*.md)");
    const QString ext = filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
        : filter.contains(QLatin1String("*.md"))                ? QStringLiteral(".md")
                                                                : QStringLiteral(".html");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(dir).filePath(base + QStringLiteral("-report") + ext), filters, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
            : filter.contains(QLatin1String("*.md"))    ? QStringLiteral(".md")
                                                        : QStringLiteral(".html");
    settings.setValue(QStringLiteral("report/dir"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("report/filter"), filter);
    if (exportTo(path))
        accept();
}

bool ReportDialog::exportTo(const QString& path)
{
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, report::kReportSteps, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QStringList steps{tr("Drawing the diagram…"), tr("Working out findings and cost…"), tr("Writing…")};
    report::ReportRequest request;
    request.model = &m_doc.model();
    request.catalog = &m_doc.catalog();
    request.findings = m_findings;
    request.months = m_months->value();
    QStringList written;
    QString error;
    const bool ok = report::exportReport(path, request, &written, &error, [&](int step) {
        progress.setValue(step);
        progress.setLabelText(steps.value(step));
        return !progress.wasCanceled();
    });
    progress.setValue(report::kReportSteps);
    m_written = ok ? written : QStringList();
    if (!ok) {
        if (error != QLatin1String("cancelled"))
            QMessageBox::warning(this, tr("Export Report"), tr("The report was not written.\n\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace cw
