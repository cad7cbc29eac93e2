// Runs first on the hostile pages, right after probe.js and error-files.js: records the widget's warnings, lets the test page
// prepare this window before any other script runs (pollute prototypes, patch built-ins: the parent's
// __tcHostile hook), then writes the scripts the query names, in order, the widget's bundle last:
//   ?bundle=iife|esm   which bundle
//   &before=a,b        page scripts that load first: wc-loader, wc-bundle, wc-force-ce, zone
//   &lit2              a Lit 2 element of the page's own, defined first (a module; the IIFE then waits for it)
(() => {
  const warnings = (window.__probe.warnings = []);
  const warn = console.warn;
  console.warn = (...args) => {
    warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  if (parent !== window && typeof parent.__tcHostile === 'function') parent.__tcHostile(window);

  const WC = '/node_modules/@webcomponents/webcomponentsjs/';
  const BEFORE = {
    'wc-loader': `<script src="${WC}webcomponents-loader.js"></script>`,
    'wc-bundle': `<script src="${WC}webcomponents-bundle.js"></script>`,
    // The custom elements polyfill forced in place of the native registry (a page that wants one behaviour everywhere).
    'wc-force-ce': `<script src="force-ce-polyfill.js"></script><script src="${WC}webcomponents-bundle.js"></script>`,
    zone: '<script src="/node_modules/zone.js/bundles/zone.umd.js"></script>',
  };
  const query = new URLSearchParams(location.search);
  for (const name of (query.get('before') ?? '').split(',').filter(Boolean)) {
    if (!BEFORE[name]) throw new Error(`hostile page: unknown script ${name}`);
    document.write(BEFORE[name]);
  }
  const lit2 = query.has('lit2');
  if (lit2) document.write('<script type="module" src="lit2-element.js"></script>');
  const bundle = query.get('bundle');
  if (bundle === 'esm') document.write('<script type="module" src="/dist/treatment-compare.js"></script>');
  else if (bundle === 'iife') document.write(`<script ${lit2 ? 'defer ' : ''}src="/dist/treatment-compare.iife.js"></script>`);
  else throw new Error('hostile page: ?bundle=iife or ?bundle=esm');
})();
