// Dev-server middleware: test pages named csp-* are served with a strict policy, as a careful host page would
// be; pages named csp-tt-* also enforce Trusted Types for every script sink. The hostile-page suite's pages
// (test/reliability/pages) name a Trusted Types policy list too:
//   csp-ttlit-*   trusted-types lit-html 'allow-duplicates'   (what the widget needs, both bundles on one page)
//   csp-ttnone-*  trusted-types 'none'                         (no policy at all: the bundle cannot start)
//   csp-ttother-* an allow-list without lit-html               (another app's policies only)
//   csp-ttfirst-* trusted-types lit-html tc-page, no 'allow-duplicates' (the page takes the name lit-html first)
// img-src data: only for the test page's own blank favicon.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; connect-src 'none'";
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'`;
export const TRUSTED_TYPES_POLICIES = {
  'csp-ttlit-': "trusted-types lit-html 'allow-duplicates'",
  'csp-ttnone-': "trusted-types 'none'",
  'csp-ttother-': 'trusted-types other-app dompurify',
  'csp-ttfirst-': 'trusted-types lit-html tc-page',
};

/** The policy a test page is served with, or undefined for a page served without one. */
export function policyFor(page) {
  if (!page.startsWith('csp-')) return undefined;
  const prefix = Object.keys(TRUSTED_TYPES_POLICIES).find((p) => page.startsWith(p));
  if (prefix) return `${TRUSTED_TYPES_CSP}; ${TRUSTED_TYPES_POLICIES[prefix]}`;
  return page.startsWith('csp-tt-') ? TRUSTED_TYPES_CSP : STRICT_CSP;
}

export function cspHeaders(ctx, next) {
  const page = ctx.path.split('/').pop() ?? '';
  const policy = /^\/test\/(bundle|reliability)\/pages\//.test(ctx.path) ? policyFor(page) : undefined;
  if (policy) ctx.set('Content-Security-Policy', policy);
  return next();
}
