#!/usr/bin/env python3
"""kill -9 while editing loses at most the last autosave period: a person deletes a node,
the program is killed after the next autosave, and on the next start it offers the work
back; recovering it shows the deletion as an unsaved change.
"""
import argparse
import glob
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import App, check, run  # noqa: E402

PERIOD = 2  # seconds between autosaves for this test (the product's default is 30)


def autosaves(workdir):
    return glob.glob(os.path.join(workdir, "data", "**", "autosave", "*.cwa"), recursive=True)


def kill_then_recover(app, workdir):
    g = app.geometry
    before = len(g["nodes"])
    # Delete the users node: select it, press Delete.
    app.click(*g["nodes"]["users"]["center"])
    app.key("Delete")
    g = app.wait_for(lambda g: len(g["nodes"]) == before - 1 and g["modified"], "the deletion")
    edited = time.time()
    deadline = edited + PERIOD * 4
    while not any(os.path.getmtime(f) >= edited - 0.5 for f in autosaves(workdir)):
        check(time.time() < deadline, "no autosave within %d s of the edit" % (PERIOD * 4))
        time.sleep(0.2)
    time.sleep(0.3)
    os.kill(app.proc.pid, signal.SIGKILL)  # a crash: no chance to clean up
    app.proc.wait()
    check(autosaves(workdir), "the autosaved copy survives the kill")

    # Start again: the recovery question comes first; Return takes the default, Recover.
    os.remove(app.geometry_path)
    second = App(app.app_path, [], workdir, wait_for_window=False)
    try:
        time.sleep(1.5)
        second.find_window()
        second.xdotool("key", "--clearmodifiers", "Return")
        g = second.wait_for(lambda g: g.get("nodes") is not None and len(g["nodes"]) == before - 1,
                            "the recovered diagram")
        check(g["modified"], "recovered work shows as unsaved")
        check("users" not in g["nodes"], "the deletion was recovered")
    finally:
        second.kill()


def declined_copy_is_gone(app, workdir):
    """After a decline, the next start asks nothing and opens the sample."""
    g = app.geometry
    app.click(*g["nodes"]["users"]["center"])
    app.key("Delete")
    app.wait_for(lambda g: g["modified"], "the deletion")
    edited = time.time()
    while not any(os.path.getmtime(f) >= edited - 0.5 for f in autosaves(workdir)):
        check(time.time() < edited + PERIOD * 4, "no autosave")
        time.sleep(0.2)
    os.kill(app.proc.pid, signal.SIGKILL)
    app.proc.wait()
    os.remove(app.geometry_path)
    second = App(app.app_path, [], workdir, wait_for_window=False)
    try:
        time.sleep(1.5)
        second.find_window()
        second.xdotool("key", "--clearmodifiers", "alt+d")  # Discard
        g = second.wait_for(lambda g: g.get("nodes") is not None and "users" in g["nodes"], "the sample")
        check(not g["modified"], "a declined copy leaves nothing unsaved")
        check(not autosaves(workdir), "a declined copy is deleted")
    finally:
        second.kill()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    args = parser.parse_args()
    os.environ["CLOUDWRIGHT_AUTOSAVE_SECONDS"] = str(PERIOD)
    ok = run(kill_then_recover, args.app, [], quit_at_end=False)
    ok = run(declined_copy_is_gone, args.app, [], quit_at_end=False) and ok
    sys.exit(0 if ok else 1)
