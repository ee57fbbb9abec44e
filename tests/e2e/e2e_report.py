#!/usr/bin/env python3
"""A person presses Ctrl+Shift+R (File > Export Report), sees the preview, presses Export…,
types a file name in the file dialog and presses Enter: the HTML report is written, with the
diagram's findings and cost, and the editor is back with nothing changed."""
import argparse
import os
import shutil
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import check, run  # noqa: E402


def windows_named(app, name):
    try:
        out = app.xdotool("search", "--all", "--onlyvisible", "--pid", str(app.proc.pid), "--name", name, capture=True)
    except Exception:  # xdotool exits 1 when nothing matches
        return []
    return out.split()


def wait(predicate, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    check(False, "timed out waiting for " + what)


def export_report(app, workdir):
    out = os.path.join(workdir, "out", "team-report.html")
    os.makedirs(os.path.dirname(out))
    check(not app.geometry["modified"], "nothing changed at the start")
    app.focus()
    app.xdotool("key", "--clearmodifiers", "ctrl+shift+r")
    dialog = wait(lambda: windows_named(app, "^Export Report —"), "the report preview")[-1]
    app.xdotool("windowfocus", "--sync", dialog)
    time.sleep(1.0)  # the preview paints its pages
    app.xdotool("key", "--clearmodifiers", "alt+e")
    chooser = wait(lambda: windows_named(app, "^Export Report$"), "the file dialog")[-1]
    app.xdotool("windowfocus", "--sync", chooser)
    time.sleep(0.5)
    app.xdotool("key", "--clearmodifiers", "ctrl+a")
    app.xdotool("type", out)
    app.xdotool("key", "Return")
    wait(lambda: os.path.exists(out) and os.path.getsize(out) > 10000, "the report file")
    wait(lambda: not windows_named(app, "^Export Report"), "the dialogs to close")
    with open(out, encoding="utf-8") as f:
        html = f.read()
    for text in ("Improvement plan", "<svg", "missing-secrets", "$219.26"):
        check(text in html, "the report holds %r" % text)
    g = app.sync("the export")
    check(not g["modified"], "exporting a report changes nothing in the diagram")


def setup(workdir):
    shutil.copy(ARGS.sample, os.path.join(workdir, "product.cwa"))


export_report.setup = setup

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--sample", required=True)
    ARGS = parser.parse_args()
    ok = run(export_report, ARGS.app, ["{workdir}/product.cwa"])
    sys.exit(0 if ok else 1)
