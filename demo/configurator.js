// The configurator: reads the form, writes the snippet, and rebuilds the preview from that same snippet, so
// what you see is what you paste. Plain JS modules, no build step of its own, nothing stored, and no request
// beyond this page's own files and the package's built ones, from the same origin.
//
// It repeats no fact of the widget's: each comes from where src/ puts it, so the next `npm run build` brings
// a change in src/ here with nothing to update by hand.
// - Question ids and their order, which questions may be left out, level ids and the default levels: the
//   engine, dist/engine.js, imported as it ships to integrators.
// - Row ids in their default order, and the English words beside each box (a question's text, a row's label,
//   a level's name): dist/treatment-compare.schema.json. scripts/schema.mjs writes them there from src/ as
//   `oneOf` lists of `{ const, title }`. The schema is the contract for configurations, the very list a
//   facility's `rows` is checked against, so this page offers exactly the rows the widget takes. (The engine
//   has no rows, which are content, not rules, and the bundle exports no strings.)
// - The theme's default colours: the widget itself, as it computes them in the page (see themePalettes): the
//   colours it paints with, which a copy kept here or in any document could only follow.
// - The words of the snippet's fallback (the help lines, the phone link and the disclaimer shown if the widget
//   cannot start): the widget itself, rendered in the page with the snippet's language, phone and config (see
//   fallbackWords). So the fallback says what the widget would: its built-in lines or the facility's own, in the
//   snippet's language, after the widget's own checks (a line that does not dial what it shows is dropped).
import { fetchReserveCss, pageSnippet } from './snippet.js';
import { DEFAULT_LEVELS, HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice, recommend } from '../dist/engine.js';

const TAG = 'treatment-compare';

/** Foreground on background pairs that carry text, as the widget's stylesheet uses them. */
const CONTRAST_PAIRS = [
  ['text', 'background', 'Text on the background'],
  ['text', 'surface', 'Text on the surface'],
  ['muted', 'background', 'Secondary text on the background'],
  ['muted', 'surface', 'Secondary text on the surface'],
  ['on-primary', 'primary', 'Button text on primary buttons'],
  ['primary', 'background', 'Links and outlined buttons on the background'],
  ['primary', 'surface', 'Links on the surface'],
];
const AA = 4.5;

