// cloudwright layout FILE -o OUT.cwa [--keep-positions] [--json]: lays a diagram out (or
// only routes its edges) and writes the result with every position, size and route.
#include "catalog/catalog.h"
#include "command.h"
#include "command_table.h"
#include "console.h"
#include "edit/edits.h"
#include "handlers.h"
#include "io/cwa_writer.h"
#include "io/printable.h"
#include "layout/arrange.h"

namespace cw::cli {

namespace {

QString count(qsizetype n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

int runLayout(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright layout");
    QString output;
    if (const std::optional<int> refused
        = readOutput(call, who, QStringLiteral("OUT.cwa: where to write the result"), output))
        return *refused;
    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    Architecture model;
    model.reset(std::move(*loaded->diagram));

    QString engine = QStringLiteral("none"); // --keep-positions: only the router ran
    // A file with no places at all has none to keep: it is laid out as the editor opens it.
    if (!call.parser.isSet(QStringLiteral("keep-positions")) || loaded->unplaced) {
        if (const std::optional<int> refused = layOut(call, path, model, &engine))
            return *refused;
    }
    const Diagram result = withDrawnLayout(model);
    QString why;
    if (!saveCwaFile(output, result, &why))
        return writeFailed(call.json, output, why);
    if (call.json) {
        const nlohmann::ordered_json doc = {{"nodes", result.nodes.size()}, {"groups", result.groups.size()},
            {"edges", result.edges.size()}, {"engine", utf8(engine)}, {"output", utf8(output)}};
        out() << jsonText(doc) << "\n";
    } else {
        out() << "Laid out " << count(qsizetype(result.nodes.size()), "node", "nodes") << ", "
              << count(qsizetype(result.groups.size()), "group", "groups") << ", "
              << count(qsizetype(result.edges.size()), "edge", "edges")
              << (engine == QLatin1String("none") ? QStringLiteral(" with positions kept")
                                                  : QStringLiteral(" with ") + printable(engine))
              << " -> " << printable(output) << "\n";
    }
    return Ok;
}

} // namespace cw::cli
