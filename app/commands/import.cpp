// cloudwright import IN.{drawio,xml} -o OUT.cwa [--page N] [--json]: another tool's
// diagram as a .cwa (core/interop, docs/interop.md#import-from-drawio).
#include "catalog/catalog.h"
#include "command.h"
#include "command_table.h"
#include "console.h"
#include "handlers.h"
#include "interop/drawio_import.h"
#include "io/cwa_writer.h"
#include "io/printable.h"
#include "model/architecture.h"

#include <QFile>
#include <QFileInfo>

namespace cw::cli {

int runImport(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright import");
    const QString help = QStringLiteral("usage: cloudwright import IN.{drawio,xml} -o OUT.cwa [--page N] [--json]");
    QString output;
    if (const std::optional<int> refused = readOutput(call, who, QStringLiteral("OUT.cwa: where to write the diagram"), output))
        return *refused;
    const QString& path = call.arguments.first();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("tf") || suffix == QLatin1String("json"))
        return usageError(who,
            QStringLiteral("%1: Terraform import (.tf, plan JSON) is not in this version yet; import a draw.io file "
                           "(.drawio or .xml)")
                .arg(printable(path)),
            help, call.json);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(call.json, LoadError{path, QString(), QStringLiteral("cannot read: %1").arg(file.errorString())});
    if (file.size() > 512LL * 1024 * 1024)
        return badInput(call.json, LoadError{path, QString(), QStringLiteral("too large for a diagram (over 512 MB)")});
    interop::ImportResult imported;
    try {
        imported = interop::drawioImport(file.readAll(), Catalog::builtin(), call.parser.value(QStringLiteral("page")));
    } catch (LoadError& e) {
        e.file = path;
        return badInput(call.json, e);
    }
    Architecture model;
    model.reset(std::move(imported.diagram));
    const Diagram drawn = withDrawnLayout(model);
    QString why;
    if (!saveCwaFile(output, drawn, &why))
        return writeFailed(call.json, output, why);

    const interop::ImportSummary& s = imported.summary;
    if (call.json) {
        nlohmann::ordered_json unmapped = nlohmann::ordered_json::array();
        for (const auto& [source, n] : s.unrecognised)
            unmapped.push_back({{"source", utf8(source)}, {"count", n}});
        nlohmann::ordered_json pages = nlohmann::ordered_json::array();
        for (const QString& p : s.pages)
            pages.push_back(utf8(p));
        const nlohmann::ordered_json doc = {{"nodes", s.nodes}, {"groups", s.groups}, {"edges", s.edges},
            {"unmapped", unmapped}, {"providerShapes", s.providerShapes}, {"typed", s.typed},
            {"edgesLeftOut", s.edgesLeftOut}, {"otherShapes", s.otherShapes}, {"provider", utf8(s.provider)},
            {"format", utf8(s.format)}, {"page", utf8(s.page)}, {"pages", pages}, {"output", utf8(output)}};
        out() << jsonText(doc) << "\n";
    } else {
        out() << "Imported " << printable(path) << " (" << s.format << ") -> " << printable(output) << "\n";
        for (const QString& line : s.lines())
            out() << "  " << printable(line) << "\n";
    }
    return Ok;
}

} // namespace cw::cli
