// Guards the bundles put into Lit's own code, at build time, where no runtime guard can reach: a page whose
// prototypes carry names Lit reads without owning them (a prototype-pollution bug) must not hang the tab or stop the
// widget from starting (issue 15, item 3). Each guard rewrites one place of lit-html's production build and fails
// the build, naming the place, when that place is not found exactly once: a Lit upgrade that moves it must be looked
// at, not shipped unguarded. The npm entries, which leave Lit to the integrator's bundler, are not rewritten.

/**
 * Each guard: what it protects against, the code as Lit 3 ships it (a regular expression over lit-html's minified
 * production module, names captured), and the code that replaces it.
 */
export const LIT_GUARDS = [
  {
    name: "the template clone loop's reads past the end of its parts",
    // With Array.prototype[0…n] filled, `parts[0]` of a template without parts and `parts[++i]` past the last part
    // read the page's value instead of undefined, and the loop walks the DOM for ever: the tab hangs.
    find: /([\w$]+)=([\w$]+)\[0\];for\(;void 0!==\1;\)\{(.*?)\1=\2\[\+\+([\w$]+)\]\}/s,
    replace: (_, part, parts, body, index) =>
      `${part}=${parts}.length?${parts}[0]:void 0;for(;void 0!==${part};){${body}${part}=++${index}<${parts}.length?${parts}[${index}]:void 0}`,
  },
  {
    name: "the Trusted Types policy's options",
    // createPolicy reads createScript and createScriptURL too: inherited from a polluted Object.prototype, a value
    // that is not a function makes it throw while the bundle loads, even on a page without a Trusted Types policy.
    find: /createPolicy\("lit-html",\{createHTML:([\w$]+)=>\1\}\)/,
    // `__proto__: null` in the literal: no function of the page (a patched Object.setPrototypeOf) is called.
    replace: (_, arg) => `createPolicy("lit-html",{__proto__:null,createHTML:${arg}=>${arg}})`,
  },
];

/** The rollup plugin: applies every guard to lit-html's production module. */
export function litGuards() {
  return {
    name: 'lit-guards',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      return { code: guardLitHtml(code, id), map: null };
    },
  };
}

/** lit-html's production module with every guard applied; throws when a guarded place is not found exactly once. */
export function guardLitHtml(code, id = 'lit-html/lit-html.js') {
  for (const guard of LIT_GUARDS) {
    const global = new RegExp(guard.find.source, `${guard.find.flags}g`);
    const found = [...code.matchAll(global)].length;
    if (found !== 1) {
      throw new Error(`lit-guards: ${guard.name}: expected once in ${id}, found ${found} times. Lit changed this code: read scripts/lit-guards.mjs and guard the new code before building.`);
    }
    code = code.replace(guard.find, guard.replace);
  }
  return code;
}
