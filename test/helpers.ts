import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { TreatmentCompare } from '../src/treatment-compare.js';
import type { Answers } from '../src/engine/index.js';
import { CALM, optionsOf } from './answers.js';
import { QUESTION_IDS } from '../src/engine/index.js';
import { en } from '../src/content/en.js';
import { fill } from '../src/content/index.js';

/** "Question N of M" as the widget says it, with M the number of questions asked by default. */
export const progress = (step: number, total = QUESTION_IDS.length) => fill(en.quiz.progress, { step, total });

/** The option a test clicks by its id, in the current question. */
export const option = (el: TreatmentCompare, id: string) => $$<HTMLInputElement>(el, '.options input').find((i) => i.value === id)!;

export type { TreatmentCompare };

export async function mount(template: TemplateResult = html`<treatment-compare></treatment-compare>`) {
  const el = await fixture<TreatmentCompare>(template);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: TreatmentCompare, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: TreatmentCompare, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: TreatmentCompare, selector = '.root') => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Collects console.warn calls while `run` executes. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Records the widget's four events. */
export function recordEvents(el: HTMLElement) {
  const events: CustomEvent[] = [];
  for (const type of ['start', 'step', 'complete', 'cta']) {
    el.addEventListener(`treatment-compare-${type}`, (e) => events.push(e as CustomEvent));
  }
  return events;
}

export { CALM };

/**
 * Clicks through the quiz with the mouse, choosing the given answers (default: the calm ones): each radio, or
 * each checkbox of a "choose all that apply" question, then Next.
 */
export async function clickThrough(el: TreatmentCompare, answers: Answers = CALM) {
  $(el, '.intro button')?.click();
  await el.updateComplete;
  for (const question of QUESTION_IDS) {
    expect($(el, 'legend'), question).to.exist;
    for (const option of optionsOf(question, answers[question])) {
      $$<HTMLInputElement>(el, '.options input').find((input) => input.value === option)!.click();
      await el.updateComplete;
    }
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
  }
}
