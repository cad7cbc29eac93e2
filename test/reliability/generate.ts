// Seeded generators for the fuzz suite: hostile attribute values and random facility configs, plus a few
// mirrors of the documented rules (which config is in effect, which language is shown, whether the help lines
// were validly replaced) so the fuzz can state what must be on screen.
import { en } from '../../src/content/en.js';
import { ROW_IDS } from '../../src/content/strings.js';
import { FACT_IDS } from '../../src/config/config.js';
import { EXCLUSIVE_OPTIONS, HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice, type QuestionId } from '../../src/engine/ids.js';
import { PAYLOADS } from './payloads.js';
import type { random } from './harness.js';

export type Rng = ReturnType<typeof random>;

// The public ids (SPEC §3–4), from the sources: the fuzz runs against the built bundles, not these modules.
export const LEVELS = LEVEL_IDS;
export const QUESTIONS: Record<string, readonly string[]> = QUESTION_OPTIONS;
export { ROW_IDS };
export const FACTS = FACT_IDS;

/** Language tags and keys, real and hostile: used both for `lang` and for `config.strings` keys. */
export const LANG_TAGS = ['en', 'es', 'EN', 'es-MX', 'es-mx', 'es_MX', 'en-GB', 'fr', 'fr-CA', 'ar', 'he', 'x-klingon', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'constructor-x', '__proto__-es'];

/**
 * One mebibyte of text with markup and placeholders; built once, used sparingly. Mostly Latin: Chromium took
 * minutes to lay out megabytes of short alternating RTL and LTR runs, which says nothing about the widget.
 */
export const MEGABYTE = ('שלום مرحبا 😀 ' + 'Words <b>and</b> {level} &amp; more '.repeat(Math.ceil(2 ** 20 / 36))).slice(0, 2 ** 20);

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085\u202e\u200b\u2028';

/** Hostile text, not tied to a field (the 1 MB string is left to the fuzz's few big steps). */
export function hostileText(rng: Rng): string {
  const r = rng.int(16);
  switch (r) {
    case 0: return '';
    case 1: return rng.pick([' ', '   ', '\t', '\n\r\n', '\u00a0', '\u3000']);
    case 2: return CONTROL.slice(rng.int(16), 16 + rng.int(20));
    case 3: return rng.pick(['\u202e', '\u200b', '\u202eevil\u202c', 'a\u0000b', '\u0000']);
    case 4: return rng.pick(['مرحبا بك', 'שלום עולם', 'العلاج في المستشفى', 'טיפול יום']);
    case 5: return rng.pick(['😀', '👩‍👩‍👧‍👦', '🏳️‍🌈 help', '\ud800', '\udfff\ud800']); // includes lone surrogates
    case 6: return rng.pick(['0', '-1', '1e309', 'NaN', 'Infinity', '3.14', '007', '0x1f', String(rng.int(1e9))]);
    case 7: return rng.pick(['{', '[', '}', '{"a":', '[1,2', 'null', 'true', '"x"', '{}', '[]', '{"strings":{"en":{"title":"x"}}}']);
    case 8: return rng.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']);
    case 9:
    case 10: return rng.pick(PAYLOADS).text;
    case 11: return 'x'.repeat(rng.int(5000));
    case 12: return rng.pick(['{level}', '{facility}', '{phone}', '{you}', '{constructor}', '{{x}}', '${x}']);
    case 13: return rng.pick(['yes', 'Some text', 'Línea de ayuda', 'A'.repeat(40)]);
    case 14: return rng.pick(LANG_TAGS);
    default: return rng.pick([...LEVELS, 'compare', 'quiz', 'both', 'dark', 'self', 'loved-one']);
  }
}

/** A random subset of levels, written as an editor might (spaces, commas, case). */
function levelList(rng: Rng): string {
  const picked = LEVELS.filter(() => rng.chance(0.5));
  const sep = rng.pick([' ', '  ', ',', ', ', '\t']);
  const words = picked.map((l) => (rng.chance(0.1) ? l.toUpperCase() : l));
  if (rng.chance(0.15)) words.push(rng.pick(['detox', 'IOP ', 'inpatient-x', '']));
  return (rng.chance(0.1) ? ' ' : '') + words.join(sep);
}

