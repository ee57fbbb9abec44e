#!/usr/bin/env bash
# Checks a Cloudwright DEB as a distribution would: its files, the desktop entry, the
# AppStream metainfo and the manual page with their validators, and lintian. With
# --install (root only) it then installs the DEB with apt-get, runs the installed program
# (--version, validate, the editor under Xvfb) and removes it, checking nothing is left.
#   packaging/check-package.sh DEB [--install]
set -euo pipefail

deb=$(realpath "${1:?usage: packaging/check-package.sh DEB [--install]}")
install=false
[ "${2:-}" = "--install" ] && install=true
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

id=org.cloudwright.cloudwright
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/control"

echo "== files"
expected=(
    usr/bin/cloudwright
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/mime/packages/$id.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    usr/share/icons/hicolor/scalable/mimetypes/application-x-cloudwright.svg
    usr/share/man/man1/cloudwright.1.gz
    usr/share/bash-completion/completions/cloudwright
    usr/share/doc/cloudwright/copyright
    usr/share/doc/cloudwright/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expected[@]}"; do
    [ -e "$work/root/$f" ] || fail "$deb has no /$f"
done
for size in 16 48 512; do
    got=$(file -b "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
    [[ "$got" == *"$size x $size"* ]] || fail "the ${size}px icon is $got"
done
grep -q '^Depends:.*libqt6widgets6' "$work/control/control" || fail "Depends has no Qt libraries (dpkg-shlibdeps)"
grep -q '^Depends:.*graphviz' "$work/control/control" || fail "Depends has no graphviz (dot lays diagrams out)"

echo "== desktop-file-validate"
out=$(desktop-file-validate "$work/root/usr/share/applications/$id.desktop" 2>&1 || true)
if grep -E -q "error|warning" <<<"$out"; then fail "desktop-file-validate: $out"; fi

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "appstreamcli validate found problems"
version=$(dpkg-deb -f "$deb" Version)
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo has no release $version"

echo "== the manual page"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$work/root/usr/share/man/man1/cloudwright.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man --warnings: $warnings"

echo "== lintian"
lintian_out=$(lintian --fail-on none "$deb" 2>&1 | grep -v '^running with root' || true)
if grep -E -q '^[EW]: ' <<<"$lintian_out"; then fail "lintian:"$'\n'"$lintian_out"; fi
[ -z "$lintian_out" ] || echo "$lintian_out"

$install || { echo "check-package: $deb is fine (not installed: run with --install as root)"; exit 0; }
[ "$(id -u)" -eq 0 ] || fail "--install needs root"
dpkg-query -W cloudwright >/dev/null 2>&1 && fail "cloudwright is already installed; remove it first"

echo "== apt-get install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$deb" >/dev/null
trap 'apt-get purge -y -qq cloudwright >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
[ "$(command -v cloudwright)" = /usr/bin/cloudwright ] || fail "cloudwright is not /usr/bin/cloudwright"
(cd / && cloudwright --version) | grep -q "^cloudwright $version$" || fail "cloudwright --version"
cp "$here/resources/samples/ml-product.cwa" "$work/diagram.cwa"
# The sample misses a secret manager: an error-level finding, exit 1.
set +e
(cd / && cloudwright validate "$work/diagram.cwa" >"$work/validate.txt")
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "missing-secrets" "$work/validate.txt" || fail "cloudwright validate: exit $rc: $(cat "$work/validate.txt")"
grep -q '\*\.cwa' /usr/share/mime/globs2 || fail "the MIME database does not know *.cwa"
grep -q 'application/x-cloudwright' /usr/share/applications/mimeinfo.cache 2>/dev/null \
    || echo "note: mimeinfo.cache not updated (desktop-file-utils' trigger)"

# The editor: it opens a window on the file and keeps running until closed.
HOME="$work/home" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    cloudwright "$1" & pid=$!
    for _ in $(seq 40); do
        xdotool search --all --onlyvisible --pid $pid --name "Cloudwright" >/dev/null 2>&1 && break
        sleep 0.25
    done
    xdotool search --all --onlyvisible --pid $pid --name "Cloudwright" >/dev/null || { kill $pid; exit 1; }
    kill $pid; wait $pid 2>/dev/null; exit 0' _ "$work/diagram.cwa" || fail "the installed editor opened no window"

echo "== apt-get purge"
files=$(dpkg -L cloudwright | while read -r f; do [ -f "$f" ] && echo "$f"; done)
apt-get purge -y -qq cloudwright >/dev/null
trap 'rm -rf "$work"' EXIT
left=$(for f in $files; do [ -e "$f" ] && echo "$f"; done || true)
[ -z "$left" ] || fail "left behind after removal: $left"
grep -q '\*\.cwa' /usr/share/mime/globs2 && fail "the MIME database still knows *.cwa after removal"
echo "check-package: $deb installs, runs and removes cleanly"
