// Site-wide defaults, set by an Administrator on Settings → Treatment compare: a block with empty attributes and
// a bare shortcode inherit them, a block's own value wins; an invalid config JSON gets an error notice naming the
// problem and the last good value stays.
import assert from 'node:assert/strict';
import { assertClean, ctx, getDefaults, openPage, publish, saveSettings, setDefaults, test, waitForWidget, widgetBlock, widgetFacts, widgetWarnings } from './harness.mjs';

const DEFAULTS = {
  facility_name: 'Cedar Grove Treatment Center',
  phone: '(555) 010-4444',
  cta_href: 'https://example.org/admissions',
  cta_label: 'Plan a visit',
  levels: 'outpatient iop php inpatient',
  offers: 'iop inpatient',
  theme: 'light', // the brand colour is the light theme's accent (the dark theme keeps its own, for contrast)
  audience: 'loved-one',
  brand_color: '#8a2be2',
  config: JSON.stringify({ facts: { iop: { schedule: 'Mornings or evenings' }, inpatient: { payment: 'Most plans accepted' } } }),
};
const isError = (notice) => /(^|\s)(notice-error|error)(\s|$)/.test(notice.classes);
const tokens = (value) => String(value ?? '').split(/[\s,]+/).filter(Boolean).sort().join(' ');

async function visit(link, shot) {
  const { page, log, close } = await openPage({ width: 1280 });
  try {
    await page.goto(link);
    const facts = await widgetFacts(await waitForWidget(page));
    if (shot) await page.screenshot({ path: `${ctx.shots}/${shot}.png`, fullPage: true });
    assertClean(log, link);
    assert.deepEqual(widgetWarnings(log), [], 'the widget warned');
    return facts;
  } finally {
    await close();
  }
}

test('defaults saved on the settings page apply to an empty block and a bare shortcode; own values win', async () => {
  setDefaults(null);
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    const notices = await saveSettings(page, DEFAULTS);
    assert.ok(notices.some((n) => /saved/i.test(n.text)), `no "Settings saved" notice: ${JSON.stringify(notices)}`);
    assert.ok(!notices.some((n) => isError(n)), `error notice: ${JSON.stringify(notices)}`);
    await page.screenshot({ path: `${ctx.shots}/settings-page.png`, fullPage: true });
    assertClean(log, 'settings page');
  } finally {
    await close();
  }
  const stored = getDefaults();
  for (const key of ['facility_name', 'phone', 'cta_href', 'cta_label', 'theme', 'audience']) assert.equal(stored[key], DEFAULTS[key], `stored ${key}`);
  assert.equal(tokens(stored.levels), tokens(DEFAULTS.levels), 'stored levels');
  assert.equal(String(stored.brand_color).toLowerCase(), DEFAULTS.brand_color, 'stored brand_color');
  assert.deepEqual(JSON.parse(stored.config), JSON.parse(DEFAULTS.config), 'stored config');

  const empty = await publish('author', 'defaults, empty block', widgetBlock({}));
  const bare = await publish('author', 'defaults, bare shortcode', '[treatment_compare]');
  for (const post of [empty, bare]) {
    const w = await visit(post.link);
    const a = w.attributes;
    assert.equal(a['facility-name'], DEFAULTS.facility_name, `${post.link}: facility-name`);
    assert.equal(a.phone, DEFAULTS.phone, `${post.link}: phone`);
    assert.equal(a['cta-href'], DEFAULTS.cta_href, `${post.link}: cta-href`);
    assert.equal(a['cta-label'], DEFAULTS.cta_label, `${post.link}: cta-label`);
    assert.equal(tokens(a.levels), tokens(DEFAULTS.levels), `${post.link}: levels`);
    assert.equal(tokens(a.offers), tokens(DEFAULTS.offers), `${post.link}: offers`);
    assert.equal(a.theme, DEFAULTS.theme, `${post.link}: theme`);
    assert.equal(a.audience, DEFAULTS.audience, `${post.link}: audience`);
    assert.equal(w.levels.length, 4, `${post.link}: level columns ${w.levels.join(' | ')}`);
    assert.ok(w.text.includes('Mornings or evenings') && w.text.includes('Most plans accepted'), `${post.link}: the default config's facts are not shown`);
    assert.equal(w.primary.toLowerCase(), DEFAULTS.brand_color, `${post.link}: --tc-color-primary is "${w.primary}", not the brand colour`);
  }

  // Own values win; the own config wins name by name over the site's (the same fact, another text).
  const ownConfig = JSON.stringify({ facts: { iop: { schedule: 'Three evenings a week' } } });
  const own = await publish('author', 'defaults, own values', widgetBlock({ facilityName: 'Own Name Recovery', levels: 'iop inpatient', theme: 'dark', config: ownConfig }));
  const shortcodeOwn = await publish('author', 'defaults, own shortcode', `[treatment_compare facility_name="Own Name Recovery" levels="iop inpatient" theme="dark"]${ownConfig}[/treatment_compare]`);
  for (const post of [own, shortcodeOwn]) {
    const w = await visit(post.link, post === own ? 'defaults-own-values' : undefined);
    assert.equal(w.attributes['facility-name'], 'Own Name Recovery', `${post.link}: the block's own facility name did not win`);
    assert.equal(tokens(w.attributes.levels), 'inpatient iop', `${post.link}: the block's own levels did not win`);
    assert.equal(w.attributes.theme, 'dark', `${post.link}: the block's own theme did not win`);
    assert.equal(w.levels.length, 2, `${post.link}: level columns`);
    assert.equal(w.attributes.phone, DEFAULTS.phone, `${post.link}: the default phone is not inherited beside own values`);
    assert.ok(w.text.includes('Three evenings a week'), `${post.link}: the block's own config is not used`);
    assert.ok(!w.text.includes('Mornings or evenings'), `${post.link}: the site's fact shows although the block's own config sets it`);
  }
});

