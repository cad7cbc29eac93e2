// Shared by the reliability suites: loads a plain host page (the built bundles, as customers use them) in an
// iframe, and reads what a careful host would watch: uncaught errors, console errors, CSP violations.
import { expect } from '@open-wc/testing';
import { QUESTION_IDS, QUESTION_OPTIONS, type Answers, type QuestionId, type Recommendation } from '../../src/engine/index.js';
import { optionsOf } from '../answers.js';
import { LANGUAGES, fill } from '../../src/content/index.js';

export interface Probe {
  errors: string[];
  consoleErrors: string[];
  violations: string[];
}
export type Frame = Window & typeof globalThis & { __probe: Probe };
export type Widget = HTMLElement & {
  answers: Answers;
  result: Recommendation | null;
  config: unknown;
  reset(): void;
  updateComplete: Promise<unknown>;
};

export const PAGES = '/test/reliability/pages/';

export interface Loaded {
  win: Frame;
  doc: Document;
  frame: HTMLIFrameElement;
  widgets: Widget[];
}

/** Loads a page (relative to PAGES unless it starts with /) and waits until every widget has rendered. */
export async function load(page: string, { width = 1280, height = 900 } = {}): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  document.body.append(frame);
  await new Promise<void>((done, fail) => {
    frame.addEventListener('load', () => done(), { once: true });
    frame.addEventListener('error', () => fail(new Error(`could not load ${page}`)), { once: true });
    frame.src = page.startsWith('/') ? page : PAGES + page;
  });
  const win = frame.contentWindow as Frame;
  const widgets = [...win.document.querySelectorAll<Widget>('treatment-compare')];
  if (widgets.length) await win.customElements.whenDefined('treatment-compare');
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { win, doc: win.document, frame, widgets };
}

export const removeFrames = () => document.querySelectorAll('iframe').forEach((f) => f.remove());

export const shadowOf = (el: Element) => el.shadowRoot!;
export const textOf = (el: Element, selector = '.root') =>
  (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function expectClean(win: Frame) {
  expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__probe.consoleErrors, 'console errors').to.deep.equal([]);
  expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
}

/** The widget is never blank, and the help lines and the disclaimer are always there (SPEC §2). */
export function expectAlive(el: Element, context = '') {
  const root = el.shadowRoot;
  expect(root, `${context} shadow root`).to.exist;
  expect(textOf(el).length, `${context} rendered text`).to.be.greaterThan(100);
  const crisis = root!.querySelector('[part=crisis]');
  expect(crisis, `${context} help lines`).to.exist;
  expect(crisis!.querySelectorAll('a[href^="tel:"], a[href^="sms:"], a[href^="https:"]').length, `${context} help line links`).to.be.greaterThan(0);
  expect(textOf(el, '[part=disclaimer]').length, `${context} disclaimer`).to.be.greaterThan(20);
}

/** Starts the quiz (if it has an intro) and answers every question by clicking, as a visitor would. */
export async function clickThroughQuiz(el: Widget, pick: (i: number, count: number) => number = (i, n) => i % n) {
  const root = shadowOf(el);
  root.querySelector<HTMLButtonElement>('.intro button')?.click();
  await el.updateComplete;
  // Every question has one input group: radios, or the checkboxes of a "choose all that apply" question.
  for (let i = 0; i < 50 && root.querySelector('.options input'); i++) {
    const inputs = [...root.querySelectorAll<HTMLInputElement>('.options input')];
    inputs[pick(i, inputs.length)].click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  }
}

/**
 * The heading the widget's result should show in `language`, from the built-in strings, by situation (SPEC §4,
 * "How each kind of result reads"): a crisis, more care than shown, a level lowered by duties, a needed level
 * that is not shown, or the level that may fit.
 */
export function resultHeading(el: Widget, language: string): string {
  const r = el.result!;
  expect(r, 'a result').to.not.equal(null);
  const s = LANGUAGES[language];
  const words = { level: s.levels[r.level], needed: s.levels[r.needed] };
  if (r.crisis) return s.result.crisisHeading;
  if (r.higherLevelNeeded) return fill(s.result.headingHigher, words);
  if (r.reasons.some((x) => x.kind === 'preference')) return fill(s.result.headingDuties, words);
  if (r.notes.includes('day-program')) return fill(s.notes['day-program'].heading, words);
  return fill(s.result.heading, words);
}

/** The question on screen, known by its option ids (each question's set of ids is its own), or null. */
export function questionShown(el: Widget): QuestionId | null {
  const values = [...shadowOf(el).querySelectorAll<HTMLInputElement>('.options input')].map((i) => i.value).sort();
  if (!values.length) return null;
  const same = (q: QuestionId) => [...QUESTION_OPTIONS[q]].sort().join() === values.join();
  const found = QUESTION_IDS.filter(same);
  expect(found, `the options shown (${values}) belong to one question`).to.have.length(1);
  return found[0];
}

/**
 * Starts the quiz (if it has an intro) and answers each question shown, in whatever order the facility asks
 * them, by clicking the options of `answers` (each box of a multi-choice answer); Next after each.
 */
export async function answerQuiz(el: Widget, answers: Answers) {
  const root = shadowOf(el);
  root.querySelector<HTMLButtonElement>('.intro button')?.click();
  await el.updateComplete;
  const asked: QuestionId[] = [];
  for (let question = questionShown(el); question; question = questionShown(el)) {
    expect(asked, `${question} asked once`).to.not.include(question);
    asked.push(question);
    const wanted = optionsOf(question, answers[question]);
    expect(wanted.length, `an answer to ${question}`).to.be.greaterThan(0);
    for (const option of wanted) {
      const input = [...root.querySelectorAll<HTMLInputElement>('.options input')].find((i) => i.value === option);
      expect(input, `${question}: option ${option}`).to.exist;
      if (!input!.checked) input!.click();
      await el.updateComplete;
    }
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  }
  return asked;
}

/** A small, fast, seedable PRNG (mulberry32), so a fuzz run can be replayed from its seed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)], chance: (p: number) => next() < p };
}
