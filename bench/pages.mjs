// Writes the host pages the bench loads into bench/out/pages/. Two kinds:
// - load pages: N instances; the contender's scripts are preloaded from <head> and added in order once all
//   have arrived (page-runtime.js, loadScripts), so timing starts where evaluation starts;
// - shift pages: the README's embed — scripts `defer` in <head>, a heading above the instances and text below
//   them, starting inside the viewport even with a 640 px reserve, so a shift of it is seen and counted —
//   with or without the reserve style.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNTIME = readFileSync(new URL('./page-runtime.js', import.meta.url), 'utf8');

const FILLER = `<p>Choosing a program is a big step. This page explains the options in plain words, what each one
asks of you and your family, and what to ask before you sign up. Read at your own pace.</p>`;

function runtime(contender, n, settleMs) {
  // The page's settings are code (isRendered is a function), hence a literal rather than JSON.
  const config = `{ hostSelector: ${JSON.stringify(contender.hostSelector)}, count: ${contender.id === 'control' ? 0 : n}, isRendered: ${contender.isRendered}, settleMs: ${settleMs} }`;
  return `<script>window.__benchConfig = ${config};\n${RUNTIME}</script>`;
}

function head(title, inner) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 16px; } </style>
${inner}
</head>`;
}

const instances = (contender, n) => (contender.id === 'control' ? '' : Array.from({ length: n }, (_, i) => contender.host(i)).join('\n'));
const cssLinks = (contender) => contender.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');

export function loadPage(contender, n, settleMs) {
  const preloads = contender.scripts.map((src) => `<link rel="preload" as="script" href="${src}">`).join('\n');
  return `${head(`${contender.id} ×${n}`, [runtime(contender, n, settleMs), cssLinks(contender), preloads].join('\n'))}
<body>
<h1>Host page</h1>
${instances(contender, n)}
<script>__bench.loadScripts(${JSON.stringify(contender.scripts)})</script>
</body>
</html>
`;
}

export function shiftPage(contender, n, reserve, settleMs) {
  const style = reserve && contender.reserveCss ? `<style>${contender.reserveCss}</style>` : '';
  const scripts = contender.scripts.map((src) => `<script src="${src}" defer></script>`).join('\n');
  return `${head(`${contender.id} ×${n} shift`, [style, cssLinks(contender), runtime(contender, n, settleMs), scripts].join('\n'))}
<body>
<h1>Treatment options</h1>
${instances(contender, n)}
<section id="below"><h2>Content below the widget</h2>${FILLER.repeat(6)}</section>
<script>document.addEventListener('DOMContentLoaded', () => __bench.waitRendered())</script>
</body>
</html>
`;
}

/** Writes every page; returns a function from (kind, contender id, n, reserve) to its URL path. */
export function writePages(outDir, contenders, counts, settle) {
  const dir = join(outDir, 'pages');
  mkdirSync(dir, { recursive: true });
  const name = (kind, id, n, reserve) => `${kind}-${id}-${n}${reserve ? '-reserve' : ''}.html`;
  for (const c of contenders) {
    for (const n of counts) {
      writeFileSync(join(dir, name('load', c.id, n)), loadPage(c, n, settle.load));
      for (const reserve of [false, true]) writeFileSync(join(dir, name('shift', c.id, n, reserve)), shiftPage(c, n, reserve, settle.shift));
    }
  }
  return (kind, id, n, reserve = false) => `/bench/out/pages/${name(kind, id, n, reserve)}`;
}
