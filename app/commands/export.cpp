// cloudwright export FILE -o OUT.{drawio,tf,mmd} [--json]: the diagram as draw.io, a
// Terraform skeleton or Mermaid architecture-beta text (core/interop, docs/interop.md).
#include "catalog/catalog.h"
#include "command.h"
#include "command_table.h"
#include "console.h"
#include "edit/edits.h"
#include "handlers.h"
#include "interop/export_text.h"
#include "io/printable.h"
#include "layout/arrange.h"

#include <QSaveFile>

namespace cw::cli {

int runExport(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright export");
    QString output;
    if (const std::optional<int> refused
        = readOutput(call, who, QStringLiteral("OUT.drawio, OUT.tf or OUT.mmd: where to write the export"), output))
        return *refused;
    const std::optional<interop::ExportFormat> format = interop::exportFormatFor(output);
    if (!format)
        return usageError(who,
            QStringLiteral("cannot tell the format of %1: its name must end in .drawio, .tf or .mmd").arg(printable(output)),
            QStringLiteral("usage: cloudwright export FILE -o OUT.{drawio,tf,mmd} [--json]"), call.json);
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    // A file with no places yet is laid out as the editor would open it, so that the
    // draw.io cells and Mermaid's sides follow a real picture.
    if (loaded->unplaced) {
        if (const std::optional<int> refused = layOut(call, path, model))
            return *refused;
    }
    const interop::ExportResult result = interop::exportDiagram(*format, model.diagram(), Catalog::builtin());
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0 || !file.commit())
        return writeFailed(call.json, output, file.errorString());
    if (call.json) {
        nlohmann::ordered_json unmapped = nlohmann::ordered_json::array();
        for (const QString& u : result.unmapped)
            unmapped.push_back(utf8(u));
        const nlohmann::ordered_json doc = {{"output", utf8(output)}, {"format", utf8(interop::toString(*format))},
            {"nodes", result.nodes}, {"unmapped", unmapped}};
        out() << jsonText(doc) << "\n";
    } else {
        out() << "Exported " << result.nodes << (result.nodes == 1 ? " node" : " nodes") << " as "
              << interop::formatTitle(*format) << " -> " << printable(output) << "\n";
        if (!result.unmapped.isEmpty())
            out() << "Not mapped (listed in a comment of the file): " << printable(result.unmapped.join(QStringLiteral(", ")))
                  << "\n";
    }
    return Ok;
}

} // namespace cw::cli
