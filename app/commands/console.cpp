#include "console.h"

#include "catalog/catalog.h"
#include "command.h"
#include "command_table.h"
#include "cost/cost_model.h"
#include "edit/edits.h"
#include "layout/arrange.h"
#include "layout/model_routes.h"
#include "model/architecture.h"
#include "io/printable.h"

#include <cstdio>

namespace cw::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString jsonText(const nlohmann::json& doc, int indent)
{
    return QString::fromStdString(doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace));
}

QString jsonText(const nlohmann::ordered_json& doc, int indent)
{
    return QString::fromStdString(doc.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

namespace {

void printErrorObject(const QString& file, const QString& place, const QString& message)
{
    const nlohmann::ordered_json doc
        = {{"error", {{"file", utf8(file)}, {"place", utf8(place)}, {"message", utf8(message)}}}};
    out() << jsonText(doc) << "\n";
}

} // namespace

int badInput(bool json, const LoadError& error)
{
    err() << error.toString() << "\n";
    if (json)
        printErrorObject(error.file, error.place, error.message);
    return BadInput;
}

std::optional<LoadResult> loadDiagram(const Invocation& call, const QString& path)
{
    LoadResult loaded = readCwaFile(path, Catalog::builtin());
    if (!loaded.ok()) {
        badInput(call.json, loaded.error);
        return std::nullopt;
    }
    return loaded;
}

int usageError(const QString& who, const QString& message, const QString& help, bool json)
{
    err() << who << ": " << printable(message) << "\n" << help;
    if (json)
        printErrorObject(QString(), QString(), message);
    return BadInput;
}

std::optional<int> readMonths(const Invocation& call, const QString& who, const QString& help, int& months)
{
    months = 12;
    if (!call.parser.isSet(QStringLiteral("months")))
        return std::nullopt;
    bool ok = false;
    const QString text = call.parser.value(QStringLiteral("months"));
    months = text.toInt(&ok);
    if (ok && months >= 1 && months <= cost::kMaxMonths)
        return std::nullopt;
    return usageError(who,
        QStringLiteral("--months must be a whole number from 1 to %1, not \"%2\"")
            .arg(cost::kMaxMonths)
            .arg(printable(text)),
        help, call.json);
}

std::optional<int> readOutput(const Invocation& call, const QString& who, const QString& what, QString& output)
{
    output = call.parser.value(QStringLiteral("o"));
    if (!output.isEmpty())
        return std::nullopt;
    return usageError(who, QStringLiteral("missing -o ") + what, shortUsage(call.command), call.json);
}

std::optional<int> layOut(const Invocation& call, const QString& path, Architecture& model, QString* engine)
{
    layout::ArrangeOptions options;
    options.catalog = &Catalog::builtin();
    const layout::Arrangement arrangement = layout::arrange(model.diagram(), options);
    if (engine)
        *engine = arrangement.engine;
    const EditResult r = edit::arrange(model, arrangement, QStringLiteral("Layout"));
    // A diagram already laid out this way is fine as it is; any other refusal is not.
    if (r.ok() || r.error.startsWith(QLatin1String("nothing to tidy")))
        return std::nullopt;
    return badInput(call.json, LoadError{path, QString(), QStringLiteral("cannot lay out: ") + r.error});
}

int writeFailed(bool json, const QString& output, const QString& why)
{
    const QString prefix = output + QStringLiteral(": ");
    return badInput(json, LoadError{output, QString(), why.startsWith(prefix) ? why.mid(prefix.size()) : why});
}

Diagram withDrawnLayout(const Architecture& model)
{
    Diagram d = model.diagram();
    const std::vector<std::vector<QPointF>> routes = routing::routeAll(model);
    for (Node& n : d.nodes)
        n.size = nodeRect(n).size();
    for (std::size_t i = 0; i < d.edges.size(); ++i)
        d.edges[i].points = routes[i];
    return d;
}

} // namespace cw::cli
