#include "import_interop.h"

#include "catalog/catalog.h"
#include "document.h"
#include "import_summary_dialog.h"
#include "interop/drawio_import.h"
#include "interop/drawio_pages.h"
#include "interop/terraform_import.h"
#include "edit/edits.h"
#include "layout/arrange.h"
#include "model/architecture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace cw {

namespace {

// The words of this file, in their own translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ImportInterop)
};

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LoadError{path, QString(), Words::tr("cannot read: %1").arg(file.errorString())}.toString();
        return {};
    }
    return file.readAll();
}

} // namespace

std::optional<interop::ImportSummary> importDrawioFile(Document& doc, const QString& path, const QString& page, QString* error)
{
    error->clear();
    const QByteArray bytes = readFile(path, error);
    if (!error->isEmpty())
        return std::nullopt;
    try {
        interop::ImportResult r = interop::drawioImport(bytes, Catalog::builtin(), page);
        doc.openDiagram(std::move(r.diagram));
        return r.summary;
    } catch (LoadError& e) {
        e.file = path;
        *error = e.toString();
        return std::nullopt;
    }
}

QString importDrawio(QWidget* parent, Document& doc)
{
    const QString path = QFileDialog::getOpenFileName(parent, Words::tr("Import a draw.io diagram"), QDir::homePath(),
        Words::tr("draw.io diagrams (*.drawio *.xml);;All files (*)"));
    if (path.isEmpty())
        return {};
    QString error;
    QString page;
    const QByteArray bytes = readFile(path, &error);
    if (error.isEmpty()) {
        try {
            const std::vector<interop::DrawioPage> pages = interop::readDrawioPages(bytes);
            if (pages.size() > 1) {
                QStringList names;
                for (std::size_t i = 0; i < pages.size(); ++i)
                    names << Words::tr("%1. %2").arg(i + 1).arg(pages[i].name.isEmpty() ? Words::tr("(unnamed)") : pages[i].name);
                bool ok = false;
                const QString chosen = QInputDialog::getItem(parent, Words::tr("Import a draw.io diagram"),
                    Words::tr("%1 has %2 pages. Which one?").arg(QFileInfo(path).fileName()).arg(pages.size()), names, 0, false, &ok);
                if (!ok)
                    return {};
                page = QString::number(names.indexOf(chosen) + 1);
            }
        } catch (LoadError& e) {
            e.file = path;
            error = e.toString();
        }
    }
    std::optional<interop::ImportSummary> summary;
    if (error.isEmpty())
        summary = importDrawioFile(doc, path, page, &error);
    if (!summary) {
        QMessageBox::warning(parent, Words::tr("Import failed"), Words::tr("%1\nThe open diagram is unchanged.").arg(error));
        return {};
    }
    ImportSummaryDialog dialog(path, *summary, parent);
    dialog.exec();
    return Words::tr("Imported %1: %2 of %3 provider shapes typed")
        .arg(QFileInfo(path).fileName())
        .arg(summary->typed)
        .arg(summary->providerShapes);
}

std::optional<interop::ImportSummary> importTerraformFile(Document& doc, const QString& path, QString* error)
{
    error->clear();
    try {
        interop::ImportResult r = interop::terraformImportPath(path, Catalog::builtin());
        // Terraform says nothing about places: lay it out as Tidy Up would, before it opens.
        Architecture model;
        model.reset(std::move(r.diagram));
        layout::ArrangeOptions options;
        options.catalog = &Catalog::builtin();
        // A refusal ("nothing to tidy") leaves the reader's automatic layout, which is whole.
        [[maybe_unused]] const EditResult laidOut
            = edit::arrange(model, layout::arrange(model.diagram(), options), Words::tr("Layout"));
        doc.openDiagram(model.diagram());
        return r.summary;
    } catch (LoadError& e) {
        if (e.file.isEmpty())
            e.file = path;
        *error = e.toString();
        return std::nullopt;
    }
}

QString importTerraform(QWidget* parent, Document& doc)
{
    const QString path = QFileDialog::getOpenFileName(parent, Words::tr("Import Terraform"), QDir::homePath(),
        Words::tr("Terraform (*.tf *.json);;Terraform files, the whole module is read (*.tf);;terraform show -json output "
           "(*.json);;All files (*)"));
    if (path.isEmpty())
        return {};
    QString error;
    const std::optional<interop::ImportSummary> summary = importTerraformFile(doc, path, &error);
    if (!summary) {
        QMessageBox::warning(parent, Words::tr("Import failed"), Words::tr("%1\nThe open diagram is unchanged.").arg(error));
        return {};
    }
    ImportSummaryDialog dialog(path, *summary, parent);
    dialog.exec();
    return Words::tr("Imported %1: %2 of %3 resources typed").arg(QFileInfo(path).fileName()).arg(summary->typed).arg(summary->providerShapes);
}

} // namespace cw
