#!/usr/bin/env python3
"""A person opens a diagram, presses Ctrl+Shift+L (Arrange > Tidy Up Diagram), and saves:
the layout is one step in the history, and the saved file holds the new layout.
"""
import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import check, run  # noqa: E402


def layout_of(doc):
    """Where every node and group is in a saved file: id -> (x, y)."""
    return {item["id"]: (item["layout"]["x"], item["layout"]["y"]) for item in doc["nodes"] + doc["groups"]}


def tidy_and_save(app, workdir):
    path = os.path.join(workdir, "product.cwa")
    with open(path) as f:
        original = json.load(f)
    g = app.geometry
    check(g["undoIndex"] == 0, "nothing in the history at the start: %s" % g["undoIndex"])

    # Nothing selected: the whole diagram is laid out, as one step in the history.
    g = app.key("ctrl+shift+l", until=lambda g: g["undoIndex"] == 1, what="Tidy Up to be one step in the history")
    check(g["modified"], "the diagram is modified after Tidy Up")

    g = app.key("ctrl+s", until=lambda g: not g["modified"], what="the save")
    with open(path) as f:
        saved = json.load(f)
    before, after = layout_of(original), layout_of(saved)
    check(set(before) == set(after), "the same nodes and groups: %r" % sorted(set(before) ^ set(after)))
    moved = [i for i in before if before[i] != after[i]]
    check(moved, "Tidy Up moved something: %r" % after)
    check(len(saved["edges"]) == len(original["edges"]), "every edge kept")
    for e in saved["edges"]:
        check(not e.get("layout", {}).get("points"), "no stale hand-shaped route stays: %r" % e)


def setup(workdir):
    shutil.copy(ARGS.sample, os.path.join(workdir, "product.cwa"))


tidy_and_save.setup = setup

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--sample", required=True)
    ARGS = parser.parse_args()
    ok = run(tidy_and_save, ARGS.app, ["{workdir}/product.cwa"])
    sys.exit(0 if ok else 1)
