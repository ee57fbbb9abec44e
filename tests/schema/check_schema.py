#!/usr/bin/env python3
"""Checks resources/schema/cwa-1.schema.json (registered with CTest as schema_check).

  check_schema.py SCHEMA SAMPLE GOLDEN_DIR [--catalog CATALOG]

1. SCHEMA is a valid JSON Schema (draft 2020-12).
2. Its generated definitions (node, group and edge kinds; the property table) match
   the catalog, so a catalog edit without regenerating fails here. CATALOG defaults
   to catalog/catalog.json next to the schema's folder.
3. It accepts SAMPLE and every format-version-1 .cwa file under GOLDEN_DIR (the
   folder may not exist yet).
4. It accepts files that use the format's freedoms and rejects files the reader
   refuses (built-in cases below).

Needs the jsonschema module (Debian: python3-jsonschema).
"""

import argparse
import copy
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("check_schema.py: the Python module jsonschema is missing; install python3-jsonschema "
          "(apt-get install python3-jsonschema) or pip install jsonschema", file=sys.stderr)
    sys.exit(1)

failures = []


def fail(text):
    failures.append(text)
    print(f"FAIL {text}")


def first_error(validator, doc):
    error = next(iter(sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))), None)
    if error is None:
        return None
    place = "/".join(str(p) for p in error.absolute_path) or "(top)"
    return f"{place}: {error.message}"


# ---------------------------------------------------------------- catalog drift

def expected_property(p):
    """What the schema must say about one catalog property (Catalog::checkValue's rules)."""
    types = {"int": "integer", "number": "number", "bool": "boolean", "string": "string", "enum": "string"}
    out = {"type": types[p["type"]]}
    if p["type"] == "enum":
        out["enum"] = p.get("values", [])
    if p["type"] in ("int", "number"):
        if p.get("min") is not None:
            out["minimum"] = p["min"]
        if p.get("max") is not None:
            out["maximum"] = p["max"]
    return out


def check_catalog(schema, catalog):
    before = len(failures)
    defs = schema.get("$defs", {})

    def enum_of(name):
        return defs.get(name, {}).get("enum")

    for name, expected in (("provider", [p["id"] for p in catalog["providers"]]),
                           ("nodeKind", [k["kind"] for k in catalog["kinds"]]),
                           ("groupKind", [g["kind"] for g in catalog["groupKinds"]]),
                           ("edgeKind", [e["kind"] for e in catalog["edgeKinds"]])):
        have = enum_of(name) or []
        if have != expected:
            missing = [k for k in expected if k not in have]
            extra = [k for k in have if k not in expected]
            detail = (f"missing {missing}, not in the catalog {extra}" if missing or extra
                      else "same values in another order")
            fail(f"$defs/{name} does not match the catalog ({detail}); run python3 docs/tools/gen_format_tables.py")

    props = defs.get("props", {}).get("properties", {})
    if list(props) != list(catalog["properties"]):
        fail(f"$defs/props lists {list(props)}, the catalog {list(catalog['properties'])}")
    for key, p in catalog["properties"].items():
        if key not in props:
            continue
        want = expected_property(p)
        have = {k: props[key][k] for k in ("type", "enum", "minimum", "maximum") if k in props[key]}
        if have != want:
            fail(f"$defs/props/{key} is {have}, the catalog says {want}; run python3 docs/tools/gen_format_tables.py")
    if defs.get("props", {}).get("additionalProperties", True) is not True:
        fail("$defs/props must allow unknown property keys")
    if len(failures) == before:
        print("ok   the schema's kinds and properties match the catalog")


# ---------------------------------------------------------------- built-in cases

BASE = {
    "format": "cloudwright",
    "formatVersion": 1,
    "meta": {"title": "t", "provider": "aws", "region": "us-east-1", "reliability": "standard", "currency": "USD"},
    "groups": [
        {"id": "vpc", "kind": "vpc", "name": "VPC", "parent": None, "layout": {"x": 0, "y": 0, "w": 900, "h": 500}},
        {"id": "pub", "kind": "subnet", "name": "Public", "parent": "vpc", "props": {"public": True}},
    ],
    "nodes": [
        {"id": "lb", "kind": "network.load_balancer", "name": "LB", "group": "pub", "layout": {"x": 120, "y": 80}},
        {"id": "api", "kind": "compute.vm", "name": "API", "group": "pub",
         "props": {"instance_type": "m5.large", "count": 2, "pricing": "on_demand"},
         "suppress": [{"rule": "missing-iam", "reason": "managed elsewhere"}]},
    ],
    "edges": [{"id": "e1", "from": "lb", "to": "api", "kind": "request", "label": "HTTPS"}],
}


SCENARIO = {"name": "On VMs", "savedAt": "2026-12-02", "months": 2, "complete": True, "monthly": [140.16, 140.16],
            "nodes": [{"id": "api", "name": "API", "kind": "compute.vm", "status": "priced", "monthly": 140.16},
                      {"id": "gone", "name": "Cache", "kind": "database.cache", "status": "unpriced", "monthly": None}]}


