#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the release preset
# (optimised and hardened) and runs CPack, then checks the DEB with its validators and
# lintian (packaging/check-package.sh). Prints the DEB's path. Install it with
#   sudo apt-get install ./build/release/package/cloudwright_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --package
cmake --preset release >/dev/null
cmake --build --preset release
rm -rf build/release/package
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls build/release/package/cloudwright_*.deb)
packaging/check-package.sh "$deb" >&2
echo "$deb"
