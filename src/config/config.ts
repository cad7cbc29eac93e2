import { HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS, isQuestionId, type LevelId, type QuestionId } from '../engine/ids.js';
import { LANGUAGES, ROW_IDS, type CrisisLine, type Strings } from '../content/index.js';
import { own, ownEntries, withoutBidiOverrides } from './own.js';
import { SHOWN_NUMBER } from './attributes.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Text given once, or per language: `"Mon–Thu 6–9 pm"` or `{ "en": "…", "es": "…" }`. */
export type LocalText = string | Record<string, string>;

export interface LevelFacts {
  /** Schedule and hours, e.g. "Mon–Thu, 6–9 pm". */
  schedule?: LocalText;
  /** Typical length here, e.g. "About 10 weeks". */
  length?: LocalText;
  /** Medical detox on site. */
  detox?: boolean;
  /** Medications for opioid use disorder offered. */
  moud?: boolean;
  /** Insurance and payment notes. */
  payment?: LocalText;
}

/** A row of the facility's own, written inline: a label and a cell per level, each text or per language. */
export type OwnRow = { label: LocalText } & { [L in LevelId]?: LocalText };

/** A facility's configuration: the same JSON as a child script, the `config` attribute or property. */
export interface FacilityConfig {
  /** Text overrides per language (`en`, `es`, or another tag for a language of your own). */
  strings?: Record<string, DeepPartial<Strings>>;
  /**
   * Comparison rows in order; rows left out are hidden. An entry is a built-in row id, or a whole row of
   * your own: `{ "label": "…", "iop": "…", "inpatient": "…" }` (each text, or one per language).
   */
  rows?: Array<string | OwnRow>;
  /**
   * Questions in order. `substances` (then counted as "not sure"), `prior-treatment`, `responsibilities` and
   * `cost` (then neutral) may be left out.
   */
  questions?: string[];
  /** Facts about each level this facility offers, shown under the comparison. */
  facts?: { [L in LevelId]?: LevelFacts };
}

export const FACT_IDS = ['schedule', 'length', 'detox', 'moud', 'payment'] as const;
export type FactId = (typeof FACT_IDS)[number];

/** Reports one problem, as "config.rows[2] must be a string"; the element prints it once. */
export type ConfigWarn = (message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const LINE_HREF = /^(tel|sms|https):/i;
const LINE_KEYS = ['label', 'short', 'action', 'number', 'href', 'sms', 'note'];
const isLocalText = (v: unknown) => isText(v) || (isObject(v) && ownEntries(v).length > 0 && ownEntries(v).every(([, t]) => isText(t)));
const digits = (text: string) => text.replace(/\D/g, '');
/** What a browser strips around a link: ASCII whitespace only (before a no-break space, tel: is a page of the site). */
const trimLink = (v: unknown) => (typeof v === 'string' ? v.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '') : v);
/**
 * A number as dialled: ASCII digits, one leading +, and - . ( ) and ASCII spaces. Nothing a phone reads as a pause, an
 * extension or a second number (, ; # p w), no letters, no other script's digits, no invisible characters. The
 * configuration's schema (scripts/schema.mjs) writes its tel: and sms: patterns with it.
 */
export const DIAL_PART = '\\+?[0-9 ().-]+';
const PLAIN_NUMBER = new RegExp(`^${DIAL_PART}$`);

/**
 * Whether a tel: or sms: link dials exactly the number shown: the same 2 to 15 digits, and a + where the number shows
 * one. A + the number does not show is allowed before a whole international number (8 digits or more, as
 * 1-800-662-4357 → tel:+18006624357), never before a short one (tel:+911 calls abroad). An sms: link may carry a body
 * (?body=… or ?&body=…), nothing more.
 */
function dials(link: string, number: string): boolean {
  const [, scheme, rest] = /^(tel|sms):(.*)$/is.exec(link) ?? [];
  const query = scheme?.toLowerCase() === 'sms' ? rest.indexOf('?') : -1;
  const dial = query < 0 ? rest : rest.slice(0, query);
  const n = digits(dial);
  const plus = (text: string) => text.trim()[0] === '+';
  return (
    PLAIN_NUMBER.test(dial) && SHOWN_NUMBER.test(number) && n.length > 1 && n.length < 16 && n === digits(number) &&
    (plus(dial) === plus(number) || (plus(dial) && n.length > 7)) && (query < 0 || /^\?&?body=[^&]*$/i.test(rest.slice(query)))
  );
}

/**
 * One help line, read from its own properties only, with bidi overrides dropped; or why it is refused. A tel: or
 * sms: link must dial exactly the digits the line shows, so a line cannot say 911 and call another number.
 */
