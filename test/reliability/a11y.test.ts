// Accessibility across the whole matrix, on the built ESM bundle (the same code as the IIFE): axe in every
// state, in English and Spanish, light and dark, at 320 and 1280 px; focus and selection under forced colors;
// reflow at 200 % and 400 % browser zoom of a 1280 px window.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Widget } from './harness.js';
import { CALM } from '../answers.js';

const BUNDLE = '/dist/treatment-compare.js';
before(async () => {
  await import(/* @vite-ignore */ BUNDLE);
  await customElements.whenDefined('treatment-compare');
});

type Answers = Record<string, string>;
const ORDER = Object.keys(CALM) as (keyof typeof CALM)[];
const firstAnswers = (count: number) => Object.fromEntries(ORDER.slice(0, count).map((q) => [q, CALM[q]]));

const FACTS_CONFIG = JSON.stringify({
  rows: ['live', 'schedule', { label: { en: 'Family program', es: 'Programa familiar' }, iop: 'Weekly', inpatient: 'Monthly' }, 'detox', 'cost'],
  facts: { iop: { schedule: 'Mon–Thu, 6–9 pm', detox: false, moud: true, payment: 'Most major plans' }, php: { length: '4–6 weeks' } },
});

interface Setup {
  /** A selector that proves the state is the one named. */
  shows: string;
  attrs?: Record<string, string>;
  answers?: Answers;
  /** After rendering: e.g. choose an option, as a visitor would. */
  then?: (el: Widget) => Promise<void> | void;
}

const chooseSecond = async (el: Widget) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')?.click(); // question 1: start first
  await el.updateComplete;
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
  await el.updateComplete;
};

/** Every state a visitor can reach, named. */
const STATES: Record<string, Setup> = {
  'start: comparison and "who is this for"': { shows: '[part=comparison] ~ [part=quiz] .intro' },
  ...Object.fromEntries(
    ORDER.map((q, i) => [`question ${i + 1} (${q}), an answer selected`, { shows: 'fieldset legend', attrs: { audience: 'self' }, answers: firstAnswers(i), then: chooseSecond }]),
  ),
  'a crisis answer chosen: the alert shows': {
    shows: '.crisis-alert.crisis-callout',
    attrs: { audience: 'self' },
    answers: firstAnswers(3),
    then: async (el) => {
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === 'crisis')!.click();
      await el.updateComplete;
    },
  },
  'result: IOP, with phone and booking link': { shows: '[part=result] a[part~=cta][href="/contact"]', attrs: { phone: '555-010-0000', 'cta-href': '/contact', 'facility-name': 'Test Facility' }, answers: CALM },
  'result: inpatient, urgent detox note': { shows: '[part=result] .urgent-callout', answers: { ...CALM, withdrawal: 'severe' } },
  'result: crisis first': { shows: '[part=result] > .crisis-callout:first-child', answers: { ...CALM, 'mental-health': 'crisis' } },
  'result: referral (four levels, not offered here)': { shows: '[part=result] .referral-callout', attrs: { levels: 'outpatient iop php inpatient', offers: 'php' }, answers: { ...CALM, 'prior-treatment': 'none' } },
  'result: for a loved one, with family steps': { shows: '[part=result] .reasons', attrs: { audience: 'loved-one' }, answers: { ...CALM, severity: 'moderate' } },
  'comparison only: four levels, own row and facility facts': {
    shows: '[part=comparison] tr.group',
    attrs: { view: 'compare', levels: 'outpatient iop php inpatient', offers: 'iop php', 'facility-name': 'Test Facility', config: FACTS_CONFIG },
  },
};

async function render(setup: Setup, extra: Record<string, string> = {}) {
  const el = await fixture<Widget>(html`<treatment-compare></treatment-compare>`);
  for (const [name, value] of Object.entries({ ...setup.attrs, ...extra })) el.setAttribute(name, value);
  if (setup.answers) el.answers = setup.answers;
  await el.updateComplete;
  await setup.then?.(el);
  return el;
}

describe('accessibility matrix (built bundle)', function () {
  this.timeout(120000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark']) {
        it(`axe passes in all ${Object.keys(STATES).length} states: ${lang}, ${theme}, ${width} px`, async () => {
          await setViewport({ width, height: 900 });
          for (const [name, setup] of Object.entries(STATES)) {
            const el = await render(setup, { lang, theme });
            expect(el.shadowRoot!.querySelector(setup.shows), `${name}: ${setup.shows}`).to.exist;
            try {
              await expect(el).to.be.accessible();
            } catch (error) {
              throw new Error(`${name} (${lang}, ${theme}, ${width} px): ${(error as Error).message}`);
            }
            el.remove();
          }
        });
      }
    }
  }
});

