// Accessibility across the whole matrix, on the built ESM bundle (the same code as the IIFE): axe in every
// state, in English and Spanish, light and dark, at 320, 390 and 1280 px; focus and selection under forced colors
// (a checkbox group, a radio group and the crisis result); reflow at 200 % and 400 % browser zoom of a 1280 px
// window. The questions, their kinds and their order are read from src/engine, so a new question is a new state
// here without a change to this file.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Widget } from './harness.js';
import { CALM } from '../answers.js';
import { findAnswers, reasonLineCount } from './answer-sets.js';
import { wordLines } from './checks.js';
import {
  EXCLUSIVE_OPTIONS,
  LEVEL_IDS,
  MULTI_CHOICE_QUESTION_IDS,
  QUESTION_IDS,
  isMultiChoice,
  type Answers,
  type QuestionId,
  type Recommendation,
} from '../../src/engine/index.js';
import { LANGUAGES } from '../../src/content/index.js';

const BUNDLE = '/dist/treatment-compare.js';
before(async () => {
  await import(/* @vite-ignore */ BUNDLE);
  await customElements.whenDefined('treatment-compare');
});

const ALL_LEVELS = LEVEL_IDS.join(' ');
/** The calm answers to the questions before `question`: the quiz resumes at it. */
const answersBefore = (question: QuestionId) => Object.fromEntries(QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question)).map((q) => [q, CALM[q]])) as Answers;
const step = (question: QuestionId) => QUESTION_IDS.indexOf(question) + 1;
const inputs = (el: Widget) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.options input')];

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
  /** What the widget's own result must be for the state to be the one named. */
  result?: (r: Recommendation) => boolean;
  /** More proof, on the rendered state (in the language shown). */
  check?: (el: Widget, lang: string) => void;
}

/** Starts the quiz if it is at its intro, then ticks (or chooses) the options with these ids, as a visitor would. */
const tick =
  (...ids: string[]) =>
  async (el: Widget) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')?.click();
    await el.updateComplete;
    for (const id of ids) {
      const input = inputs(el).find((i) => i.value === id);
      expect(input, `option ${id}`).to.exist;
      input!.click();
      await el.updateComplete;
    }
  };

/**
 * An answer other than the calm one, given by clicking: the second option shown of a radio group, or the first
 * two options shown of a checkbox group that can go together (not the exclusive one).
 */
const chooseOther = (question: QuestionId) => async (el: Widget) => {
  await tick()(el);
  const shown = inputs(el).filter((i) => i.value !== EXCLUSIVE_OPTIONS[question as keyof typeof EXCLUSIVE_OPTIONS]);
  for (const input of isMultiChoice(question) ? shown.slice(0, 2) : shown.slice(1, 2)) {
    input.click();
    await el.updateComplete;
  }
};

const checked = (el: Widget) => inputs(el).filter((i) => i.checked).map((i) => i.value);

/** The note lists each of its own help lines (the Domestic Violence Hotline's, for an unsafe home), in the language shown. */
const listsNoteLines = (note: 'unsafe-home') => (el: Widget, lang: string) => {
  const lines = LANGUAGES[lang].notes[note].lines!;
  expect(lines.length, `${note} has lines`).to.be.greaterThan(0);
  const callouts = [...el.shadowRoot!.querySelectorAll('.note-callout')];
  const hrefs = callouts.flatMap((c) => [...c.querySelectorAll('.lines a')].map((a) => a.getAttribute('href')));
  expect(hrefs, `${note}: its lines`).to.include.members(lines.map((l) => l.href));
};

const questionStates = Object.fromEntries(
  QUESTION_IDS.map((q): [string, Setup] => [
    `question ${step(q)} (${q}), ${isMultiChoice(q) ? 'two boxes ticked' : 'an answer selected'}`,
    {
      shows: `fieldset legend ~ .options input[type=${isMultiChoice(q) ? 'checkbox' : 'radio'}]:checked`,
      attrs: { audience: 'self' },
      answers: answersBefore(q),
      then: chooseOther(q),
      check: (el) => expect(checked(el), q).to.have.length(isMultiChoice(q) ? 2 : 1),
    },
  ]),
);

const exclusiveStates = Object.fromEntries(
  MULTI_CHOICE_QUESTION_IDS.filter((q) => EXCLUSIVE_OPTIONS[q]).map((q): [string, Setup] => {
    const exclusive = EXCLUSIVE_OPTIONS[q]!;
    return [
      `question ${step(q)} (${q}), "${exclusive}" ticked after another box`,
      {
        shows: 'fieldset legend ~ .options input[type=checkbox]:checked',
        attrs: { audience: 'self' },
        answers: answersBefore(q),
        // Another box first: the exclusive one clears it.
        then: async (el) => {
          await tick()(el);
          await tick(inputs(el).find((i) => i.value !== exclusive)!.value, exclusive)(el);
        },
        check: (el) => expect(checked(el), q).to.deep.equal([exclusive]),
      },
    ];
  }),
);