/** A valid (or plausibly valid) value for each attribute. */
const VALID: Record<string, (rng: Rng) => string> = {
  view: (rng) => rng.pick(['compare', 'quiz', 'both', ' QUIZ ', 'Compare']),
  levels: levelList,
  offers: levelList,
  lang: (rng) => rng.pick(LANG_TAGS),
  'facility-name': (rng) => rng.pick(['Hope Center', 'Centro Esperanza', 'مركز الأمل', 'Sunrise & Co. <Recovery>']),
  phone: (rng) => rng.pick(['(555) 010-2345', '+1 555 010 2345', '555.010.2345', '911', '1-800-NEW-LIFE', '12']),
  'cta-href': (rng) => rng.pick(['https://example.org/book', '/contact', 'mailto:intake@example.org', 'tel:+15550102345', '#book', '?x=1', 'http://example.org']),
  'cta-label': (rng) => rng.pick(['Book a call', 'Reserve', 'احجز', '📞']),
  theme: (rng) => rng.pick(['light', 'dark', 'auto']),
  'share-answers': (rng) => rng.pick(['', 'false', 'share-answers']),
  audience: (rng) => rng.pick(['self', 'loved-one', 'Self']),
};

export const ATTRIBUTES = [...Object.keys(VALID), 'config'];

/** A value for `attribute`: valid half of the time, else hostile. */
export function attributeValue(rng: Rng, attribute: string): string {
  if (attribute === 'config') return rng.chance(0.75) ? configJSON(rng) : hostileText(rng);
  return rng.chance(0.5) ? VALID[attribute](rng) : hostileText(rng);
}

// ---- configs ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Junk of any JSON type. */
function junk(rng: Rng, depth = 0): Json {
  switch (rng.int(depth > 2 ? 6 : 8)) {
    case 0: return null;
    case 1: return rng.chance(0.5);
    case 2: return rng.pick([0, -1, 1e308, 3.5]);
    case 3:
    case 4: return hostileText(rng);
    case 5: return '';
    case 6: return Array.from({ length: rng.int(4) }, () => junk(rng, depth + 1));
    default: return Object.fromEntries(Array.from({ length: rng.int(4) }, () => [hostileText(rng).slice(0, 30), junk(rng, depth + 1)]));
  }
}

/** Text for a string setting: usually fine, sometimes junk of another type. */
function text(rng: Rng): Json {
  if (rng.chance(0.6)) return rng.pick(['Custom words', 'Texto propio', 'نص مخصص', 'Words with {level} and {facility}', 'Line 2 ✓']) + (rng.chance(0.3) ? ` ${hostileText(rng).slice(0, 200)}` : '');
  return junk(rng);
}

/** The notes that list help lines of their own. */
const NOTES_WITH_LINES = Object.entries(en.notes).filter(([, note]) => note.lines?.length).map(([id]) => id);

/** Every path to a string (or list of strings) in the English table, e.g. ['quiz','questions','cost','text']. */
export const STRING_PATHS: string[][] = (() => {
  const out: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string' || (Array.isArray(value) && typeof value[0] === 'string')) out.push(path);
    else if (Array.isArray(value)) return; // the help lines, generated on their own
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(en, []);
  return out;
})();

function setPath(target: Record<string, Json>, path: string[], value: Json) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, Json>;
  }
  node[path[path.length - 1]] = value;
}

/** A number as shown and a link that dials it (a tel: or sms: link must dial the digits shown), or a web page. */
const VALID_DIALS: Array<[string, string]> = [
  ['112', 'tel:112'],
  ['116 123', 'tel:116123'],
  ['741741', 'sms:741741'],
  ['+44 1234', 'tel:+441234'],
  ['+44 1234', 'https://help.example.org/'],
];
const BAD_HREFS = ['javascript:top.__pwned=1', ' JavaScript:top.__pwned=1', '\u00a0javascript:top.__pwned=1', 'data:text/html,<b>x</b>', 'vbscript:x', 'http://plain.example', 'mailto:x@example.org', '//evil.example', '', 'tel', 'TEL 112'];

