import { html, nothing } from 'lit';
import type { LevelId } from '../engine/ids.js';
import type { CompareRow, Strings } from '../content/index.js';

export interface ComparisonModel {
  levels: LevelId[];
  offers: LevelId[];
  recommended: LevelId | null;
  rows: CompareRow[];
  /** The facility's own facts, already in words; with a heading row when present. */
  facts: { heading: string; rows: CompareRow[] } | null;
}

/**
 * The comparison as a real table (row and column headers for screen readers). Below 600 px the CSS
 * stacks each row, labelling every cell with its level (`data-level`), so 320 px never scrolls sideways.
 */
export function renderComparison(s: Strings, m: ComparisonModel) {
  const cls = (level: LevelId) => (level === m.recommended ? 'recommended' : '');
  const row = (r: CompareRow) => html`<tr>
    <th scope="row">${r.label}</th>
    ${m.levels.map((level) => html`<td class=${cls(level)} data-level=${s.levels[level]}>${r.cells[level] ?? ''}</td>`)}
  </tr>`;
  return html`
    <section class="comparison ${m.levels.length > 3 ? 'four' : ''}" part="comparison" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${s.compare.heading}</h3>
      <p class="muted">${s.compare.intro}</p>
      <table>
        <thead>
          <tr>
            <td class="corner"></td>
            ${m.levels.map(
              (level) => html`<th scope="col" class=${cls(level)}>
                ${s.levels[level]}
                ${level === m.recommended ? html`<span class="badge">${s.compare.mayFit}</span>` : nothing}
                ${m.offers.includes(level) ? nothing : html`<span class="badge">${s.compare.notOfferedHere}</span>`}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${m.rows.map(row)}
          ${m.facts
            ? html`<tr class="group"><th scope="rowgroup" colspan=${m.levels.length + 1}>${m.facts.heading}</th></tr>
                ${m.facts.rows.map(row)}`
            : nothing}
        </tbody>
      </table>
    </section>
  `;
}
