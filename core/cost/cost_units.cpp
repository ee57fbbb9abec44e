#include "cost_units.h"

#include <QHash>

namespace cw::cost {

namespace {

constexpr double kGbPerGib = 1.073741824; // 2^30 / 10^9

struct Conversion {
    const char* measure;
    const char* unit;
    double factor;
};

// Every pairing the catalog's recipes use; anything else is refused, never guessed.
const Conversion kConversions[] = {
    {"hours", "hour", 1},
    {"hours", "cluster_hour", 1},
    {"hours", "vcpu_hour", 1},
    {"hours", "gb_hour", 1},
    {"hours", "gpu_hour", 1},
    {"hours", "lcu_hour", 1},
    {"hours", "rule_hour", 1},
    {"hours", "vcpu_second", 3600},
    {"hours", "gib_second", 3600}, // memory given in GiB by the recipe
    {"hours", "gb_second", 3600},
    {"hours", "vcpu_minute", 60},
    {"hours", "gb_minute", 60},
    {"minutes", "build_minute", 1},
    {"gb", "gb", 1},
    {"gb", "gb_month", 1},
    {"gb", "gib", 1 / kGbPerGib},
    {"gb", "gib_month", 1 / kGbPerGib},
    {"gb", "tib", 1 / (kGbPerGib * 1024)},
    {"gb", "mib", 1024 / kGbPerGib},
    {"requests", "1m_requests", 1e-6},
    {"requests", "1k_requests", 1e-3},
    {"requests", "10k_requests", 1e-4},
    {"requests", "100k_documents", 1e-5},
    {"requests", "1m_request_units", 1e-6},
    {"k_tokens", "1m_tokens", 1e-3},
    {"gb_seconds", "gb_second", 1},
    {"gb_seconds", "gib_second", 1 / kGbPerGib},
    {"each", "month", 1},
    {"each", "disk_month", 1},
    {"each", "secret_month", 1},
    {"each", "version_month", 1},
    {"each", "key_month", 1},
    {"each", "key_version_month", 1},
    {"each", "metric_month", 1},
    {"each", "alarm_month", 1},
    {"each", "time_series_month", 1},
    {"each", "unit_month", 1},
    {"each", "parallel_job_month", 1},
};

} // namespace

std::optional<double> unitFactor(const QString& measure, const QString& unit)
{
    for (const Conversion& c : kConversions) {
        if (measure == QLatin1String(c.measure) && unit == QLatin1String(c.unit))
            return c.factor;
    }
    return std::nullopt;
}

} // namespace cw::cost
