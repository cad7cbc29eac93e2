import { HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS, isQuestionId, type LevelId, type QuestionId } from '../engine/ids.js';
import { LANGUAGES, ROW_IDS, type CrisisLine, type Strings } from '../content/index.js';

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
const isLocalText = (v: unknown) => isText(v) || (isObject(v) && Object.values(v).length > 0 && Object.values(v).every(isText));

/** Keeps the valid help lines; an empty or all-invalid list keeps `fallback`. */
function helpLines(value: unknown, path: string, fallback: CrisisLine[], warn: ConfigWarn): CrisisLine[] {
  if (!Array.isArray(value)) {
    warn(`${path} must be a list`);
    return fallback;
  }
  const lines = value.filter((line, i) => {
    const ok =
      isObject(line) && isText(line.label) && isText(line.number) && isText(line.href) && LINE_HREF.test(line.href.trim()) &&
      [line.action, line.note, line.short].every((v) => v === undefined || typeof v === 'string') &&
      (line.sms === undefined || (isText(line.sms) && /^sms:/i.test(line.sms.trim())));
    if (!ok) warn(`${path}[${i}] needs a label, a number and a tel:, sms: or https: href (and an sms: link in sms)`);
    else for (const key of Object.keys(line)) if (!LINE_KEYS.includes(key)) warn(`${path}[${i}].${key} is not a known setting`);
    return ok;
  }) as CrisisLine[];
  if (lines.length) return lines; // a line given without an action renders none
  warn(`${path} would remove the help lines; keeping them`);
  return fallback;
}

/** Lays `override` over `base`, checking each value against the type of the default it replaces. */
function overlay(base: unknown, override: unknown, path: string, warn: ConfigWarn): unknown {
  if (typeof base === 'string') {
    if (isText(override)) return override;
    warn(`${path} must be a non-empty string`);
    return base;
  }
  if (Array.isArray(base)) {
    if (typeof base[0] !== 'string') return helpLines(override, path, base as CrisisLine[], warn);
    if (Array.isArray(override) && override.length && override.every(isText)) return override;
    warn(`${path} must be a list of texts`);
    return base;
  }
  if (!isObject(override)) {
    warn(`${path} must be an object`);
    return base;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
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
  const c = isObject(config) ? config : {};
  if (config != null && !isObject(config)) warn('config must be an object');
  for (const key of Object.keys(c)) {
    if (!['strings', 'rows', 'questions', 'facts'].includes(key)) warn(`config.${key} is not a known setting`);
  }

  const overrides = c.strings === undefined ? {} : isObject(c.strings) ? c.strings : (warn('config.strings must be an object'), {});
  const tables: Record<string, Strings> = {};
  const languages = [...new Set([...Object.keys(LANGUAGES), ...Object.keys(overrides).map((l) => l.toLowerCase())])];
  for (const language of languages) {
    const base = LANGUAGES[language] ?? LANGUAGES[language.split('-')[0]] ?? LANGUAGES.en;
    const own = Object.entries(overrides).find(([l]) => l.toLowerCase() === language)?.[1];
    tables[language] = (own === undefined ? base : overlay(base, own, `config.strings.${language}`, warn)) as Strings;
  }

  let rows: ResolvedConfig['rows'] = [...ROW_IDS];
  if (c.rows !== undefined) {
    const kept: ResolvedConfig['rows'] = [];
    if (!Array.isArray(c.rows)) warn('config.rows must be a list');
    else {
      c.rows.forEach((id, i) => {
        if (isObject(id)) {
          const row: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(id)) {
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

  const questions = c.questions === undefined ? [...QUESTION_IDS] : questionOrder(c.questions, warn);
  const facts: FacilityConfig['facts'] = {};
  if (c.facts !== undefined && !isObject(c.facts)) warn('config.facts must be an object');
  for (const [level, given] of Object.entries(isObject(c.facts) ? c.facts : {})) {
    const at = `config.facts.${level}`;
    if (!(LEVEL_IDS as readonly string[]).includes(level) || !isObject(given)) {
      warn(`${at} is not a level with facts`);
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [fact, value] of Object.entries(given)) {
      const yesNo = fact === 'detox' || fact === 'moud';
      const ok = yesNo ? typeof value === 'boolean' : isLocalText(value);
      if (!(FACT_IDS as readonly string[]).includes(fact)) warn(`${at}.${fact} is not a known setting`);
      else if (!ok) warn(`${at}.${fact} must be ${yesNo ? 'true or false' : 'a non-empty string'}`);
      else kept[fact] = value;
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
  if (typeof text !== 'object') return text;
  return text[language] ?? text.en ?? Object.values(text)[0];
}
