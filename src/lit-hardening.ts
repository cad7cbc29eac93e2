import { _$LH, nothing } from 'lit-html';
import { ReactiveElement } from 'lit';
import { bare, ownValue } from './config/own.js';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Fields Lit reads before it ever sets them, by their names in its production build: its initializers (a static, read
 * when a class is prepared and when an element is made), its controllers and the render root (read when an element
 * connects). Inherited from a polluted Object.prototype, they stop the element starting or leave it blank. Own empty
 * values leave nothing for the prototype to answer. test/lit-guards.test.ts fails when Lit's code stops reading them.
 */
export const LIT_FIELDS = { static: ['l'], instance: ['_$EO', 'renderRoot'] } as const;
for (const name of LIT_FIELDS.static) ownValue(ReactiveElement, name, undefined);
for (const name of LIT_FIELDS.instance) ownValue(ReactiveElement.prototype, name, undefined);

/**
 * The accessor Lit defines for each reactive property, without a prototype: a polluted Object.prototype.value or
 * .writable would make it both an accessor and a value, which defineProperty refuses, and the element would never be
 * defined. Replaced on ReactiveElement itself (an element class of its own overriding it is deprecated).
 */
const Reactive = ReactiveElement as unknown as { getPropertyDescriptor: (...args: unknown[]) => PropertyDescriptor | undefined };
const describe = Reactive.getPropertyDescriptor;
Reactive.getPropertyDescriptor = function (this: unknown, ...args: unknown[]) {
  const descriptor = describe.apply(this, args);
  return descriptor && bare(descriptor);
};

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
  // Own fields only: an arrow function has no prototype of its own, and a polluted Object.prototype would lend one.
  const proto = typeof Part === 'function' ? (Object.getOwnPropertyDescriptor(Part, 'prototype')?.value as Record<string, unknown> | undefined) : undefined;
  if (typeof proto !== 'object' || !(hasOwn.call(proto, '_$setValue') || hasOwn.call(proto, '_$AI'))) continue;
  guardedParts++;
  ownValue(proto, 'strings', undefined);
  if (hasOwn.call(proto, 'handleEvent')) sentinelFirstListener(proto);
}

/**
 * An event part compares a new listener's `capture`, `once` and `passive` with the old one's, and before its first
 * listener the old one is Lit's `nothing`, a symbol, whose fields come from Object.prototype: a polluted prototype
 * answers them (and a getter there that throws stops the render). A bare stand-in with a `capture` no listener has
 * (NaN equals nothing) takes its place, so the first listener is still added and nothing is read from a prototype.
 */
function sentinelFirstListener(proto: Record<string, unknown>) {
  const [setter, committed] = hasOwn.call(proto, '_$AI') ? ['_$AI', '_$AH'] : ['_$setValue', '_$committedValue'];
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
