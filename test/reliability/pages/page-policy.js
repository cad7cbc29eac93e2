// Another app on the page took the Trusted Types policy name lit-html first (the page's policy list has no
// 'allow-duplicates'), and a policy of its own.
window.__pagePolicies = [trustedTypes.createPolicy('lit-html', { createHTML: (s) => s }), trustedTypes.createPolicy('tc-page', { createHTML: (s) => s })];
