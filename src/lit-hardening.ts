import { _$LH } from 'lit-html';

/*
 * Lit reads a few optional fields that its objects may not have: a template part's `strings` (set only on an
 * attribute with several values) and a render's options. A page whose Object.prototype carries a `strings`
 * (a prototype-pollution bug, say) would answer those reads and scramble every attribute. Own, empty values on
 * the part classes, and options without a prototype, leave nothing for a polluted prototype to answer.
 */
// The part classes are the ones with Lit's setter, `_$setValue` in its development build and `_$AI` in its
// production build (where its private names are minified).
for (const Part of Object.values(_$LH) as unknown[]) {
  const proto = typeof Part === 'function' ? (Part as { prototype?: object }).prototype : undefined;
  if (proto && ('_$setValue' in proto || '_$AI' in proto) && !Object.prototype.hasOwnProperty.call(proto, 'strings')) {
    Object.defineProperty(proto, 'strings', { value: undefined, writable: true, configurable: true });
  }
}

/** Render options without a prototype, for a Lit element's `renderOptions`. */
export function withoutPrototype<T extends object>(options: T): T {
  Object.setPrototypeOf(options, null);
  return options;
}
