#!/usr/bin/env bash
# Installs what Cloudwright needs to build and test on Debian 12, with apt-get.
# Idempotent and quiet when everything is already there. Needs root (or sudo).
#   packaging/install-deps.sh          build and test dependencies
#   packaging/install-deps.sh --build  build dependencies only
#   packaging/install-deps.sh --fuzz   build dependencies, clang and its libFuzzer runtime
#   packaging/install-deps.sh --package  build dependencies and what builds and checks the DEB
set -euo pipefail

build=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
       nlohmann-json3-dev zlib1g-dev libgl-dev libxkbcommon-dev)
# Graphviz's dot lays diagrams out (core/layout/dot_layout.cpp runs it as a program).
build+=(graphviz)
# lupdate and lrelease make the translations (resources/translations/); Qt's own Danish
# words (standard buttons, key names) come from qt6-translations-l10n.
build+=(qt6-l10n-tools qt6-translations-l10n)
# Tests drive the real window under Xvfb, take screenshots and check the schema.
test=(xvfb xauth xdotool imagemagick x11-utils librsvg2-bin poppler-utils python3 python3-jsonschema strace)
# The HTML report is opened in headless Chromium (tests/e2e/e2e_report_chromium.py).
test+=(chromium)
# The HTML report is checked with the Nu HTML Checker (vnu.jar from npm, packaging/fetch-vnu.sh).
test+=(default-jre-headless npm)

# The DEB (packaging/package.sh): dpkg-shlibdeps, PNG icons drawn from the SVG, gzip'd
# manual page; checked by desktop-file-validate, appstreamcli, man and lintian
# (packaging/check-package.sh, tests/package).
package=(dpkg-dev librsvg2-bin gzip xz-utils file desktop-file-utils appstream man-db lintian bash-completion)
test+=("${package[@]}")

# The fuzz target needs clang and its libFuzzer runtime (packaging/fuzz.sh).
fuzz=(clang libclang-rt-14-dev)

wanted=("${build[@]}")
case "${1:-}" in
--build) ;;
--fuzz) wanted+=("${fuzz[@]}") ;;
--package) wanted+=("${package[@]}") ;;
*) wanted+=("${test[@]}") ;;
esac

# Some packages only bring a program that may already be here from elsewhere: npm comes
# with NodeSource's nodejs (which conflicts with Debian's npm package), java with any JRE.
# Such a package is wanted only when its program is missing.
program_of() {
    case "$1" in
    npm) echo npm ;;
    chromium) echo chromium ;;
    default-jre-headless) echo java ;;
    esac
}

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" && continue
    program=$(program_of "$pkg")
    [ -n "$program" ] && command -v "$program" >/dev/null && continue
    missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
