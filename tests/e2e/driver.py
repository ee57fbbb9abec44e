"""Drives the real Cloudwright window under X with xdotool, as a person would.

Positions and state come from the window itself (CLOUDWRIGHT_TEST_GEOMETRY), never
from hard-coded coordinates, and every action waits for what the window shows:
either an expectation the caller names (`until=`, a predicate over the probe's JSON,
or REVISION for "the model changed"), or, when nothing should change, the probe's
idle tick: the driver presses the sync key and waits until the window says it has
handled everything sent before it.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

REVISION = "the revision changes"  # until=REVISION: wait for any change to the model
SYNC_KEY = "Pause"  # TestProbe::kSyncKey; the probe swallows it; in the default keymap
POLL = 0.02  # seconds between reads of the probe file
TIMEOUT = 20.0  # generous: the machines running this are often loaded


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def summary(g):
    """What the probe last said, without the long position tables."""
    if not g:
        return "nothing (no probe file yet)"
    brief = {k: v for k, v in g.items() if k not in ("palette", "nodes", "groups", "buttons")}
    brief["nodes"] = sorted(g.get("nodes") or {})
    return json.dumps(brief, sort_keys=True)


class App:
    def __init__(self, app_path, args, workdir, wait_for_window=True):
        self.app_path = app_path
        self.workdir = workdir
        self.geometry_path = os.path.join(workdir, "geometry.json")
        env = dict(os.environ)
        env.update({
            "HOME": workdir,  # settings and recent files stay out of the user's
            "XDG_CONFIG_HOME": os.path.join(workdir, "config"),
            "XDG_DATA_HOME": os.path.join(workdir, "data"),
            "XDG_RUNTIME_DIR": workdir,
            "CLOUDWRIGHT_TEST_GEOMETRY": self.geometry_path,
            "QT_QPA_PLATFORM": "xcb",
        })
        self.log = open(os.path.join(workdir, "app.log"), "w")
        self.proc = subprocess.Popen([app_path] + args, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.window = None
        self.geometry = {}
        if wait_for_window:
            self.geometry = self.wait_for(lambda g: g.get("nodes") is not None, "the window to show")
            self.find_window()

    def find_window(self):
        """The program's top window (the last one shown: a dialog if one is open)."""
        out = self.xdotool("search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid), capture=True)
        self.window = out.split()[-1]
        self.focus()

    # --- low level -------------------------------------------------------------
    def xdotool(self, *args, capture=False):
        result = subprocess.run(["xdotool"] + list(args), check=True, capture_output=True, text=True, timeout=30)
        return result.stdout if capture else None

    def read_geometry(self):
        try:
            with open(self.geometry_path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def wait_for(self, predicate, what, timeout=TIMEOUT):
        """Polls the probe until predicate(probe) holds; fails naming what was awaited."""
        deadline = time.monotonic() + timeout
        g = {}
        while True:
            if self.proc.poll() is not None:
                raise Failure("the program exited (code %s) while waiting for %s" % (self.proc.returncode, what))
            g = self.read_geometry() or g
            try:
                if g and predicate(g):
                    self.geometry = g
                    return g
            except (KeyError, TypeError, IndexError):
                pass  # a field the predicate reads is not there (yet): not satisfied
            if time.monotonic() >= deadline:
                raise Failure("timed out after %.0f s waiting for %s; the probe last said: %s"
                              % (timeout, what, summary(g)))
            time.sleep(POLL)

    def sync(self, after="the last input"):
        """The idle tick: presses the sync key and waits until the window has handled it,
        and so everything sent before it. The key goes to the focused window of the
        program; it cannot be used while a drag is under way (the drag takes keys)."""
        before = (self.read_geometry() or self.geometry).get("idle", 0)
        self.xdotool("key", SYNC_KEY)
        return self.wait_for(lambda g: g["idle"] > before, "the window to be idle after " + after)

    def expectation(self, until, what):
        """Before an action: the predicate to wait for after it, and its description.
        For REVISION that is the revision read once the window is idle, changed."""
        if until is REVISION:
            start = self.sync("the previous action")["revision"]
            return (lambda g: g["revision"] != start), what or "the model to change (from revision %d)" % start
        return until, what or "the expected state"

    def settle(self, after, until, what, timeout):
        """After an action: waits for the expectation, or for the idle tick without one."""
        if until is None:
            return self.sync(after)
        return self.wait_for(until, "%s after %s" % (what, after), timeout)

    def focus(self):
        # No window manager under Xvfb: set the input focus directly.
        self.xdotool("windowfocus", "--sync", self.window)

    def move(self, x, y):
        self.xdotool("mousemove", "--sync", str(int(x)), str(int(y)))

    # --- actions: each waits for `until`, or for the idle tick -----------------
    def click(self, x, y, until=None, what=None, timeout=TIMEOUT):
        until, what = self.expectation(until, what)
        self.move(x, y)
        self.xdotool("click", "1")
        return self.settle("a click at (%d, %d)" % (x, y), until, what, timeout)

    def drag(self, start, end, until=None, what=None, timeout=TIMEOUT, steps=8, dnd=False):
        """Press, move in steps, release; dnd=True when the drag carries data between
        widgets (a QDrag, as from the palette). Each step waits until the window has seen
        the pointer there (so X cannot merge the moves into one jump, and the item view
        sees the separate moves it needs to start a drag); once a QDrag runs, the window
        sees only where it can drop, so the end point is waited for before the release."""
        until, what = self.expectation(until, what)
        start = (int(start[0]), int(start[1]))
        end = (int(end[0]), int(end[1]))
        self.move(*start)
        self.xdotool("mousedown", "1")
        self.wait_for(lambda g: g["pointer"]["buttons"] & 1 and g["pointer"]["at"] == list(start),
                      "the press at %r to land" % (start,))
        points = [(int(start[0] + (end[0] - start[0]) * i / steps), int(start[1] + (end[1] - start[1]) * i / steps))
                  for i in range(1, steps + 1)]
        for p in sorted(set(points) - {start}, key=points.index):
            self.move(*p)
            self.wait_for(lambda g: g["pointer"]["at"] == list(p) or g["pointer"]["dnd"],
                          "the window to see the pointer at %r during a drag from %r" % (p, start))
        self.wait_for(lambda g: g["dragging"] and (g["pointer"]["dnd"] or not dnd) and g["pointer"]["at"] == list(end),
                      "a %s from %r under way and at %r" % ("drag and drop" if dnd else "drag", start, end))
        self.xdotool("mouseup", "1")
        if until is None:
            self.wait_for(lambda g: not g["dragging"], "the drag to end")
        return self.settle("a drag from %r to %r" % (start, end), until, what, timeout)

    def key(self, *keys, until=None, what=None, timeout=TIMEOUT, refocus=True):
        """Presses keys; refocus=False sends them to whichever of the program's windows
        has the focus (a dialog that took it), instead of the one found last."""
        until, what = self.expectation(until, what)
        if refocus:
            self.focus()
        self.xdotool("key", "--clearmodifiers", *keys)
        return self.settle("the keys %s" % " ".join(keys), until, what, timeout)

    def type(self, text, until=None, what=None, timeout=TIMEOUT):
        until, what = self.expectation(until, what)
        self.xdotool("type", text)
        # Every character first: a state the first few already give (a filter) must not pass for all.
        g = self.sync("typing %r" % text)
        return g if until is None else self.settle("typing %r" % text, until, what, timeout)

    def quit(self):
        if self.proc.poll() is None:
            self.focus()
            self.xdotool("key", "--clearmodifiers", "ctrl+q")
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                raise Failure("the program did not quit on Ctrl+Q")
        self.log.close()
        return self.proc.returncode

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def run(test, app_path, args, quit_at_end=True):
    workdir = tempfile.mkdtemp(prefix="cloudwright-e2e-")
    app = None
    started = time.monotonic()
    try:
        test_args = [a.replace("{workdir}", workdir) for a in args]
        setup = getattr(test, "setup", None)
        if setup:
            setup(workdir)
        app = App(app_path, test_args, workdir)
        test(app, workdir)
        if quit_at_end:
            code = app.quit()
            check(code == 0, "the program exited with code %s" % code)
        else:
            app.kill()
        print("PASS %s (%.1f s)" % (test.__name__, time.monotonic() - started))
        shutil.rmtree(workdir, ignore_errors=True)
        return True
    except (Failure, subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
        print("FAIL %s: %s" % (test.__name__, e))
        if app:
            subprocess.run(["/usr/bin/import", "-window", "root", os.path.join(workdir, "failure.png")])
            app.kill()
            with open(os.path.join(workdir, "app.log")) as f:
                sys.stdout.write(f.read())
        print("work folder kept:", workdir)
        return False
