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

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import App, check, run  # noqa: E402

PERIOD = 2  # seconds between autosaves for this test (the product's default is 30)


def autosaves(workdir):
    return glob.glob(os.path.join(workdir, "data", "**", "autosave", "*.cwa"), recursive=True)


def delete_users(app):
    """Selects the users node with a click and deletes it with the Delete key; returns
    how many nodes there were before."""
    g = app.geometry
    before = len(g["nodes"])
    app.click(*g["nodes"]["users"]["center"], until=lambda g: g["selection"] == ["users"],
              what="the users node to be selected")
    app.key("Delete", until=lambda g: len(g["nodes"]) == before - 1 and g["modified"], what="the deletion")
    return before


def wait_for_autosave(app, workdir):
    """Polls the autosave folder (written atomically) for a copy newer than the edit."""
    edited = time.time()
    deadline = edited + PERIOD * 4
    while not any(os.path.getmtime(f) >= edited - 0.5 for f in autosaves(workdir)):
        check(time.time() < deadline, "no autosave within %d s of the edit" % (PERIOD * 4))
        time.sleep(0.1)


def wait_for_recovery_dialog(app):
    """The recovery question shown on top, active, its default button holding the focus."""
    g = app.wait_for(lambda g: g["modal"]["name"] == "recoveryDialog" and g["modal"]["active"]
                     and g["modal"]["buttons"]["Recover"]["focus"], "the recovery dialog, shown and focused")
    check(g["modal"]["title"] == "Recover unsaved work", "the dialog says what it is: %r" % g["modal"]["title"])
    return g["modal"]


def kill_then_recover(app, workdir):
    before = delete_users(app)
    wait_for_autosave(app, workdir)
    os.kill(app.proc.pid, signal.SIGKILL)  # a crash: no chance to clean up
    app.proc.wait()
    check(autosaves(workdir), "the autosaved copy survives the kill")

    # Start again: the recovery question comes first; Return takes the default, Recover.
    os.remove(app.geometry_path)
    second = App(app.app_path, [], workdir, wait_for_window=False)
    try:
        wait_for_recovery_dialog(second)
        g = second.key("Return", refocus=False, until=lambda g: g["modal"] is None and len(g["nodes"]) == before - 1,
                       what="the dialog to close on the recovered diagram")
        check(g["modified"], "recovered work shows as unsaved")
        check("users" not in g["nodes"], "the deletion was recovered")
    finally:
        second.kill()


def declined_copy_is_gone(app, workdir):
    """After a decline, the next start asks nothing and opens the sample."""
    delete_users(app)
    wait_for_autosave(app, workdir)
    os.kill(app.proc.pid, signal.SIGKILL)
    app.proc.wait()
    os.remove(app.geometry_path)
    second = App(app.app_path, [], workdir, wait_for_window=False)
    try:
        dialog = wait_for_recovery_dialog(second)
        check("Discard" in dialog["buttons"], "the dialog offers to discard: %r" % list(dialog["buttons"]))
        g = second.click(*dialog["buttons"]["Discard"]["center"],
                         until=lambda g: g["modal"] is None and "users" in g["nodes"], what="the sample")
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
