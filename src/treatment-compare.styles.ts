import { unsafeCSS } from 'lit';

// Lit's css tag carries code for values this sheet never uses: here values are only our own CSS text.
const css = (strings: TemplateStringsArray, ...values: unknown[]) => unsafeCSS(String.raw(strings, ...values));

/** `columns` levels side by side under each row's label, the levels named once at the top, within scope. */
const sideBySide = (scope: string, columns: number) => css`
  ${scope} :is(table, thead, tbody) {
    display: block;
  }
  ${scope} tr {
    display: grid;
    grid-template-columns: repeat(${columns}, minmax(0, 1fr));
  }
  ${scope} .corner {
    display: none;
  }
  ${scope} :is(th, td) {
    padding: 6px 10px;
  }
  /* Level names in half or a third of a phone: a little smaller, so long words fit whole. */
  ${scope} thead th {
    padding-inline: 6px;
    font-size: 0.85em;
  }
  ${scope} :is(tbody th, .all-levels) {
    grid-column: 1 / -1;
  }
  ${scope} tbody th {
    width: auto;
    padding-bottom: 0;
    border-bottom: 0;
  }
`;

/** The comparison table as stacked cards, within scope: one block, applied at two container widths. */
const stackedTable = (scope: string) => css`
  ${scope} :is(table, tbody, tr, th, td) {
    display: block;
    width: auto;
  }
  ${scope} thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  ${scope} tbody tr {
    margin-bottom: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  ${scope} tbody th {
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  ${scope} tbody td {
    border-bottom: 0;
    padding-top: 6px;
    padding-bottom: 6px;
  }
  ${scope} tbody td::before {
    content: attr(data-level);
    display: block;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
  }
`;

