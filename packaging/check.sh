#!/usr/bin/env bash
# Everything CI does, from a clean clone: install what is missing, build with
# warnings as errors, run the whole test suite (unit, ui, cli and the end-to-end
# tests that drive the real window under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev "$@"
