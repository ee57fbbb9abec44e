// Parses exports with the real consumers: Mermaid's own parser for .mmd, an HCL parser
// (hcl2json) for .tf, and an XML structure check for .drawio (cells, parents, edges,
// shapes). Usage: node check_exports.mjs NODE_MODULES FILE...  Exit 1 on any failure.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'x.js'));
const mermaid = await import(pathToFileURL(path.join(modules, '@mermaid-js/parser/dist/mermaid-parser.core.mjs')).href);
const hcl = require('@cdktf/hcl2json');

// draw.io's shape libraries the catalog uses; a typo in a shape name shows as an empty box.
const shapePrefixes = ['mxgraph.aws4.', 'mxgraph.gcp2.', 'mxgraph.azure.'];
let failed = 0;
const fail = (file, why) => { console.error(`FAIL ${file}: ${why}`); failed++; };

function checkDrawio(file, text) {
  if (!text.startsWith('<?xml') || !text.includes('<mxGraphModel')) return fail(file, 'not an uncompressed mxGraphModel');
  const cells = new Map();
  // A cell is an <mxCell>, or an <object> (id, label, custom properties) around one.
  const re = /(?:<object\s([^>]*?)>\s*)?<mxCell\s*([^>]*?)\/?>(?:\s*<mxGeometry\s([^>]*?)\/?>)?/g;
  const attributes = s => Object.fromEntries([...(s || '').matchAll(/(\w+)="([^"]*)"/g)].map(a => [a[1], a[2]]));
  let m;
  while ((m = re.exec(text))) {
    const wrapper = attributes(m[1]);
    const attrs = { ...attributes(m[2]), ...wrapper };
    const geo = attributes(m[3]);
    for (const [k, v] of Object.entries(wrapper))
      if (k.startsWith('cloudwright_') && v) {
        try { JSON.parse(v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#10;/g, '\n').replace(/&amp;/g, '&')); }
        catch (e) { fail(file, `${attrs.id}: ${k} is not JSON: ${e.message}`); }
      }
    if (cells.has(attrs.id)) fail(file, `duplicate id ${attrs.id}`);
    cells.set(attrs.id, { ...attrs, geo });
  }
  for (const [id, c] of cells) {
    if (c.parent && !cells.has(c.parent)) fail(file, `${id}: parent ${c.parent} missing`);
    if (c.edge === '1') {
      if (!cells.has(c.source) || !cells.has(c.target)) fail(file, `edge ${id}: source or target missing`);
      if (!/endArrow=/.test(c.style)) fail(file, `edge ${id}: no endArrow`);
    }
    if (c.vertex === '1') {
      const shape = /(?:^|;)shape=([^;]+)/.exec(c.style)?.[1];
      const res = /resIcon=([^;]+)/.exec(c.style)?.[1];
      for (const s of [shape, res].filter(Boolean))
        if (s.startsWith('mxgraph.') && !shapePrefixes.some(p => s.startsWith(p))) fail(file, `${id}: unknown shape ${s}`);
      if (c.style.includes('{')) fail(file, `${id}: unfilled style template ${c.style}`);
      const p = cells.get(c.parent);
      if (p && p.vertex === '1') { // children lie inside their container (relative geometry)
        const x = +c.geo.x, y = +c.geo.y, w = +c.geo.width, h = +c.geo.height;
        if (x < 0 || y < 0 || x + w > +p.geo.width + 0.5 || y + h > +p.geo.height + 0.5)
          fail(file, `${id} lies outside its container ${c.parent}`);
      }
    }
  }
  if (cells.size < 2) fail(file, 'no cells');
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.mmd')) {
      await mermaid.parse('architecture', text);
    } else if (file.endsWith('.tf')) {
      const json = await hcl.parse(path.basename(file), text);
      if (!json.terraform) fail(file, 'no terraform block');
      if (!/STARTING POINT, NOT A DEPLOYMENT/.test(text)) fail(file, 'header does not say it is a skeleton');
    } else if (file.endsWith('.drawio')) {
      checkDrawio(file, text);
    } else {
      fail(file, 'unknown suffix');
    }
  } catch (e) {
    fail(file, (e && e.message) || String(e));
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