/** One help line: valid (canonical href) or broken in one way. */
function helpLine(rng: Rng, valid: boolean): Json {
  const [number, href] = rng.pick(VALID_DIALS);
  const line: Record<string, Json> = { label: rng.pick(['Emergencias', 'Samaritans', 'Crisis line', 'خط المساعدة', 'קו חם']), number, href };
  if (rng.chance(0.5)) line.action = rng.pick(['Call', 'Llame al', '']);
  if (rng.chance(0.4)) line.note = rng.pick(['24/7', 'Free', '']);
  if (valid) return line;
  const broken = rng.pick(['label', 'number', 'href', 'action', 'note', 'whole', 'dials']);
  if (broken === 'whole') return junk(rng);
  if (broken === 'dials') return { ...line, number: '911', href: rng.pick(['tel:19005550199', 'sms:19005550199']) }; // shows 911, dials another
  if (broken === 'href' || rng.chance(0.3)) line.href = rng.chance(0.7) ? rng.pick(BAD_HREFS) : junk(rng);
  else line[broken] = broken === 'action' || broken === 'note' ? rng.pick([1, null, [], {}, true]) : rng.pick(['', '  ', null, 5, [], {}]);
  return line;
}

function helpLines(rng: Rng): Json {
  switch (rng.int(5)) {
    case 0: return [];
    case 1: return junk(rng);
    case 2: return Array.from({ length: 1 + rng.int(3) }, () => helpLine(rng, false));
    default: return Array.from({ length: 1 + rng.int(4) }, () => helpLine(rng, rng.chance(0.6)));
  }
}

/** Text overrides for one language: random paths with random text, sometimes new help lines. */
function stringsFor(rng: Rng, huge: boolean): Json {
  if (!huge && rng.chance(0.1)) return junk(rng);
  const out: Record<string, Json> = {};
  const n = huge ? 3000 : rng.int(12);
  for (let i = 0; i < n; i++) {
    const path = huge && rng.chance(0.8) ? ['quiz', `unknown${i}`] : rng.pick(STRING_PATHS);
    const isList = Array.isArray(path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en));
    let value = isList ? (rng.chance(0.7) ? Array.from({ length: rng.int(6) }, () => text(rng)) : junk(rng)) : text(rng);
    // The disclaimer may be reworded but never blanked: keep reworded ones long enough to read as one.
    if (path.join('.') === 'safety.disclaimer' && typeof value === 'string') value += ' This is general information, not medical advice.';
    setPath(out, path, value);
  }
  if (rng.chance(0.35)) setPath(out, ['safety', 'lines'], helpLines(rng));
  // A note's own help lines (the hotline of an unsafe home), checked like the help lines.
  if (rng.chance(0.15)) setPath(out, ['notes', rng.pick(NOTES_WITH_LINES), 'lines'], helpLines(rng));
  if (rng.chance(0.15)) setPath(out, ['pronouns', rng.pick(['self', 'lovedOne'])], { [rng.pick(['you', 'your', 'them', 'quien', '__proto__', 'constructor', 'x'])]: text(rng) });
  if (rng.chance(0.1)) out[hostileText(rng).slice(0, 40)] = junk(rng);
  return out;
}

function ownRow(rng: Rng): Json {
  const row: Record<string, Json> = {};
  if (rng.chance(0.85)) row.label = rng.chance(0.7) ? text(rng) : { en: text(rng), es: text(rng) } as Json;
  for (const level of LEVELS) if (rng.chance(0.6)) row[level] = rng.chance(0.7) ? text(rng) : { [rng.pick(LANG_TAGS)]: text(rng) };
  if (rng.chance(0.1)) row[rng.pick(['detox', '__proto__', 'x'])] = junk(rng);
  return row;
}

