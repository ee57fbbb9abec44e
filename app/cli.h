#pragma once

#include "commands/command.h"

#include <QStringList>

#include <optional>

namespace cw::cli {

/// What main() starts for argv: the editor, or a headless run (a command, --version,
/// --help, or a word that is not a command) under the application object it needs.
enum class Startup { Editor, Headless, HeadlessGui };
Startup startup(const QStringList& args);

/// Runs whatever startup() found headless and returns the process exit code.
int runHeadless(const QStringList& args);

/// Whether the editor can start for these arguments ([FILE]): an exit code, with a line
/// on stderr, when it cannot (a missing file, a folder, no display to open a window on);
/// nothing when it can.
std::optional<int> editorRefusal(const QStringList& args);

/// The program's --help, generated from the command table.
QString usage();

} // namespace cw::cli
