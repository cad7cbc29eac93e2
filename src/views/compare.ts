import { html, nothing } from 'lit';
import type { LevelId } from '../engine/ids.js';
import { fill, type CompareRow, type Strings } from '../content/index.js';
import { listener } from '../lit-hardening.js';

export interface ComparisonModel {
  levels: LevelId[];
  offers: LevelId[];
  recommended: LevelId | null;
  rows: CompareRow[];
  /** The facility's own facts, already in words; with a heading row when present. */
  facts: { heading: string; rows: CompareRow[] } | null;
  /** Every row shown, or only the first ROWS_IN_VIEW with a control for the rest (the facility's facts always show). */
  allRows: boolean;
  toggleRows(): void;
}

/** Rows in view before "Show all": the comparison stays short enough to reach the questions. */
export const ROWS_IN_VIEW = 4;

/**
 * The comparison as a real table (row and column headers for screen readers; explicit roles keep them when a
 * narrow layout changes how the table is drawn). In a narrow container, two or three levels stay side by side
 * under each row's label, naming the levels once at the top; four levels stack as cards, each cell labelled with
 * its level (`data-level`). The rows after the first few sit in a second row group behind a native button.
 */
export function renderComparison(s: Strings, m: ComparisonModel) {
  const cls = (level: LevelId) => (level === m.recommended ? 'recommended' : '');
  // A row that says the same for every level (medications, say) says it once, across the levels.
  const row = (r: CompareRow) => {
    const first = r.cells[m.levels[0]];
    const same = m.levels.length > 1 && !!first && m.levels.every((level) => r.cells[level] === first);
    return html`<tr role="row">
      <th scope="row" role="rowheader">${r.label}</th>
      ${same
        ? html`<td role="cell" class="all-levels" colspan=${m.levels.length}>${first}</td>`
        : m.levels.map((level) => html`<td role="cell" class=${cls(level)} data-level=${s.levels[level]}>${r.cells[level] ?? ''}</td>`)}
    </tr>`;
  };
  const more = m.rows.length - ROWS_IN_VIEW;
  const folded = more > 0 && !m.allRows;
  return html`
    <section class="comparison levels-${m.levels.length} ${m.levels.length > 3 ? 'four' : ''}" part="comparison" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${s.compare.heading}</h3>
      <p class="muted">${s.compare.intro}</p>
      <table role="table">
        <thead role="rowgroup">
          <tr role="row">
            <td class="corner" role="cell"></td>
            ${m.levels.map(
              (level) => html`<th scope="col" role="columnheader" class=${cls(level)}>
                ${s.levels[level]}
                ${level === m.recommended ? html`<span class="badge">${s.compare.mayFit}</span>` : nothing}
                ${m.offers.includes(level) ? nothing : html`<span class="badge">${s.compare.notOfferedHere}</span>`}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${m.rows.slice(0, ROWS_IN_VIEW).map(row)}
        </tbody>
        <tbody role="rowgroup" id="more-rows" ?hidden=${folded}>
          ${m.rows.slice(ROWS_IN_VIEW).map(row)}
        </tbody>
        ${m.facts
          ? html`<tbody role="rowgroup">
              <tr class="group" role="row"><th scope="rowgroup" role="rowheader" colspan=${m.levels.length + 1}>${m.facts.heading}</th></tr>
              ${m.facts.rows.map(row)}
            </tbody>`
          : nothing}
      </table>
      ${more > 0
        ? html`<button type="button" class="link" part="button" aria-controls="more-rows" aria-expanded=${m.allRows ? 'true' : 'false'} @click=${listener(m.toggleRows)}>
            ${m.allRows ? s.compare.fewerRows : fill(s.compare.allRows, { count: m.rows.length })}
          </button>`
        : nothing}
    </section>
  `;
}