/*
 * Public tokens (--tc-*) are always read with a fallback; the private --_x copies are set once per theme
 * so a host can override any single token. Sizes are px because hosts often set html { font-size: 62.5% }.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    /* Inherited from the page: with --tc-font-family: 0 (no font), .root's font-family is invalid when computed, so
       it inherits this one, the site's own. (inherit cannot do it: on a custom property it means the parent's value.) */
    font-family: inherit;
    /* The stacked layout follows the widget's own width (a sidebar, a column), not the viewport. With
       inline-size containment the host must not size itself from its content, hence width: 100%. */
    width: 100%;
    container-type: inline-size;
    --_primary: var(--tc-color-primary, #0b6170);
    --_on-primary: var(--tc-color-on-primary, #fff);
    --_text: var(--tc-color-text, #1b2a32);
    --_muted: var(--tc-color-muted, #4a5b64);
    --_bg: var(--tc-color-background, #fff);
    --_surface: var(--tc-color-surface, #f2f6f7);
    --_border: var(--tc-color-border, #768a94);
    --_focus: var(--tc-color-focus, #1a56c9);
    --_urgent: var(--tc-color-urgent, #a3262a);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_primary: var(--tc-color-primary, #7fd0dc);
    --_on-primary: var(--tc-color-on-primary, #062b31);
    --_text: var(--tc-color-text, #e7eef1);
    --_muted: var(--tc-color-muted, #b3c3ca);
    --_bg: var(--tc-color-background, #10191e);
    --_surface: var(--tc-color-surface, #1a262d);
    --_border: var(--tc-color-border, #6f848e);
    --_focus: var(--tc-color-focus, #ffd166);
    --_urgent: var(--tc-color-urgent, #ff9e96);
  }
  /* The dark palette again, on purpose: CSS cannot join a media query and an attribute selector with "or". */
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      --_primary: var(--tc-color-primary, #7fd0dc);
      --_on-primary: var(--tc-color-on-primary, #062b31);
      --_text: var(--tc-color-text, #e7eef1);
      --_muted: var(--tc-color-muted, #b3c3ca);
      --_bg: var(--tc-color-background, #10191e);
      --_surface: var(--tc-color-surface, #1a262d);
      --_border: var(--tc-color-border, #6f848e);
      --_focus: var(--tc-color-focus, #ffd166);
      --_urgent: var(--tc-color-urgent, #ff9e96);
    }
  }
  * {
    box-sizing: border-box;
  }
  /* Inherited host-page styles stop here: the page's rules beat :host, but cannot reach .root. */
  .root {
    all: initial;
    display: block;
    --_radius: var(--tc-radius, 10px);
    max-width: var(--tc-max-width, 1040px);
    margin: 0 auto;
    /* --tc-padding: 0 (with a transparent background) lines the text up with the page's own. */
    padding: var(--tc-padding, 20px);
    font-family: var(--tc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--tc-font-size, 16px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  /* Built-in text reads left to right even on a right-to-left page; a facility's own language follows the page. */
  .root:lang(en),
  .root:lang(es) {
    direction: ltr;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 8px;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.05em;
    margin-top: 20px;
  }
  p,
  ul {
    margin: 0 0 12px;
  }
  ul {
    padding-inline-start: 22px;
  }
  a {
    color: var(--_primary);
  }
  /* Headings focused by script after a key press match :focus-visible; after a click they do not. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted,
  .note {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  section,
  .crisis {
    margin-top: 24px;
  }

  /* Comparison: a table that stacks its rows in narrow containers. */
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    /* Auto: a column is never narrower than its longest word, so no heading breaks inside one. */
    table-layout: auto;
  }
  th,
  td {
    padding: 10px 12px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead > tr > * {
    background: var(--_surface);
    border-bottom: 2px solid var(--_primary);
  }
  tbody th,
  .corner {
    width: 22%;
  }
  .recommended {
    background: var(--_surface);
  }
  .badge {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
  /* A phone: two or three levels stay side by side, each row's label above its cells, the levels named once. */
  @container (max-width: 600px) {
    .root {
      padding: var(--tc-padding, 14px);
    }
    h2 {
      font-size: 1.3em;
    }
    h3 {
      font-size: 1.15em;
    }
    /* A phone's screen is short: tighter boxes, so the questions start sooner. */
    .quiz,
    .callout,
    .crisis {
      padding: 12px;
    }
    section,
    .crisis {
      margin-top: 16px;
    }
    .actions {
      margin-top: 12px;
    }
    ${sideBySide('.levels-2', 2)}
  }
  /* Three levels need a little more room as a table: Spanish level names overflow it below about 650 px. */
  @container (max-width: 660px) {
    ${sideBySide('.levels-3', 3)}
  }
  /* The narrowest phones: every pixel of a half-width column for the level's name. */
  @container (max-width: 300px) {
    .comparison thead th {
      padding-inline: 4px;
    }
  }
  /* Three level names do not fit side by side under about 440 px without breaking a word: stack them. */
  @container (max-width: 440px) {
    ${stackedTable('.levels-3')}
  }
  /* Four levels need more room side by side: stack them earlier (at 200 % zoom of a laptop window, say). */
  @container (max-width: 780px) {
    ${stackedTable('.four')}
  }

  /* Quiz */
  .quiz,
  .callout,
  .crisis {
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .quiz {
    background: var(--_surface);
  }
  .progress-text {
    margin: 0 0 6px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 8px;
  }
  .options {
    display: grid;
    gap: 8px;
    margin-top: 12px;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    min-height: 48px;
    padding: 12px 14px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border: 2px solid var(--_primary);
    padding: 11px 13px;
  }
  .options input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 2px 0 0;
    accent-color: var(--_primary);
  }
  .error {
    margin-top: 10px;
    color: var(--_urgent);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px;
    margin-top: 18px;
  }
  button,
  .button {
    display: inline-block;
    min-height: 44px;
    padding: 11px 18px;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    color: var(--_primary);
    background: var(--_bg);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  button.link {
    padding-inline: 4px;
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }

  /* Result */
  .callout {
    margin: 16px 0;
    border-inline-start: 6px solid var(--_primary);
  }
  .callout h4 {
    margin-top: 0;
  }
  .urgent-callout,
  .crisis-callout {
    border-inline-start-color: var(--_urgent);
  }
  .urgent-callout h4,
  .crisis-callout h3 {
    color: var(--_urgent);
  }
  li {
    margin-bottom: 6px;
  }
  summary {
    display: inline-block;
    min-height: 24px;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .crisis-callout .actions {
    margin: 12px 0;
  }

  /* Safety: always visible */
  .crisis h3 {
    font-size: 1.05em;
  }
  .lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .help-now a {
    margin-inline-end: 6px;
  }
  .help-now a,
  .lines a {
    font-weight: 700;
  }
  /* A number never breaks inside; a button with a number in it may wrap between words. */
  a[href^='tel']:not(.button) {
    white-space: nowrap;
  }
  .disclaimer {
    margin: 16px 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  /* No animation anywhere, so prefers-reduced-motion is respected by design; smooth scrolling is off too. */
  /* Print or save as PDF: the comparison, the result, its reasons and the checklist, without controls. */
  @media print {
    .root {
      --_text: #000;
      --_muted: #333;
      --_primary: #000;
      --_urgent: #000;
      --_bg: #fff;
      --_surface: #fff;
    }
    .root,
    .quiz {
      padding: 0;
      border: 0;
    }
    a.button {
      padding: 0;
      border: 0;
      color: #000;
      background: none;
    }
    a.button[href^='http']::after {
      content: ' ' attr(href);
    }
    button,
    .help-now {
      display: none;
    }
    /* Every row on paper, folded or not. */
    tbody[hidden] {
      display: table-row-group !important;
    }
    tr,
    li,
    .callout {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
    }
    .recommended {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    button,
    .button {
      border-color: ButtonText;
    }
  }
`;
