#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace cw::cli {

/// Exit codes of the command line contract (design.md).
enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

/// The application object a command runs under. Gui commands (drawing images and PDF)
/// get a QApplication on the offscreen platform (QGraphicsScene needs one): still no
/// display needed.
enum class Application { Core, Gui };

struct Invocation;

/// One row of the command table: everything `cloudwright CMD` needs, and what its
/// --help and the program's --help are generated from.
struct Command {
    QString name;                      ///< "validate"
    QString synopsis;                  ///< what follows the name in usage lines: "FILE [--json]"
    QString summary;                   ///< one line for the program's --help
    QString details;                   ///< more lines for `cloudwright CMD --help` (may be empty)
    QStringList arguments;             ///< the positional arguments, each required: {"FILE"}
    QList<QCommandLineOption> options; ///< besides -h/--help, which every command takes
    Application application = Application::Core;
    int (*run)(const Invocation& call) = nullptr;
};

/// A command line that parsed: what a handler gets.
struct Invocation {
    const Command& command;
    const QCommandLineParser& parser;
    QStringList arguments; ///< as many as command.arguments names
    bool json = false;     ///< --json was given (when the command takes it)
};

/// --json, which prints the result, and bad input, as JSON on stdout.
QCommandLineOption jsonOption();

} // namespace cw::cli
