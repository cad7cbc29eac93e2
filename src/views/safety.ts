import { html } from 'lit';
import type { Strings } from '../content/index.js';

export function renderCrisisLines(s: Strings) {
  return html`<ul class="lines">
    ${s.safety.lines.map(
      (line) => html`<li>
        <strong>${line.label}:</strong> ${line.action} <a href=${line.href}>${line.number}</a>${line.note ? html`. <span class="note">${line.note}</span>` : ''}
      </li>`,
    )}
  </ul>`;
}

/** Always rendered, whatever the view: help lines and the disclaimer (SPEC §2). */
export function renderSafety(s: Strings) {
  return html`
    <aside class="crisis" part="crisis" aria-labelledby="crisis-heading">
      <h3 id="crisis-heading">${s.safety.heading}</h3>
      ${renderCrisisLines(s)}
    </aside>
    <p class="disclaimer" part="disclaimer">${s.safety.disclaimer}</p>
  `;
}

/** The help lines' numbers in one calm line near the top, so a phone visitor never has to scroll for them. */
export function renderHelpNow(s: Strings) {
  return html`<p class="help-now">
    ${s.safety.heading}:${s.safety.lines.map((l) => html` <a href=${l.href}>${l.number}</a>`)}
  </p>`;
}

/** The result's crisis notice: it comes first and takes the focus, so the lines are the first thing heard. */
export function renderCrisisNotice(s: Strings) {
  return html`<div class="callout crisis-callout" part="crisis">
    <h3 id="quiz-heading" tabindex="-1">${s.result.crisisHeading}</h3>
    <p>${s.result.crisisText}</p>
    ${renderCrisisLines(s)}
  </div>`;
}

/**
 * The live region is always in the DOM (screen readers only announce changes to regions that already
 * exist). When a visitor says they are in crisis it speaks one short sentence, and the lines appear
 * beside it to be read or tapped.
 */
export function renderCrisisAlert(s: Strings, active: boolean) {
  return html`<div class="crisis-alert ${active ? 'callout crisis-callout' : ''}" part="crisis-alert">
    <p aria-live="assertive">${active ? html`<strong>${s.result.crisisHeading}.</strong> ${s.result.crisisText}` : ''}</p>
    ${active ? renderCrisisLines(s) : ''}
  </div>`;
}
