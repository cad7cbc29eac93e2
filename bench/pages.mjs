// Writes the host pages the bench loads into bench/out/pages/. Two kinds:
// - load pages: N instances; the contender's scripts are preloaded from <head> and added in order once all
//   have arrived (page-runtime.js, loadScripts), so timing starts where evaluation starts;
// - shift pages (one instance): the README's embed — scripts `defer` in <head>, a heading above the instance
//   and text below it, inside the viewport unless a reserve pushes it down, so a shift of it is seen and
//   counted — with or without the contender's reserve style (the widget's generated one, which needs the
//   wrapper its host markup has; 640 px for the peers).
//   The page also follows where that text sits in the page (page-runtime.js, track), which scroll anchoring
//   cannot hide. The harness holds the scripts back and scrolls meanwhile (measure.mjs, measureShift).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNTIME = readFileSync(new URL('./page-runtime.js', import.meta.url), 'utf8');

const FILLER = `<p>Choosing a program is a big step. This page explains the options in plain words, what each one
asks of you and your family, and what to ask before you sign up. Read at your own pace.</p>`;

// Layout shift is measured with one instance: the case of a site's page.
export const SHIFT_N = 1;

function runtime(contender, n, settleMs, track = null) {
  // The page's settings are code (isRendered is a function), hence a literal rather than JSON.
  const config = `{ hostSelector: ${JSON.stringify(contender.hostSelector)}, count: ${contender.id === 'control' ? 0 : n}, isRendered: ${contender.isRendered}, settleMs: ${settleMs}, track: ${JSON.stringify(track)} }`;
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

export function shiftPage(contender, reserve, settleMs) {
  const style = reserve && contender.reserveCss ? `<style>${contender.reserveCss}</style>` : '';
  const scripts = contender.scripts.map((src) => `<script src="${src}" defer></script>`).join('\n');
  return `${head(`${contender.id} shift${reserve ? ' reserve' : ''}`, [style, cssLinks(contender), runtime(contender, SHIFT_N, settleMs, '#below'), scripts].join('\n'))}
<body>
<h1>Treatment options</h1>
${instances(contender, SHIFT_N)}
<section id="below"><h2>Content below the widget</h2>${FILLER.repeat(6)}</section>
<script>document.addEventListener('DOMContentLoaded', () => __bench.waitRendered())</script>
</body>
</html>
`;
}

/**
 * Writes every page: load pages for each N, shift pages (N = SHIFT_N) with and without the reserve, for the
 * contenders that have one. Returns a function from (kind, contender id, n, reserve) to a page's URL path.
 */
export function writePages(outDir, contenders, counts, settle) {
  const dir = join(outDir, 'pages');
  mkdirSync(dir, { recursive: true });
  const name = (kind, id, n, reserve) => `${kind}-${id}-${n}${reserve ? '-reserve' : ''}.html`;
  for (const c of contenders) {
    for (const n of counts) writeFileSync(join(dir, name('load', c.id, n)), loadPage(c, n, settle.load));
    if (c.id === 'control') continue;
    const reserveCss = c.reserveCss; // read once: the widget's comes from the built file
    for (const reserve of reserveCss ? [false, true] : [false]) writeFileSync(join(dir, name('shift', c.id, SHIFT_N, reserve)), shiftPage({ ...c, reserveCss }, reserve, settle.shift));
  }
  return (kind, id, n, reserve = false) => `/bench/out/pages/${name(kind, id, n, reserve)}`;
}
