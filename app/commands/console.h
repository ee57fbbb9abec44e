#pragma once

#include "io/cwa_reader.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QTextStream>

#include <optional>
#include <string>

namespace cw {
class Architecture;
}

namespace cw::cli {

struct Invocation;

/// The process's stdout and stderr, for every command.
QTextStream& out();
QTextStream& err();

std::string utf8(const QString& text);
/// JSON text for stdout; text that is not valid UTF-8 is replaced, never thrown on.
QString jsonText(const nlohmann::json& doc, int indent = -1);
/// The same, keeping keys in the order written (the error object: file, place, message).
QString jsonText(const nlohmann::ordered_json& doc, int indent = -1);

/// Reports bad input, the one way every command does: LoadError::toString() as one line
/// on stderr and, under --json, {"error":{"file":F,"place":P,"message":M}} on stdout.
/// Returns BadInput, for the handler to return.
int badInput(bool json, const LoadError& error);
/// Reads FILE as a diagram, or reports why it cannot (badInput): then the handler
/// returns BadInput.
std::optional<LoadResult> loadDiagram(const Invocation& call, const QString& path);

/// A command line that cannot run: "WHO: MESSAGE" on stderr followed by `help` (usage,
/// or a hint), and under --json the error object with an empty file and place.
/// Returns BadInput.
int usageError(const QString& who, const QString& message, const QString& help, bool json);

/// The --months option of the cost commands: 12 when not given, else a whole number from
/// 1 to cost::kMaxMonths. Returns nothing when it reads, else the usage error's exit code.
std::optional<int> readMonths(const Invocation& call, const QString& who, const QString& help, int& months);

/// Lays the whole diagram out as the editor's Tidy Up does (layout::arrange, through
/// edit::arrange); `engine`, when given, receives the engine that placed it. Returns
/// nothing when done (or when it already was laid out so), else bad input naming `path`.
std::optional<int> layOut(const Invocation& call, const QString& path, Architecture& model, QString* engine = nullptr);

/// The diagram as drawn: each card's size and each edge's route written out, so that a
/// reader needs neither the card layout nor the router (design.md, `layout`, `import`).
Diagram withDrawnLayout(const Architecture& model);

/// The -o option of the commands that write a file: `output` is its value. Returns nothing
/// when it is given, else the usage error's exit code: "missing -o WHAT".
std::optional<int> readOutput(const Invocation& call, const QString& who, const QString& what, QString& output);
/// Writing `output` failed with `why` (which may begin "OUTPUT: "): bad input naming it.
int writeFailed(bool json, const QString& output, const QString& why);

} // namespace cw::cli
