// Writes src/main/resources/mxsec/render/mexico-states.tsv, the state outlines `mxsec map -o svg` draws
// (render.SvgMap), from the npm package @svg-maps/mexico 2.0.0 (Victor Cazanave, after MapSVG; CC BY 4.0:
// https://creativecommons.org/licenses/by/4.0/). Run once by hand, with Node 18+, and commit the result; the
// build and the tests never need Node:
//
//   cd /tmp && npm pack @svg-maps/mexico@2.0.0 && mkdir -p svg-maps-mexico && tar xzf svg-maps-mexico-2.0.0.tgz -C svg-maps-mexico
//   node scripts/mexico-outlines.mjs /tmp/svg-maps-mexico/package > src/main/resources/mxsec/render/mexico-states.tsv
//
// What it changes (CC BY 4.0 asks that changes be said; the resource's credit line says so too): the package's
// ids ("gro") become ISO 3166-2 codes ("MX-GRO"), which is how the corpus's state entities are matched; every
// coordinate is rounded to 0.1 of the 793 x 498 viewBox (invisible, and a quarter smaller), each subpath starts
// with an absolute M and goes on in relative steps computed from the rounded points, so rounding cannot drift,
// and steps of length 0 are dropped. This script is ours (Apache-2.0, as mxsec).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/mexico-outlines.mjs PACKAGE_DIR > src/main/resources/mxsec/render/mexico-states.tsv");
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
if (pkg.name !== "@svg-maps/mexico" || pkg.version !== "2.0.0" || pkg.license !== "CC-BY-4.0") {
  console.error(`expected @svg-maps/mexico 2.0.0 under CC-BY-4.0, found ${pkg.name} ${pkg.version} (${pkg.license})`);
  process.exit(1);
}
const map = (await import(join(dir, "index.js"))).default;
if (map.locations.length !== 32) throw new Error(`expected 32 states, found ${map.locations.length}`);

/** A path of m/M/l/L/z commands as rounded absolute subpaths, written M x,y l dx,dy ... z. */
function convert(d) {
  const tokens = d.match(/[MmLlZz]|-?[0-9]*\.?[0-9]+/g);
  let i = 0, cmd = null, x = 0, y = 0, startX = 0, startY = 0;
  const out = [];
  let current = null; // [startX10, startY10, steps[], lastX10, lastY10]
  const tenth = (v) => Math.round(v * 10);
  const num = () => parseFloat(tokens[i++]);
  const point = (px, py) => {
    const X = tenth(px), Y = tenth(py);
    if (current === null) {
      current = { sx: X, sy: Y, steps: [], lx: X, ly: Y, closed: false };
    } else if (X !== current.lx || Y !== current.ly) {
      current.steps.push([X - current.lx, Y - current.ly]);
      current.lx = X;
      current.ly = Y;
    }
  };
  const end = (closed) => {
    if (current !== null) {
      current.closed = closed;
      out.push(current);
    }
    current = null;
  };
  while (i < tokens.length) {
    const t = tokens[i];
    if (/[A-Za-z]/.test(t)) {
      cmd = t;
      i++;
      if (cmd === "z" || cmd === "Z") {
        end(true);
        x = startX;
        y = startY;
        continue;
      }
    }
    switch (cmd) {
      case "m": case "M": {
        end(false);
        const dx = num(), dy = num();
        x = cmd === "m" ? x + dx : dx;
        y = cmd === "m" ? y + dy : dy;
        startX = x;
        startY = y;
        point(x, y);
        cmd = cmd === "m" ? "l" : "L"; // further pairs are line-tos
        break;
      }
      case "l": x += num(); y += num(); point(x, y); break;
      case "L": x = num(); y = num(); point(x, y); break;
      default: throw new Error(`unexpected path command ${cmd} in ${d.slice(0, 40)}`);
    }
  }
  end(false);
  const f = (v) => (v < 0 ? "-" : "") + (Math.abs(v) / 10).toString();
  return out.map((s) => `M${f(s.sx)},${f(s.sy)}` + (s.steps.length ? "l" + s.steps.map(([a, b]) => `${f(a)},${f(b)}`).join(" ") : "")
      + (s.closed ? "z" : "")).join("");
}

const lines = [
  "# Mexico's 32 states for `mxsec map -o svg` (render.SvgMap): ISO 3166-2 code, name, SVG path. Written by",
  "# scripts/mexico-outlines.mjs from the npm package @svg-maps/mexico 2.0.0; do not edit by hand.",
  `viewBox\t${map.viewBox}`,
  "credit\tState outlines: @svg-maps/mexico 2.0.0 by Victor Cazanave, after MapSVG (mapsvg.com), CC BY 4.0"
    + " (https://creativecommons.org/licenses/by/4.0/); ids made ISO codes, coordinates rounded by mxsec",
];
const rows = map.locations.map((l) => [`MX-${l.id.toUpperCase()}`, l.name, convert(l.path)]);
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (const r of rows) lines.push(r.join("\t"));
process.stdout.write(lines.join("\n") + "\n");
