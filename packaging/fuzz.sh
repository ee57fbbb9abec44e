#!/usr/bin/env bash
# Fuzzes the loader with libFuzzer (docs/fuzzing.md): installs clang if missing, builds
# the fuzz preset, replays every file in tests/fuzz/regressions, then fuzzes for
# SECONDS (default 60) from a working corpus in build/fuzz/corpus seeded with the
# project's own files. Exits non-zero, naming the file, when libFuzzer finds a crash,
# a leak, a timeout or running out of memory.
#   packaging/fuzz.sh            the short run CI makes
#   packaging/fuzz.sh 3600       a longer run
#   FUZZ_JOBS=2 packaging/fuzz.sh 3600   several processes at once (libFuzzer -fork)
#   FUZZ_FLAGS="-only_ascii=1" packaging/fuzz.sh   more libFuzzer flags for the fuzzing run
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
jobs="${FUZZ_JOBS:-1}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ && "$jobs" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [FUZZ_JOBS=N] packaging/fuzz.sh [SECONDS]  (whole numbers from 1)" >&2
    exit 2
fi

# clang and its libFuzzer runtime, beside the build dependencies; quiet when present.
packaging/install-deps.sh --fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
fuzzer=build/fuzz/tests/fuzz/fuzz_loader
corpus=build/fuzz/corpus
artifacts=build/fuzz/artifacts/
log=build/fuzz/fuzz.log
mkdir -p "$corpus" "$artifacts"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

# 1. Everything the fuzzer ever found must stay fixed.
regressions=()
while IFS= read -r -d '' f; do regressions+=("$f"); done \
    < <(find tests/fuzz/regressions -type f ! -name README.md -print0 | sort -z)
if [ ${#regressions[@]} -gt 0 ]; then
    echo "Replaying ${#regressions[@]} regression file(s) from tests/fuzz/regressions"
    if ! "$fuzzer" -timeout=10 -rss_limit_mb=2048 "${regressions[@]}" >build/fuzz/replay.log 2>&1; then
        cat build/fuzz/replay.log
        echo "fuzz: a regression file fails again (log: build/fuzz/replay.log)" >&2
        exit 1
    fi
fi

# 2. The working corpus: what earlier runs found, plus the project's own files as seeds
# (named after where they come from, so a second run overwrites rather than adds).
seed() { # seed FILE...
    for f in "$@"; do cp -f "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"; done
}
seed tests/data/golden/*.cwa tests/data/bad/* resources/samples/*.cwa resources/templates/*.cwa
while IFS= read -r -d '' f; do seed "$f"; done < <(find tests/rules -name '*.cwa' -print0)
[ ${#regressions[@]} -eq 0 ] || seed "${regressions[@]}"

# 3. Fuzz.
stamp=build/fuzz/.run-started
touch "$stamp"
flags=(-max_len=65536 -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1
       -dict=tests/fuzz/cwa.dict -artifact_prefix="$artifacts")
[ "$jobs" -eq 1 ] || flags+=(-fork="$jobs")
read -r -a extra <<<"${FUZZ_FLAGS:-}"
flags+=("${extra[@]}")
echo "Fuzzing the loader for ${seconds}s (${jobs} job(s)); corpus $corpus, log $log"
set +e
"$fuzzer" "${flags[@]}" "$corpus" >"$log" 2>&1
status=$?
set -e
grep -E '^(stat::|Done |#[0-9]+[[:space:]]+DONE)' "$log" || true
if [ $status -eq 0 ]; then
    # Keep the working corpus small for the next run: only inputs that add coverage.
    rm -rf "$corpus.merged" && mkdir -p "$corpus.merged"
    if "$fuzzer" -merge=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 "$corpus.merged" "$corpus" \
        >build/fuzz/merge.log 2>&1; then
        rm -rf "$corpus" && mv "$corpus.merged" "$corpus"
    fi
fi
echo "corpus: $(find "$corpus" -type f | wc -l) files"
if [ $status -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: libFuzzer found a problem (exit $status); full log: $log" >&2
    find "$artifacts" -type f -newer "$stamp" | while read -r a; do
        echo "fuzz: artifact $a  (minimise: $fuzzer -minimize_crash=1 -runs=100000 $a;" \
             "then add it to tests/fuzz/regressions/, see its README.md)" >&2
    done
    exit $status
fi
