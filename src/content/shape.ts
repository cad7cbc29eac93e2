import type { Strings } from './strings.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rebuilds a strings table from its values in the key order of `shape` (English): the bundles ship other
 * languages this way (scripts/compact-translations.mjs). Where the shape has an object, a value `{ [path]: part }`
 * stands for that whole part (words whose keys differ from English, like the audience words); lists ship whole.
 */
export function fromShape(shape: Strings, values: unknown[]): Strings {
  let next = 0;
  const build = (part: unknown, path: string): unknown => {
    if (!isObject(part)) return values[next++];
    const whole = values[next];
    if (isObject(whole) && path in whole) return (next++, whole[path]);
    return Object.fromEntries(Object.keys(part).map((key) => [key, build(part[key], `${path}.${key}`)]));
  };
  return build(shape, '') as Strings;
}
