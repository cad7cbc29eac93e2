// How the widget fits a phone and a page, on the built ESM bundle (the same code as the IIFE): the compact
// comparison at 320 and 390 px (levels named once, rows folded behind a keyboard-friendly button, nothing lost,
// no horizontal scrolling), no heading broken inside a word from 320 to 1,280 px, and where the eyes are: the
// result's next step near its heading, the crisis notice in view when it appears, each new question in view.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Widget } from './harness.js';
import { CALM } from '../answers.js';
import { findAnswers } from './answer-sets.js';
import { wordLines } from './checks.js';
import { LEVEL_IDS, QUESTION_IDS, type Answers, type LevelId, type Recommendation } from '../../src/engine/index.js';
import { LANGUAGES, ROW_IDS } from '../../src/content/index.js';

const BUNDLE = '/dist/treatment-compare.js';
before(async () => {
  // A theme's margins on a phone: the widget is 32 px narrower than the screen.
  document.body.style.margin = '16px';
  await import(/* @vite-ignore */ BUNDLE);
  await customElements.whenDefined('treatment-compare');
});
after(async () => {
  document.body.style.margin = '';
  await setViewport({ width: 800, height: 600 });
});

const LEVEL_SETS: LevelId[][] = [['iop', 'inpatient'], ['iop', 'php', 'inpatient'], [...LEVEL_IDS]];
const FACILITY = { 'facility-name': 'Harbor Light Recovery', phone: '(555) 010-2345', 'cta-href': 'https://example.org/admissions' };

async function render(attrs: Record<string, string> = {}, answers?: Answers) {
  const el = await fixture<Widget>(html`<treatment-compare></treatment-compare>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (answers) el.answers = answers;
  await el.updateComplete;
  return el;
}

const root = (el: Widget) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Widget, selector: string) => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Widget, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** Drawn on the page (not hidden, not a 1 px screen-reader-only box). */
const shown = (node: Element) => node.getBoundingClientRect().height > 2 && node.getBoundingClientRect().width > 2;
const rowsButton = (el: Widget) => q<HTMLButtonElement>(el, '[part=comparison] button[aria-controls]')!;
const expectNoHorizontalScroll = (what: string) =>
  expect(document.documentElement.scrollWidth, `${what}: page scroll width`).to.be.at.most(document.documentElement.clientWidth);

/** Every word of the text in `nodes` sits on one line (a word split across two lines has a box on each). */
function brokenWords(nodes: Element[]): string[] {
  const broken: string[] = [];
  for (const node of nodes) {
    // Cards keep the level names for screen readers only, in a clipped head row.
    const head = node.closest('thead');
    if (!shown(node) || (head && getComputedStyle(head).position === 'absolute')) continue;
    for (const [word, lines] of wordLines(node)) if (lines > 1) broken.push(`"${word}" in <${node.localName}>`);
  }
  return broken;
}

describe('compact comparison on a phone', function () {
  this.timeout(60000);

  for (const width of [320, 390]) {
    for (const levels of LEVEL_SETS) {
      for (const lang of ['en', 'es']) {
        it(`${width} px, ${levels.length} levels, ${lang}: levels named once, rows folded and unfolded by keyboard, nothing lost, no horizontal scroll, axe`, async () => {
          await setViewport({ width, height: 800 });
          const el = await render({ levels: levels.join(' '), lang });
          const s = LANGUAGES[lang];
          const table = q(el, 'table')!;
          // Two levels, and three from 440 px: one row of level names on top, each row's label across its cells.
          // Three in a narrower widget, and four: cards, each cell named by its level.
          const heads = qa(el, 'thead th');
          expect(heads.map((th) => th.textContent!.trim()), 'the level names, once each').to.deep.equal(levels.map((l) => s.levels[l]));
          const sideBySide = levels.length === 2 || (levels.length === 3 && el.getBoundingClientRect().width > 440);
          expect(getComputedStyle(q(el, 'thead')!).position === 'absolute' || !shown(heads[0]), 'the level names hidden for cards').to.equal(!sideBySide);
          if (sideBySide) {
            for (const th of heads) expect(shown(th), `${th.textContent!.trim()} shown at the top`).to.equal(true);
            const labelled = qa(el, 'tbody td[data-level]').filter((td) => getComputedStyle(td, '::before').content.includes(s.levels[levels[0]]));
            expect(labelled, 'cells do not repeat the level names').to.deep.equal([]);
          }
          expect(table.getBoundingClientRect().right, 'the table fits').to.be.at.most(document.documentElement.clientWidth);
          expectNoHorizontalScroll('folded');

          // Folded: the first rows in view, the rest in a hidden row group the button controls.
          const button = rowsButton(el);
          const more = q(el, `#${button.getAttribute('aria-controls')}`)!;
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(more.hidden, 'the other rows are folded').to.equal(true);
          await expect(el).to.be.accessible();

          // By keyboard: Tab reaches the button, Enter unfolds, the focus stays, every row and cell is there.
          const before = document.createElement('button');
          before.textContent = 'before';
          el.before(before);
          before.focus();
          for (let i = 0; i < 10 && root(el).activeElement !== button; i++) await sendKeys({ press: 'Tab' });
          expect(root(el).activeElement, 'Tab reaches "Show all"').to.equal(button);
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded')).to.equal('true');
          expect(root(el).activeElement, 'the focus stays on the button').to.equal(button);
          expect(more.hidden).to.equal(false);
          const rowHeads = qa(el, 'tbody th[scope=row]');
          expect(rowHeads.length, 'every row').to.equal(ROW_IDS.length);
          for (const th of rowHeads) {
            expect(shown(th), `row "${th.textContent!.trim()}" shown`).to.equal(true);
            for (const cell of th.parentElement!.querySelectorAll('td')) expect(shown(cell), `a cell of "${th.textContent!.trim()}" shown`).to.equal(true);
          }
          expectNoHorizontalScroll('unfolded');
          await expect(el).to.be.accessible();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded'), 'Enter folds them again').to.equal('false');
          before.remove();
          el.remove();
        });
      }
    }
  }
});

