// Read when the bundle loads, before any later patch of the page's built-ins can matter.
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The object itself, without a prototype. Lit and the browser read optional fields of the option objects they are
 * given (a shadow root's `slotAssignment`, a listener's `once` or `signal`, a Lit property's `noAccessor`, a property
 * descriptor's `get`, a list format's `style`), and would find a polluted Object.prototype's: such objects are
 * made bare.
 */
export function bare<const T extends object>(object: T): T {
  Object.setPrototypeOf(object, null);
  return object;
}

/**
 * Gives `object` an own writable `name` holding `value`, unless it has one already: a read of `name` then never
 * reaches a prototype a hostile page may have filled. Lit's globals and the fields it reads before setting them.
 */
export function ownValue(object: object, name: PropertyKey, value: unknown) {
  if (!hasOwn.call(object, name)) Object.defineProperty(object, name, bare({ value, writable: true, configurable: true }));
}

/** Keys that never count as data: they reach an object's prototype machinery. */
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/**
 * A property the object has itself, never one inherited from a prototype that a hostile page (or a
 * prototype-pollution bug) may have filled: the crisis lines, answers and config are read only this way.
 */
export function own<T = unknown>(object: unknown, key: string): T | undefined {
  return object !== null && typeof object === 'object' && !FORBIDDEN.includes(key) && hasOwn.call(object, key)
    ? (object as Record<string, T>)[key]
    : undefined;
}

/** The object's own [key, value] pairs, without the keys that reach its prototype. */
export const ownEntries = (object: object): [string, unknown][] => Object.entries(object).filter(([key]) => !FORBIDDEN.includes(key));

/**
 * Bidi override and embedding controls (U+202A–U+202E) in facility text could show 911 as 119: they are
 * dropped. Isolates, which cannot leak into the text around them, are kept for right-to-left languages.
 */
export const withoutBidiOverrides = (text: string) => text.replace(/[\u202a-\u202e]/g, '');
