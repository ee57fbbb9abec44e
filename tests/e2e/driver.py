"""Drives the real Cloudwright window under X with xdotool, as a person would.

Positions come from the window itself (CLOUDWRIGHT_TEST_GEOMETRY), never from
hard-coded coordinates.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


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

    def wait_for(self, predicate, what, timeout=20.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise Failure("the program exited (code %s) while waiting for %s" % (self.proc.returncode, what))
            g = self.read_geometry()
            if g and predicate(g):
                self.geometry = g
                return g
            time.sleep(0.1)
        raise Failure("timed out waiting for " + what)

    def focus(self):
        # No window manager under Xvfb: set the input focus directly.
        self.xdotool("windowfocus", "--sync", self.window)

    def move(self, x, y):
        self.xdotool("mousemove", "--sync", str(int(x)), str(int(y)))

    def click(self, x, y):
        self.move(x, y)
        time.sleep(0.1)
        self.xdotool("click", "1")
        time.sleep(0.2)

    def drag(self, start, end, steps=12, pause=0.05):
        """Press, move in steps (Qt needs several moves to start a drag), release."""
        self.move(*start)
        time.sleep(0.15)
        self.xdotool("mousedown", "1")
        time.sleep(0.15)
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i / steps
            y = start[1] + (end[1] - start[1]) * i / steps
            self.move(x, y)
            time.sleep(pause)
        time.sleep(0.2)
        self.xdotool("mouseup", "1")
        time.sleep(0.3)

    def key(self, *keys):
        self.focus()
        self.xdotool("key", "--clearmodifiers", *keys)
        time.sleep(0.3)

    def type(self, text):
        self.xdotool("type", "--delay", "40", text)
        time.sleep(0.3)

    def quit(self):
        if self.proc.poll() is None:
            self.key("ctrl+q")
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
        print("PASS", test.__name__)
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
