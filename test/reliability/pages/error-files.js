// Which script each uncaught error came from, to tell the two bundles apart when both are on a page.
window.__probe.errorFiles = [];
window.addEventListener('error', (e) => window.__probe.errorFiles.push(new URL(e.filename || location.href).pathname));
