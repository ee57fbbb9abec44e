#pragma once

#include "command.h"

#include <vector>

namespace cw::cli {

/// Every command `cloudwright` knows, in the order --help lists them. A new command is a
/// handler in its own file, declared in handlers.h, and one row here.
const std::vector<Command>& commands();
/// The command called `name`, or nullptr.
const Command* findCommand(const QString& name);

/// Parses what follows the command's name against its options and arguments, then runs
/// its handler (or prints its --help, or a usage error). Returns the exit code.
int runCommand(const Command& command, const QStringList& args);
/// `cloudwright CMD --help`: usage line, summary, details and the options.
QString commandHelp(const Command& command);
/// What a usage error prints under its message: the usage line and where the rest is.
QString shortUsage(const Command& command);

} // namespace cw::cli
