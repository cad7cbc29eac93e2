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

/** Crisis heading, a word of comfort and the lines: raised as soon as a visitor says they are in crisis. */
export function renderCrisisNotice(s: Strings) {
  return html`<div class="callout crisis-callout" part="crisis">
    <h4>${s.result.crisisHeading}</h4>
    <p>${s.result.crisisText}</p>
    ${renderCrisisLines(s)}
  </div>`;
}

/**
 * The live region is always in the DOM (screen readers only announce changes to regions that already
 * exist); it fills the moment a visitor says they are in crisis.
 */
export function renderCrisisAlert(s: Strings, active: boolean) {
  return html`<div class="crisis-alert" aria-live="assertive">${active ? renderCrisisNotice(s) : ''}</div>`;
}
