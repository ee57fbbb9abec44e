#!/usr/bin/env bash
# Everything CI does, from a clean clone: install what is missing, build with warnings
# as errors and run the whole test suite (unit, ui, cli, and the end-to-end tests that
# drive the real window under Xvfb); then the same suite under AddressSanitizer and
# UndefinedBehaviorSanitizer; then a one-minute fuzzing run of the loader.
#   packaging/check.sh           all of it (what CI runs)
#   packaging/check.sh --quick   the debug build and its tests only
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true

packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev
$quick && exit 0

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

if [ -x packaging/fuzz.sh ]; then
    packaging/fuzz.sh 60
fi
