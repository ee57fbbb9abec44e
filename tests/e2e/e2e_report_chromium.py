#!/usr/bin/env python3
"""The HTML report as a reader sees it: write it with the real binary, open it in headless
Chromium at desktop and at phone width, take a screenshot of each, and fail on any console
message (errors, uncaught exceptions) or any network request the page makes."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

WIDTHS = {"desktop": (1280, 2400), "phone": (390, 2400)}


def page_requests(netlog_path):
    """URLs the page itself asked for (the browser's own background traffic left out:
    only requests whose network isolation key is the report's file:// origin)."""
    with open(netlog_path, encoding="utf-8") as f:
        log = json.load(f)
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log.get("events", []):
        params = event.get("params", {})
        if event.get("type") != start or "url" not in params:
            continue
        if not params.get("network_isolation_key", "").startswith("file://"):
            continue
        if params["url"].startswith(("file:", "data:")):
            continue
        urls.append(params["url"])
    return urls


def colours(png):
    out = subprocess.run(["identify", "-format", "%k", png], capture_output=True, text=True, check=True)
    return int(out.stdout.strip() or 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--file", required=True, help="the .cwa to report on")
    ap.add_argument("--keep", help="copy the screenshots here (report-desktop.png, report-phone.png)")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("FAIL: chromium is not installed (packaging/install-deps.sh installs it)")
        return 1
    work = tempfile.mkdtemp(prefix="cw-report-")
    html = os.path.join(work, "report.html")
    env = dict(os.environ, HOME=work)
    env.pop("DISPLAY", None)
    run = subprocess.run([args.app, "report", args.file, "-o", html], capture_output=True, text=True, env=env)
    if run.returncode != 0 or not os.path.exists(html):
        print(f"FAIL: cloudwright report exited {run.returncode}: {run.stderr.strip()}")
        return 1
    failures = []
    for name, (width, height) in WIDTHS.items():
        shot = os.path.join(work, f"report-{name}.png")
        netlog = os.path.join(work, f"net-{name}.json")
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/profile-{name}",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--disable-default-apps", "--enable-logging=stderr", "--v=0",
               f"--log-net-log={netlog}", f"--window-size={width},{height}", f"--screenshot={shot}",
               "file://" + html]
        browser = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
        console = [line for line in browser.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
        if console:
            failures.append(f"{name}: console messages:\n  " + "\n  ".join(console))
        requests = page_requests(netlog)
        if requests:
            failures.append(f"{name}: the page made network requests: {requests}")
        if not os.path.exists(shot):
            failures.append(f"{name}: no screenshot ({browser.returncode}): {browser.stderr[-400:]}")
            continue
        # A blank page (all white) has one or two colours; a drawn report has hundreds.
        if colours(shot) < 50:
            failures.append(f"{name}: the screenshot looks blank ({colours(shot)} colours)")
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            shutil.copy(shot, os.path.join(args.keep, f"report-{name}.png"))
    if failures:
        print("FAIL:\n" + "\n".join(failures))
        return 1
    print(f"PASS: the report opened in Chromium at {', '.join(WIDTHS)} width with no console message "
          "and no network request")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
