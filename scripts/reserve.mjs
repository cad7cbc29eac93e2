// Measures the widget's first render (the default start view), in English and in Spanish, with two, three and four
// levels, on the built IIFE in
// Chromium at every widget width from 260 to 1280 px, and writes src/reserve.ts: for each range of widths, the
// tallest height in it plus slack. Run after `npm run build` when the start view changes: `npm run reserve`.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { startServer } from './static-server.mjs';
import { importSource } from './import-source.mjs';

const SLACK = 8; // px: sub-pixel text metrics differ a little between machines
const STEP = 5; // px of viewport, as measured: a layout change (four levels stack at 780 px) falls between two ranges
const MAX_GAP = 120; // px: the most a range may reserve beyond its shortest render (blank space under the start view)
const page = (attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>reserve</title><style>html{overflow:hidden}body{margin:0;font:16px/1.5 system-ui,sans-serif}</style>
<script src="/dist/treatment-compare.iife.js"></script></head><body><treatment-compare ${attributes}></treatment-compare></body></html>`;

/**
 * Heights of the default start view at each width (the page has no margin and no scrollbar: widget width =
 * viewport width; a scrollbar would take 15 px and measure each width as a narrower one).
 */
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
 * Few ranges of widths, shared by every series of heights (so the CSS has one rule per range, not one per series
 * and range), each as wide as it can be while, in every series, its reserve (the tallest render in it plus slack,
 * rounded up to 10 px) stays within MAX_GAP of its shortest render. Ranges start at 0 and on multiples of STEP.
 * Returns a ladder per series: [from width, height], with a step only where that series' height changes.
 */
export function rangesFor(widths, series) {
  const reserveOf = (heights, from, to) => {
    const inRange = heights.filter((_, j) => widths[j] >= from && widths[j] < to);
    return { height: Math.ceil((Math.max(...inRange) + SLACK) / 10) * 10, shortest: Math.min(...inRange) };
  };
  const fits = (from, to) => series.every((heights) => {
    const { height, shortest } = reserveOf(heights, from, to);
    return height - shortest <= MAX_GAP;
  });
  const last = widths[widths.length - 1];
  const ladders = series.map(() => []);
  let start = 0;
  while (start <= last) {
    let end = Math.max(start, widths[0]) - (Math.max(start, widths[0]) % STEP) + STEP;
    while (end <= last && fits(start, end + STEP)) end += STEP;
    series.forEach((heights, i) => {
      const { height } = reserveOf(heights, start, end);
      const ladder = ladders[i];
      if (!ladder.length || ladder[ladder.length - 1][1] !== height) ladder.push([start, height]); // else the rule before covers it
    });
    start = end;
  }
  return ladders;
}

const widths = [];
for (let w = 260; w <= 1280; w += 5) widths.push(w);

if (process.argv[1] && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) {
  const { RESERVE_COUNTS } = await importSource('src/reserve.ts');
  const { LEVEL_IDS } = await importSource('src/engine/ids.ts');
  const combinations = (items, size) => (size === 0 ? [[]] : items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest])));
  const reserve = { en: {}, es: {} };
  const series = [];
  for (const lang of ['en', 'es']) {
    for (const count of RESERVE_COUNTS) {
      // The default levels for two (the reserve's plain rule); any set of three or four, as the CSS picks them.
      const sets = count === RESERVE_COUNTS[0] ? [null] : combinations(LEVEL_IDS, count);
      const heights = widths.map(() => 0);
      for (const set of sets) {
        const measured = await measureHeights(widths, `lang="${lang}"${set ? ` levels="${set.join(' ')}"` : ''}`);
        measured.forEach((h, i) => (heights[i] = Math.max(heights[i], h)));
      }
      series.push({ lang, count, heights });
      console.log(`${lang}, ${count} levels, measured: ${widths.map((w, i) => `${w}:${Math.round(heights[i])}`).join(' ')}`);
    }
  }
  rangesFor(widths, series.map((s) => s.heights)).forEach((ladder, i) => (reserve[series[i].lang][series[i].count] = ladder));
  const file = 'src/reserve.ts';
  const source = readFileSync(file, 'utf8').replace(/(export const RESERVE: [^=]*= )[^;]*;/, `$1${JSON.stringify(reserve)};`);
  writeFileSync(file, source);
  for (const lang of ['en', 'es']) {
    for (const count of RESERVE_COUNTS) console.log(`${file} ${lang}, ${count} levels: ${reserve[lang][count].map(([w, h]) => `${w}+ ${h}px`).join(', ')}`);
  }
}
