import { html, nothing } from 'lit';
import { QUESTION_OPTIONS, isMultiChoice, type QuestionId } from '../engine/ids.js';
import { fill, type Strings } from '../content/index.js';
import { own } from '../config/own.js';
import { listener } from '../lit-hardening.js';

export interface QuizHandlers {
  start(audience?: 'self' | 'loved-one'): void;
  select(question: QuestionId, option: string, checked: boolean): void;
  /** Submits the step shown as `step` (1-based): an activation of a step no longer shown does nothing. */
  next(event: Event, step: number): void;
  /** Goes back from the step shown as `step`: like next, an activation of a step no longer shown does nothing. */
  back(step: number): void;
  startOver(): void;
}

/**
 * Display order where it reads better than the id order: the most common answers first, "none of these" and
 * "not sure" last. The ids, and their order in the engine, stay as SPEC §3 has them.
 */
// No prototype: looked up by question id, so a polluted Object.prototype must find nothing.
export const DISPLAY_ORDER: { [Q in QuestionId]?: readonly string[] } = Object.assign(Object.create(null), {
  substances: ['alcohol', 'opioids', 'stimulants', 'cannabis', 'sedatives', 'other', 'unsure'],
  health: ['pregnant', 'condition', 'none', 'unsure'],
  'prior-treatment': ['none', 'outpatient-not-enough', 'stepping-down'],
});

/** The start: one button, or (when the page did not fix the audience) a choice of who it is for. */
export function renderIntro(s: Strings, words: Record<string, string>, total: number, shared: boolean, askAudience: boolean, on: QuizHandlers) {
  return html`<div class="intro">
    <h3 id="quiz-heading" tabindex="-1">${s.quiz.heading}</h3>
    <p>${fill(s.quiz.intro, { ...words, count: total })}</p>
    <p class="muted">${shared ? s.quiz.privacyShared : s.quiz.privacy}</p>
    ${askAudience
      ? html`<p id="audience-q"><strong>${s.quiz.audienceQuestion}</strong></p>
          <div class="actions" role="group" aria-labelledby="audience-q">
            <button type="button" class="primary" part="button" @click=${listener(() => on.start('self'))}>${s.quiz.forSelf}</button>
            <button type="button" class="primary" part="button" @click=${listener(() => on.start('loved-one'))}>${s.quiz.forLovedOne}</button>
          </div>`
      : html`<button type="button" class="primary" part="button" @click=${listener(() => on.start())}>${s.quiz.start}</button>`}
  </div>`;
}

interface StepState {
  question: QuestionId;
  step: number; // 1-based
  total: number;
  /** The option chosen, or the options of a "choose all that apply" question. */
  selected: string | readonly string[] | undefined;
  showError: boolean;
}

/**
 * One question as a native group in a fieldset + legend: radios (arrow keys move and choose) or, for "choose all
 * that apply", checkboxes (Space toggles). Enter submits either.
 */
export function renderStep(s: Strings, words: Record<string, string>, state: StepState, on: QuizHandlers) {
  const { question, step, total, selected, showError } = state;
  const copy = s.quiz.questions[question];
  const multi = isMultiChoice(question);
  const chosen = ([] as unknown[]).concat(selected ?? []);
  const options = DISPLAY_ORDER[question] ?? (QUESTION_OPTIONS[question] as readonly string[]);
  const ownHint = own<string>(copy, 'hint');
  const hint = [multi ? s.quiz.chooseAll : '', ownHint ? fill(ownHint, words) : ''].filter(Boolean).join(' ');
  const describedBy = [hint ? 'q-hint' : '', showError ? 'q-error' : ''].filter(Boolean).join(' ');
  // method="dialog": even a submit no handler caught can never put an answer in the page's URL.
  return html`<form part="question" method="dialog" novalidate @submit=${listener((e: Event) => on.next(e, step))}>
    <p class="progress-text" part="progress">${fill(s.quiz.progress, { step, total })}</p>
    <fieldset aria-describedby=${describedBy || nothing}>
      <legend><h3 id="quiz-heading" tabindex="-1">${fill(copy.text, words)}</h3></legend>
      ${hint ? html`<p id="q-hint" class="muted">${hint}</p>` : nothing}
      <div class="options">
        ${options.map(
          (option) => html`<label class="option" part="option">
            <input
              type=${multi ? 'checkbox' : 'radio'}
              name="answer"
              .value=${option}
              .checked=${chosen.includes(option)}
              @change=${listener((e: Event) => on.select(question, option, (e.target as HTMLInputElement).checked))}
            />
            <span>${own(copy.options, option)}</span>
          </label>`,
        )}
      </div>
      ${showError ? html`<p id="q-error" class="error" role="alert">${multi ? s.quiz.chooseAtLeastOne : s.quiz.chooseOne}</p>` : nothing}
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" part="button">${step === total ? s.quiz.finish : s.quiz.next}</button>
      <button type="button" part="button" @click=${listener(() => on.back(step))}>${s.quiz.back}</button>
      ${step > 1 ? html`<button type="button" class="link" part="button" @click=${listener(on.startOver)}>${s.quiz.startOver}</button>` : nothing}
    </div>
  </form>`;
}