function helpLine(line: unknown): CrisisLine | string {
  const shape = 'needs a label, a number and a tel:, sms: or https: link';
  if (!isObject(line)) return shape;
  const text = (key: string) => {
    const value = own(line, key);
    return typeof value === 'string' ? withoutBidiOverrides(value) : value;
  };
  const [label, number] = ['label', 'number'].map(text);
  const [href, sms] = ['href', 'sms'].map((key) => trimLink(text(key)));
  const optional = ['action', 'note', 'short'].map(text);
  if (!isText(label) || !isText(number) || !isText(href) || !LINE_HREF.test(href)) return shape;
  if (!optional.every((v) => v === undefined || typeof v === 'string')) return 'has an action, note or short that is not text';
  if (sms !== undefined && !(isText(sms) && /^sms:/i.test(sms))) return 'has an sms that is not an sms: link';
  for (const link of [href, sms]) {
    if (typeof link === 'string' && /^(tel|sms):/i.test(link) && !dials(link, number)) {
      return `shows ${JSON.stringify(number)} but ${JSON.stringify(link)} may dial something else: a help line shows its number in digits 0-9 and dials exactly those`;
    }
  }
  const kept: Record<string, unknown> = { label, number, href };
  ['action', 'note', 'short'].forEach((key, i) => optional[i] !== undefined && (kept[key] = optional[i]));
  if (sms !== undefined) kept.sms = sms;
  return kept as unknown as CrisisLine;
}

/** Keeps the valid help lines; an empty or all-invalid list keeps `fallback`. */
function helpLines(value: unknown, path: string, fallback: CrisisLine[], warn: ConfigWarn): CrisisLine[] {
  if (!Array.isArray(value)) {
    warn(`${path} must be a list`);
    return fallback;
  }
  const lines: CrisisLine[] = [];
  value.forEach((given, i) => {
    const line = helpLine(given);
    if (typeof line === 'string') warn(`${path}[${i}] ${line}; left out`);
    else {
      lines.push(line);
      for (const [key] of ownEntries(given as object)) if (!LINE_KEYS.includes(key)) warn(`${path}[${i}].${key} is not a known setting`);
    }
  });
  if (lines.length) return lines; // a line given without an action renders none
  warn(`${path} would remove the help lines; keeping them`);
  return fallback;
}

/** Lays `override` over `base`, checking each value against the type of the default it replaces. */
function overlay(base: unknown, override: unknown, path: string, warn: ConfigWarn): unknown {
  if (typeof base === 'string') {
    if (isText(override)) return withoutBidiOverrides(override);
    warn(`${path} must be a non-empty string`);
    return base;
  }
  if (Array.isArray(base)) {
    if (typeof base[0] !== 'string') return helpLines(override, path, base as CrisisLine[], warn);
    if (Array.isArray(override) && override.length && override.every(isText)) return override.map(withoutBidiOverrides);
    warn(`${path} must be a list of texts`);
    return base;
  }
  if (!isObject(override)) {
    warn(`${path} must be an object`);
    return base;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of ownEntries(override)) {
    const at = `${path}.${key}`;
    if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = overlay(out[key], value, at, warn);
    else if (path.includes('.pronouns.')) out[key] = overlay('', value, at, warn);
    else warn(`${at} is not a known setting`);
  }
  return out;
}

export interface ResolvedConfig {
  /** Languages with strings: the built-in ones plus any the facility added. */
  languages: string[];
  stringsFor(language: string): Strings;
  rows: Array<string | OwnRow>;
  questions: QuestionId[];
  hidden: QuestionId[];
  facts: FacilityConfig['facts'];
}

function questionOrder(value: unknown, warn: ConfigWarn): QuestionId[] {
  if (!Array.isArray(value)) {
    warn('config.questions must be a list');
    return [...QUESTION_IDS];
  }
  const order: QuestionId[] = [];
  value.forEach((id, i) => {
    if (!isQuestionId(id)) warn(`config.questions[${i}] is not a question id`);
    else if (!order.includes(id)) order.push(id);
  });
  for (const id of QUESTION_IDS) {
    if (order.includes(id) || HIDEABLE_QUESTION_IDS.includes(id)) continue;
    warn(`config.questions must keep "${id}"`);
    order.push(id);
  }
  return order;
}

/** Validates a facility configuration part by part: each bad part warns and falls back on its own. */
export function resolveConfig(config: unknown, warn: ConfigWarn): ResolvedConfig {
  try {
    return resolve(config, warn);
  } catch {
    // A hostile config (a getter that throws, a proxy) never blanks the widget: the defaults stand.
    warn('config could not be read; using the defaults');
    return resolve(undefined, warn);
  }
}

