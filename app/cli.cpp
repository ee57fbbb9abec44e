#include "cli.h"

#include "catalog/catalog.h"
#include "io/cwa_reader.h"

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

int validate(const QStringList& args)
{
    QStringList files;
    for (const QString& a : args) {
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            err() << "cloudwright validate: unknown option " << a << "\n" << usage();
            return BadInput;
        }
        files << a;
    }
    if (files.size() != 1) {
        err() << "cloudwright validate: expected one FILE\n" << usage();
        return BadInput;
    }
    const LoadResult loaded = readCwaFile(files.first(), Catalog::builtin());
    if (!loaded.ok()) {
        err() << loaded.error.toString() << "\n";
        return BadInput;
    }
    const Diagram& d = *loaded.diagram;
    out() << files.first() << ": loaded: " << d.nodes.size() << (d.nodes.size() == 1 ? " node, " : " nodes, ")
          << d.groups.size() << (d.groups.size() == 1 ? " group, " : " groups, ") << d.edges.size()
          << (d.edges.size() == 1 ? " edge" : " edges") << (loaded.laidOut ? " (automatic layout)" : "") << "\n";
    return Ok;
}

} // namespace

QString usage()
{
    return QStringLiteral("Usage:\n"
                          "  cloudwright [FILE]                  open the editor (no FILE: the built-in sample)\n"
                          "  cloudwright validate FILE           load FILE and report a summary, or the first\n"
                          "                                      problem as FILE: PLACE: MESSAGE\n"
                          "  cloudwright --version | --help\n"
                          "\n"
                          "Exit codes: 0 fine, 2 bad input (missing file, not JSON, wrong format, newer\n"
                          "format version, unknown kind, dangling edge, ...).\n");
}

bool isHeadless(const QStringList& args)
{
    if (args.size() < 2)
        return false;
    const QString& first = args.at(1);
    return kCommands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h");
}

int runHeadless(const QStringList& args)
{
    const QString& first = args.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "cloudwright " << CLOUDWRIGHT_VERSION << "\n";
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << "Cloudwright: design cloud architectures for ML products.\n\n" << usage();
        return Ok;
    }
    if (first == QLatin1String("validate"))
        return validate(args.mid(2));
    err() << "cloudwright: unknown command " << first << "\n" << usage();
    return BadInput;
}

} // namespace cw::cli
