#pragma once

#include <QStringList>

#include <optional>

namespace cw::cli {

/// Exit codes of the command line contract (design.md).
enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

/// True when argv asks for a headless command (validate, --version, --help), which
/// must run without a display.
bool isHeadless(const QStringList& args);
/// Runs a headless command and returns the process exit code.
int runHeadless(const QStringList& args);
/// Whether the editor can start for these arguments ([FILE]): an exit code, with a line
/// on stderr, when it cannot (a missing file, a mistyped command, no display to open a
/// window on); nothing when it can.
std::optional<int> editorRefusal(const QStringList& args);
/// The usage text of --help.
QString usage();

} // namespace cw::cli
