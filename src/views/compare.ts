import { html, nothing } from 'lit';
import type { LevelId } from '../engine/ids.js';
import { ROW_IDS, type Strings } from '../content/index.js';

/**
 * The comparison as a real table (row and column headers for screen readers). Below 560 px the CSS
 * stacks each row, labelling every cell with its level (`data-level`), so 320 px never scrolls sideways.
 * Explicit roles keep the table semantics when the CSS changes `display`.
 */
export function renderComparison(s: Strings, levels: LevelId[], offers: LevelId[], recommended: LevelId | null) {
  const cls = (level: LevelId) => (level === recommended ? 'recommended' : '');
  return html`
    <section class="comparison" part="comparison" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${s.compare.heading}</h3>
      <p class="muted">${s.compare.intro}</p>
      <table role="table">
        <thead>
          <tr role="row">
            <td class="corner"></td>
            ${levels.map(
              (level) => html`<th role="columnheader" scope="col" class=${cls(level)}>
                ${s.levels[level]}
                ${level === recommended ? html`<span class="badge">${s.compare.mayFit}</span>` : nothing}
                ${offers.includes(level) ? nothing : html`<span class="badge">${s.compare.notOfferedHere}</span>`}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${ROW_IDS.map(
            (row) => html`<tr role="row">
              <th role="rowheader" scope="row">${s.compare.rows[row].label}</th>
              ${levels.map(
                (level) =>
                  html`<td role="cell" class=${cls(level)} data-level=${s.levels[level]}>${s.compare.rows[row].cells[level]}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>
  `;
}
