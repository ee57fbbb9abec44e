#!/usr/bin/env bash
# Writes the HTML report of the hostile sample and runs the Nu HTML Checker on it: any
# error fails. A missing checker (java, npm, or vnu.jar) fails too: CI installs them
# (packaging/install-deps.sh) and packaging/fetch-vnu.sh fetches the jar once.
#   check_html.sh WRITE_REPORT OUT_DIR FETCH_VNU TOOLS_DIR
set -euo pipefail
writer=$1 out=$2 fetch=$3 tools=$4

"$writer" "$out"
command -v java >/dev/null || { echo "check_html.sh: java is not installed (packaging/install-deps.sh)" >&2; exit 1; }
jar=$("$fetch" "$tools")
[ -f "$jar" ] || { echo "check_html.sh: no vnu.jar at $jar" >&2; exit 1; }

# --errors-only: warnings and infos (a trailing slash on <meta/>) are not failures. The
# checker exits 1 on errors and prints them (on stderr) as "...: error: ...".
status=0
result=$(java -jar "$jar" --errors-only "$out/report.html" 2>&1) || status=$?
if [ "$status" -ne 0 ] || grep -q ': error:' <<<"$result"; then
    echo "$result" >&2
    echo "check_html.sh: the Nu HTML Checker found errors in $out/report.html (exit $status)" >&2
    exit 1
fi
echo "report.html: no errors from the Nu HTML Checker"
