import { _$LH, nothing } from 'lit-html';
import { bare } from './config/own.js';

/*
 * Lit reads a few optional fields that its objects may not have: a template part's `strings` (set only on an
 * attribute with several values) and a render's options. A page whose Object.prototype carries a `strings`
 * (a prototype-pollution bug, say) would answer those reads and scramble every attribute. Own, empty values on
 * the part classes, and options without a prototype, leave nothing for a polluted prototype to answer.
 */
// The part classes are the ones with Lit's setter, `_$setValue` in its development build and `_$AI` in its
// production build (where its private names are minified); its committed value is `_$committedValue` or `_$AH`.
/** How many part classes were guarded: test/lit-guards.test.ts fails if a Lit upgrade leaves none to find. */
export let guardedParts = 0;
for (const Part of Object.values(_$LH) as unknown[]) {
  const proto = typeof Part === 'function' ? (Part as { prototype?: Record<string, unknown> }).prototype : undefined;
  if (!proto || !('_$setValue' in proto || '_$AI' in proto)) continue;
  guardedParts++;
  if (!Object.prototype.hasOwnProperty.call(proto, 'strings')) {
    Object.defineProperty(proto, 'strings', bare({ value: undefined, writable: true, configurable: true }));
  }
  if ('handleEvent' in proto) sentinelFirstListener(proto);
}

/**
 * An event part compares a new listener's `capture`, `once` and `passive` with the old one's, and before its first
 * listener the old one is Lit's `nothing`, a symbol, whose fields come from Object.prototype: a polluted prototype
 * answers them (and a getter there that throws stops the render). A bare stand-in with a `capture` no listener has
 * (NaN equals nothing) takes its place, so the first listener is still added and nothing is read from a prototype.
 */
function sentinelFirstListener(proto: Record<string, unknown>) {
  const [setter, committed] = '_$AI' in proto ? ['_$AI', '_$AH'] : ['_$setValue', '_$committedValue'];
  const set = proto[setter] as (this: Record<string, unknown>, ...args: unknown[]) => unknown;
  const before = bare({ capture: NaN });
  proto[setter] = function (this: Record<string, unknown>, ...args: unknown[]) {
    if (this[committed] === nothing) this[committed] = before;
    return set.apply(this, args);
  };
}

/**
 * An event listener for a Lit binding (`@click=${listener(…)}`): Lit passes the listener to addEventListener as
 * its options too, so a function would let a polluted Object.prototype's `once`, `capture`, `passive` or `signal`
 * decide how it listens (a button that works once, or never). A bare object with `handleEvent` has none of them.
 */
export const listener = <E extends Event = Event>(handleEvent: (event: E) => void) => bare({ handleEvent }) as EventListenerObject;