def variant(change):
    doc = copy.deepcopy(BASE)
    change(doc)
    return doc


def setter(*path_and_value):
    *path, value = path_and_value

    def change(doc):
        target = doc
        for p in path[:-1]:
            target = target[p]
        target[path[-1]] = value
    return change


def deleter(*path):
    def change(doc):
        target = doc
        for p in path[:-1]:
            target = target[p]
        del target[path[-1]]
    return change


def unknown_everywhere(doc):
    doc["x-tool"] = {"v": 1}
    doc["meta"]["owner"] = "ml-team"
    doc["groups"][0]["color"] = "#fff"
    doc["groups"][0]["layout"]["collapsed"] = True
    doc["nodes"][0]["tags"] = ["a"]
    doc["nodes"][0]["layout"]["z"] = 3
    doc["nodes"][1]["props"]["colour"] = [1, 2]
    doc["nodes"][1]["suppress"][0]["until"] = "2030-01-01"
    doc["edges"][0]["style"] = "dashed"


GOOD = [
    ("the base document", lambda d: None),
    ("unknown fields at every level", unknown_everywhere),
    ("only the header", lambda d: [d.pop(k) for k in ("meta", "groups", "nodes", "edges")]),
    ("null lists", lambda d: d.update(groups=None, nodes=None, edges=None)),
    ("empty meta", setter("meta", {})),
    ("layout null", setter("nodes", 0, "layout", None)),
    ("group layout without size", setter("groups", 0, "layout", {"x": 0, "y": 0})),
    ("group layout with size only", setter("groups", 0, "layout", {"w": 10, "h": 10})),
    ("node provider null", setter("nodes", 0, "provider", None)),
    ("node provider override", setter("nodes", 0, "provider", "gcp")),
    ("group null", setter("nodes", 0, "group", None)),
    ("edge without kind", deleter("edges", 0, "kind")),
    ("edge to a group", setter("edges", 0, "to", "pub")),
    ("suppress without reason", setter("nodes", 1, "suppress", [{"rule": "missing-iam"}])),
    ("whole number written 2.0", setter("nodes", 1, "props", "count", 2.0)),
    ("coordinate at the limit", setter("nodes", 0, "layout", {"x": -1e9, "y": 1e9})),
    ("property of another kind, valid", setter("nodes", 1, "props", "stage", "prod")),
    ("a kept scenario", setter("scenarios", [SCENARIO])),
    ("a scenario with unknown keys", setter("scenarios", [dict(SCENARIO, author={"who": "ana"})])),
    ("scenarios null", setter("scenarios", None)),
    ("card size", setter("nodes", 0, "layout", {"x": 0, "y": 0, "w": 240, "h": 72})),
    ("edge route", setter("edges", 0, "layout", {"points": [[0, 0], [40, 0], [40, 80]], "style": "orthogonal"})),
    ("straight edge", setter("edges", 0, "layout", {"style": "straight"})),
    ("edge layout null", setter("edges", 0, "layout", None)),
]