function rows(rng: Rng, huge: boolean): Json {
  if (!huge && rng.chance(0.1)) return junk(rng);
  const n = huge ? 2000 : rng.int(12);
  return Array.from({ length: n }, () => (rng.chance(0.5) ? rng.pick([...ROW_IDS, 'unknown', '', 'LIVE']) : rng.chance(0.8) ? ownRow(rng) : junk(rng)));
}

/**
 * A question order: usually every question that must stay (the safety ones, a "choose all that apply" one among
 * them) with each hideable one (substances among them) left out a third of the time; sometimes a question that
 * must stay left out too (the widget keeps it, with a warning), a duplicate, an unknown id, or junk.
 */
function questions(rng: Rng): Json {
  if (rng.chance(0.1)) return junk(rng);
  const ids = Object.keys(QUESTIONS);
  const out: Json[] = QUESTION_IDS.filter((q) => (HIDEABLE_QUESTION_IDS.includes(q) ? rng.chance(0.67) : !rng.chance(0.08)));
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  if (rng.chance(0.2)) out.push(rng.pick([...ids, 'unknown', 5, null]));
  return out;
}

function facts(rng: Rng): Json {
  if (rng.chance(0.1)) return junk(rng);
  const out: Record<string, Json> = {};
  for (const level of [...LEVELS, 'detox', '__proto__']) {
    if (!rng.chance(0.4)) continue;
    const given: Record<string, Json> = {};
    for (const fact of [...FACTS, 'unknown']) {
      if (!rng.chance(0.5)) continue;
      const yesNo = fact === 'detox' || fact === 'moud';
      given[fact] = rng.chance(0.75) ? (yesNo ? rng.chance(0.5) : rng.chance(0.7) ? text(rng) : { es: text(rng), en: text(rng) }) : junk(rng);
    }
    out[level] = rng.chance(0.9) ? given : junk(rng);
  }
  return out;
}

/** 1,000 levels of nesting, placed where a string or a list is expected. */
function deep(rng: Rng): string {
  const depth = 1000;
  const inner = rng.chance(0.5) ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);
  return rng.pick([
    `{"strings":{"en":{"title":${inner}}}}`,
    `{"rows":[${inner}]}`,
    `{"facts":{"iop":{"schedule":${inner}}}}`,
    `{"strings":{"es":{"safety":{"lines":[${inner}]}}}}`,
    inner,
  ]);
}

/**
 * A random config as JSON text (so `__proto__` keys survive as own keys, as JSON.parse makes them). `huge`
 * makes one with thousands of rows and unknown keys.
 */
export function configJSON(rng: Rng, huge = false): string {
  const kind = huge ? -1 : rng.int(20);
  if (kind === 0) return deep(rng);
  if (kind === 1) return rng.pick(['null', '[]', '"x"', '5', 'true', '{}', '[{"strings":{}}]', '{"strings":null}', '{"strings":[]}']);
  if (kind === 2) return rng.pick(['{', '{"strings":', '{strings:{}}', "{'a':1}", '{"a":1,}', '']);
  // A computed key makes an own "__proto__" key, which JSON.stringify writes as JSON.parse would read it.
  if (kind === 3) return JSON.stringify({ strings: { [rng.pick(['__proto__', 'constructor', '__PROTO__', 'constructor-x'])]: stringsFor(rng, false) } });
  if (kind === 4) return `{"__proto__":{"polluted":1,"strings":{"en":{"title":"from proto"}}},"strings":{"__proto__":{"title":"proto title"}}}`;
  const config: Record<string, Json> = {};
  if (huge || rng.chance(0.7)) {
    const strings: Record<string, Json> = {};
    for (let i = 0, n = 1 + rng.int(3); i < n; i++) strings[rng.pick(LANG_TAGS)] = stringsFor(rng, huge && i === 0);
    config.strings = huge || rng.chance(0.95) ? strings : junk(rng);
  }
  if (huge || rng.chance(0.4)) config.rows = rows(rng, huge);
  if (rng.chance(0.3)) config.questions = questions(rng);
  if (rng.chance(0.35)) config.facts = facts(rng);
  if (rng.chance(0.1)) config[rng.pick(['theme', 'lang', 'unknown', 'help'])] = junk(rng);
  return JSON.stringify(config);
}

