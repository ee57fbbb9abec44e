#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the package preset
# (optimised and hardened as Debian builds) and runs CPack, then checks the DEB with its validators and
# lintian (packaging/check-package.sh). Prints the DEB's path. Install it with
#   sudo apt-get install ./build/package/package/cloudwright_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --package
cmake --preset package >/dev/null
cmake --build --preset package
rm -rf build/package/package
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/package/cloudwright_*.deb)
packaging/check-package.sh "$deb" >&2
echo "$deb"
