#!/usr/bin/env bash
# Builds the DEB from BUILD_DIR with CPack and checks it (packaging/check-package.sh);
# as root, it is also installed with apt-get, run and removed.
#   package_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/package/cloudwright_*.deb)
if [ "$(id -u)" -eq 0 ]; then
    "$source/packaging/check-package.sh" "$deb" --install
else
    "$source/packaging/check-package.sh" "$deb"
fi