/** Unfolds the comparison's rows, as a visitor would. */
async function showAllRows(el: Widget) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=comparison] button[aria-controls]')!.click();
  await el.updateComplete;
}

// Answer sets for the kinds of result (SPEC §4), found by the engine where a rule decides them.
const DAY_PROGRAM = findAnswers('a needed level of php with the default levels', (r) => r.needed === 'php' && r.notes.includes('day-program') && !r.crisis);
const DUTIES = findAnswers('a level lowered by duties among four levels', (r) => r.reasons.some((x) => x.kind === 'preference'), { levels: LEVEL_IDS });
const MORE_REASONS = findAnswers('more reasons than are in view', (r) => reasonLineCount(r) > 3 && !r.crisis && !r.higherLevelNeeded);

/** Every state a visitor can reach, named. */
const STATES: Record<string, Setup> = {
  'start: comparison and "who is this for"': { shows: '[part=comparison] ~ [part=quiz] .intro' },
  ...questionStates,
  ...exclusiveStates,
  'a crisis answer chosen: the alert shows': {
    shows: '.crisis-alert.crisis-callout [aria-live]:not(:empty)',
    attrs: { audience: 'self' },
    answers: answersBefore('mental-health'),
    then: tick('crisis'),
  },
  'result: with phone and booking link': {
    shows: '[part=result] a[part~=cta][href="/contact"]',
    attrs: { phone: '555-010-0000', 'cta-href': '/contact', 'facility-name': 'Test Facility' },
    answers: CALM,
  },
  'result: inpatient, urgent medical withdrawal note': {
    shows: '[part=result] .urgent-callout',
    answers: { ...CALM, substances: ['alcohol'], withdrawal: 'severe' },
    result: (r) => r.notes.includes('medical-withdrawal') && r.level === 'inpatient',
  },
  'result: crisis first (Call 988, Text 988, Call 911)': {
    shows: '.crisis-result > .crisis-callout:first-child .actions a[href^="sms:"]',
    attrs: { phone: '555-010-0000', 'facility-name': 'Test Facility' },
    answers: { ...CALM, 'mental-health': 'crisis' },
    result: (r) => r.crisis,
  },
  'result: more care needed than shown (outpatient and IOP shown, severe withdrawal with alcohol)': {
    shows: '[part=result] > #quiz-heading + .referral-callout',
    attrs: { levels: 'outpatient iop', phone: '555-010-0000', 'cta-href': '/contact' },
    answers: { ...CALM, substances: ['alcohol'], withdrawal: 'severe' },
    result: (r) => r.higherLevelNeeded && r.needed === 'inpatient',
    check: (el) => expect(el.shadowRoot!.querySelector('[part=result] a[href="/contact"]'), 'no booking link').to.equal(null),
  },
  'result: needed level not shown (a day program, default levels)': {
    shows: '[part=result] > #quiz-heading',
    answers: DAY_PROGRAM,
    result: (r) => r.needed === 'php' && r.notes.includes('day-program') && !r.higherLevelNeeded,
  },
  'result: referral (four levels, not offered here)': {
    shows: '[part=result] .referral-callout',
    attrs: { levels: ALL_LEVELS, offers: 'php' },
    answers: { ...CALM, 'prior-treatment': 'none' },
    result: (r) => !r.offered,
  },
  'result: opioids with severe withdrawal (urgent opioids note)': {
    shows: '[part=result] .urgent-callout',
    answers: { ...CALM, substances: ['opioids'], withdrawal: 'severe' },
    result: (r) => r.urgent && r.notes.includes('opioids') && !r.notes.includes('medical-withdrawal'),
  },
  'result: pregnancy (urgent note)': {
    shows: '[part=result] .urgent-callout',
    answers: { ...CALM, health: ['pregnant'] },
    result: (r) => r.urgent && r.notes.includes('pregnancy'),
  },
  'result: unsafe home (the note lists the Domestic Violence Hotline)': {
    shows: '[part=result] .note-callout .lines a',
    answers: { ...CALM, environment: 'unsafe' },
    result: (r) => r.notes.includes('unsafe-home'),
    check: listsNoteLines('unsafe-home'),
  },
  'result: "Show all N reasons" opened': {
    shows: '[part=result] details.more-reasons[open] li',
    answers: MORE_REASONS,
    then: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('details.more-reasons > summary')!.click();
      await el.updateComplete;
    },
  },
  'result: lowered by duties (four levels)': {
    shows: '[part=result] > #quiz-heading + p',
    attrs: { levels: ALL_LEVELS },
    answers: DUTIES,
    result: (r) => r.reasons.some((x) => x.kind === 'preference') && r.level !== r.needed,
  },
  'result: for a loved one, with family steps': { shows: '[part=result] .reasons', attrs: { audience: 'loved-one' }, answers: { ...CALM, severity: 'moderate' } },
  'start: three levels, every comparison row shown': {
    shows: '[part=comparison] button[aria-expanded=true]',
    attrs: { levels: 'iop php inpatient' },
    then: showAllRows,
  },
  'start: four levels, every comparison row shown': {
    shows: '[part=comparison] button[aria-expanded=true]',
    attrs: { levels: ALL_LEVELS },
    then: showAllRows,
  },
  'comparison only: four levels, own row and facility facts': {
    shows: '[part=comparison] tr.group',
    attrs: { view: 'compare', levels: ALL_LEVELS, offers: 'iop php', 'facility-name': 'Test Facility', config: FACTS_CONFIG },
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

/** The state is the one named: its selector, its result and its own check. */
function expectState(el: Widget, name: string, setup: Setup, lang: string) {
  expect(el.shadowRoot!.querySelector(setup.shows), `${name}: ${setup.shows}`).to.exist;
  if (setup.result) expect(setup.result(el.result!), `${name}: the result (${JSON.stringify(el.result)})`).to.equal(true);
  setup.check?.(el, lang);
}

describe('accessibility matrix (built bundle)', function () {
  this.timeout(120000);
  after(() => setViewport({ width: 800, height: 600 }));

  it(`the states cover every question (${QUESTION_IDS.length}) and both kinds of group`, () => {
    const names = Object.keys(STATES);
    for (const q of QUESTION_IDS) expect(names.some((n) => n.includes(`(${q})`)), q).to.equal(true);
    expect(QUESTION_IDS.some(isMultiChoice) && QUESTION_IDS.some((q) => !isMultiChoice(q)), 'both kinds asked').to.equal(true);
  });

  for (const width of [320, 390, 1280]) {
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark']) {
        it(`axe passes in all ${Object.keys(STATES).length} states: ${lang}, ${theme}, ${width} px`, async () => {
          await setViewport({ width, height: 900 });
          for (const [name, setup] of Object.entries(STATES)) {
            const el = await render(setup, { lang, theme });
            expectState(el, name, setup, lang);
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

/** The focused element shows a focus ring that stands out from its own background. */
function expectFocusRing(node: HTMLElement, what: string) {
  const style = getComputedStyle(node);
  expect(style.outlineStyle, `${what}: focus ring`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${what}: focus ring width`).to.be.at.least(2);
  expect(style.outlineColor, `${what}: focus ring colour`).to.not.equal(style.backgroundColor);
}

/** Every chosen answer is marked in another colour than the answers not chosen, and than its own background. */
function expectChosenMarked(el: Widget, what: string) {
  const options = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=option]')];
  const chosen = options.filter((o) => o.querySelector('input:checked'));
  const other = options.filter((o) => !o.querySelector('input:checked'));
  expect(chosen.length, `${what}: something chosen`).to.be.greaterThan(0);
  expect(other.length, `${what}: something not chosen`).to.be.greaterThan(0);
  for (const o of chosen) {
    const border = getComputedStyle(o).borderTopColor;
    expect(border, `${what}: the chosen answer is marked in the Highlight colour`).to.not.equal(getComputedStyle(other[0]).borderTopColor);
    expect(border).to.not.equal(getComputedStyle(o).backgroundColor);
  }
}

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
    it(`${theme}: keyboard focus and the chosen answers stay visible, in a checkbox group and a radio group`, async () => {
      const el = await render({ shows: '.intro', attrs: { audience: 'self', theme } });
      const root = el.shadowRoot!;
      const focused = () => root.activeElement as HTMLInputElement;
      // Start the quiz with the keyboard, then answer each question with it until both kinds of group were seen.
      root.querySelector<HTMLButtonElement>('.intro button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const seen = new Set<string>();
      for (let i = 0; i < QUESTION_IDS.length && seen.size < 2; i++) {
        await sendKeys({ press: 'Tab' });
        const kind = focused()?.type;
        expect(kind, `question ${i + 1}: Tab reaches the answers`).to.be.oneOf(['checkbox', 'radio']);
        if (kind === 'checkbox') {
          // Space ticks; Tab moves to the next box, which Space ticks too.
          await sendKeys({ press: 'Space' });
          await el.updateComplete;
          await sendKeys({ press: 'Tab' });
          if (focused()?.type === 'checkbox') await sendKeys({ press: 'Space' });
          await el.updateComplete;
          expect(focused().checked, 'Space ticks').to.equal(true);
        } else {
          await sendKeys({ press: 'ArrowDown' });
          await el.updateComplete;
          expect(focused().checked, 'arrow keys choose').to.equal(true);
        }
        expectFocusRing(focused(), `${kind} (question ${i + 1})`);
        expectChosenMarked(el, `${kind} (question ${i + 1})`);
        if (!seen.has(kind)) {
          // The Next button, reached by Tab past the group, has a ring and a visible edge too.
          seen.add(kind);
          let next = focused() as HTMLElement;
          for (let guard = 0; guard < 30 && next.localName === 'input'; guard++) {
            await sendKeys({ press: 'Tab' });
            next = root.activeElement as HTMLElement;
          }
          expect(next.getAttribute('type'), 'Tab reaches Next').to.equal('submit');
          expectFocusRing(next, 'Next');
          expect(getComputedStyle(next).borderTopStyle, 'buttons keep a visible edge').to.not.equal('none');
        }
        await sendKeys({ press: 'Enter' }); // the next question
        await el.updateComplete;
      }
      expect([...seen].sort(), 'both kinds of group').to.deep.equal(['checkbox', 'radio']);
    });

    it(`${theme}: the crisis result keeps its box, its call and text buttons and their focus visible`, async () => {
      const setup = STATES['result: crisis first (Call 988, Text 988, Call 911)'];
      const el = await render(setup, { theme });
      const callout = el.shadowRoot!.querySelector<HTMLElement>('.crisis-result > .crisis-callout')!;
      const box = getComputedStyle(callout);
      expect(box.borderInlineStartStyle, 'the crisis box has an edge').to.not.equal('none');
      expect(parseFloat(box.borderInlineStartWidth)).to.be.at.least(2);
      expect(box.borderInlineStartColor).to.not.equal(box.backgroundColor);
      const actions = [...callout.querySelectorAll<HTMLAnchorElement>('.actions a')];
      expect(actions.length, 'call and text buttons').to.be.at.least(2);
      for (const a of actions) {
        const style = getComputedStyle(a);
        expect(style.borderTopStyle, `${a.textContent}: a visible edge`).to.not.equal('none');
        expect(style.borderTopColor, `${a.textContent}: edge colour`).to.not.equal(style.backgroundColor);
      }
      // Keyboard focus from the heading reaches the first crisis button, with a ring.
      el.shadowRoot!.querySelector<HTMLElement>('#quiz-heading')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab reaches the first crisis button').to.equal(actions[0]);
      expectFocusRing(actions[0], actions[0].textContent!.trim());
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
          expectState(el, name, setup, lang);
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
  // The comparison alone, and beside a result that marks a level in its heading (a badge adds words to the
  // column heading); the crisis result, whose comparison follows the crisis lines, too.
  const results: [string, Answers | undefined][] = [
    ['no result', undefined],
    ['a result marking a level', findAnswers('a level marked in a four-level comparison', (r) => r.level === r.needed && r.level !== LEVEL_IDS[0] && !r.crisis, { levels: LEVEL_IDS })],
    ['the crisis result', { ...CALM, 'mental-health': 'crisis' }],
  ];
  for (const [width, stacked] of [[700, true], [1000, false], [560, true]] as const) {
    for (const [which, answers] of results) {
      it(`at ${width} px the comparison is ${stacked ? 'stacked' : 'a table'}, with no word broken mid-way (${which})`, async () => {
        await setViewport({ width, height: 800 });
        const el = await render({ shows: 'table', attrs: { levels: ALL_LEVELS }, answers });
        await showAllRows(el);
        if (answers) expect(el.shadowRoot!.querySelector('[part=result]'), 'the result is shown').to.exist;
        if (answers) expect(el.shadowRoot!.querySelector('thead th.recommended .badge'), 'the level marked').to.exist;
        const table = el.shadowRoot!.querySelector('table')!;
        expect(getComputedStyle(table).display).to.equal(stacked ? 'block' : 'table');
        // Stacked, the column headings are kept for screen readers only; each card shows its level instead.
        for (const cell of el.shadowRoot!.querySelectorAll<HTMLElement>(stacked ? 'tbody th' : 'thead th, tbody th')) {
          for (const [word, lines] of wordLines(cell)) expect(lines, `"${word}" on one line`).to.equal(1);
        }
        el.remove();
      });
    }
  }
});
