#!/usr/bin/env python3
"""Writes the hand-made draw.io import cases of tst_drawio_import (run from this folder).

two-pages.drawio: page 1 plain, page 2 compressed the way draw.io saves by default
(encodeURIComponent, raw deflate, base64); page 1 has an arrow whose ends only touch
its shapes (below them, where the labels are). Page 2 has AWS containers (a VPC with a public
and a private subnet), resource icons inside them, a Google-style card (a plain box
around an image labelled with its service), an unknown AWS shape (Greengrass, an edge
runtime no kind stands for), text and edges.
"""
import base64
import urllib.parse
import zlib

PAGE1 = """<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="fn" value="Resize images" style="sketch=0;outlineConnect=0;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;" vertex="1" parent="1"><mxGeometry x="100" y="100" width="48" height="48" as="geometry"/></mxCell>
<mxCell id="bucket" value="Uploads" style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;" vertex="1" parent="1"><mxGeometry x="400" y="100" width="48" height="48" as="geometry"/></mxCell>
<mxCell id="e1" value="" style="edgeStyle=orthogonalEdgeStyle;endArrow=block;" edge="1" parent="1" source="fn" target="bucket"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="loose" value="thumbnails" style="endArrow=block;" edge="1" parent="1"><mxGeometry relative="1" as="geometry"><mxPoint x="424" y="180" as="sourcePoint"/><mxPoint x="124" y="185" as="targetPoint"/></mxGeometry></mxCell>
</root></mxGraphModel>"""

PAGE2 = """<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="vpc" value="Shop VPC" style="points=[];container=1;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc2;strokeColor=#8C4FFF;fillColor=none;" vertex="1" parent="1"><mxGeometry x="40" y="40" width="900" height="500" as="geometry"/></mxCell>
<mxCell id="pub" value="Public subnet" style="container=1;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=#7AA116;fillColor=#F2F6E8;" vertex="1" parent="vpc"><mxGeometry x="20" y="40" width="300" height="420" as="geometry"/></mxCell>
<mxCell id="priv" value="Private subnet" style="container=1;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=#147EBA;fillColor=#E6F2F8;" vertex="1" parent="vpc"><mxGeometry x="360" y="40" width="500" height="420" as="geometry"/></mxCell>
<object id="alb" label="Front door" owner="web team"><mxCell style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.elastic_load_balancing;" vertex="1" parent="pub"><mxGeometry x="120" y="180" width="48" height="48" as="geometry"/></mxCell></object>
<mxCell id="api" value="&lt;b&gt;Shop&lt;/b&gt;&lt;br&gt;API" style="html=1;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;" vertex="1" parent="priv"><mxGeometry x="60" y="180" width="48" height="48" as="geometry"/></mxCell>
<mxCell id="card" value="" style="strokeColor=#dddddd;shadow=1;rounded=1;" vertex="1" parent="priv"><mxGeometry x="260" y="170" width="180" height="60" as="geometry"/></mxCell>
<mxCell id="icon" value="&lt;font color=&quot;#000000&quot;&gt;Orders DB&lt;/font&gt;&lt;br&gt;Cloud SQL" style="html=1;shape=image;image=data:image/svg+xml,PHN2Zy8+;" vertex="1" parent="card"><mxGeometry width="30" height="30" relative="1" as="geometry"><mxPoint x="15" y="15" as="offset"/></mxGeometry></mxCell>
<mxCell id="iot" value="Sensors" style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.greengrass;" vertex="1" parent="1"><mxGeometry x="1000" y="200" width="48" height="48" as="geometry"/></mxCell>
<mxCell id="note" value="Draft, do not ship" style="text;html=1;" vertex="1" parent="1"><mxGeometry x="40" y="600" width="200" height="30" as="geometry"/></mxCell>
<mxCell id="e1" value="HTTPS" style="endArrow=block;" edge="1" parent="1" source="alb" target="api"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" value="" style="endArrow=block;" edge="1" parent="1" source="api" target="card"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e3" value="" style="endArrow=block;" edge="1" parent="1" source="iot" target="api"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e4" value="" style="endArrow=block;" edge="1" parent="1" source="note"><mxGeometry relative="1" as="geometry"><mxPoint x="500" y="700" as="targetPoint"/></mxGeometry></mxCell>
</root></mxGraphModel>"""


def compress(xml):
    quoted = urllib.parse.quote(xml, safe="~()*!.'")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(packer.compress(quoted.encode()) + packer.flush()).decode()


with open("two-pages.drawio", "w") as f:
    f.write('<mxfile host="hand-made" pages="2">\n')
    f.write('  <diagram id="p1" name="Overview">' + PAGE1 + '</diagram>\n')
    f.write('  <diagram id="p2" name="Network">' + compress(PAGE2) + '</diagram>\n')
    f.write('</mxfile>\n')
with open("bare-model.xml", "w") as f:
    f.write(PAGE1 + "\n")
