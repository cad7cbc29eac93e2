import { en } from './en.js';
import { es } from './es.js';
import type { CrisisLine, Strings } from './strings.js';

export type { Strings, CompareRow, CrisisLine, NoteCopy, QuestionCopy, RowId } from './strings.js';
export { PLACEHOLDERS, ROW_IDS } from './strings.js';

/** Built-in languages; a new language is a new file added here. */
// No prototype: a configured language named "constructor" or "__proto__" must not find Object's members.
export const LANGUAGES: Record<string, Strings> = { __proto__: null, en, es } as unknown as Record<string, Strings>;
export const DEFAULT_LANGUAGE = 'en';

/**
 * Picks the closest built-in language for a BCP 47 tag: the exact tag, then its primary subtag
 * (`es-MX` → `es`), then English.
 */
export function resolveLanguage(tag: string | null | undefined, available = Object.keys(LANGUAGES)): string {
  const clean = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (clean && available.includes(clean)) return clean;
  const primary = clean.split('-')[0];
  if (primary && available.includes(primary)) return primary;
  return DEFAULT_LANGUAGE;
}

/**
 * Fills {name} placeholders (replace() turns a number into text); an unknown name, including one every object
 * has like {constructor}, is left as written so a typo shows instead of vanishing.
 */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? (values[name] as string) : whole));

/**
 * The help lines by role, for copy that names them ({emergency}, {crisis}, {helpline}): the first line is the
 * emergency number, the second the crisis line (the first when there is only one), the last the referral
 * helpline. A facility that replaces the lines changes these words with them.
 */
export function helpLineRoles(lines: readonly CrisisLine[]) {
  const emergency = lines[0];
  // By length, not `lines[1] ??`: a missing index is read from Array.prototype, which a hostile page may fill.
  const crisis = lines.length > 1 ? lines[1] : emergency;
  const helpline = lines[lines.length - 1];
  return { emergency, crisis, helpline, words: { emergency: emergency.number, crisis: crisis.number, helpline: helpline.label } };
}
