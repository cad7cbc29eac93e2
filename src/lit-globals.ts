import { ownValue } from './config/own.js';

/*
 * Lit keeps a few values on the global object (its version lists, the property metadata map) and calls optional
 * hooks there (polyfill and hydration support). The global object inherits from Object.prototype, so on a page
 * whose prototype carries one of these names (a prototype-pollution bug, say), Lit would push to a string or call
 * a number while loading, and the widget would never start. Where such a name is only inherited, it gets an own
 * value first: what Lit would create itself, or nothing to call. A clean page is left untouched. This module runs
 * before Lit in the bundles (src/define.ts imports it first).
 */
/** An own value for a name `object` only inherits (a clean page is left untouched). */
const ifInherited = (object: object, name: string, value: unknown) => name in object && ownValue(object, name, value);
const global = globalThis;
for (const name of ['litHtml', 'reactiveElement', 'litElement']) {
  ifInherited(global, `${name}Versions`, []);
  ifInherited(global, `${name}PolyfillSupport`, undefined);
}
ifInherited(global, 'litElementHydrateSupport', undefined);
ifInherited(global, 'litPropertyMetadata', new WeakMap());
ifInherited(global, 'ShadyCSS', undefined); // the old styling polyfill, looked for while Lit loads
// Trusted Types, where the browser has none: Lit would make its policy with whatever a polluted Object.prototype
// holds. A browser's own (on Window.prototype) is never shadowed.
if (!Object.prototype.hasOwnProperty.call(Window.prototype, 'trustedTypes')) ifInherited(global, 'trustedTypes', undefined);
// Lit polyfills Symbol.metadata with `??=`, which reads it first: from Object.prototype, on a polluted page.
ifInherited(Symbol, 'metadata', Symbol('metadata'));
