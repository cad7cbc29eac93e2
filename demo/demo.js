// Shows, under each example, the snippet that produced it (read from the page, so it cannot drift).
const SCRIPT_TAG = '<script src="https://your-site.example/treatment-compare.iife.js"></script>';

for (const el of document.querySelectorAll('.example treatment-compare')) {
  const markup = el.outerHTML.replace(/ (?=[a-z-]+=")/g, '\n  ').replace(/"><\/treatment-compare>$/, '"\n></treatment-compare>');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = `${SCRIPT_TAG}\n${markup}`;
  pre.append(code);
  details.append(summary, pre);
  el.after(details);
}