describe('no heading broken inside a word, 320 to 1,280 px', function () {
  this.timeout(120000);
  const widths = [320, 340, 360, 375, 390, 414, 440, 480, 520, 560, 600, 640, 682, 720, 768, 820, 880, 960, 1024, 1100, 1180, 1280];
  // The comparison's headings, the widget's own, and a result's (marking a level puts a badge in its column).
  const HEADINGS = 'h2, h3, h4, th, legend, .badge';
  for (const levels of LEVEL_SETS) {
    for (const lang of ['en', 'es']) {
      it(`${levels.length} levels, ${lang}: start (every row shown) and a result marking the middle level`, async () => {
        const middle = levels[Math.floor(levels.length / 2)];
        const answers = findAnswers(`${middle} among ${levels}`, (r: Recommendation) => r.level === middle && r.needed === middle && !r.crisis, { levels });
        const start = await render({ levels: levels.join(' '), lang });
        rowsButton(start).click();
        const result = await render({ levels: levels.join(' '), lang, ...FACILITY }, answers);
        await start.updateComplete;
        const broken: string[] = [];
        for (const width of widths) {
          await setViewport({ width, height: 800 });
          for (const [name, el] of [['start', start], ['result', result]] as const) {
            await el.updateComplete;
            broken.push(...brokenWords(qa(el, HEADINGS)).map((w) => `${width} px, ${name}: ${w}`));
          }
        }
        expect(broken).to.deep.equal([]);
      });
    }
  }
});

