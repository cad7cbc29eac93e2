import { html, nothing } from 'lit';
import { QUESTION_OPTIONS, type QuestionId } from '../engine/ids.js';
import { fill, type Strings } from '../content/index.js';

export interface QuizHandlers {
  start(audience?: 'self' | 'loved-one'): void;
  select(question: QuestionId, option: string): void;
  next(event: Event): void;
  back(): void;
  startOver(): void;
}

/** The start: one button, or (when the page did not fix the audience) a choice of who it is for. */
export function renderIntro(s: Strings, words: Record<string, string>, total: number, shared: boolean, askAudience: boolean, on: QuizHandlers) {
  return html`<div class="intro">
    <h3 id="quiz-heading" tabindex="-1">${s.quiz.heading}</h3>
    <p>${fill(s.quiz.intro, { ...words, count: total })}</p>
    <p class="muted">${shared ? s.quiz.privacyShared : s.quiz.privacy}</p>
    ${askAudience
      ? html`<p id="audience-q"><strong>${s.quiz.audienceQuestion}</strong></p>
          <div class="actions" role="group" aria-labelledby="audience-q">
            <button type="button" class="primary" part="button" @click=${() => on.start('self')}>${s.quiz.forSelf}</button>
            <button type="button" class="primary" part="button" @click=${() => on.start('loved-one')}>${s.quiz.forLovedOne}</button>
          </div>`
      : html`<button type="button" class="primary" part="button" @click=${() => on.start()}>${s.quiz.start}</button>`}
  </div>`;
}

interface StepState {
  question: QuestionId;
  step: number; // 1-based
  total: number;
  selected: string | undefined;
  showError: boolean;
}

/** One question as a native radio group: fieldset + legend, arrow keys, Enter submits. */
export function renderStep(s: Strings, words: Record<string, string>, state: StepState, on: QuizHandlers) {
  const { question, step, total, selected, showError } = state;
  const copy = s.quiz.questions[question];
  const options = QUESTION_OPTIONS[question] as readonly string[];
  const describedBy = [copy.hint ? 'q-hint' : '', showError ? 'q-error' : ''].filter(Boolean).join(' ');
  return html`<form part="question" novalidate @submit=${on.next}>
    <p class="progress-text" part="progress">${fill(s.quiz.progress, { step, total })}</p>
    <fieldset aria-describedby=${describedBy || nothing}>
      <legend><h3 id="quiz-heading" tabindex="-1">${fill(copy.text, words)}</h3></legend>
      ${copy.hint ? html`<p id="q-hint" class="muted">${copy.hint}</p>` : nothing}
      <div class="options">
        ${options.map(
          (option) => html`<label class="option" part="option">
            <input
              type="radio"
              name="answer"
              .value=${option}
              .checked=${selected === option}
              @change=${() => on.select(question, option)}
            />
            <span>${(copy.options as Record<string, string>)[option]}</span>
          </label>`,
        )}
      </div>
      ${showError ? html`<p id="q-error" class="error" role="alert">${s.quiz.chooseOne}</p>` : nothing}
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" part="button">${step === total ? s.quiz.finish : s.quiz.next}</button>
      <button type="button" part="button" @click=${on.back}>${s.quiz.back}</button>
      ${step > 1 ? html`<button type="button" class="link" part="button" @click=${on.startOver}>${s.quiz.startOver}</button>` : nothing}
    </div>
  </form>`;
}
