// The HTML report of the synthetic 10,000-node diagram, as File > Export Report writes it
// from the open diagram: the diagram drawn as SVG, findings, cost over 12 months, the
// chart and the HTML, to a file. design.md's bar: report_ms <= 25x the bare parse.
// Loading and validating are not in it: the editor has them already (load_ms and
// validate_ms are their own figures).
#include "bench_support.h"
#include "model/architecture.h"
#include "report/report_export.h"
#include "rules/validator.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace cw;

class BenchReport : public QObject {
    Q_OBJECT

    Architecture m_model;
    std::vector<Finding> m_findings;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_model.reset(test::syntheticDiagram());
        Validator validator;
        validator.run(m_model);
        m_findings = validator.findings();
        QVERIFY(m_dir.isValid());
    }

    void bareJsonParse() { bench::measureParse(); }

    void reportHtml()
    {
        report::ReportRequest request;
        request.model = &m_model;
        request.catalog = &Catalog::builtin();
        request.findings = m_findings;
        request.date = QDate(2026, 12, 1);
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        // Where the time goes: drawing the figure, working out the content, writing.
        double stepStart[report::kReportSteps] = {};
        const auto progress = [&](int step) {
            stepStart[step] = bench::nowMs();
            return true;
        };
        const double ms = bench::medianMs(3, [&] {
            QString error;
            QVERIFY2(report::exportReport(path, request, nullptr, &error, progress), qPrintable(error));
            const double end = bench::nowMs();
            qInfo("figure %.0f ms, content %.0f ms, writing %.0f ms", stepStart[1] - stepStart[0],
                stepStart[2] - stepStart[1], end - stepStart[2]);
        });
        bench::report("HTML report of the whole diagram", ms, 25);
        qInfo("report size: %lld bytes", qint64(QFile(path).size()));
    }
};

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
