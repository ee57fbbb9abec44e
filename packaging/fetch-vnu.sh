#!/usr/bin/env bash
# Fetches the Nu HTML Checker (vnu.jar) from the npm registry once, into DIR (default:
# build/dev/tools), and prints the jar's path. Later runs find it there and fetch nothing.
#   packaging/fetch-vnu.sh [DIR]
set -euo pipefail

version=26.9.27
dir=${1:-"$(cd "$(dirname "$0")/.." && pwd)/build/dev/tools"}
jar="$dir/node_modules/vnu-jar/build/dist/vnu.jar"
stamp="$dir/node_modules/vnu-jar/.cloudwright-$version"

if [ ! -f "$jar" ] || [ ! -f "$stamp" ]; then
    command -v npm >/dev/null || { echo "fetch-vnu.sh: npm is not installed (packaging/install-deps.sh installs it)" >&2; exit 1; }
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent "vnu-jar@$version" >&2
    [ -f "$jar" ] || { echo "fetch-vnu.sh: npm installed vnu-jar@$version but $jar is missing" >&2; exit 1; }
    touch "$stamp"
fi
echo "$jar"