describe('where the eyes are', function () {
  this.timeout(60000);

  // The kinds of result, each with the step a visitor should see first: the facility's call, or in a crisis, 988.
  const results: [string, Answers, string][] = [
    ['inpatient with severe withdrawal and pregnancy (two urgent notes)', { ...CALM, substances: ['sedatives'], withdrawal: 'severe', severity: 'severe', relapse: 'repeated', 'mental-health': 'struggling', health: ['pregnant'], environment: 'unsafe', cost: 'unsure' }, '.next a.primary'],
    ['intensive outpatient', findAnswers('iop', (r) => r.level === 'iop' && !r.crisis && r.reasons.length > 2), '.next a.primary'],
    ['a crisis', { ...CALM, 'mental-health': 'crisis' }, '[part=crisis] a[href="tel:988"]'],
  ];
  for (const lang of ['en', 'es']) {
    for (const [name, answers, step] of results) {
      it(`390 × 844, ${lang}, ${name}: the main next step is within one screen of the result's heading`, async () => {
        await setViewport({ width: 390, height: 844 });
        const el = await render({ lang, ...FACILITY }, answers);
        const heading = q(el, '#quiz-heading')!;
        const target = q(el, step);
        expect(target, step).to.exist;
        const distance = target!.getBoundingClientRect().bottom - heading.getBoundingClientRect().top;
        expect(distance, `${step} ends ${Math.round(distance)} px below the heading`).to.be.at.most(844);
        el.remove();
      });
    }
  }

  for (const [width, height] of [[320, 568], [390, 844]]) {
    it(`${width} × ${height}: the crisis notice is in view when it appears, and the focus stays on the answer`, async () => {
      await setViewport({ width, height });
      const el = await render({ audience: 'self' }, Object.fromEntries(QUESTION_IDS.slice(0, QUESTION_IDS.indexOf('mental-health')).map((id) => [id, CALM[id]])) as Answers);
      q<HTMLButtonElement>(el, '.intro button')?.click();
      await el.updateComplete;
      const crisis = q<HTMLInputElement>(el, '.options input[value=crisis]')!;
      expect(crisis, 'the mental-health question is shown').to.exist;
      // Scrolled as a visitor on a small screen would be, down at the answers.
      crisis.scrollIntoView({ block: 'end' });
      crisis.focus();
      crisis.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const alert = q(el, '.crisis-alert.crisis-callout')!;
      expect(alert, 'the crisis notice').to.exist;
      const box = alert.getBoundingClientRect();
      expect(box.top, 'its top in view (within a pixel)').to.be.at.least(-1);
      expect(Math.min(box.bottom, height) - box.top, 'a good part of it in view').to.be.at.least(Math.min(box.height, height / 2));
      expect(root(el).activeElement, 'the focus stays on the answer').to.equal(crisis);
      el.remove();
    });

    it(`${width} × ${height}: after each Next, the progress line and the question are both fully in view`, async () => {
      await setViewport({ width, height });
      const el = await render({ audience: 'self', levels: LEVEL_IDS.join(' ') });
      q<HTMLButtonElement>(el, '.intro button')!.click();
      await el.updateComplete;
      for (let i = 0; i < QUESTION_IDS.length; i++) {
        const inputs = qa<HTMLInputElement>(el, '.options input');
        inputs[inputs.length > 1 ? 1 : 0].click();
        await el.updateComplete;
        q<HTMLButtonElement>(el, 'button[type=submit]')!.scrollIntoView({ block: 'end' }); // where the thumb is
        q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        const progress = q(el, '.progress-text');
        if (!progress) break; // the result
        for (const [what, node] of [['progress line', progress], ['question', q(el, '#quiz-heading')!]] as const) {
          const box = node.getBoundingClientRect();
          // (within a pixel: scrolling lands on whole pixels, text boxes need not)
          expect(box.top, `step ${i + 2}: the ${what}'s top in view`).to.be.at.least(-1);
          expect(box.bottom, `step ${i + 2}: the ${what}'s bottom in view`).to.be.at.most(height + 1);
        }
        expect(root(el).activeElement?.id, 'the focus on the question').to.equal('quiz-heading');
      }
      el.remove();
    });
  }
});
