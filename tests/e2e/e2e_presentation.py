#!/usr/bin/env python3
"""A teacher opens a diagram that carries its lesson (the bundled "five pitfalls" lesson
inside the typical ML product template), presses F5, steps with Page Down and Right and
back with Page Up as a presentation clicker would, deletes a card during the presentation
(click, Delete), leaves with Esc and saves with Ctrl+S: the lesson steps and what each
shows come from the window itself, the edit is one history entry, and the saved file lacks
the card and keeps its lesson. --screenshot PATH also takes a picture of a step in
presentation mode (docs/images/presentation.png).
"""
import argparse
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import check, run  # noqa: E402


def shown(g):
    return sorted(g["visibleNodes"])


def at_step(step):
    return lambda g: g["lesson"] is not None and g["lesson"]["step"] == step


def present_edit_save(app, workdir):
    path = os.path.join(workdir, "lesson.cwa")
    lesson = LESSON
    g = app.wait_for(at_step(0), "the embedded lesson to start at step 1")
    check(g["lesson"]["steps"] == len(lesson["steps"]), "the lesson's steps: %r" % g["lesson"])
    check(shown(g) == sorted(lesson["steps"][0]["reveal"]), "step 1 shows what it reveals: %r" % shown(g))
    check(not g["presenting"], "not presenting yet")

    g = app.key("F5", until=lambda g: g["presenting"] and g["fullScreen"], what="presentation mode")
    g = app.key("Next", until=at_step(1), what="Page Down to go to step 2")  # xdotool's name for Page Down
    revealed = sorted(lesson["steps"][0]["reveal"] + lesson["steps"][1]["reveal"])
    g = app.wait_for(lambda g: shown(g) == revealed, "step 2 to show what steps 1 and 2 reveal")
    g = app.key("Right", until=at_step(2), what="Right to go to step 3")
    check("train" in shown(g), "step 3 shows the training job: %r" % shown(g))
    g = app.key("Prior", until=at_step(1), what="Page Up to go back to step 2")
    g = app.wait_for(lambda g: "train" not in shown(g), "back at step 2, the training job hidden again")
    if ARGS.screenshot:
        left, top = g["canvas"][:2]
        app.move(left + 5, top + 5)
        app.sync("moving the pointer away")
        subprocess.run(["/usr/bin/import", "-window", "root", ARGS.screenshot], check=True)

    # An edit during the presentation: click the analytical store, Delete.
    x, y = g["nodes"]["data"]["center"]
    app.click(x, y, until=lambda g: g["selection"] == ["data"], what="the data lake to be selected")
    g = app.key("Delete", until=lambda g: "data" not in g["nodes"], what="the data lake to be deleted")
    check(g["presenting"] and g["undoIndex"] == 1, "one history entry, still presenting: %r" % g["undoIndex"])
    check(g["lesson"]["step"] == 1, "deleting did not step")
    # With nothing selected, the arrows step again.
    g = app.key("Right", until=at_step(2), what="Right after the edit")

    g = app.key("Escape", until=lambda g: not g["presenting"] and not g["fullScreen"], what="leaving presentation")
    check(g["lesson"]["step"] == 2, "the lesson stays at its step after Esc")
    g = app.key("ctrl+s", until=lambda g: not g["modified"], what="the save")
    with open(path) as f:
        saved = json.load(f)
    ids = [n["id"] for n in saved["nodes"]]
    check("data" not in ids and "db" in ids, "the saved file lacks the deleted card only: %r" % ids)
    check(all("data" not in (e["from"], e["to"]) for e in saved["edges"]), "its edges went with it")
    check(saved.get("lesson", {}).get("id") == lesson["id"], "the file keeps its lesson")
    check(len(saved["nodes"]) == len(TEMPLATE["nodes"]) - 1, "one card fewer than the template")


def setup(workdir):
    doc = dict(TEMPLATE)
    doc["lesson"] = LESSON
    with open(os.path.join(workdir, "lesson.cwa"), "w") as f:
        json.dump(doc, f, indent=1)


present_edit_save.setup = setup

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--resources", required=True, help="the source tree's resources folder")
    parser.add_argument("--screenshot")
    ARGS = parser.parse_args()
    with open(os.path.join(ARGS.resources, "templates", "01-typical-ml-product.cwa")) as f:
        TEMPLATE = json.load(f)
    with open(os.path.join(ARGS.resources, "lessons", "05-five-pitfalls.json")) as f:
        LESSON = {k: v for k, v in json.load(f).items() if k not in ("format", "formatVersion", "diagram")}
    ok = run(present_edit_save, ARGS.app, ["{workdir}/lesson.cwa"])
    sys.exit(0 if ok else 1)
