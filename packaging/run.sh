#!/usr/bin/env bash
# Installs what is missing, builds an optimised Cloudwright and opens the editor on
# the built-in sample architecture (or on the file given).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --build
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/cloudwright "$@"
