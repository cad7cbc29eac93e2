// Renders the demo in headless Chromium and saves PNG screenshots (README image and visual checks).
// Usage: node scripts/screenshot.mjs [outDir]   (run `npm run build` first)
// With no SHOTS list it writes only the README image, docs/screenshot.png; SHOTS=all writes every view.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { startServer } from './static-server.mjs';

const outDir = process.argv[2] ?? 'docs';
mkdirSync(outDir, { recursive: true });
const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}`;
const scale = Number(process.env.SCALE ?? 1);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

async function shoot(name, { width, colorScheme = 'light', selector = '#default treatment-compare', inner, steps = [] }) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: scale });
  await page.goto(`${base}/demo/`);
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  for (const step of steps) await step(el, page);
  await (inner ? el.locator(inner).first() : el).screenshot({ path: `${outDir}/${name}.png` });
  await page.close();
  console.log(`${outDir}/${name}.png`);
}

// Answers that give a result with reasons on both sides.
const ANSWERS = { substances: ['alcohol'], withdrawal: 'mild', severity: 'moderate', relapse: 'none', 'mental-health': 'managed', health: ['none'], environment: 'supportive', 'prior-treatment': 'none', responsibilities: 'must-continue', cost: 'unsure' };
const answerAll = (answers) => async (el) => el.evaluate((node, a) => (node.answers = a), answers);
const startQuiz = async (el) => el.locator('.intro button').first().click();

const only = process.env.SHOTS ?? 'screenshot';
const shots = {
  'screenshot': { width: 1200, selector: '#branded treatment-compare', steps: [answerAll(ANSWERS)] },
  'wide-start': { width: 1200 },
  'wide-question': { width: 1200, steps: [startQuiz] },
  'wide-result': { width: 1200, steps: [answerAll(ANSWERS)] },
  'wide-dark-result': { width: 1200, selector: '#dark treatment-compare', steps: [answerAll({ ...ANSWERS, withdrawal: 'severe' })] },
  'narrow-outpatient-only': { width: 320, selector: '#outpatient-only treatment-compare', inner: '.quiz', steps: [answerAll({ ...ANSWERS, withdrawal: 'severe' })] },
  'narrow-opioids': { width: 320, selector: '#situations treatment-compare', inner: '.quiz', steps: [answerAll({ ...ANSWERS, substances: ['opioids'], withdrawal: 'severe' })] },
  'narrow-spanish-loved-one': { width: 320, selector: '#spanish treatment-compare', inner: '.quiz', steps: [async (el) => el.evaluate((n) => n.setAttribute('audience', 'loved-one')), answerAll({ ...ANSWERS, health: ['pregnant'] })] },
  'narrow-start': { width: 320 },
  'narrow-question': { width: 320, steps: [startQuiz], inner: '.quiz' },
  'narrow-table': { width: 320, inner: 'table' },
  'narrow-result': { width: 320, selector: '#three-levels treatment-compare', inner: '.quiz', steps: [answerAll({ ...ANSWERS, environment: 'unsafe' })] },
  'narrow-dark-question': { width: 320, selector: '#dark treatment-compare', inner: '.quiz', steps: [startQuiz] },
  'narrow-crisis-alert': { width: 320, selector: '#quiz-only treatment-compare', inner: '.root', steps: [startQuiz, answerAll({ substances: ['alcohol'], withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'crisis' })] },
  'narrow-crisis': { width: 320, selector: '#quiz-only treatment-compare', inner: '.quiz', steps: [answerAll({ ...ANSWERS, 'mental-health': 'crisis' })] },
  'wide-all-levels': { width: 1200, selector: '#compare-only treatment-compare' },
};
for (const [name, options] of Object.entries(shots)) {
  if (only === 'all' || only.split(',').includes(name)) await shoot(name, options);
}
await browser.close();
server.close();