// ---- mirrors of the documented rules ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The config in effect: property, then attribute, then child JSON script; parsed like the element does. */
export function activeConfig(el: HTMLElement & { config?: unknown }): unknown {
  const script = el.querySelector(':scope > script[type="application/json"]');
  const source = el.config != null ? el.config : el.getAttribute('config') ?? script?.textContent;
  if (typeof source !== 'string') return source;
  try {
    return source.trim() ? JSON.parse(source) : undefined;
  } catch {
    return undefined;
  }
}

/** Keys that are never a language: a config language named so is ignored (with a warning). */
const NOT_LANGUAGES = ['__proto__', 'constructor', 'prototype'];

/** The languages with strings under `config`: the built-in ones plus the config's own keys (lower-cased). */
export function languagesOf(config: unknown): string[] {
  const own = isObject(config) && isObject(config.strings) ? Object.keys(config.strings).filter((l) => !NOT_LANGUAGES.includes(l)) : [];
  return [...new Set(['en', 'es', ...own.map((l) => l.toLowerCase())])];
}

/** The language shown: the element's lang, else the nearest ancestor's, else <html lang>; then the closest known. */
export function expectedLanguage(el: HTMLElement, config: unknown): string {
  const own = el.getAttribute('lang');
  const tag = own?.trim() || el.closest('[lang]:not([lang=""])')?.getAttribute('lang') || el.ownerDocument.documentElement.lang;
  const available = languagesOf(config);
  const clean = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (clean && available.includes(clean)) return clean;
  const primary = clean.split('-')[0];
  return primary && available.includes(primary) ? primary : 'en';
}

const digits = (text: string) => text.replace(/[^0-9]/g, '');
/** What a browser trims around a link: ASCII whitespace only. */
export const asciiTrim = (text: string) => text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
/**
 * A tel: or sms: link dials exactly the digits the line shows: its dial part (an sms: body after ?body= left out) and
 * the number shown are ASCII digits with + - . ( ) and spaces only, 2 to 15 digits, a + dialled where one is shown
 * (and before a whole international number of 8 digits or more only where it is not); other links dial nothing.
 */
function dials(link: string, number: string): boolean {
  const href = asciiTrim(link);
  const scheme = /^(tel|sms):/i.exec(href)?.[1].toLowerCase();
  if (!scheme) return true;
  let dial = href.slice(4);
  if (scheme === 'sms' && dial.includes('?')) {
    if (!/^\?&?body=[^&]*$/i.test(dial.slice(dial.indexOf('?')))) return false;
    dial = dial.slice(0, dial.indexOf('?'));
  }
  const count = digits(dial).length;
  const shownPlus = number.trim().startsWith('+');
  const plusOk = dial.startsWith('+') === shownPlus || (dial.startsWith('+') && count >= 8);
  return /^\+?[0-9 ().-]+$/.test(dial) && /^\s*\+?[0-9 ().\u00a0\u2009\u202f-]+\s*$/.test(number) && count >= 2 && count <= 15 && digits(dial) === digits(number) && plusOk;
}
/** The widget keeps this help line (SPEC's help lines, as issue 15 tightened them): an oracle written apart from src/. */
export const validLine = (line: unknown) =>
  isObject(line) && isText(line.label) && isText(line.number) && isText(line.href) && /^(tel|sms|https):/i.test(asciiTrim(line.href)) &&
  [line.action, line.note, line.short].every((v) => v === undefined || typeof v === 'string') &&
  (line.sms === undefined || (isText(line.sms) && /^sms:/i.test(asciiTrim(line.sms)) && dials(line.sms, line.number))) &&
  dials(line.href, line.number);

