#!/usr/bin/env bash
# The program makes no network connection: run the editor (on the sample, with the
# autosave and validation running) and the command line under strace, and fail if any
# process of it opens an internet socket. Local (Unix) sockets to the X server are fine.
set -euo pipefail
app="$1"
sample="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_RUNTIME_DIR="$work" CLOUDWRIGHT_EXIT_AFTER_FIRST_PAINT=1 CLOUDWRIGHT_AUTOSAVE_SECONDS=1
# LeakSanitizer cannot work under ptrace; the sanitizer build checks leaks in the other tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

strace -f -qq -e trace=socket,connect -o "$work/gui.trace" "$app" "$sample" >/dev/null 2>&1
strace -f -qq -e trace=socket,connect -o "$work/cli.trace" "$app" validate --json "$sample" >/dev/null 2>&1 || true

for trace in "$work/gui.trace" "$work/cli.trace"; do
    [ -s "$trace" ] || [ "$trace" = "$work/cli.trace" ] || { echo "FAIL: strace recorded nothing for the editor"; exit 1; }
    if grep -E 'AF_INET6?|AF_PACKET|AF_NETLINK.*NETLINK_ROUTE' "$trace"; then
        echo "FAIL: $(basename "$trace" .trace): the program opened a network socket (above)"
        exit 1
    fi
done
grep -q 'AF_UNIX' "$work/gui.trace" || { echo "FAIL: the editor did not even talk to the X server?"; exit 1; }
echo "PASS: no internet socket in $(grep -c . "$work/gui.trace") socket calls of the editor and $(grep -c . "$work/cli.trace" || true) of the command line"
