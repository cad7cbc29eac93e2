// Loaded first by every bundle test page: records what a careful host would watch for.
window.__probe = { errors: [], consoleErrors: [], violations: [] };
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
const originalError = console.error;
console.error = (...args) => {
  window.__probe.consoleErrors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
