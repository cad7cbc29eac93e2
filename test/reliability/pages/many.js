// Writes 100 widgets with a spread of settings, as a directory page of many facilities might.
const views = ['both', 'quiz', 'compare'];
const langs = ['en', 'es'];
const host = document.getElementById('host');
for (let i = 0; i < 100; i++) {
  const el = document.createElement('treatment-compare');
  el.setAttribute('view', views[i % 3]);
  el.setAttribute('lang', langs[i % 2]);
  el.setAttribute('facility-name', `Facility ${i + 1}`);
  if (i % 4 === 0) el.setAttribute('levels', 'outpatient iop php inpatient');
  if (i % 5 === 0) el.setAttribute('theme', 'dark');
  host.append(el);
}
