#!/usr/bin/env bash
# Fetches the parsers the export tests check against, from the npm registry, once, into
# DIR (default: build/dev/tools): Mermaid's own parser and an HCL parser (hcl2json,
# HashiCorp's HCL library compiled to WebAssembly; it works offline once installed).
# Prints DIR/node_modules. Later runs find them there and fetch nothing.
#   packaging/fetch-node-tools.sh [DIR]
set -euo pipefail

mermaid=0.6.3
hcl=0.21.0
dir=${1:-"$(cd "$(dirname "$0")/.." && pwd)/build/dev/tools"}
stamp="$dir/node_modules/.cloudwright-node-tools-$mermaid-$hcl"

if [ ! -f "$stamp" ]; then
    command -v npm >/dev/null || { echo "fetch-node-tools.sh: npm is not installed (packaging/install-deps.sh installs it)" >&2; exit 1; }
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent "@mermaid-js/parser@$mermaid" "@cdktf/hcl2json@$hcl" >&2
    for p in @mermaid-js/parser @cdktf/hcl2json; do
        [ -d "$dir/node_modules/$p" ] || { echo "fetch-node-tools.sh: npm ran but $p is missing" >&2; exit 1; }
    done
    touch "$stamp"
fi
echo "$dir/node_modules"
