#!/usr/bin/env bash
# Exports the sample and every template to .drawio, .tf and .mmd with the built program
# and parses each with the real parsers (check_exports.mjs). Fails, never skips, when the
# parsers cannot be fetched: CI installs npm (packaging/install-deps.sh).
#   check_exports.sh APP OUTDIR FETCH_SCRIPT TOOLS_DIR SOURCE_DIR
set -euo pipefail
app=$1 out=$2 fetch=$3 tools=$4 src=$5
modules=$("$fetch" "$tools")
rm -rf "$out" && mkdir -p "$out"
files=()
# The sample once more at each other provider, so every provider's mappings are parsed.
for provider in gcp azure generic; do
    python3 - "$src/resources/samples/ml-product.cwa" "$out/sample-$provider.cwa" "$provider" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["meta"]["provider"] = sys.argv[3]
doc["meta"]["region"] = ""
json.dump(doc, open(sys.argv[2], "w"))
PY
done
for cwa in "$src"/resources/samples/*.cwa "$src"/resources/templates/*.cwa "$out"/sample-*.cwa; do
    base=$(basename "$cwa" .cwa)
    for ext in drawio tf mmd; do
        env -u DISPLAY -u QT_QPA_PLATFORM "$app" export "$cwa" -o "$out/$base.$ext" >/dev/null
        files+=("$out/$base.$ext")
    done
done
node "$(dirname "$0")/check_exports.mjs" "$modules" "${files[@]}"
