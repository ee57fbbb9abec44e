#!/usr/bin/env python3
"""Builds resources/pricing/pricing.json from the facts CSVs in resources/pricing/sources/.

Every priced entry names the facts row it comes from, quotes the part of that row that
holds its figure, and takes source, as-of date and confidence from the row (a figure
derived in the row's notes may state a lower confidence, never a higher one). Figures
that are not in the facts are not invented: they are listed as unknown with a reason.

    build_pricing.py           write pricing.json
    build_pricing.py --check   fail if pricing.json differs from what the facts give,
                               or if an entry does not trace to its row (run by ctest)
"""
import csv
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRICING_DIR = HERE.parent
SOURCES = {"P": "pricing_catalog.csv", "L": "llm-and-ml-prices.csv"}
BOOK_REGIONS = {"aws": "us-east-1", "gcp": "us-central1", "azure": "eastus"}
FACT_PROVIDER = {"aws": "AWS", "gcp": "GCP", "azure": "Azure"}
CONFIDENCE_ORDER = "ABCE"

sys.path.insert(0, str(HERE))
from pricing_entries import UNITS, KIND_KEYS, entries  # noqa: E402


class TraceError(Exception):
    pass


def load_rows():
    rows = {}
    for short, name in SOURCES.items():
        with open(PRICING_DIR / "sources" / name, newline="", encoding="utf-8") as f:
            for line, r in enumerate(csv.DictReader(f), start=2):
                rows[(short, line)] = dict(r, _where=f"{name}:{line}")
    return rows


def find_row(rows, ref):
    """ref = (file, provider, item): the item is the row's item or its first word(s) before
    a space; "~text" matches any item containing text. Exactly one row must match."""
    short, provider, item = ref

    def matches(text):
        if item.startswith("~"):
            return item[1:] in text
        return text == item or text.startswith(item + " ")

    hits = [r for (s, _), r in rows.items() if s == short and r["provider"] == provider and matches(r["item"])]
    if len(hits) != 1:
        raise TraceError(f"{ref}: {len(hits)} facts rows match (need exactly one)")
    return hits[0]


def numbers_in(text):
    return [Decimal(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def trace(entry, row):
    """The entry's quote is in the row, and its amount is a number in the quote."""
    quote = entry["quote"]
    haystack = " | ".join(row[k] for k in ("item", "price_usd", "notes"))
    if quote not in haystack:
        raise TraceError(f"{entry['provider']} {entry['key']}: quote {quote!r} is not in {row['_where']}")
    if "usd" in entry and "derivation" not in entry:
        if Decimal(entry["usd"]) not in numbers_in(quote):
            raise TraceError(f"{entry['provider']} {entry['key']}: {entry['usd']} is not a figure of {quote!r}")
    if CONFIDENCE_ORDER.index(entry["confidence"]) < CONFIDENCE_ORDER.index(row["confidence"]):
        raise TraceError(f"{entry['provider']} {entry['key']}: confidence {entry['confidence']} is better than "
                         f"its row's {row['confidence']}")


def build():
    rows = load_rows()
    out = []
    seen = set()
    for spec in entries():
        provider = spec["provider"]
        e = {"provider": provider, "region": BOOK_REGIONS[provider], "key": spec["key"], "unit": spec["unit"]}
        if spec["unit"] not in UNITS:
            raise TraceError(f"{provider} {spec['key']}: unit {spec['unit']!r} is not declared")
        ident = (provider, e["region"], spec["key"])
        if ident in seen:
            raise TraceError(f"{provider} {spec['key']}: listed twice")
        seen.add(ident)
        if "unknown" in spec:
            e["unknown"] = spec["unknown"]
            out.append(e)
            continue
        row = find_row(rows, spec["row"])
        if row["provider"] not in (FACT_PROVIDER[provider], "All"):
            raise TraceError(f"{provider} {spec['key']}: row {row['_where']} is for {row['provider']}")
        for k in ("usd", "composedOf", "tier", "derivation", "note", "family"):
            if k in spec:
                e[k] = spec[k]
        e["item"] = spec.get("item", row["item"])
        e["quote"] = spec.get("quote", row["price_usd"])
        e["source"] = row["source"]
        e["asOf"] = row["as_of"]
        e["confidence"] = spec.get("confidence", row["confidence"])
        if not row["region"].startswith(BOOK_REGIONS[provider]):
            e["sourceRegion"] = row["region"]
        e["factsRow"] = row["_where"]
        trace(e, row)
        out.append(e)
    return {
        "format": "cloudwright-pricing",
        "formatVersion": 1,
        "currency": "USD",
        "hoursPerMonth": 730,
        "conventions": "List prices, on-demand, Linux, no free tiers, no taxes; 730 hours a month.",
        "regions": {p: [r] for p, r in BOOK_REGIONS.items()},
        "units": UNITS,
        "kindKeys": KIND_KEYS,
        "prices": out,
    }


def dump(book):
    """Indented outline, one price per line: diffs of a price change stay one line long."""
    prices = book.pop("prices")
    head = json.dumps(book, indent=1, ensure_ascii=False)
    lines = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in prices)
    return head[:-2] + ',\n "prices": [\n' + lines + "\n ]\n}\n"


def main():
    target = PRICING_DIR / "pricing.json"
    try:
        text = dump(build())
    except TraceError as err:
        print(f"build_pricing.py: {err}", file=sys.stderr)
        return 1
    if "--check" in sys.argv[1:]:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"build_pricing.py: {target} is not what the facts give; run build_pricing.py", file=sys.stderr)
            return 1
        print(f"pricing.json: {len(json.loads(text)['prices'])} entries, each traced to its facts row")
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
