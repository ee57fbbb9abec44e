// libFuzzer target for the loader: the bytes of a .cwa file, whatever they are, must
// either be refused with a message or open as a diagram that survives saving and
// reopening, the live model and the pitfall rules (loader_checks.h). Build and run it
// with packaging/fuzz.sh; docs/fuzzing.md says how.

#include "loader_checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    // Parse the built-in catalog and rule book once, before the first input, so their
    // allocations are not taken for that input's.
    cw::Catalog::builtin();
    cw::RuleBook::builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The loader refuses nesting deeper than 200 levels before parsing, and libFuzzer's
    // -max_len bounds the rest: every step below is linear or near it in the input.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const cw::fuzz::LoaderCheck check = cw::fuzz::checkLoader(bytes);
    if (!check.problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_loader: %s\n", qPrintable(check.problem));
        std::abort();
    }
    return 0;
}
