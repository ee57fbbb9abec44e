#!/usr/bin/env python3
"""A person selects the prediction API, opens the Advisor tab, reads the recommendation,
presses Apply and saves: the node is replaced in one step of the history, keeps its
connections and group, and the saved file holds the new kind. --screenshot PATH also
takes a picture of the window with the Advisor showing (docs/images/advisor.png).
"""
import argparse
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import check, run  # noqa: E402

LOAD = 3000000  # requests a month set on the API: functions are the cheaper at this load


def edges_at(doc, node):
    return sorted(e["id"] for e in doc["edges"] if node in (e["from"], e["to"]))


def advise_apply_save(app, workdir):
    path = os.path.join(workdir, "product.cwa")
    with open(path) as f:
        original = json.load(f)
    api = next(n for n in original["nodes"] if n["id"] == "api")
    # The window as big as the screen (no window manager to maximise it).
    app.xdotool("windowmove", "--sync", app.window, "0", "0")
    app.xdotool("windowsize", "--sync", app.window, "1600", "1000")
    g = app.sync("resizing the window")
    check(g["undoIndex"] == 0, "nothing in the history at the start")

    x, y = g["nodes"]["api"]["center"]
    app.click(x, y, until=lambda g: g["selection"] == ["api"], what="the API to be selected")
    x, y = app.geometry["tabs"]["Advisor"]
    app.click(x, y, until=lambda g: "advisorApply" in g["buttons"], what="the Advisor's Apply button to show")
    g = app.sync("the Advisor's layout")  # where its buttons are once it is laid out
    apply = g["buttons"]["advisorApply"]
    check(apply["enabled"], "Apply is enabled for the API: %r" % apply)
    check("Serverless" in apply["text"], "serverless is recommended at %d requests a month: %r" % (LOAD, apply))
    check(not g["buttons"]["optionCard_containers/apply"]["enabled"], "the option the node already is cannot be applied")
    if ARGS.screenshot:
        left, top = g["canvas"][:2]
        app.move(left + 20, top + 20)  # an empty spot of the canvas: no tooltip in the picture
        g = app.sync("moving the pointer")
        subprocess.run(["/usr/bin/import", "-window", "root", ARGS.screenshot], check=True)

    x, y = apply["center"]
    g = app.click(x, y, until=lambda g: g["undoIndex"] == 1, what="Apply to be one step in the history")
    check(g["modified"], "the diagram is modified after Apply")
    check(g["selection"] == ["api"], "the API stays selected: %r" % g["selection"])
    g = app.key("ctrl+s", until=lambda g: not g["modified"], what="the save")
    with open(path) as f:
        saved = json.load(f)
    after = next(n for n in saved["nodes"] if n["id"] == "api")
    check(after["kind"] == "compute.function", "the saved API is a function: %r" % after)
    check(after.get("group") == api.get("group"), "the API stays in its subnet: %r" % after)
    check(edges_at(saved, "api") == edges_at(original, "api"), "the API keeps its connections")
    check(after["props"].get("requests_per_month") == LOAD, "the load is kept: %r" % after["props"])

    # Undo takes it back in one step; redo returns to what was saved.
    g = app.key("ctrl+z", until=lambda g: g["undoIndex"] == 0, what="the undo")
    check(g["modified"], "undone after the save: modified again")
    app.key("ctrl+shift+z", until=lambda g: g["undoIndex"] == 1 and not g["modified"], what="the redo")


def setup(workdir):
    with open(ARGS.sample) as f:
        doc = json.load(f)
    for n in doc["nodes"]:
        if n["id"] == "api":
            n.setdefault("props", {})["requests_per_month"] = LOAD
    with open(os.path.join(workdir, "product.cwa"), "w") as f:
        json.dump(doc, f, indent=1)


advise_apply_save.setup = setup

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--screenshot")
    ARGS = parser.parse_args()
    ok = run(advise_apply_save, ARGS.app, ["{workdir}/product.cwa"])
    sys.exit(0 if ok else 1)
