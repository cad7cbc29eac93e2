import { DEFAULT_LEVELS, LEVEL_IDS, isLevelId, type LevelId } from '../engine/ids.js';
import { withoutBidiOverrides } from './own.js';
import { idList } from '../engine/rules.js';

/**
 * Reports one bad value: the element turns it into a single console.warn naming the attribute, the
 * value and what it does instead.
 */
export type Warn = (attribute: string, value: string, instead: string) => void;

/**
 * A property meant to hold text, as text. Frameworks set properties (React 19 passes `levels={['iop', 'php']}`,
 * `phone={5550102345}`, `ctaHref={new URL(…)}`): a list, a number or a URL is read as text (and then checked like
 * the attribute, so a bad one still gets its one warning); anything else is refused with one warning. Never throws.
 */
export function asText(attribute: string, value: unknown, warn: Warn): string | null | undefined {
  if (value == null || typeof value === 'string') return value as string | null | undefined;
  try {
    if (Array.isArray(value)) return value.map(String).join(' ');
    if (typeof value === 'number' || typeof value === 'boolean' || value instanceof URL) return String(value);
  } catch {
    // an item whose toString throws: refused below
  }
  warn(attribute, Array.isArray(value) ? 'a list' : typeof value, 'expected text; ignored');
  return null;
}

export type View = 'compare' | 'quiz' | 'both';
const VIEWS = ['compare', 'quiz', 'both'];
const THEMES = ['light', 'dark', 'auto'];

export function parseView(value: string | null | undefined, warn: Warn): View {
  const clean = value?.trim().toLowerCase() ?? 'both';
  if (VIEWS.includes(clean)) return clean as View;
  warn('view', value!, 'expected compare, quiz or both; using both');
  return 'both';
}

export type Audience = 'self' | 'loved-one';

/** `self` or `loved-one`; absent means the quiz asks first. */
export function parseAudience(value: string | null | undefined, warn: Warn): Audience | null {
  if (value == null) return null;
  if (value === 'self' || value === 'loved-one') return value;
  warn('audience', value, 'expected self or loved-one; asking the visitor instead');
  return null;
}

export function checkTheme(value: string | null | undefined, warn: Warn): void {
  if (value != null && !THEMES.includes(value)) warn('theme', value, 'expected light, dark or auto; using light');
}

/**
 * Space-separated level ids, returned in intensity order. Unknown ids are dropped with a warning; when
 * none is left, `fallback` is used.
 */
export function parseLevels(
  attribute: 'levels' | 'offers',
  value: string | null | undefined,
  allowed: readonly LevelId[],
  fallback: readonly LevelId[],
  warn: Warn,
): LevelId[] {
  if (value == null) return [...fallback];
  const tokens = idList(value)!; // as the engine and the reserve style read them: any case, spaces, commas or slashes
  const levels = LEVEL_IDS.filter((id) => allowed.includes(id) && tokens.includes(id));
  if (!tokens.length || tokens.some((t) => !isLevelId(t) || !allowed.includes(t))) {
    const instead = levels.length ? levels : fallback;
    warn(attribute, value, `expected some of "${allowed.join(' ')}"; using "${instead.join(' ')}"`);
  }
  return levels.length ? levels : [...fallback];
}

export const parseShownLevels = (value: string | null | undefined, warn: Warn) =>
  parseLevels('levels', value, LEVEL_IDS, DEFAULT_LEVELS, warn);

// Control characters and spaces, which URL parsers strip before they read the scheme.
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Returns the URL (trimmed) if it is relative or its scheme is https, http, mailto or tel; else null with a
 * warning. The scheme is read from the trimmed URL (trim also strips no-break and other Unicode spaces a
 * browser would keep) as a browser would, after the noise is stripped, so `java\tscript:` fails.
 */
export function safeHref(value: string | null | undefined, attribute: string, warn: Warn): string | null {
  const url = value?.trim();
  if (!url) return null;
  const bare = url.replace(URL_NOISE, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(bare)?.[1].toLowerCase();
  // "//host", "\\host" and "/\host" look relative but open another site: refused like a bad scheme.
  const offSite = !scheme && /^[/\\]{2}/.test(bare);
  if (!offSite && (!scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme))) return url;
  warn(attribute, value!, 'only https, http, mailto, tel or relative links on this site; no link');
  return null;
}

export interface Phone {
  text: string;
  href: string;
}

/**
 * A phone number as people read it: ASCII digits, one leading +, and - . ( ) and spaces (a no-break or thin one too,
 * as pages set numbers). No letters (1-800-NEW-LIFE would dial the wrong line when typed), no other script's digits,
 * nothing invisible.
 */
export const SHOWN_NUMBER = /^\s*\+?[\d ().\u00a0\u2009\u202f-]+\s*$/;

/** A phone number as written for people, and its `tel:` link; null (with a warning) if it is not one. */
export function parsePhone(value: string | null | undefined, warn: Warn): Phone | null {
  const text = value && withoutBidiOverrides(value).trim();
  if (!text) return null;
  const digits = text.replace(/\D/g, '');
  // Digits only: a number written with letters (1-800-NEW-LIFE) would dial the wrong line, so it is refused.
  if (SHOWN_NUMBER.test(text) && digits.length > 2 && digits.length < 16) {
    return { text, href: `tel:${text[0] === '+' ? '+' : ''}${digits}` };
  }
  warn('phone', value!, 'expected a phone number like (555) 010-2345; no call button');
  return null;
}

/** Trimmed text, or null when empty. */
export const textOrNull = (value: string | null | undefined) => (value && withoutBidiOverrides(value).trim()) || null;
