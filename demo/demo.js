// Shows, under each example, the snippet that produced it (read from the page, so it cannot drift), in the form
// a facility pastes (demo/snippet.js: the reserve style and its wrapper for the default view, the script deferred).
import { fetchReserveCss, pageSnippet } from './snippet.js';

// The widget marks itself for session-replay tools when it starts; those marks are not part of what you paste.
const MASKING = /\s(data-hj-suppress|data-clarity-mask|data-private|data-sl|data-heap-redact-text)(="[^"]*")?/g;
const withoutMasking = (html) => html.replace(MASKING, '').replace(/\sclass="(fs-mask ph-no-capture|ph-no-capture fs-mask)"/, '');

const reserve = await fetchReserveCss().catch((error) => {
  console.error(`demo: ${error.message}; the snippets leave the reserve style out`);
  return null;
});
for (const el of document.querySelectorAll('.example treatment-compare')) {
  const markup = withoutMasking(el.outerHTML).replace(/ (?=[a-z-]+=")/g, '\n  ').replace(/"><\/treatment-compare>$/, '"\n></treatment-compare>');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = pageSnippet(markup, el.hasAttribute('view') ? null : reserve);
  pre.append(code);
  details.append(summary, pre);
  el.after(details);
}

// "Each kind of result": fills in a set of answers through the answers property, as a page restoring a visit
// would. Starts from the calmest answers and changes only what the situation names.
const CALM = {
  substances: ['cannabis'], withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none', health: ['none'],
  environment: 'supportive', 'prior-treatment': 'none', responsibilities: 'some-flexibility', cost: 'unsure',
};
const SITUATIONS = {
  crisis: { substances: ['alcohol'], severity: 'moderate', 'mental-health': 'crisis' },
  alcohol: { substances: ['alcohol'], withdrawal: 'severe', severity: 'severe' },
  opioids: { substances: ['opioids'], withdrawal: 'severe', severity: 'moderate', relapse: 'once' },
  pregnancy: { substances: ['opioids'], health: ['pregnant'], severity: 'moderate' },
  unsafe: { substances: ['stimulants'], severity: 'moderate', environment: 'unsafe' },
  'day-program': { substances: ['alcohol'], withdrawal: 'mild', severity: 'moderate', relapse: 'once', environment: 'mixed' },
  'step-down': { substances: ['alcohol'], severity: 'severe', relapse: 'repeated', 'prior-treatment': 'stepping-down' },
  calm: { substances: ['alcohol'], severity: 'moderate', 'prior-treatment': 'none' },
};
const picker = document.getElementById('situation');
picker?.addEventListener('change', () => {
  const widget = document.querySelector('#situations treatment-compare');
  widget.answers = picker.value ? { ...CALM, ...SITUATIONS[picker.value] } : {};
});
