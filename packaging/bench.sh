#!/usr/bin/env bash
# Builds the release preset, runs the benchmarks three times and prints the medians, each
# with its ratio to the bare JSON parse of the synthetic file measured in the same run
# (design.md, "Numbers it must reach"; docs/benchmarks.md says what each figure means).
#   packaging/bench.sh          a table of medians
#   packaging/bench.sh --json   one JSON object of medians (ms, memory in MB) on stdout
# Progress and the benchmarks' own output go to stderr. CW_BENCH_ROUNDS changes the
# number of runs; CW_BENCH_CLOCK=cpu times CPU rather than wall time (shared machines);
# CW_BENCH_NO_BUILD=1 runs the benchmarks of the release build as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

json=0
case "${1:-}" in
--json) json=1 ;;
"") ;;
*) echo "usage: $0 [--json]" >&2; exit 2 ;;
esac
rounds=${CW_BENCH_ROUNDS:-3}
# QTest stops a function after 300 s; a loaded 2-core machine can take longer for the
# all-edges-long pan frames.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-3600000}

if [ -z "${CW_BENCH_NO_BUILD:-}" ]; then
    {
        packaging/install-deps.sh --build
        cmake --preset release >/dev/null
        cmake --build --preset release
    } >&2
fi

bin=build/release/tests/bench
benches=(bench_core bench_rules bench_cost bench_cost_editor bench_validation_controller bench_canvas bench_startup bench_layout bench_report)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for round in $(seq 1 "$rounds"); do
    for b in "${benches[@]}"; do
        echo "== round $round/$rounds: $b" >&2
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} TZ=UTC QT_LOGGING_RULES='qt.qpa.*=false' \
            "$bin/$b" -o "$out/$b.$round.csv,csv" -o "-,txt" >&2 || {
            echo "$b failed in round $round" >&2
            exit 1
        }
    done
done

# value ROUND BENCH FUNCTION [TAG]: the figure QTest listed ("function","tag","metric",value,...).
value() {
    awk -F, -v fn="\"$3\"" -v tag="\"${4:-}\"" '$1 == fn && $2 == tag { print $4; exit }' "$out/$2.$1.csv"
}
# worst ROUND BENCH FUNCTION...: the largest of several figures of one run.
worst() {
    local round=$1 bench=$2 best=""
    shift 2
    for fn in "$@"; do
        local v
        v=$(value "$round" "$bench" "$fn")
        [ -n "$v" ] && best=$(awk -v a="${best:-$v}" -v b="$v" 'BEGIN { print (b > a ? b : a) }')
    done
    echo "$best"
}
# median of the arguments (empty when there are none).
median() {
    printf '%s\n' "$@" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.4f", a / b }'; }

declare -A figure
collect() { # KEY EXPR-PER-ROUND...: the median over rounds of what the function prints
    local key=$1 fn=$2 values=()
    for round in $(seq 1 "$rounds"); do values+=("$($fn "$round")"); done
    figure[$key]=$(median "${values[@]}")
}
parse_of() { value "$1" "$2" bareJsonParse; }
r_parse() { parse_of "$1" bench_core; }
r_load() { value "$1" bench_core load; }
r_load_ratio() { ratio "$(r_load "$1")" "$(parse_of "$1" bench_core)"; }
r_validate() { value "$1" bench_rules fullValidation; }
r_validate_ratio() { ratio "$(r_validate "$1")" "$(parse_of "$1" bench_rules)"; }
r_edit() { worst "$1" bench_rules updateAfterSetProperty updateAfterAddNode updateAfterConnect; }
r_edit_ratio() { ratio "$(r_edit "$1")" "$(parse_of "$1" bench_rules)"; }
r_editor() { worst "$1" bench_validation_controller setProperty addNode connect; }
r_editor_ratio() { ratio "$(r_editor "$1")" "$(parse_of "$1" bench_validation_controller)"; }
r_project36() { value "$1" bench_cost project36; }
r_project36_ratio() { ratio "$(r_project36 "$1")" "$(parse_of "$1" bench_cost)"; }
r_cost_edit() { worst "$1" bench_cost costAfterSetProperty costAfterAddNode; }
r_cost_edit_ratio() { ratio "$(r_cost_edit "$1")" "$(parse_of "$1" bench_cost)"; }
r_cost_editor() { worst "$1" bench_cost_editor "costAfterSetProperty" "costAfterAddNode"; }
r_scene() { value "$1" bench_canvas buildScene; }
r_frame() {
    local v=() tag
    v+=("$(value "$1" bench_canvas panFrameFitted)")
    for tag in "10% long edges" "all edges long (worst case)"; do
        v+=("$(value "$1" bench_canvas panFrameActualSize "$tag")")
    done
    printf '%s\n' "${v[@]}" | grep -v '^$' | sort -g | tail -n 1
}
r_route_all() { value "$1" bench_canvas routeAllEdges; }
r_reroute_move() { value "$1" bench_canvas rerouteAfterMove; }
r_drag_step() { value "$1" bench_canvas routeDuringDrag; }
r_startup() { value "$1" bench_startup startToFirstPaint; }
r_layout() { value "$1" bench_layout dotAtItsLimit; }
r_report() { value "$1" bench_report reportHtml; }
r_report_ratio() { ratio "$(r_report "$1")" "$(parse_of "$1" bench_report)"; }
r_rss() { awk -v b="$(value "$1" bench_canvas residentMemory)" 'BEGIN { if (b != "") printf "%.1f", b / 1048576 }'; }

collect parse_ms r_parse
collect load_ms r_load
collect validate_ms r_validate
collect validate_one_edit_ms r_edit
collect scene_build_ms r_scene
collect frame_ms r_frame
collect route_all_ms r_route_all
collect reroute_one_move_ms r_reroute_move
collect drag_step_routed_ms r_drag_step
collect startup_ms r_startup
collect rss_mb r_rss
collect layout_dot_limit_ms r_layout
collect report_ms r_report
collect report_ratio r_report_ratio
collect load_ratio r_load_ratio
collect validate_ratio r_validate_ratio
collect validate_one_edit_ratio r_edit_ratio
collect validate_one_edit_editor_ms r_editor
collect validate_one_edit_editor_ratio r_editor_ratio
collect project36_ms r_project36
collect project36_ratio r_project36_ratio
collect cost_one_edit_ms r_cost_edit
collect cost_one_edit_ratio r_cost_edit_ratio
collect cost_one_edit_editor_ms r_cost_editor

keys=(parse_ms load_ms validate_ms validate_one_edit_ms scene_build_ms frame_ms route_all_ms reroute_one_move_ms
      drag_step_routed_ms startup_ms rss_mb layout_dot_limit_ms report_ms report_ratio
      load_ratio validate_ratio validate_one_edit_ratio validate_one_edit_editor_ms validate_one_edit_editor_ratio
      project36_ms project36_ratio cost_one_edit_ms cost_one_edit_ratio cost_one_edit_editor_ms)
if [ "$json" = 1 ]; then
    sep=""
    printf '{'
    for k in "${keys[@]}"; do
        [ -n "${figure[$k]}" ] || continue
        printf '%s"%s": %s' "$sep" "$k" "${figure[$k]}"
        sep=", "
    done
    printf '%s"rounds": %s}\n' "$sep" "$rounds"
else
    echo "Medians of $rounds runs (ratios: to the bare parse of the same executable and run)"
    for k in "${keys[@]}"; do
        printf '  %-32s %s\n' "$k" "${figure[$k]:-n/a}"
    done
fi
