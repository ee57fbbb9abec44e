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
    int version = document.value("formatVersion", kFormatVersion);
    for (; version < kFormatVersion; ++version) {
        steps[std::size_t(version - 1)](document);
        document["formatVersion"] = version + 1;
    }
}

} // namespace cw
