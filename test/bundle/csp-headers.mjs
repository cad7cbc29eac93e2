// Dev-server middleware: test pages named csp-* are served with a strict policy, as a careful host page would
// be; pages named csp-tt-* also enforce Trusted Types for every script sink.
// img-src data: only for the test page's own blank favicon.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; connect-src 'none'";
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'`;

export function cspHeaders(ctx, next) {
  const page = ctx.path.split('/').pop() ?? '';
  if (/^\/test\/(bundle|reliability)\/pages\//.test(ctx.path) && page.startsWith('csp-')) {
    ctx.set('Content-Security-Policy', page.startsWith('csp-tt-') ? TRUSTED_TYPES_CSP : STRICT_CSP);
  }
  return next();
}
