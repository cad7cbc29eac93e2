// Measures how tall the widget is where visitors see it, on the built IIFE in Chromium, and writes the table in
// the README's "Height" paragraph (between its heights markers): the start view (default configuration) at
// 320, 390 and 1,280 px wide and in a 650 px theme column; the longest inpatient result; how far down the quiz's
// first button sits at 390 × 844; and how far the result's main next step sits below the result's heading.
// Pages have 16 px margins, like a phone theme. `npm run reserve` runs it; `--check` only prints.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { startServer } from './static-server.mjs';
import { importSource } from './import-source.mjs';

const { QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice, recommend } = await importSource('src/engine/index.ts');

/** The README snippet's facility, so the result has a call button. */
const FACILITY = 'facility-name="Harbor Light Recovery" phone="(555) 010-2345" cta-href="https://example.org/admissions"';

/** Targets of issue 11, checked here and in test/layout.test.ts. */
export const TARGETS = { start390: 1700, start1280: 1100, quizButtonScreens: 2, nextStepScreens: 1 };

/** A seeded walk over answer sets: the inpatient (not crisis) result with the most reasons, the tallest kind. */
export function longestInpatient() {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let best = null;
  for (let i = 0; i < 4000; i++) {
    const answers = {};
    for (const q of QUESTION_IDS) {
      const options = QUESTION_OPTIONS[q];
      const one = options[Math.floor(next() * options.length)];
      answers[q] = isMultiChoice(q) ? [one] : one;
    }
    const r = recommend(answers);
    if (r.level !== 'inpatient' || r.crisis || r.higherLevelNeeded) continue;
    const score = r.reasons.length + r.notes.length + r.tradeoffs.length;
    if (!best || score > best.score) best = { answers, score };
  }
  return best.answers;
}

const page = (attributes, column) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>heights</title>
<style>body{margin:16px;font:16px/1.5 system-ui,sans-serif}${column ? `main{max-width:${column}px;margin:auto}` : ''}</style>
<script src="/dist/treatment-compare.iife.js"></script></head><body><main><treatment-compare ${attributes}></treatment-compare></main></body></html>`;

async function open(browser, base, { width, height = 900, attributes = '', column = 0 }) {
  const p = await browser.newPage({ viewport: { width, height } });
  await p.goto(`${base}/__heights.html?${encodeURIComponent(JSON.stringify({ attributes, column }))}`);
  await p.waitForFunction(() => customElements.get('treatment-compare'));
  await p.evaluate(() => document.querySelector('treatment-compare').updateComplete);
  return p;
}

const box = (p, selector) =>
  p.evaluate((selector) => {
    const el = document.querySelector('treatment-compare');
    const target = selector ? el.shadowRoot.querySelector(selector) : el;
    const r = target.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height };
  }, selector);

/** Clicks through the quiz with `answers`, as a visitor would. */
async function answer(p, answers) {
  await p.evaluate(
    async ({ answers, options }) => {
      const el = document.querySelector('treatment-compare');
      const root = el.shadowRoot;
      root.querySelector('.intro button')?.click();
      await el.updateComplete;
      for (let i = 0; i < 30 && root.querySelector('.options input'); i++) {
        const values = [...root.querySelectorAll('.options input')].map((x) => x.value).sort().join();
        const q = Object.keys(options).find((id) => [...options[id]].sort().join() === values);
        for (const v of [].concat(answers[q])) root.querySelector(`.options input[value="${v}"]`).click();
        await el.updateComplete;
        root.querySelector('button[type=submit]').click();
        await el.updateComplete;
      }
    },
    { answers, options: QUESTION_OPTIONS },
  );
}

export async function measure() {
  const server = await startServer({
    handle: (req, res) => {
      if (!req.url.startsWith('/__heights.html')) return false;
      const { attributes, column } = JSON.parse(decodeURIComponent(req.url.split('?')[1]));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(attributes, column));
      return true;
    },
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const inpatient = longestInpatient();
  const out = { start: {}, result: {} };
  try {
    for (const [key, width, column] of [['320 px', 320, 0], ['390 px', 390, 0], ['1,280 px', 1280, 0], ['1,280 px, 650 px column', 1280, 650]]) {
      let p = await open(browser, base, { width, column });
      out.start[key] = (await box(p)).height;
      await p.close();
      p = await open(browser, base, { width, column, attributes: FACILITY });
      await answer(p, inpatient);
      out.result[key] = (await box(p)).height;
      await p.close();
    }
    // At 390 × 844: the quiz's first button, from the widget's top; the call button, from the result's heading.
    let p = await open(browser, base, { width: 390, height: 844 });
    const widget = await box(p);
    out.quizButton = (await box(p, '.intro button')).bottom - widget.top;
    await p.close();
    p = await open(browser, base, { width: 390, height: 844, attributes: FACILITY });
    await answer(p, inpatient);
    out.nextStep = (await box(p, '.next a.primary')).bottom - (await box(p, '#quiz-heading')).top;
    await p.close();
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

const px = (n) => `${Math.round(n).toLocaleString('en-US')} px`;

export function table(m) {
  const cols = Object.keys(m.start);
  return [
    `| view | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '--:').join('|')}|`,
    `| start (comparison and the quiz's start), default | ${cols.map((c) => px(m.start[c])).join(' | ')} |`,
    `| target for the start view | | ≤ ${px(TARGETS.start390)} | ≤ ${px(TARGETS.start1280)} | |`,
    `| result, inpatient, the longest kind | ${cols.map((c) => px(m.result[c])).join(' | ')} |`,
    '',
    `At 390 × 844 the quiz's first button ends ${px(m.quizButton)} below the widget's top (target: within ${TARGETS.quizButtonScreens} screens, ${px(TARGETS.quizButtonScreens * 844)}), and the`,
    `result's call button ${px(m.nextStep)} below the result's heading (target: within one screen, ${px(844)}).`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = await measure();
  const text = table(m);
  console.log(text);
  if (!process.argv.includes('--check')) {
    const readme = readFileSync('README.md', 'utf8');
    const next = readme.replace(/(<!-- heights:start -->\n)[^]*?(<!-- heights:end -->)/, `$1${text}\n$2`);
    writeFileSync('README.md', next);
    console.log(next === readme ? 'README.md: heights unchanged (or no markers)' : 'README.md: heights updated');
  }
}
