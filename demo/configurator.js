// The configurator: reads the form, writes the snippet, and rebuilds the preview from that same snippet, so
// what you see is what you paste. Plain JS, no build step, no network requests, nothing stored.

const SCRIPT_URL = 'https://YOUR-SITE/treatment-compare.iife.js';
const TAG = 'treatment-compare';

const LEVELS = ['outpatient', 'iop', 'php', 'inpatient'];
const DEFAULT_LEVELS = ['iop', 'inpatient'];
const QUESTIONS = ['withdrawal', 'severity', 'relapse', 'mental-health', 'environment', 'prior-treatment', 'responsibilities', 'cost'];
const ROWS = ['live', 'schedule', 'supervision', 'detox', 'therapies', 'length', 'cost', 'life', 'suits'];

/** The widget's theme colours (README, "CSS custom properties"), as the form's fields. */
const COLORS = {
  primary: { light: '#0b6170', dark: '#7fd0dc' },
  'on-primary': { light: '#ffffff', dark: '#062b31' },
  text: { light: '#1b2a32', dark: '#e7eef1' },
  muted: { light: '#4a5b64', dark: '#b3c3ca' },
  background: { light: '#ffffff', dark: '#10191e' },
  surface: { light: '#f2f6f7', dark: '#1a262d' },
};

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

const themeDefaults = (theme) => Object.fromEntries(Object.entries(COLORS).map(([k, v]) => [k, v[theme === 'dark' ? 'dark' : 'light']]));

// ---------------------------------------------------------------- reading the form

function readColors(theme) {
  const defaults = themeDefaults(theme);
  const custom = {};
  let valid = true;
  for (const name of Object.keys(COLORS)) {
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
    hidden: checked('hide'),
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
  if (s.startText) config.strings = { [s.lang]: { quiz: { start: s.startText } } };
  if (s.rows.length !== ROWS.length) config.rows = s.rows;
  if (s.hidden.length) config.questions = QUESTIONS.filter((q) => !s.hidden.includes(q));
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
  attrs.push(['lang', s.lang]);
  if (s.theme !== 'light') attrs.push(['theme', s.theme]);
  if (s.audience) attrs.push(['audience', s.audience]);
  const style = Object.entries(s.colors).map(([name, hex]) => `--tc-color-${name}: ${hex}`);
  if (style.length) attrs.push(['style', style.join('; ')]);
  return attrs;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/** The element's markup: attributes one per line, and the config as a child JSON script when there is any. */
function elementMarkup(attrs, config) {
  const open = attrs.length ? `<${TAG}\n${attrs.map(([n, v]) => `  ${n}="${escapeAttribute(v)}"`).join('\n')}\n>` : `<${TAG}>`;
  if (!Object.keys(config).length) return `${open}</${TAG}>`;
  // "<" written as \u003c (still the same JSON) so no text can close the script element early.
  const json = pretty(config, '    ').replace(/</g, '\\u003c');
  return `${open}\n  <script type="application/json">\n    ${json}\n  </script>\n</${TAG}>`;
}

// ---------------------------------------------------------------- preview, warnings, update loop

const host = $('preview-host');
const snippet = $('snippet');

// The widget reports bad values with console.warn; the page shows the ones raised by the latest preview.
let caught = null;
const consoleWarn = console.warn;
console.warn = function (...args) {
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
  const palettes = s.theme === 'auto' ? ['light', 'dark'] : [s.theme];
  const failures = [];
  for (const theme of palettes) {
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

async function update() {
  const gen = ++generation;
  const state = readForm();
  const markup = elementMarkup(buildAttributes(state), buildConfig(state));
  snippet.value = `<script src="${SCRIPT_URL}"></script>\n${markup}\n`;
  // Tall enough to show the whole snippet, up to a limit (it scrolls beyond).
  snippet.style.height = 'auto';
  snippet.style.height = `${Math.min(snippet.scrollHeight + 4, 640)}px`;
  showContrast(state);

  const defined = customElements.get(TAG);
  $('preview-missing').hidden = !!defined;
  // The preview is the snippet's own markup, rebuilt each time; answers given in it carry over.
  const answers = host.firstElementChild?.answers;
  caught = [];
  host.innerHTML = markup;
  const el = host.firstElementChild;
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
  for (const name of Object.keys(COLORS)) {
    if (normalizeHex(field(`color-${name}`).value) === before[name]) setColor(name, after[name]);
  }
  currentTheme = theme;
}

function resetColors() {
  const defaults = themeDefaults(field('theme').value);
  for (const name of Object.keys(COLORS)) setColor(name, defaults[name]);
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

resetColors();
update();
