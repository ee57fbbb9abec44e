#pragma once

#include "report/diagram_figure.h"
#include "report/report.h"
#include "rules/finding.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QSpinBox;

namespace cw {

class Document;

/// File > Export Report: the report's pages as they will print, a choice of the cost
/// horizon, and Export… to write it as HTML, Markdown or PDF (with progress for a big
/// diagram). The report is worked out when the dialog opens and when the horizon changes.
class ReportDialog final : public QDialog {
    Q_OBJECT

public:
    ReportDialog(const Document& document, std::vector<Finding> findings, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Writes the report to path (format by extension), with a progress dialog; false
    /// with a message box when it cannot. Tests call it directly.
    bool exportTo(const QString& path);
    /// How many pages the preview shows.
    int pageCount() const;
    const report::Report& currentReport() const { return m_report; }
    /// The files the last export wrote (the report first).
    const QStringList& written() const { return m_written; }

private:
    void rebuild();
    void chooseAndExport();
    void paintPages(QPrinter* printer);

    const Document& m_doc;
    std::vector<Finding> m_findings;
    report::Report m_report;
    report::DiagramFigure m_figure;
    QString m_chart;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QSpinBox* m_months = nullptr;
    QLabel* m_summary = nullptr;
    QStringList m_written;
};

} // namespace cw
