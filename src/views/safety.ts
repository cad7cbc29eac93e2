import { html, nothing } from 'lit';
import { fill, helpLineRoles, type CrisisLine, type Strings } from '../content/index.js';
import { own } from '../config/own.js';

export function renderLines(lines: readonly CrisisLine[]) {
  return html`<ul class="lines">
    ${lines.map(
      (line) => html`<li>
        <strong>${line.label}:</strong> ${own(line, 'action')} <a href=${line.href} dir="ltr">${line.number}</a>${own(line, 'note') ? html`. <span class="note">${own(line, 'note')}</span>` : ''}
      </li>`,
    )}
  </ul>`;
}

/** Always rendered, whatever the view: help lines and the disclaimer (SPEC §2). */
export function renderSafety(s: Strings) {
  return html`
    <aside class="crisis" part="crisis" aria-labelledby="crisis-heading">
      <h3 id="crisis-heading">${s.safety.heading}</h3>
      ${renderLines(s.safety.lines)}
    </aside>
    <p class="disclaimer" part="disclaimer">${s.safety.disclaimer}</p>
  `;
}

/**
 * The help lines in one calm line near the top, each number with a few words saying what it is for, so a phone
 * visitor never has to scroll for them.
 */
export function renderHelpNow(s: Strings) {
  return html`<p class="help-now">
    ${s.safety.heading}:${s.safety.lines.map((l, i) => html`${i ? ' · ' : ' '}<a href=${l.href} dir="ltr">${l.number}</a> ${own(l, 'short') ?? l.label}`)}
  </p>`;
}

/**
 * The help line at the top, the help lines and the disclaimer, as renderHelpNow and renderSafety draw them, made
 * with the DOM alone: what the widget shows when Lit cannot draw (a page that breaks what Lit reads).
 * test/hardening.test.ts checks that both make the same markup.
 */
export function drawSafety(doc: Document, s: Strings): HTMLElement {
  const make = (tag: string, attributes: Record<string, string>, ...children: Array<Node | string>) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const link = (line: CrisisLine) => make('a', { dir: 'ltr', href: line.href }, line.number);
  const top = make('p', { class: 'help-now' }, `${s.safety.heading}:`);
  s.safety.lines.forEach((line, i) => top.append(i ? ' · ' : ' ', link(line), ` ${own(line, 'short') ?? line.label}`));
  const lines = s.safety.lines.map((line) => {
    const note = own<string>(line, 'note');
    return make('li', {}, make('strong', {}, `${line.label}:`), ` ${own(line, 'action') ?? ''} `, link(line), ...(note ? ['. ', make('span', { class: 'note' }, note)] : []));
  });
  const aside = make('aside', { class: 'crisis', part: 'crisis', 'aria-labelledby': 'crisis-heading' }, make('h3', { id: 'crisis-heading' }, s.safety.heading), make('ul', { class: 'lines' }, ...lines));
  return make('div', { class: 'root' }, top, aside, make('p', { class: 'disclaimer', part: 'disclaimer' }, s.safety.disclaimer));
}

/** Call and text the crisis line, call the emergency number: the first things to tap in a crisis. */
export function renderCrisisActions(s: Strings) {
  const { crisis, emergency } = helpLineRoles(s.safety.lines);
  const sms = own<string>(crisis, 'sms');
  return html`<div class="actions">
    <a class="button primary" part="button" href=${crisis.href}>${fill(s.result.crisisCall, { number: crisis.number })}</a>
    ${sms ? html`<a class="button primary" part="button" href=${sms}>${fill(s.result.crisisTextButton, { number: crisis.number })}</a>` : nothing}
    ${emergency !== crisis ? html`<a class="button" part="button" href=${emergency.href}>${fill(s.result.crisisCall, { number: emergency.number })}</a>` : nothing}
  </div>`;
}

/**
 * The live region is always in the DOM (screen readers only announce changes to regions that already exist).
 * When a visitor says they are in crisis it says, in its own words, to call or text the crisis line; the
 * buttons and lines appear beside it, outside the region, so the announcement stays short.
 */
export function renderCrisisAlert(s: Strings, active: boolean) {
  const { words } = helpLineRoles(s.safety.lines);
  return html`<div class="crisis-alert ${active ? 'callout crisis-callout' : ''}" part="crisis-alert">
    <p aria-live="assertive">${active ? html`<strong>${s.result.crisisHeading}.</strong> ${fill(s.quiz.crisisAlert, words)}` : ''}</p>
    ${active ? renderCrisisActions(s) : ''}
  </div>`;
}
