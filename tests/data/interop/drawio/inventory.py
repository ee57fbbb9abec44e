#!/usr/bin/env python3
"""Inventory of the draw.io fixture files in this folder.

For every *.xml file (or the files given on the command line) print, as
Markdown: the page count, whether each page is compressed, a table of the
"shape key" of every vertex cell with its count, and the edge counts.

Shape key rules (first that applies):
  * style has resIcon=X                                   -> X
  * container: container=1, or shape=mxgraph.aws4.group /
    mxgraph.aws4.groupCenter; with grIcon=Y                -> "group: Y"
    (without grIcon: "group: <shape>" or "group: container")
  * shape=image (GCP data-URI icons)                      -> "image: <last label line>"
    (the last line of the HTML label, after the last <br>; tags stripped,
    entities decoded, whitespace/newlines collapsed to single spaces)
  * shape=X                                               -> X
  * anything else (plain rectangles, text)               -> "plain"

Compressed pages are decoded as draw.io does: base64 -> raw inflate
(zlib wbits -15) -> URL-unquote -> XML.

Usage: python3 inventory.py [FILE ...]   (stdlib only)
"""
import base64
import collections
import glob
import html
import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET


def parse_style(style):
    out = {}
    for part in (style or "").split(";"):
        if not part:
            continue
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
        else:
            out[part] = ""  # bare style names, e.g. "text", "ellipse"
    return out


def decode_page(diagram):
    """Return (mxGraphModel element, compressed flag) for a <diagram>."""
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model, False
    raw = base64.b64decode((diagram.text or "").strip())
    import zlib
    xml_text = urllib.parse.unquote(zlib.decompress(raw, -15).decode("utf-8"))
    return ET.fromstring(xml_text), True


def last_label_line(value):
    parts = re.split(r"<br\s*/?>", value or "", flags=re.I)
    # drop trailing empty pieces (labels ending in <br>)
    while parts and not re.sub(r"<[^>]+>", "", parts[-1]).strip():
        parts.pop()
    if not parts:
        return ""
    text = html.unescape(re.sub(r"<[^>]+>", "", parts[-1]))
    # a plain (non-HTML) label may wrap with a newline: "Cloud Load\nBalancing"
    return " ".join(text.split())


def shape_key(cell):
    st = parse_style(cell.get("style"))
    shape = st.get("shape", "")
    if st.get("resIcon"):
        return st["resIcon"]
    is_group_shape = shape in ("mxgraph.aws4.group", "mxgraph.aws4.groupCenter")
    if st.get("container") == "1" or is_group_shape:
        if st.get("grIcon"):
            return "group: " + st["grIcon"]
        return "group: " + (shape or "container")
    if shape == "image":
        return "image: " + last_label_line(cell.get("value"))
    if shape:
        return shape
    return "plain"


def inventory(path):
    root = ET.parse(path).getroot()
    diagrams = root.findall("diagram") if root.tag == "mxfile" else []
    pages = []
    keys = collections.Counter()
    edges = 0
    edges_connected = 0
    vertices = 0
    for d in diagrams:
        model, compressed = decode_page(d)
        pages.append((d.get("name") or d.get("id") or "?", compressed))
        for cell in model.iter("mxCell"):
            if cell.get("vertex") == "1":
                vertices += 1
                keys[shape_key(cell)] += 1
            elif cell.get("edge") == "1":
                edges += 1
                if cell.get("source") and cell.get("target"):
                    edges_connected += 1
    return pages, keys, vertices, edges, edges_connected


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or sorted(glob.glob(os.path.join(here, "*.xml")))
    for path in files:
        pages, keys, vertices, edges, conn = inventory(path)
        print("### %s\n" % os.path.basename(path))
        print("- pages: %d" % len(pages))
        comp = sorted({c for _, c in pages})
        print("- compressed: %s" % (
            "yes" if comp == [True] else "no" if comp == [False] else "mixed"))
        print("- vertices: %d" % vertices)
        print("- edges: %d (with both source and target: %d)\n" % (edges, conn))
        print("| shape key | count |")
        print("| --- | ---: |")
        for k, n in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0])):
            print("| %s | %d |" % (k.replace("|", "\\|"), n))
        print()


if __name__ == "__main__":
    main(sys.argv)