/** The config replaces the help lines of `language` with at least one valid line. */
export function replacesHelpLines(config: unknown, language: string): boolean {
  if (!isObject(config) || !isObject(config.strings)) return false;
  const own = Object.entries(config.strings).find(([l]) => l.toLowerCase() === language)?.[1];
  return isObject(own) && isObject(own.safety) && Array.isArray(own.safety.lines) && own.safety.lines.some(validLine);
}

/** Number of values in a JSON-like value (bounded), for the warning budget. */
export function sizeOf(value: unknown, limit = 1e6): number {
  let n = 0;
  const seen = new Set<unknown>();
  const stack = [value];
  while (stack.length && n < limit) {
    const v = stack.pop();
    n++;
    if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      stack.push(...Object.values(v));
    }
  }
  return n;
}

const shuffled = <T>(rng: Rng, list: readonly T[]): T[] => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

/**
 * An answer to a "choose all that apply" question: usually a set that counts (in any order), else a single id
 * (which counts as a set of one), an empty set, a duplicate, the exclusive option with another one, an unknown
 * id among known ones, or a set of the wrong type.
 */
export function multiAnswer(rng: Rng, question: QuestionId): unknown {
  const options = QUESTIONS[question];
  const exclusive: string | undefined = EXCLUSIVE_OPTIONS[question as keyof typeof EXCLUSIVE_OPTIONS];
  const items = options.filter((o) => o !== exclusive);
  switch (rng.int(12)) {
    case 0: return rng.pick(options);
    case 1: return [];
    case 2: {
      const o = rng.pick(options);
      return shuffled(rng, [o, o, ...items.filter(() => rng.chance(0.3))]);
    }
    case 3: return shuffled(rng, [exclusive ?? rng.pick(options), ...items.filter(() => rng.chance(0.5)), rng.pick(items)]);
    case 4: return shuffled(rng, [rng.pick(options), rng.pick(['unknown', '', 'ALCOHOL', ' none', 'severe', 5, null, {}, ['alcohol']])]);
    case 5: return rng.pick([{ 0: 'alcohol' }, 'alcohol,opioids', 'alcohol opioids', true, 0]);
    default: return validSet(rng, question);
  }
}

/** A set that counts: the exclusive option alone, or some of the others, in any order. */
function validSet(rng: Rng, question: QuestionId): string[] {
  const exclusive: string | undefined = EXCLUSIVE_OPTIONS[question as keyof typeof EXCLUSIVE_OPTIONS];
  if (exclusive && rng.chance(0.25)) return [exclusive];
  const items = QUESTIONS[question].filter((o) => o !== exclusive);
  const set = items.filter(() => rng.chance(0.35));
  return shuffled(rng, set.length ? set : [rng.pick(items)]);
}

/**
 * Random answers: a complete set that counts a third of the time (so the fuzz reaches results of every kind),
 * else mostly real pairs (sets for the multi-choice questions), some unknown ids, wrong types and prototype keys.
 */
export function randomAnswers(rng: Rng): unknown {
  if (rng.chance(0.33)) {
    return Object.fromEntries(QUESTION_IDS.map((q) => [q, isMultiChoice(q) ? validSet(rng, q) : rng.pick(QUESTIONS[q])]));
  }
  if (rng.chance(0.08)) return rng.pick([null, undefined, 'withdrawal', 5, [], ['severe'], true]);
  if (rng.chance(0.05)) return JSON.parse('{"__proto__":{"withdrawal":"severe"},"constructor":"x","withdrawal":"none","substances":["alcohol"]}');
  const out: Record<string, unknown> = {};
  for (const q of QUESTION_IDS) {
    if (!rng.chance(0.7)) continue;
    if (rng.chance(0.9)) out[q] = isMultiChoice(q) ? multiAnswer(rng, q) : rng.pick(QUESTIONS[q]);
    else out[q] = rng.pick(['', 'SEVERE', null, 1, {}, 'crisis', [rng.pick(QUESTIONS[q])], ...Object.values(QUESTIONS).flat()]);
  }
  if (rng.chance(0.1)) out[rng.pick(['unknown', 'toString', 'mental health', ''])] = rng.pick(['none', 5]);
  return out;
}
