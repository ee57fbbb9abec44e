#!/usr/bin/env python3
"""Checks resources/schema/exercise-1.schema.json and lesson-1.schema.json (CTest: schema_check_teach).

  check_teach_schemas.py RESOURCES_DIR

1. Both are valid JSON Schemas (draft 2020-12).
2. They accept every bundled exercise (resources/exercises) and lesson (resources/lessons).
3. They reject files the readers refuse for their shape (built-in cases below).
4. The .cwa schema accepts a diagram carrying a "lesson" and rejects one whose lesson names a diagram.

Needs the jsonschema module (Debian: python3-jsonschema).
"""

import copy
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("check_teach_schemas.py: the Python module jsonschema is missing; install python3-jsonschema",
          file=sys.stderr)
    sys.exit(1)

failures = []


def validator(path):
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def expect(v, doc, ok, what):
    errors = list(v.iter_errors(doc))
    if ok and errors:
        failures.append(f"{what}: rejected: {errors[0].message}")
    elif not ok and not errors:
        failures.append(f"{what}: accepted, but the reader refuses it")


def main():
    resources = Path(sys.argv[1])
    exercise = validator(resources / "schema" / "exercise-1.schema.json")
    lesson = validator(resources / "schema" / "lesson-1.schema.json")
    cwa = validator(resources / "schema" / "cwa-1.schema.json")

    exercises = sorted((resources / "exercises").glob("*.json"))
    lessons = sorted((resources / "lessons").glob("*.json"))
    if not exercises or not lessons:
        failures.append("no bundled exercises or lessons found")
    for f in exercises:
        expect(exercise, json.loads(f.read_text()), True, f.name)
    for f in lessons:
        expect(lesson, json.loads(f.read_text()), True, f.name)

    good = json.loads(exercises[0].read_text())
    bad_cases = {
        "no conditions": lambda d: d.pop("conditions"),
        "empty conditions": lambda d: d.update(conditions=[]),
        "unknown condition": lambda d: d.update(conditions=[{"hasNode": "x"}]),
        "two conditions in one": lambda d: d.update(conditions=[{"noFinding": "a", "finding": "b"}]),
        "min 0": lambda d: d.update(conditions=[{"hasKind": "compute.vm", "min": 0}]),
        "min on noFinding": lambda d: d.update(conditions=[{"noFinding": "missing-iam", "min": 2}]),
        "negative cost": lambda d: d.update(conditions=[{"monthlyCostBelow": -1}]),
        "edge kind": lambda d: d.update(conditions=[{"connected": {"from": "a.b", "to": "c.d", "edge": "http"}}]),
        "newer version": lambda d: d.update(formatVersion=2),
        "a diagram": lambda d: d.update(format="cloudwright"),
    }
    for name, change in bad_cases.items():
        doc = copy.deepcopy(good)
        change(doc)
        expect(exercise, doc, False, f"exercise: {name}")

    good = json.loads(lessons[0].read_text())
    bad_lessons = {
        "no steps": lambda d: d.pop("steps"),
        "no diagram": lambda d: d.pop("diagram"),
        "misspelt step key": lambda d: d["steps"][0].update(hightlight=["x"]),
        "one choice": lambda d: next(s for s in d["steps"] if "quiz" in s)["quiz"][0].update(choices=["only"]),
        "flow of one": lambda d: d["steps"][0].update(flow=["users"]),
    }
    for name, change in bad_lessons.items():
        doc = copy.deepcopy(good)
        change(doc)
        expect(lesson, doc, False, f"lesson: {name}")

    body = {k: v for k, v in good.items() if k in ("id", "title", "summary", "steps")}
    diagram = json.loads((resources / "templates" / "01-typical-ml-product.cwa").read_text())
    diagram["lesson"] = body
    expect(cwa, diagram, True, ".cwa with a lesson")
    diagram["lesson"] = dict(body, diagram="01-typical-ml-product")
    expect(cwa, diagram, False, ".cwa whose lesson names a diagram")

    for f in failures:
        print(f"FAIL {f}")
    print(f"{len(failures)} failures" if failures else "teach schemas ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