const form = document.getElementById('config-form');
const $ = (id) => document.getElementById(id);
const field = (name) => form.elements.namedItem(name);
const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked:not(:disabled)`)].map((i) => i.value);

/** The colours the form offers: one field each (`data-color`), as `--tc-color-<name>`. */
const COLOR_NAMES = [...form.querySelectorAll('.color-field[data-color]')].map((f) => f.dataset.color);

// ---------------------------------------------------------------- what the package says

async function loadSchema() {
  const response = await fetch(new URL('../dist/treatment-compare.schema.json', import.meta.url));
  if (!response.ok) throw new Error(`dist/treatment-compare.schema.json: HTTP ${response.status}`);
  return response.json();
}

let schema;
try {
  schema = await loadSchema();
} catch (error) {
  $('load-error').hidden = false;
  throw error;
}
/** The ids of one of the schema's lists (`questionId`, `rowId`, `levelId`) → their English words. */
const titles = (list) => new Map(schema.$defs[list].oneOf.map((entry) => [entry.const, entry.title]));
const ROWS = [...titles('rowId').keys()];

/** A checkbox with its label; with `code`, the id is shown too (it is what the extra JSON uses). */
function checkbox({ name, value, text, on, disabled = false, code = false, note = '' }) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  if (name) box.name = name;
  box.value = value;
  box.defaultChecked = on; // what "Start again with the defaults" goes back to
  box.disabled = disabled;
  const words = document.createElement('span');
  words.append(text);
  if (code) words.append(' ', Object.assign(document.createElement('code'), { textContent: value }));
  if (note) words.append(` ${note}`);
  label.append(box, words);
  return label;
}

function buildChoices() {
  const levels = titles('levelId');
  for (const id of LEVEL_IDS) {
    $('levels-choices').append(checkbox({ name: 'levels', value: id, text: levels.get(id), on: DEFAULT_LEVELS.includes(id) }));
    $('offers-choices').append(checkbox({ name: 'offers', value: id, text: levels.get(id), on: true }));
  }
  const rows = titles('rowId');
  for (const id of ROWS) $('rows-choices').append(checkbox({ name: 'rows', value: id, text: rows.get(id), on: true }));
  // Every question in order; those that cannot be left out are shown ticked, and cannot be unticked.
  const questions = titles('questionId');
  for (const id of QUESTION_IDS) {
    const optional = HIDEABLE_QUESTION_IDS.includes(id);
    const item = document.createElement('li');
    item.append(checkbox({ name: optional ? 'ask' : '', value: id, text: questions.get(id), on: true, disabled: !optional, code: true, note: optional ? '' : '(always asked)' }));
    $('ask-choices').append(item);
  }
}

// ---------------------------------------------------------------- colours and contrast

/** `#abc` or `#aabbcc` (any case, spaces around) → `#aabbcc`; anything else → null. */
function normalizeHex(value) {
  const m = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(String(value).trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toLowerCase()}`;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A CSS colour as `#rrggbb`, as the browser reads it; null if it is not one. */
function toHex(value, scratch) {
  const hex = normalizeHex(value);
  if (hex) return hex;
  scratch.style.color = '';
  scratch.style.color = value;
  if (!scratch.style.color) return null;
  const [r, g, b] = getComputedStyle(scratch).color.match(/[\d.]+/g).map(Number);
  return `#${[r, g, b].map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The widget's own default colours, per theme: { light: { primary: '#0b6170', … }, dark: { … } }, or null
 * without the widget. The widget reads each public colour with its default, `var(--tc-color-<name>, default)`,
 * into a custom property of its own, and sets those per theme: its stylesheet says which property reads which
 * colour, and a hidden element of each theme says what that property comes to when the page sets nothing.
 */
async function themePalettes() {
  if (!customElements.get(TAG)) return null;
  const box = document.createElement('div');
  box.hidden = true;
  const scratch = document.createElement('span');
  const probes = { light: null, dark: null };
  for (const theme of Object.keys(probes)) {
    probes[theme] = document.createElement(TAG);
    probes[theme].setAttribute('theme', theme);
    probes[theme].setAttribute('view', 'compare');
    box.append(probes[theme]);
  }
  box.append(scratch);
  document.body.append(box);
  try {
    await Promise.all(Object.values(probes).map((probe) => probe.updateComplete));
    const root = probes.light.shadowRoot;
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet)];
    const reads = new Map(); // colour name → the widget's own property that reads it
    const walk = (rules) => {
      for (const rule of rules) {
        for (const property of rule.style ?? []) {
          const name = /^var\(\s*--tc-color-([\w-]+)\s*,/.exec(rule.style.getPropertyValue(property).trim())?.[1];
          if (name && property.startsWith('--') && !reads.has(name)) reads.set(name, property);
        }
        if (rule.cssRules) walk(rule.cssRules);
      }
    };
    for (const sheet of sheets) walk(sheet.cssRules);
    const palettes = {};
    for (const [theme, probe] of Object.entries(probes)) {
      const style = getComputedStyle(probe);
      palettes[theme] = Object.fromEntries(COLOR_NAMES.map((name) => [name, reads.has(name) ? toHex(style.getPropertyValue(reads.get(name)).trim(), scratch) : null]));
      const missing = COLOR_NAMES.filter((name) => !palettes[theme][name]);
      if (missing.length) throw new Error(`the widget has no default for --tc-color-${missing.join(', --tc-color-')} (${theme} theme)`);
    }
    return palettes;
  } finally {
    box.remove();
  }
}

const palettes = await themePalettes().catch((error) => {
  console.error(`configurator: ${error.message}; no contrast check`);
  return null;
});
const themeDefaults = (theme) => palettes?.[theme === 'dark' ? 'dark' : 'light'] ?? {};

// ---------------------------------------------------------------- reading the form

function readColors(theme) {
  const defaults = themeDefaults(theme);
  const custom = {};
  let valid = true;
  for (const name of COLOR_NAMES) {
    const input = field(`color-${name}`);
    const hex = normalizeHex(input.value);
    const bad = input.value.trim() !== '' && !hex;
    input.setAttribute('aria-invalid', String(bad));
    $(`color-${name}-error`).hidden = !bad;
    if (bad) valid = false;
    if (hex && hex !== defaults[name]) custom[name] = hex;
  }
  return { custom, valid };
}

function readForm() {
  const text = (name) => field(name).value.trim();
  const theme = field('theme').value;
  const levels = checked('levels');
  // Levels not shown cannot be offered: their boxes are disabled (and keep their state for later).
  for (const box of form.querySelectorAll('input[name="offers"]')) box.disabled = !levels.includes(box.value);
  const offers = checked('offers');
  const rows = checked('rows');
  $('levels-error').hidden = levels.length > 0;
  $('offers-error').hidden = !levels.length || offers.length > 0;
  $('rows-error').hidden = rows.length > 0;
  return {
    facilityName: text('facility-name'),
    phone: text('phone'),
    ctaHref: text('cta-href'),
    ctaLabel: text('cta-label'),
    view: field('view').value,
    levels: levels.length ? levels : DEFAULT_LEVELS,
    offers: levels.length && offers.length ? offers : null,
    lang: field('lang').value,
    theme,
    audience: field('audience').value,
    colors: readColors(theme).custom,
    startText: text('start-text'),
    hidden: HIDEABLE_QUESTION_IDS.filter((id) => !checked('ask').includes(id)),
    rows: rows.length ? rows : ROWS,
    extra: readExtra(),
  };
}

/** The extra JSON: `{ value }` when it is a JSON object, with a message for the status line. */
function readExtra() {
  const input = field('extra-config');
  const source = input.value.trim();
  let value = null;
  let message;
  let bad = false;
  if (!source) message = 'Empty: nothing extra.';
  else {
    try {
      const parsed = JSON.parse(source);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        value = parsed;
        message = 'Valid JSON: merged into the snippet.';
      } else {
        bad = true;
        message = 'This must be a JSON object, in { braces }. It is left out of the snippet.';
      }
    } catch (error) {
      bad = true;
      message = `Not valid JSON (${error.message}). It is left out of the snippet until it is fixed.`;
    }
  }
  input.setAttribute('aria-invalid', String(bad));
  const status = $('extra-config-status');
  if (status.textContent !== message) status.textContent = message;
  status.classList.toggle('bad', bad);
  return value;
}

// ---------------------------------------------------------------- the snippet

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lays `over` onto `base`: objects merge key by key, anything else replaces. */
function merge(base, over) {
  if (!isObject(base) || !isObject(over)) return over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in out ? merge(out[key], value) : value;
  return out;
}

function buildConfig(s) {
  let config = {};
  if (s.startText) config.strings = { [s.lang || 'en']: { quiz: { start: s.startText } } };
  if (s.rows.length !== ROWS.length) config.rows = s.rows;
  if (s.hidden.length) config.questions = QUESTION_IDS.filter((q) => !s.hidden.includes(q));
  if (s.extra) config = merge(config, s.extra);
  return config;
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

function buildAttributes(s) {
  const attrs = [];
  if (s.facilityName) attrs.push(['facility-name', s.facilityName]);
  if (s.phone) attrs.push(['phone', s.phone]);
  if (s.ctaHref) attrs.push(['cta-href', s.ctaHref]);
  if (s.ctaLabel) attrs.push(['cta-label', s.ctaLabel]);
  if (s.view !== 'both') attrs.push(['view', s.view]);
  if (!sameSet(s.levels, DEFAULT_LEVELS)) attrs.push(['levels', s.levels.join(' ')]);
  if (s.offers && !sameSet(s.offers, s.levels)) attrs.push(['offers', s.offers.join(' ')]);
  // Without a lang of its own the widget follows the page's (a Spanish page gets Spanish): the default.
  if (s.lang) attrs.push(['lang', s.lang]);
  if (s.theme !== 'light') attrs.push(['theme', s.theme]);
  if (s.audience) attrs.push(['audience', s.audience]);
  const style = Object.entries(s.colors).map(([name, hex]) => `--tc-color-${name}: ${hex}`);
  if (style.length) attrs.push(['style', style.join('; ')]);
  return attrs;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON, indented, with short lists on one line. */
function pretty(value, indent = '') {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (!keys.length) return '{}';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${pretty(value[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The element's markup: attributes one per line, then its children: the fallback's lines (plain HTML, shown only
 * until the widget starts), then the config as a child JSON script when there is any.
 */
function elementMarkup(attrs, config, fallback = []) {
  const open = attrs.length ? `<${TAG}\n${attrs.map(([n, v]) => `  ${n}="${escapeAttribute(v)}"`).join('\n')}\n>` : `<${TAG}>`;
  const children = [...fallback];
  // "<" written as \u003c (still the same JSON) so no text can close the script element early.
  if (Object.keys(config).length) children.push(`<script type="application/json">\n    ${pretty(config, '    ').replace(/</g, '\\u003c')}\n  </script>`);
  if (!children.length) return `${open}</${TAG}>`;
  return `${open}\n${children.map((child) => `  ${child}`).join('\n')}\n</${TAG}>`;
}

// ---------------------------------------------------------------- the fallback inside the element

/*
 * Plain HTML inside the element is shown until the widget starts and hidden after (its shadow root has no slot),
 * so a visitor whose browser cannot run it (an old browser, a blocked script) still sees the help lines, the
 * facility's phone and the disclaimer. Its words are the widget's own, read from a widget rendered here with the
 * snippet's language, phone and config (a probe, removed once read): what the widget would say, in the snippet's
 * language, with the facility's own help lines when it configured them. The probe shows a crisis result, the one
 * page that holds every piece at once:
 * - the help-now line: its opening words, and per help line the number link and the words after it;
 * - the crisis actions: the text-message link of the crisis line, when it takes texts;
 * - the next step: "Call <phone>", the facility's phone as a tel: link (absent when the phone is not a number);
 * - the disclaimer.
 */

/** A full answer set the engine reads as a crisis, found by asking it (one answer changed at a time). */
const CRISIS_ANSWERS = (() => {
  const answer = (question, option) => (isMultiChoice(question) ? [option] : option);
  const base = Object.fromEntries(QUESTION_IDS.map((q) => [q, answer(q, QUESTION_OPTIONS[q][0])]));
  for (const question of QUESTION_IDS) {
    for (const option of QUESTION_OPTIONS[question]) {
      const answers = { ...base, [question]: answer(question, option) };
      if (recommend(answers).crisis) return answers;
    }
  }
  return base;
})();

const textOf = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first words after a link, up to the next element: in the help-now line, what that number is for. */
function wordsAfter(link) {
  for (let node = link.nextSibling; node && node.nodeType !== Node.ELEMENT_NODE; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && textOf(node)) return textOf(node);
  }
  return '';
}

/** The words before the first link: the help-now line's opening ("If you need help now:"). */
function wordsBefore(parent, link) {
  const range = document.createRange();
  range.setStart(parent, 0);
  range.setEndBefore(link);
  return range.toString().replace(/\s+/g, ' ').trim();
}

let probing = 0; // while a probe renders, the widget's warnings are its (the preview repeats them): not shown
let lastProbe = { markup: null, words: null };

/** The fallback's words, as the widget says them for these settings; null without the widget. */
async function fallbackWords(attrs, config) {
  if (!customElements.get(TAG)) return null;
  const settings = attrs.filter(([name]) => name === 'lang' || name === 'phone');
  const markup = elementMarkup([...settings, ['view', 'quiz']], config);
  if (lastProbe.markup === markup) return lastProbe.words;
  const box = document.createElement('div');
  box.hidden = true;
  probing++;
  try {
    document.body.append(box);
    box.innerHTML = markup;
    const probe = box.firstElementChild;
    probe.answers = CRISIS_ANSWERS;
    await probe.updateComplete;
    const root = probe.shadowRoot;
    const helpNow = root.querySelector('.help-now');
    const links = [...(helpNow?.querySelectorAll('a[href]') ?? [])];
    if (!links.length) return null;
    const hrefs = links.map((a) => a.getAttribute('href'));
    const lines = links.map((a) => ({ href: a.getAttribute('href'), dir: a.getAttribute('dir'), number: textOf(a), words: wordsAfter(a), text: null }));
    // The crisis actions: call the crisis line first, then text it (the one link that is no line's own href).
    const actions = [...root.querySelectorAll('.result .crisis-callout .actions a[href]')];
    const textLink = actions.find((a) => !hrefs.includes(a.getAttribute('href')));
    const crisisLine = lines.find((line) => line.href === actions[0]?.getAttribute('href'));
    if (textLink && crisisLine) crisisLine.text = { href: textLink.getAttribute('href'), label: textOf(textLink) };
    const call = root.querySelector('.result .next a[href^="tel:"]');
    const result = {
      opening: wordsBefore(helpNow, links[0]),
      lines,
      phone: call ? { href: call.getAttribute('href'), label: textOf(call) } : null,
      disclaimer: textOf(root.querySelector('.disclaimer')),
    };
    lastProbe = { markup, words: result };
    return result;
  } finally {
    probing--;
    box.remove();
  }
}

/** The fallback as lines of plain HTML: the help-now line, the phone, the disclaimer. No style, no script. */
function fallbackMarkup(f) {
  if (!f) return [];
  const link = (href, label, dir) => `<a href="${escapeAttribute(href)}"${dir ? ` dir="${escapeAttribute(dir)}"` : ''}>${escapeText(label)}</a>`;
  const lines = f.lines.map(
    (line) => `${link(line.href, line.number, line.dir)}${line.words ? ` ${escapeText(line.words)}` : ''}${line.text ? ` (${link(line.text.href, line.text.label)})` : ''}`,
  );
  return [
    '<!-- Shown only if the widget cannot start (an old browser, a blocked script). Keep it. -->',
    `<p>${escapeText(f.opening)} ${lines.join(' · ')}</p>`,
    ...(f.phone ? [`<p>${link(f.phone.href, f.phone.label)}</p>`] : []),
    ...(f.disclaimer ? [`<p>${escapeText(f.disclaimer)}</p>`] : []),
  ];
}

// ---------------------------------------------------------------- preview, warnings, update loop

const host = $('preview-host');
const snippet = $('snippet');

// The widget reports bad values with console.warn; the page shows the ones raised by the latest preview.
let caught = null;
const consoleWarn = console.warn;
console.warn = function (...args) {
  if (probing && String(args[0]).startsWith(`<${TAG}>`)) return;
  if (caught && String(args[0]).startsWith(`<${TAG}>`)) caught.push(args.map(String).join(' '));
  return consoleWarn.apply(this, args);
};

function showProblems(messages) {
  const list = $('widget-problems-list');
  const text = messages.join('\n');
  if (list.dataset.text === text) return;
  list.dataset.text = text;
  list.replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement('li');
      li.textContent = m.replace(`<${TAG}> `, '');
      return li;
    }),
  );
  $('widget-problems').hidden = !messages.length;
}

function showContrast(s) {
  $('contrast').hidden = !palettes;
  if (!palettes) return;
  const themes = s.theme === 'auto' ? ['light', 'dark'] : [s.theme];
  const failures = [];
  for (const theme of themes) {
    const colors = { ...themeDefaults(theme), ...s.colors };
    for (const [fg, bg, label] of CONTRAST_PAIRS) {
      const ratio = contrast(colors[fg], colors[bg]);
      if (ratio < AA) {
        const where = s.theme === 'auto' ? ` (${theme} mode)` : '';
        failures.push(`${label}${where}: ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`);
      }
    }
  }
  const list = $('contrast-list');
  const text = failures.join('\n');
  if (list.dataset.text !== text) {
    list.dataset.text = text;
    list.replaceChildren(
      ...failures.map((f) => {
        const li = document.createElement('li');
        li.textContent = f;
        return li;
      }),
    );
  }
  $('contrast-warning').hidden = !failures.length;
  $('contrast-ok').hidden = failures.length > 0;
}

let generation = 0;
const reserve = fetchReserveCss().catch((error) => {
  console.error(`configurator: ${error.message}; the snippet leaves the reserve style out`);
  return null;
});

async function update() {
  const gen = ++generation;
  const state = readForm();
  showContrast(state);
  const attrs = buildAttributes(state);
  const config = buildConfig(state);
  const words = await fallbackWords(attrs, config).catch((error) => {
    console.error(`configurator: could not read the widget's help lines (${error.message}); the snippet has no fallback`);
    return null;
  });
  const fallback = fallbackMarkup(words);
  if (gen !== generation) return;
  const markup = elementMarkup(attrs, config, fallback);
  // The default view gets the reserve style and its wrapper, as the README shows; a `view` needs neither.
  snippet.value = pageSnippet(markup, state.view === 'both' ? await reserve : null);
  if (gen !== generation) return;
  // Tall enough to show the whole snippet, up to a limit (it scrolls beyond).
  snippet.style.height = 'auto';
  snippet.style.height = `${Math.min(snippet.scrollHeight + 4, 640)}px`;

  const defined = customElements.get(TAG);
  $('preview-missing').hidden = !!defined;
  // The preview is the snippet's own markup after its script (the wrapper too, whose reserve style this page
  // leaves out), rebuilt each time; answers given in it carry over.
  const answers = host.querySelector(TAG)?.answers;
  caught = [];
  host.innerHTML = snippet.value.slice(snippet.value.indexOf('</script>\n') + '</script>\n'.length);
  const el = host.querySelector(TAG);
  if (defined && answers && Object.keys(answers).length) el.answers = answers;
  if (defined) await el.updateComplete;
  if (gen !== generation) return;
  showProblems(caught);
  caught = null;
  document.dispatchEvent(new CustomEvent('configurator-update'));
}

