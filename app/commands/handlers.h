#pragma once

namespace cw::cli {

struct Invocation;

// One handler per command, each in its own file; the table in command_table.cpp says
// which options and arguments it gets.
int runValidate(const Invocation& call);
int runCost(const Invocation& call);
int runDiff(const Invocation& call);
int runLayout(const Invocation& call);
int runReport(const Invocation& call);
int runRender(const Invocation& call);
int runAdvise(const Invocation& call);
int runCheck(const Invocation& call);
int runExport(const Invocation& call);
int runImport(const Invocation& call);

} // namespace cw::cli
