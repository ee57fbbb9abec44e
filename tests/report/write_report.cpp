// Writes the report of the hostile sample (tests/common/report_fixture.h) into a folder:
// report.html, report.md with diagram.svg and cost.svg next to it. The HTML checker test
// and the screenshots read them.
//   write_report OUT_DIR
#include "report/cost_chart_svg.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "report_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "write_report: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: write_report OUT_DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "write_report: cannot make %s\n", argv[1]);
        return 2;
    }
    cw::Architecture model;
    if (!cw::test::buildHostileSample(model)) {
        std::fprintf(stderr, "write_report: the built-in sample did not load\n");
        return 1;
    }
    const cw::report::Report r = cw::report::buildReport(
        model, cw::Catalog::builtin(), cw::cost::PriceBook::builtin(), cw::validate(model), 24, QDate(2026, 12, 2));
    const cw::report::DiagramFigure figure = cw::test::placeholderFigure(model);
    const bool ok = write(dir.filePath(QStringLiteral("report.html")), cw::report::toHtml(r, figure).toUtf8())
        && write(dir.filePath(QStringLiteral("report.md")),
            cw::report::toMarkdown(r, QStringLiteral("diagram.svg"), QStringLiteral("cost.svg")).toUtf8())
        && write(dir.filePath(QStringLiteral("diagram.svg")), figure.svg)
        && write(dir.filePath(QStringLiteral("cost.svg")), cw::report::costChartSvg(r.cost).toUtf8());
    return ok ? 0 : 1;
}