describe('forced colors (Windows High Contrast)', function () {
  this.timeout(30000);
  before(() => executeServerCommand('tc-forced-colors', { active: true }));
  after(() => executeServerCommand('tc-forced-colors', { active: false }));

  it('is really emulated: author colours give way to system colours', async () => {
    const el = await render({ shows: '.root', attrs: { theme: 'dark' } });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect(root.forcedColorAdjust).to.equal('auto');
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: keyboard focus and the chosen answer stay visible`, async () => {
      const el = await render({ shows: '.intro', attrs: { audience: 'self', theme } });
      const root = el.shadowRoot!;
      // Start the quiz with the keyboard: Tab to the start button, Enter.
      const start = root.querySelector<HTMLButtonElement>('.intro button')!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      const radio = root.activeElement as HTMLInputElement;
      expect(radio?.type, 'Tab reaches the answers').to.equal('radio');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const focused = root.activeElement as HTMLInputElement;
      expect(focused.checked, 'arrow keys choose').to.equal(true);
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle, 'focus ring').to.not.equal('none');
      expect(parseFloat(ring.outlineWidth), 'focus ring width').to.be.at.least(2);
      const options = [...root.querySelectorAll('[part=option]')];
      const chosen = options.find((o) => o.querySelector('input:checked'))!;
      const other = options.find((o) => o !== chosen)!;
      const chosenBorder = getComputedStyle(chosen).borderTopColor;
      expect(chosenBorder, 'the chosen answer is marked in the Highlight colour').to.not.equal(getComputedStyle(other).borderTopColor);
      expect(chosenBorder).to.not.equal(getComputedStyle(chosen).backgroundColor);
      // And the buttons: the focus ring on Next.
      await sendKeys({ press: 'Tab' });
      const next = root.activeElement as HTMLElement;
      expect(next.tagName).to.equal('BUTTON');
      const nextRing = getComputedStyle(next);
      expect(nextRing.outlineStyle).to.not.equal('none');
      expect(nextRing.outlineColor).to.not.equal(getComputedStyle(next).backgroundColor);
      expect(getComputedStyle(next).borderTopStyle, 'buttons keep a visible edge').to.not.equal('none');
    });
  }
});

/** Content kept for screen readers only (clipped to 1 px on purpose), or inside such content. */
function hiddenForScreenReaders(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const box = n.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return true;
  }
  return false;
}

describe('reflow under browser zoom (1280 px window)', function () {
  this.timeout(60000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const zoom of [2, 4]) {
    it(`at ${zoom * 100} % (${1280 / zoom} CSS px): every state reflows with no horizontal scrolling or clipped text`, async () => {
      // Browser zoom on a 1280 px window is a 1280/zoom CSS px viewport at zoom device pixels per CSS px.
      await setViewport({ width: 1280 / zoom, height: 800 / zoom, deviceScaleFactor: zoom } as Parameters<typeof setViewport>[0]);
      for (const [name, setup] of Object.entries(STATES)) {
        for (const lang of ['en', 'es']) {
          const el = await render(setup, { lang });
          const width = document.documentElement.clientWidth;
          expect(document.documentElement.scrollWidth, `${name} (${lang}): page scroll width`).to.be.at.most(width);
          for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
            const box = node.getBoundingClientRect();
            if (!box.width || hiddenForScreenReaders(node)) continue;
            expect(box.right, `${name} (${lang}): <${node.localName} class="${node.className}"> inside the viewport`).to.be.at.most(width + 1);
            const style = getComputedStyle(node);
            if (style.overflowX !== 'visible' && node.localName !== 'input') {
              expect(node.scrollWidth, `${name} (${lang}): <${node.localName}> clips its content`).to.be.at.most(node.clientWidth + 1);
            }
          }
          el.remove();
        }
      }
    });
  }
});

describe('four levels side by side', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const [width, stacked] of [[700, true], [1000, false], [560, true]] as const) {
    it(`at ${width} px the comparison is ${stacked ? 'stacked' : 'a table'}, with no word broken mid-way`, async () => {
      await setViewport({ width, height: 800 });
      const el = await render({ shows: 'table', attrs: { view: 'compare', levels: 'outpatient iop php inpatient' } });
      const table = el.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).display).to.equal(stacked ? 'block' : 'table');
      // Stacked, the column headings are kept for screen readers only; each card shows its level instead.
      for (const cell of el.shadowRoot!.querySelectorAll<HTMLElement>(stacked ? 'tbody th' : 'thead th, tbody th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            // A word split across two lines has a box on each.
            expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, `"${match[0]}" on one line`).to.equal(1);
          }
        }
      }
      el.remove();
    });
  }
});
