#include "export_interop.h"

#include "catalog/catalog.h"
#include "document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace cw {

namespace {

// The words of this file, in their own translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ExportInterop)
};

struct FormatText {
    QString name;
    QString suffix;
    QString filter;
};

FormatText formatText(interop::ExportFormat format)
{
    switch (format) {
    case interop::ExportFormat::Drawio:
        return {Words::tr("draw.io"), QStringLiteral("drawio"), Words::tr("draw.io diagrams (*.drawio)")};
    case interop::ExportFormat::Terraform:
        return {Words::tr("Terraform skeleton"), QStringLiteral("tf"), Words::tr("Terraform files (*.tf)")};
    case interop::ExportFormat::Mermaid:
        return {Words::tr("Mermaid"), QStringLiteral("mmd"), Words::tr("Mermaid files (*.mmd)")};
    }
    return {};
}

} // namespace

QString exportInterop(QWidget* parent, const Document& doc, interop::ExportFormat format)
{
    const FormatText f = formatText(format);
    const QFileInfo source(doc.filePath());
    const QString base = doc.filePath().isEmpty() ? QDir::home().filePath(QStringLiteral("diagram"))
                                                   : source.dir().filePath(source.completeBaseName());
    QString path = QFileDialog::getSaveFileName(
        parent, Words::tr("Export as %1").arg(f.name), base + QLatin1Char('.') + f.suffix, f.filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + f.suffix;
    const interop::ExportResult result = interop::exportDiagram(format, doc.model().diagram(), Catalog::builtin());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(parent, Words::tr("Export failed"),
            Words::tr("Could not write %1: %2\nThe diagram is unchanged.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const QString nodes = result.nodes == 1 ? Words::tr("1 node") : Words::tr("%1 nodes").arg(result.nodes);
    QString message = Words::tr("Exported %1 as %2 to %3").arg(nodes, f.name, QDir::toNativeSeparators(path));
    if (!result.unmapped.isEmpty())
        message += Words::tr(" (%1 with no mapping, listed in the file)").arg(result.unmapped.size());
    return message;
}

} // namespace cw