test('an invalid config JSON on the settings page gets an error notice naming the problem and keeps the last good value', async () => {
  setDefaults(DEFAULTS);
  const good = getDefaults().config;
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    for (const bad of ['{"facts": {"iop": {"schedule": "Evenings"}', '{"facts": {"iop": {"schedule": "Evenings",}}}']) {
      const notices = await saveSettings(page, { config: bad });
      const errors = notices.filter((n) => isError(n));
      assert.ok(errors.length, `no error notice for ${bad}: ${JSON.stringify(notices)}`);
      const text = errors.map((n) => n.text).join(' ');
      assert.match(text, /JSON/i, `the notice does not say it is about the JSON: ${text}`);
      assert.match(text, /syntax|unexpected|malformed|invalid|line|position|character|comma|bracket|brace|end/i, `the notice does not name the problem: ${text}`);
      console.log(`    notice: ${text.slice(0, 200)}`);
      assert.equal(getDefaults().config, good, 'the last good config was not kept');
      // The page shows the kept value, or the visitor's rejected text to fix: never an empty box.
      const shown = await page.locator('[name="treatment_compare_defaults[config]"]').inputValue();
      assert.ok(shown === bad || JSON.stringify(JSON.parse(shown)) === JSON.stringify(JSON.parse(good)), `the config field shows ${shown}`);
    }
    await page.screenshot({ path: `${ctx.shots}/settings-invalid-json.png`, fullPage: true });
    assertClean(log, 'settings page');
  } finally {
    await close();
    setDefaults(null);
  }
});

test('a booking link on this site (/contact) can be saved on the settings page, as its description says', async () => {
  setDefaults(null);
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    const notices = await saveSettings(page, { cta_href: '/contact/' });
    assert.ok(!notices.some((n) => isError(n)), `error notice: ${JSON.stringify(notices)}`);
    assert.equal(getDefaults().cta_href, '/contact/');
    assertClean(log, 'settings page');
  } finally {
    await close();
    setDefaults(null);
  }
});