let queued = false;
function scheduleUpdate() {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    update();
  });
}

// ---------------------------------------------------------------- wiring

function setColor(name, hex) {
  field(`color-${name}`).value = hex;
  $(`color-${name}-picker`).value = hex;
}

/** Colours still at the old theme's default move to the new theme's; chosen ones stay. */
let currentTheme = 'light';
function followTheme(theme) {
  const before = themeDefaults(currentTheme);
  const after = themeDefaults(theme);
  for (const name of COLOR_NAMES) {
    if (normalizeHex(field(`color-${name}`).value) === before[name]) setColor(name, after[name]);
  }
  currentTheme = theme;
}

function resetColors() {
  const defaults = themeDefaults(field('theme').value);
  for (const name of COLOR_NAMES) setColor(name, defaults[name] ?? '');
}

function onEdit(event) {
  const target = event.target;
  if (target.id === 'theme') followTheme(target.value);
  const picker = /^color-(.+)-picker$/.exec(target.id);
  if (picker) field(`color-${picker[1]}`).value = target.value;
  const color = /^color-(.+)$/.exec(target.name ?? '');
  if (color && !picker) {
    const hex = normalizeHex(target.value);
    if (hex) $(`color-${color[1]}-picker`).value = hex;
  }
  scheduleUpdate();
}

form.addEventListener('input', onEdit);
form.addEventListener('change', onEdit);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () => {
  // The browser resets the fields after this event; then the colours and the preview follow.
  setTimeout(() => {
    currentTheme = 'light';
    resetColors();
    scheduleUpdate();
  });
});
$('reset-colors').addEventListener('click', () => {
  resetColors();
  scheduleUpdate();
});

const copyStatus = $('copy-status');
function announce(message) {
  // Cleared first, so the same message is announced again on a second copy.
  copyStatus.textContent = '';
  setTimeout(() => (copyStatus.textContent = message), 50);
}

$('copy').addEventListener('click', async () => {
  const text = snippet.value;
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // No clipboard API here (an http: page, an older browser) or no permission: select the text instead.
    snippet.focus();
    snippet.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  announce(copied ? 'Copied' : 'Snippet selected: press Ctrl+C (or ⌘C) to copy it.');
});

buildChoices();
resetColors();
update();
