#!/usr/bin/env bash
# Bash completes cloudwright's commands, options and files as a user types them.
#   check_completion.sh COMPLETION_FILE
set -euo pipefail
source /usr/share/bash-completion/bash_completion
source "$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
touch a.cwa b.png notes.txt task.json

complete_line() { # the words typed; the last is completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _cloudwright cloudwright "${COMP_WORDS[$COMP_CWORD]}" "${COMP_WORDS[$((COMP_CWORD - 1))]}"
    [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() { # what, got, wanted
    [ "$2" = "$3" ] || { echo "completing $1: got '$2', wanted '$3'" >&2; exit 1; }
}
expect "cloudwright e" "$(complete_line cloudwright e)" "export "
expect "cloudwright re" "$(complete_line cloudwright re)" "render report "
expect "cloudwright ''" "$(complete_line cloudwright '')" "a.cwa advise check cost diff export import layout render report validate "
expect "cloudwright render a.cwa --s" "$(complete_line cloudwright render a.cwa --s)" "--scale "
expect "cloudwright render a.cwa -o ''" "$(complete_line cloudwright render a.cwa -o '')" "b.png "
expect "cloudwright validate ''" "$(complete_line cloudwright validate '')" "a.cwa "
expect "cloudwright cost a.cwa --months ''" "$(complete_line cloudwright cost a.cwa --months '')" ""
expect "cloudwright check a.cwa --exercise ''" "$(complete_line cloudwright check a.cwa --exercise '')" "task.json "
echo "bash completes cloudwright's commands, options and files"
