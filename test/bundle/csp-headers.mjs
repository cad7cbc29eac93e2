// Dev-server middleware: pages under test/bundle/pages/csp-* are served with a strict policy, as a
// careful host page would be.
// img-src data: only for the test page's own blank favicon.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; connect-src 'none'";

export function cspHeaders(ctx, next) {
  if (ctx.path.startsWith('/test/bundle/pages/csp-')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
  return next();
}
