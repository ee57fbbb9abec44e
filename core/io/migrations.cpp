#include "migrations.h"

#include "cwa_reader.h"

#include <array>
#include <functional>

namespace cw {

namespace {
// steps[v - 1] turns version v into version v + 1.
const std::array<std::function<void(Json&)>, kFormatVersion - 1> steps{};
} // namespace

void migrateToCurrent(Json& document)
{
    // The reader has checked that formatVersion is a whole number from 1 to kFormatVersion.
    const auto found = document.find("formatVersion");
    if (found == document.end() || !found->is_number_integer())
        return;
    const auto first = found->get<std::int64_t>();
    if (first < 1 || first > kFormatVersion)
        return;
    for (int version = int(first); version < kFormatVersion; ++version) {
        steps[std::size_t(version - 1)](document);
        document["formatVersion"] = version + 1;
    }
}

} // namespace cw
