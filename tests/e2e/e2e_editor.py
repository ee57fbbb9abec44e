#!/usr/bin/env python3
"""A person builds on the sample: drags two services from the palette (one into a
subnet), connects them, undoes and redoes, saves with Ctrl+S; the saved file holds it.
"""
import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import REVISION, check, run  # noqa: E402


def inside(point, rect, margin=0):
    x, y, w, h = rect
    return x + margin <= point[0] <= x + w - margin and y + margin <= point[1] <= y + h - margin


def free_canvas_point(g):
    """A point on the bare canvas: in the viewport, in no group and on no node."""
    cx, cy, cw, ch = g["canvas"]
    taken = [grp["rect"] for grp in g["groups"].values()]
    for fy in (0.12, 0.88, 0.5, 0.3, 0.7):
        for fx in (0.1, 0.2, 0.3, 0.9):
            p = (cx + cw * fx, cy + ch * fy)
            clear_of_groups = not any(inside(p, (x - 80, y - 50, w + 160, h + 100)) for x, y, w, h in taken)
            clear_of_nodes = all(abs(p[0] - n["center"][0]) > 160 or abs(p[1] - n["center"][1]) > 70
                                 for n in g["nodes"].values())
            if clear_of_groups and clear_of_nodes:
                return p
    check(False, "no free spot on the canvas in %r" % g)


def build_and_save(app, workdir):
    path = os.path.join(workdir, "product.cwa")
    g = app.geometry
    check(g["title"].startswith("product.cwa —"), "title shows the file, unmodified: %r" % g["title"])
    before = set(g["nodes"])

    # 1. Find EC2 with the search field, drag it onto the bare canvas.
    app.click(*g["search"], until=lambda g: g["focus"]["class"] == "QLineEdit", what="the search field to take the focus")
    g = app.type("EC2", until=lambda g: "node:compute.vm" in g["palette"] and len(g["palette"]) <= 3,
                 what="the palette to filter")
    g = app.drag(g["palette"]["node:compute.vm"], free_canvas_point(g), dnd=True,
                 until=lambda g: len(g["nodes"]) == len(before) + 1, what="the first node to be added")
    vm = (set(g["nodes"]) - before).pop()
    check(g["modified"], "the diagram is modified after a drop")
    check(g["title"].startswith("product.cwa*"), "the title marks the change: %r" % g["title"])
    check(g["undoIndex"] == 1 and not g["undoClean"], "the drop is one step in the history: %s" % g["undoIndex"])

    # 2. Drag RDS into the private subnet, into its empty lower right part.
    app.click(*g["search"], until=lambda g: g["focus"]["class"] == "QLineEdit", what="the search field to take the focus")
    app.key("ctrl+a")
    g = app.type("RDS", until=lambda g: "node:database.sql" in g["palette"], what="RDS in the palette")
    x, y, w, h = g["groups"]["private"]["rect"]
    target = (x + w * 0.72, y + h * 0.82)
    g = app.drag(g["palette"]["node:database.sql"], target, dnd=True,
                 until=lambda g: len(g["nodes"]) == len(before) + 2, what="the second node to be added")
    db = (set(g["nodes"]) - before - {vm}).pop()

    # 3. Connect them: from the VM's handle to the database.
    g = app.drag(g["nodes"][vm]["handle"], g["nodes"][db]["center"],
                 until=lambda g: g["undoIndex"] == 3, what="the connection (3 steps in the history)")
    connected = g["revision"]

    # 4. Undo the connection, redo it: each changes the model once more.
    g = app.key("ctrl+z", until=lambda g: g["undoIndex"] == 2, what="undo")
    check(g["revision"] > connected, "undo changes the model: revision %d after %d" % (g["revision"], connected))
    g = app.key("ctrl+shift+z", until=REVISION)
    check(g["undoIndex"] == 3, "redo restores the connection: %s steps" % g["undoIndex"])

    # 5. Save with Ctrl+S and read the file back.
    g = app.key("ctrl+s", until=lambda g: not g["modified"], what="the save")
    check(g["undoClean"] and g["title"].startswith("product.cwa —"), "saved: clean, the title unmarked: %r" % g["title"])
    with open(path) as f:
        saved = json.load(f)
    check(saved["format"] == "cloudwright" and saved["formatVersion"] == 1, "a .cwa v1 file")
    nodes = {n["id"]: n for n in saved["nodes"]}
    check(nodes[vm]["kind"] == "compute.vm", "the first drop is a VM")
    check(nodes[vm]["group"] is None, "the VM sits on the bare canvas: %r" % nodes[vm]["group"])
    check(nodes[db]["kind"] == "database.sql", "the second drop is a SQL database")
    check(nodes[db]["group"] == "private", "the database sits in the private subnet: %r" % nodes[db]["group"])
    check(nodes[db]["name"] == "RDS", "named after the AWS service: %r" % nodes[db]["name"])
    edges = [e for e in saved["edges"] if e["from"] == vm and e["to"] == db]
    check(len(edges) == 1, "one edge from the VM to the database: %r" % saved["edges"])
    check(edges[0]["kind"] == "data", "a VM to a database moves data: %r" % edges[0]["kind"])
    check(len(saved["nodes"]) == 10 and len(saved["edges"]) == 9, "nothing else changed")
    for n in saved["nodes"]:
        check("layout" in n and "x" in n["layout"], "every node keeps its layout")


def setup(workdir):
    shutil.copy(ARGS.sample, os.path.join(workdir, "product.cwa"))


build_and_save.setup = setup

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--sample", required=True)
    ARGS = parser.parse_args()
    ok = run(build_and_save, ARGS.app, ["{workdir}/product.cwa"])
    sys.exit(0 if ok else 1)
