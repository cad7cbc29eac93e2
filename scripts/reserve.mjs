// Measures the widget's first render (the default start view), in English and in Spanish, on the built IIFE in
// Chromium at every widget width from 260 to 1280 px, and writes src/reserve.ts: for each range of widths, the
// tallest height in it plus slack. Run after `npm run build` when the start view changes: `npm run reserve`.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { startServer } from './static-server.mjs';

const SLACK = 8; // px: sub-pixel text metrics differ a little between machines
const STEP = 20; // px of viewport: ranges start on multiples of this, so the CSS reads plainly
const MAX_GAP = 120; // px: the most a range may reserve beyond its shortest render (blank space under the start view)
const page = (attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>reserve</title><style>body{margin:0;font:16px/1.5 system-ui,sans-serif}</style>
<script src="/dist/treatment-compare.iife.js"></script></head><body><treatment-compare ${attributes}></treatment-compare></body></html>`;

/** Heights of the default start view at each width (the page has no margin: widget width = viewport width). */
export async function measureHeights(widths, attributes = '') {
  const server = await startServer({
    handle: (req, res) => (req.url === '/__reserve.html' ? (res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), res.end(page(attributes)), true) : false),
  });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: widths[0], height: 900 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/__reserve.html`);
    await page.waitForFunction(() => customElements.get('treatment-compare'));
    const heights = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      heights.push(await page.evaluate(async () => {
        const el = document.querySelector('treatment-compare');
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return el.getBoundingClientRect().height;
      }));
    }
    return heights;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Few ranges, each as wide as it can be while its reserve (the tallest render in it plus slack, rounded up to
 * 10 px) stays within MAX_GAP of its shortest render. Ranges start at 0 and on multiples of STEP.
 */
export function rangesFor(widths, heights) {
  const reserveOf = (from, to) => {
    const inRange = heights.filter((_, j) => widths[j] >= from && widths[j] < to);
    return { height: Math.ceil((Math.max(...inRange) + SLACK) / 10) * 10, shortest: Math.min(...inRange) };
  };
  const last = widths[widths.length - 1];
  const ranges = [];
  let start = 0;
  while (start <= last) {
    let end = Math.max(start, widths[0]) - (Math.max(start, widths[0]) % STEP) + STEP;
    while (end <= last) {
      const wider = reserveOf(start, end + STEP);
      if (wider.height - wider.shortest > MAX_GAP) break;
      end += STEP;
    }
    const { height } = reserveOf(start, end);
    if (ranges.length && ranges[ranges.length - 1][1] === height) {
      // same height as the range before: one rule covers both
    } else ranges.push([start, height]);
    start = end;
  }
  return ranges;
}

const widths = [];
for (let w = 260; w <= 1280; w += 5) widths.push(w);

if (process.argv[1] && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) {
  const reserve = {};
  for (const lang of ['en', 'es']) {
    const heights = await measureHeights(widths, `lang="${lang}"`);
    reserve[lang] = rangesFor(widths, heights);
    console.log(`${lang} measured: ${widths.map((w, i) => `${w}:${Math.round(heights[i])}`).join(' ')}`);
  }
  const file = 'src/reserve.ts';
  const source = readFileSync(file, 'utf8').replace(/(export const RESERVE: [^=]*= )[^;]*;/, `$1${JSON.stringify(reserve)};`);
  writeFileSync(file, source);
  for (const lang of ['en', 'es']) console.log(`${file} ${lang}: ${reserve[lang].map(([w, h]) => `${w}+ ${h}px`).join(', ')}`);
}
