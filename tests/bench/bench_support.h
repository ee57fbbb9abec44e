#pragma once

// What every benchmark here reports: the median of timed runs (after one untimed warm-up),
// and its ratio to the bare nlohmann::json::parse of the synthetic file, measured by the
// same executable in the same run. design.md's bars are such ratios, so they compare
// across machines and across loads of a shared one.
//
// Each figure is also handed to QTest (setBenchmarkResult), so `-o file,csv` lists it;
// packaging/bench.sh reads those files.

#include "io/cwa_writer.h"
#include "synthetic.h"

#include <QTest>

#include <algorithm>
#include <ctime>
#include <vector>

namespace cw::bench {

/// Runs per figure; CW_BENCH_RUNS overrides it.
inline int runs(int wanted)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CW_BENCH_RUNS", &ok);
    return ok && fromEnv > 0 ? fromEnv : wanted;
}

/// The synthetic diagram (10,000 nodes, 15,000 edges) as a .cwa file.
inline const QByteArray& syntheticBytes()
{
    static const QByteArray bytes = writeCwa(test::syntheticDiagram());
    return bytes;
}

/// The median of samples (ms), each given by sample(), which times what it means to.
/// One more sample first, untimed, warms the caches. Reported to QTest as the result.
template <typename Sample> double median(int count, Sample&& sample)
{
    count = runs(count);
    sample();
    std::vector<double> ms;
    ms.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        ms.push_back(sample());
    std::sort(ms.begin(), ms.end());
    const double mid = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    QTest::setBenchmarkResult(mid, QTest::WalltimeMilliseconds);
    return mid;
}

/// CW_BENCH_CLOCK=cpu times the thread's CPU time instead of the wall clock: on a
/// machine shared with other work, waiting for a core then counts for nothing.
inline bool cpuClock()
{
    static const bool cpu = qgetenv("CW_BENCH_CLOCK") == "cpu";
    return cpu;
}

inline double nowMs(bool wall = false)
{
    timespec t{};
    clock_gettime(cpuClock() && !wall ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Milliseconds body() takes (wall: on the wall clock whatever CW_BENCH_CLOCK says).
template <typename Body> double timeMs(Body&& body, bool wall = false)
{
    const double start = nowMs(wall);
    body();
    return nowMs(wall) - start;
}

/// The median time of body(), all of it timed.
template <typename Body> double medianMs(int count, Body&& body, bool wall = false)
{
    return median(count, [&] { return timeMs(body, wall); });
}

/// The bare parse of this run, once measured.
inline double& parseMs()
{
    static double ms = 0;
    return ms;
}

/// Measures the bare parse (a benchmark of its own, so it is listed beside the others).
inline double measureParse()
{
    const QByteArray& bytes = syntheticBytes();
    parseMs() = medianMs(9, [&] {
        const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd());
        QVERIFY(doc.is_object());
    });
    qInfo("bare JSON parse of the synthetic file (%lld bytes): %.2f ms", qint64(bytes.size()), parseMs());
    return parseMs();
}

/// Prints a figure with its ratio to the bare parse of the same run, and the bar if it has one.
inline void report(const char* what, double ms, double bar = 0)
{
    if (parseMs() <= 0)
        measureParse();
    const double ratio = ms / parseMs();
    if (bar > 0)
        qInfo("%s: %.3f ms = %.3f x the bare parse (%.2f ms), bar %.2f x: %s", what, ms, ratio, parseMs(), bar,
            ratio <= bar ? "within" : "OVER");
    else
        qInfo("%s: %.3f ms = %.3f x the bare parse (%.2f ms)", what, ms, ratio, parseMs());
}

} // namespace cw::bench