/** Validates a facility configuration part by part, reading only its own properties. */
function resolve(config: unknown, warn: ConfigWarn): ResolvedConfig {
  const c = isObject(config) ? config : {};
  if (config != null && !isObject(config)) warn('config must be an object');
  for (const [key] of ownEntries(c)) {
    if (!['strings', 'rows', 'questions', 'facts'].includes(key)) warn(`config.${key} is not a known setting`);
  }
  const [strings, givenRows, givenQuestions, givenFacts] = ['strings', 'rows', 'questions', 'facts'].map((key) => own(c, key));

  const overrides = strings === undefined ? {} : isObject(strings) ? strings : (warn('config.strings must be an object'), {});
  // No prototype: a language tag is a key here, and "__proto__" or "constructor" must find nothing.
  const tables: Record<string, Strings> = Object.create(null);
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    if (Object.prototype.hasOwnProperty.call(overrides, key)) warn(`config.strings.${key} is not a language; ignored`);
  }
  const given = ownEntries(overrides);
  const languages = [...new Set([...Object.keys(LANGUAGES), ...given.map(([l]) => l.toLowerCase())])];
  for (const language of languages) {
    const base = LANGUAGES[language] ?? LANGUAGES[language.split('-')[0]] ?? LANGUAGES.en;
    const override = given.find(([l]) => l.toLowerCase() === language)?.[1];
    tables[language] = (override === undefined ? base : overlay(base, override, `config.strings.${language}`, warn)) as Strings;
  }

  let rows: ResolvedConfig['rows'] = [...ROW_IDS];
  if (givenRows !== undefined) {
    const kept: ResolvedConfig['rows'] = [];
    if (!Array.isArray(givenRows)) warn('config.rows must be a list');
    else {
      givenRows.forEach((id, i) => {
        if (isObject(id)) {
          const row: Record<string, unknown> = Object.create(null);
          for (const [key, value] of ownEntries(id)) {
            if (key !== 'label' && !(LEVEL_IDS as readonly string[]).includes(key)) warn(`config.rows[${i}].${key} is not a known setting`);
            else if (!isLocalText(value)) warn(`config.rows[${i}].${key} must be a string`);
            else row[key] = value;
          }
          if (row.label) kept.push(row as OwnRow);
          else warn(`config.rows[${i}].label must be a string`);
        } else if (!(ROW_IDS as readonly unknown[]).includes(id)) warn(`config.rows[${i}] must be a row id or a row`);
        else if (!kept.includes(id)) kept.push(id);
      });
      // A comparison with no rows would be an empty table: keep the defaults instead.
      if (kept.length) rows = kept;
      else warn('config.rows would leave the comparison empty; keeping the default rows');
    }
  }

  const questions = givenQuestions === undefined ? [...QUESTION_IDS] : questionOrder(givenQuestions, warn);
  // No prototype here (nor in what they hold): the comparison looks levels and facts up by name.
  const facts: NonNullable<FacilityConfig['facts']> = Object.create(null);
  if (givenFacts !== undefined && !isObject(givenFacts)) warn('config.facts must be an object');
  for (const [level, value] of ownEntries(isObject(givenFacts) ? givenFacts : {})) {
    const at = `config.facts.${level}`;
    if (!(LEVEL_IDS as readonly string[]).includes(level) || !isObject(value)) {
      warn(`${at} is not a level with facts`);
      continue;
    }
    const kept: Record<string, unknown> = Object.create(null);
    for (const [fact, given] of ownEntries(value)) {
      const yesNo = fact === 'detox' || fact === 'moud';
      const ok = yesNo ? typeof given === 'boolean' : isLocalText(given);
      if (!(FACT_IDS as readonly string[]).includes(fact)) warn(`${at}.${fact} is not a known setting`);
      else if (!ok) warn(`${at}.${fact} must be ${yesNo ? 'true or false' : 'a non-empty string'}`);
      else kept[fact] = given;
    }
    facts[level as LevelId] = kept;
  }

  return {
    languages,
    stringsFor: (language) => tables[language] ?? tables.en,
    rows,
    questions,
    hidden: HIDEABLE_QUESTION_IDS.filter((q) => !questions.includes(q)),
    facts,
  };
}

/** Text for `language`, from a string or a per-language object (falling back to English, then any). */
export function localText(text: LocalText | undefined, language: string): string | undefined {
  if (typeof text !== 'object') return text === undefined ? text : withoutBidiOverrides(text);
  const entries = ownEntries(text); // by length: an empty list's [0] would be read from Array.prototype
  const found = own<string>(text, language) ?? own<string>(text, 'en') ?? (entries.length ? (entries[0][1] as string) : undefined);
  return found === undefined ? found : withoutBidiOverrides(found);
}