BAD = [
    ("top level not an object", lambda d: None, ["not", "an", "object"]),
    ("format missing", deleter("format"), None),
    ("wrong format", setter("format", "drawio"), None),
    ("formatVersion missing", deleter("formatVersion"), None),
    ("newer formatVersion", setter("formatVersion", 2), None),
    ("formatVersion a string", setter("formatVersion", "1"), None),
    ("meta null", setter("meta", None), None),
    ("unknown meta provider", setter("meta", "provider", "oracle"), None),
    ("bad reliability", setter("meta", "reliability", "high"), None),
    ("nodes an object", setter("nodes", {}), None),
    ("node without id", deleter("nodes", 0, "id"), None),
    ("empty id", setter("nodes", 0, "id", ""), None),
    ("node without kind", deleter("nodes", 0, "kind"), None),
    ("unknown node kind", setter("nodes", 0, "kind", "compute.mainframe"), None),
    ("unknown group kind", setter("groups", 0, "kind", "cluster"), None),
    ("group without kind", deleter("groups", 0, "kind"), None),
    ("unknown edge kind", setter("edges", 0, "kind", "sync"), None),
    ("edge without from", deleter("edges", 0, "from"), None),
    ("edge with empty to", setter("edges", 0, "to", ""), None),
    ("label not a string", setter("edges", 0, "label", 3), None),
    ("name null", setter("nodes", 0, "name", None), None),
    ("unknown node provider", setter("nodes", 0, "provider", "ibm"), None),
    ("count below range", setter("nodes", 1, "props", "count", -1), None),
    ("count a fraction", setter("nodes", 1, "props", "count", 2.5), None),
    ("hours above range", setter("nodes", 1, "props", "hours_per_month", 745), None),
    ("pricing not a value", setter("nodes", 1, "props", "pricing", "cheap"), None),
    ("gpu a string", setter("nodes", 1, "props", "gpu", "yes"), None),
    ("instance_type null", setter("nodes", 1, "props", "instance_type", None), None),
    ("stage checked on a node", setter("nodes", 1, "props", "stage", "qa"), None),
    ("public a string on a group", setter("groups", 1, "props", "public", "yes"), None),
    ("props null", setter("nodes", 1, "props", None), None),
    ("layout x without y", setter("nodes", 0, "layout", {"x": 3}), None),
    ("layout y without x", setter("groups", 0, "layout", {"y": 3, "w": 5, "h": 5}), None),
    ("coordinate out of range", setter("nodes", 0, "layout", {"x": 3, "y": 2e9}), None),
    ("coordinate a string", setter("nodes", 0, "layout", {"x": "3", "y": 2}), None),
    ("group width 0", setter("groups", 0, "layout", "w", 0), None),
    ("group height negative", setter("groups", 0, "layout", "h", -5), None),
    ("layout a list", setter("nodes", 0, "layout", [1, 2]), None),
    ("suppress an object", setter("nodes", 1, "suppress", {}), None),
    ("suppress entry a string", setter("nodes", 1, "suppress", ["missing-iam"]), None),
    ("suppress without rule", setter("nodes", 1, "suppress", [{"reason": "x"}]), None),
    ("suppress with empty rule", setter("nodes", 1, "suppress", [{"rule": ""}]), None),
    ("suppress reason a number", setter("nodes", 1, "suppress", [{"rule": "r", "reason": 5}]), None),
    ("parent a number", setter("groups", 1, "parent", 7), None),
    ("scenarios an object", setter("scenarios", SCENARIO), None),
    ("scenario without name", setter("scenarios", [{"monthly": [1]}]), None),
    ("scenario name a number", setter("scenarios", [dict(SCENARIO, name=5)]), None),
    ("scenario without monthly", setter("scenarios", [{"name": "A"}]), None),
    ("scenario amount negative", setter("scenarios", [dict(SCENARIO, monthly=[1, -2])]), None),
    ("scenario months 0", setter("scenarios", [dict(SCENARIO, months=0)]), None),
    ("scenario node amount a string", setter("scenarios", [dict(SCENARIO, nodes=[{"id": "api", "monthly": "7"}])]), None),
    ("card width without height", setter("nodes", 0, "layout", {"x": 0, "y": 0, "w": 240}), None),
    ("card width 0", setter("nodes", 0, "layout", {"x": 0, "y": 0, "w": 0, "h": 5}), None),
    ("edge route of one point", setter("edges", 0, "layout", {"points": [[0, 0]]}), None),
    ("edge route point a number", setter("edges", 0, "layout", {"points": [[0, 0], 5]}), None),
    ("edge route point out of range", setter("edges", 0, "layout", {"points": [[0, 0], [0, 2e9]]}), None),
    ("unknown edge style", setter("edges", 0, "layout", {"style": "curved"}), None),
]


def check_cases(validator):
    before = len(failures)
    for name, change in GOOD:
        error = first_error(validator, variant(change))
        if error:
            fail(f"the schema rejects a valid file ({name}): {error}")
    for name, change, literal in BAD:
        doc = literal if literal is not None else variant(change)
        if first_error(validator, doc) is None:
            fail(f"the schema accepts an invalid file ({name})")
    if len(failures) == before:
        print(f"ok   {len(GOOD)} built-in valid files accepted, {len(BAD)} invalid ones rejected")


# ---------------------------------------------------------------- files

def check_file(validator, path, label):
    """Returns "ok", "skip" (another format version) or "fail"."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        fail(f"{path}: cannot be read as JSON: {e}")
        return "fail"
    if isinstance(doc, dict) and doc.get("formatVersion") != 1:
        print(f"skip {path}: format version {doc.get('formatVersion')!r}; this schema describes version 1")
        return "skip"
    error = first_error(validator, doc)
    if error:
        fail(f"{path}: the schema rejects {label}: {error}")
        return "fail"
    return "ok"


def main():
    parser = argparse.ArgumentParser(description="Checks the .cwa JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("sample")
    parser.add_argument("golden_dir")
    parser.add_argument("--catalog", help="default: catalog/catalog.json beside the schema's folder")
    args = parser.parse_args()

    schema_path = Path(args.schema)
    catalog_path = Path(args.catalog) if args.catalog else schema_path.resolve().parent.parent / "catalog" / "catalog.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))

    validator_class = jsonschema.Draft202012Validator
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        fail(f"{schema_path} is not a valid draft 2020-12 schema: {e.message}")
        return 1
    validator = validator_class(schema)

    check_catalog(schema, catalog)
    if check_file(validator, args.sample, "the sample") == "ok":
        print(f"ok   {args.sample}")

    golden = Path(args.golden_dir)
    if not golden.is_dir():
        print(f"skip {golden}: no golden files yet")
    else:
        files = sorted(golden.rglob("*.cwa"))
        results = [check_file(validator, f, "a golden file") for f in files]
        print(f"{'ok  ' if 'fail' not in results else '    '} {results.count('ok')} golden .cwa files under {golden} "
              f"accepted, {results.count('skip')} of other format versions skipped, {results.count('fail')} rejected")

    check_cases(validator)

    if failures:
        print(f"{len(failures)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
