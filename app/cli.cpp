#include "cli.h"

#include "catalog/catalog.h"
#include "io/cwa_reader.h"
#include "io/printable.h"
#include "rules/validator.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace cw::cli {

namespace {

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

const QStringList kCommands{QStringLiteral("validate")};

std::string utf8(const QString& s)
{
    return s.toStdString();
}

nlohmann::json findingsJson(const std::vector<Finding>& findings)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& f : findings) {
        nlohmann::json nodes = nlohmann::json::array();
        for (const Id& id : f.nodes)
            nodes.push_back(utf8(id));
        nlohmann::json edges = nlohmann::json::array();
        for (const Id& id : f.edges)
            edges.push_back(utf8(id));
        nlohmann::json item = {{"rule", utf8(f.rule)}, {"severity", utf8(toString(f.severity))},
            {"message", utf8(f.message)}, {"nodes", nodes}, {"fix", utf8(f.fix)}, {"title", utf8(f.title)},
            {"pillar", utf8(toString(f.pillar))}, {"edges", edges}};
        if (f.suppressed) {
            item["suppressed"] = true;
            item["reason"] = utf8(f.suppressedBecause);
        }
        list.push_back(std::move(item));
    }
    return list;
}

int validate(const QStringList& args)
{
    QStringList files;
    bool json = false;
    bool options = true; // until "--": after it, a name that starts with "-" is a file
    for (const QString& a : args) {
        if (options && a == QLatin1String("--")) {
            options = false;
            continue;
        }
        if (options && a == QLatin1String("--json")) {
            json = true;
            continue;
        }
        if (options && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            out() << usage();
            return Ok;
        }
        if (options && a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            err() << "cloudwright validate: unknown option " << printable(a) << "\n" << usage();
            return BadInput;
        }
        files << a;
    }
    if (files.size() != 1) {
        err() << "cloudwright validate: expected one FILE\n" << usage();
        return BadInput;
    }
    const QString& path = files.first();
    LoadResult loaded = readCwaFile(path, Catalog::builtin());
    if (!loaded.ok()) {
        err() << loaded.error.toString() << "\n";
        return BadInput;
    }
    Architecture model;
    model.reset(std::move(*loaded.diagram));
    Validator validator;
    validator.run(model);
    const std::vector<Finding>& findings = validator.findings();
    const FindingCounts counts = validator.counts();

    if (json) {
        const nlohmann::json doc = {{"findings", findingsJson(findings)},
            {"summary",
                {{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos},
                    {"suppressed", counts.suppressed}, {"profile", utf8(model.meta().ruleProfile)}}}};
        out() << QString::fromStdString(doc.dump(2)) << "\n";
    } else {
        // Names and ids come from the file: each finding stays on its two lines.
        const QString shownPath = printable(path);
        for (const Finding& f : findings) {
            if (f.suppressed)
                continue;
            out() << shownPath << ": " << toString(f.severity) << ": " << f.rule << ": " << printable(f.message);
            if (!f.nodes.isEmpty())
                out() << " [" << printable(f.nodes.join(QStringLiteral(", "))) << "]";
            out() << "\n    fix: " << f.fix << "\n";
        }
        const Diagram& d = model.diagram();
        out() << shownPath << ": " << d.nodes.size() << (d.nodes.size() == 1 ? " node, " : " nodes, ") << d.groups.size()
              << (d.groups.size() == 1 ? " group, " : " groups, ") << d.edges.size()
              << (d.edges.size() == 1 ? " edge" : " edges") << (loaded.laidOut ? " (automatic layout)" : "") << "; "
              << counts.errors << (counts.errors == 1 ? " error, " : " errors, ") << counts.warnings
              << (counts.warnings == 1 ? " warning, " : " warnings, ") << counts.infos
              << (counts.infos == 1 ? " info" : " infos");
        if (counts.suppressed > 0)
            out() << ", " << counts.suppressed << " suppressed";
        out() << "\n";
    }
    return counts.errors > 0 ? Findings : Ok;
}

} // namespace

QString usage()
{
    return QStringLiteral("Usage:\n"
                          "  cloudwright [FILE]                  open the editor (no FILE: the built-in sample)\n"
                          "  cloudwright validate FILE [--json]  check FILE against the pitfall rules of its\n"
                          "                                      profile; a bad file gives FILE: PLACE: MESSAGE\n"
                          "  cloudwright --version | --help\n"
                          "\n"
                          "Exit codes: 0 no finding at error level, 1 errors found, 2 bad input (missing\n"
                          "file, not JSON, wrong format, newer format version, unknown kind, dangling edge, ...).\n");
}

bool isHeadless(const QStringList& args)
{
    if (args.size() < 2)
        return false;
    const QString& first = args.at(1);
    return kCommands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h");
}

std::optional<int> editorRefusal(const QStringList& args)
{
    if (args.size() > 2 || (args.size() == 2 && args[1].startsWith(QLatin1Char('-')))) {
        err() << "cloudwright: unexpected arguments\n" << usage();
        return BadInput;
    }
    if (args.size() == 2) {
        const QFileInfo file(args[1]);
        if (!file.exists()) {
            err() << "cloudwright: " << printable(args[1]) << ": no such file (nor a command: "
                  << kCommands.join(QStringLiteral(", ")) << ")\n";
            return BadInput;
        }
        if (file.isDir()) {
            err() << "cloudwright: " << printable(args[1]) << ": a folder, not a .cwa file\n";
            return BadInput;
        }
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt would abort; say why instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        err() << "cloudwright: no display to open the editor on (DISPLAY is not set); "
                 "`cloudwright validate FILE` needs none\n";
        return BadInput;
    }
#endif
    return std::nullopt;
}

int runHeadless(const QStringList& args)
{
    const QString& first = args.at(1);
    const bool version = first == QLatin1String("--version") || first == QLatin1String("-v");
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h");
    if ((version || help) && args.size() > 2) {
        err() << "cloudwright: " << first << " takes no arguments\n" << usage();
        return BadInput;
    }
    if (version) {
        out() << "cloudwright " << CLOUDWRIGHT_VERSION << "\n";
        return Ok;
    }
    if (help) {
        out() << "Cloudwright: design cloud architectures for ML products.\n\n" << usage();
        return Ok;
    }
    if (first == QLatin1String("validate"))
        return validate(args.mid(2));
    err() << "cloudwright: unknown command " << printable(first) << "\n" << usage();
    return BadInput;
}

} // namespace cw::cli
