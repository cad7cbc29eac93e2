// Hostile values stay inert: markup, "><script>, </script> and event handlers in every field (the config JSON
// included) and a javascript: link, through the block, the shortcode, the settings form and a raw option. No
// script of theirs runs (window.__pwned stays unset, no dialog, no element of theirs in the page), the widget
// still renders, and it says itself that it refused the javascript: link.
import assert from 'node:assert/strict';
import { SETTINGS_PAGE, assertClean, completeQuiz, getDefaults, openPage, publish, saveSettings, setDefaults, test, url, waitForWidget, widgetBlock, widgetFacts, widgetWarnings } from './harness.mjs';

const HTML = `"><script>window.__pwned='script'</script><img src=x onerror="window.__pwned='img'">'</script><svg/onload=window.__pwned='svg'>`;
const hostile = (label) => `${label} ${HTML}`;
const JS_LINK = `javascript:window.__pwned='link'`;
const CONFIG = JSON.stringify({
  strings: { en: { title: `</script><script>window.__pwned='config'</script><!--`, titleMany: `<img src=x onerror="window.__pwned='many'">` } },
  facts: { iop: { schedule: `Evenings</script><img src=x onerror="window.__pwned='fact'">` } },
  rows: ['live', { label: `<script>window.__pwned='row'</script>`, iop: '"><b>x</b>', inpatient: "'-->" }],
});
const ATTRIBUTES = {
  facilityName: hostile('Hostile Clinic'),
  phone: hostile('555'),
  ctaHref: JS_LINK,
  ctaLabel: hostile('Book'),
  levels: hostile('iop'),
  offers: hostile('iop'),
  view: hostile('both'),
  theme: hostile('light'),
  audience: hostile('self'),
  lang: hostile('en'),
  look: hostile('page'),
  config: CONFIG,
};
const SNAKE = { facilityName: 'facility_name', ctaHref: 'cta_href', ctaLabel: 'cta_label' };
const snake = (key) => SNAKE[key] ?? key;

/**
 * The visitor's page, through to the quiz's result (where the booking link would be): nothing hostile ran or
 * became an element, the widget rendered, and (with `linkWarning`) it warned that it refused the javascript: link.
 */
async function assertInert(link, where, { linkWarning = false } = {}) {
  const { page, log, close } = await openPage({ width: 1280 });
  try {
    await page.goto(link);
    const widget = await waitForWidget(page);
    await completeQuiz(page, widget);
    await page.waitForTimeout(200); // time for an injected onerror/onload, if there were one
    const facts = await widgetFacts(widget);
    const found = await page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll('treatment-compare')].map((el) => el.shadowRoot)];
      const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
      return {
        pwned: window.__pwned,
        // Elements that exist only if a hostile value was parsed as markup.
        injected: [
          ...all('img[src="x"]'),
          ...all('[onerror], [onload]').filter((n) => /__pwned/.test(`${n.getAttribute('onerror')} ${n.getAttribute('onload')}`)),
          ...all('script').filter((n) => /^\s*window\.__pwned/.test(n.textContent)),
        ].map((n) => n.outerHTML.slice(0, 120)),
        jsLinks: all('a[href]').map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h)),
      };
    });
    assert.equal(found.pwned, undefined, `${where}: a hostile script ran (window.__pwned = ${found.pwned})`);
    assert.deepEqual(found.injected, [], `${where}: hostile markup became elements`);
    assert.deepEqual(found.jsLinks, [], `${where}: a javascript: link is in the page`);
    assert.ok(facts.title, `${where}: the widget did not render`);
    const warnings = widgetWarnings(log);
    if (linkWarning) {
      const given = facts.attributes['cta-href'];
      assert.ok(
        warnings.some((w) => /cta-href/.test(w) && /javascript:/.test(w)),
        `${where}: no warning from the widget about the javascript: link (the element got ${given === undefined ? 'no cta-href at all' : `cta-href=${JSON.stringify(given)}`}); its warnings: ${JSON.stringify(warnings)}`,
      );
    }
    assert.ok(!log.failed.some((f) => /\/x(\?|$)/.test(f)), `${where}: an injected <img src=x> was requested`);
    // Console errors would mean a value broke out into the page (a script parse error, say).
    assertClean({ ...log, failed: [] }, where);
    return { facts, warnings };
  } finally {
    await close();
  }
}

test('hostile values in every block attribute stay inert (posted by an Administrator, unfiltered)', async () => {
  setDefaults(null);
  const post = await publish('administrator', 'hostile block', widgetBlock(ATTRIBUTES));
  const { facts } = await assertInert(post.link, 'block');
  console.log(`    title shown: ${facts.title.slice(0, 80)}`);
});

test('hostile values in every shortcode attribute and its JSON stay inert (posted by an Administrator)', async () => {
  setDefaults(null);
  // A shortcode attribute cannot hold [ or ], nor a quote of its own kind. Markup in balanced tags keeps the
  // shortcode whole, so the javascript: link reaches the widget, which must warn.
  const balanced = {
    facility_name: `Hostile <b>Clinic</b> <img src=x onerror=window.__pwned='img'>`,
    phone: `555 <script>window.__pwned='phone'</script>`,
    cta_href: JS_LINK,
    cta_label: `Book <svg/onload=window.__pwned='svg'>`,
    levels: `iop <script>window.__pwned='levels'</script>`,
    offers: `iop <i onmouseover=window.__pwned='offers'>`,
    view: `both <script>window.__pwned='view'</script>`,
    theme: `light </script><script>window.__pwned='theme'</script>`,
    audience: `self <img src=x onerror=window.__pwned='audience'>`,
    lang: `en <script>window.__pwned='lang'</script>`,
    look: `page <script>window.__pwned='look'</script>`,
  };
  const attrs = (values) => Object.entries(values).map(([key, value]) => `${key}="${value}"`).join(' ');
  const first = await publish('administrator', 'hostile shortcode', `[treatment_compare ${attrs(balanced)}]\n${CONFIG}\n[/treatment_compare]`);
  await assertInert(first.link, 'shortcode');
  // A lone "> in an attribute: WordPress no longer sees a whole shortcode there and curls its quotes (its own
  // texturizer), so the values arrive changed; they must stay inert all the same.
  const loose = Object.fromEntries(Object.entries(ATTRIBUTES).filter(([k]) => k !== 'config').map(([k, v]) => [snake(k), v.replace(/'/g, '&#39;')]));
  const looseAttrs = Object.entries(loose).map(([key, value]) => `${key}='${value}'`).join(' ');
  const second = await publish('administrator', 'hostile shortcode, lone >', `[treatment_compare ${looseAttrs}]\n${CONFIG}\n[/treatment_compare]`);
  await assertInert(second.link, 'shortcode with a lone ">');
});

test('hostile site-wide defaults stay inert, saved through the settings form and stored raw', async () => {
  const values = Object.fromEntries(Object.entries(ATTRIBUTES).filter(([k]) => !['view', 'lang'].includes(k)).map(([k, v]) => [snake(k), v]));
  values.brand_color = `red;}</style><script>window.__pwned='color'</script>`;
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    // Every free-text field of the form gets its hostile value (fixed choices offer no way to type markup).
    await page.goto(url(SETTINGS_PAGE));
    const form = {};
    for (const [key, value] of Object.entries(values)) {
      const field = page.locator(`[name="treatment_compare_defaults[${key}]"]`);
      const free = (await field.count()) && (await field.evaluate((el) => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio'].includes(el.type))));
      if (free) form[key] = value;
    }
    assert.ok(Object.keys(form).length >= 5, `few free-text fields on the settings page: ${Object.keys(form).join(', ')}`);
    await saveSettings(page, form, { validate: false });
    await page.waitForTimeout(200); // time for an injected onerror, if there were one
    // The page after saving quotes refused values in its notices: inert there.
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a hostile script ran in the notices after saving');
    // The settings page shows the saved values back: inert there too.
    await page.reload();
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a hostile script ran on the settings page');
    assertClean(log, 'settings page');
  } finally {
    await close();
  }
  const saved = getDefaults() ?? {};
  const empty = await publish('author', 'hostile defaults, empty block', widgetBlock({}));
  // The form may refuse a javascript: link when saving (then the widget has nothing to warn about).
  assert.ok(!/javascript:/i.test(saved.cta_href ?? ''), `the settings form saved a javascript: link: ${saved.cta_href}`);
  await assertInert(empty.link, 'defaults saved by the form');
  // Stored raw, as another plugin or an import could: the output must be safe without the form's sanitizing.
  setDefaults({ ...values, config: CONFIG });
  try {
    await assertInert(empty.link, 'raw defaults');
  } finally {
    setDefaults(null);
  }
});

test("a javascript: booking link in a block or a shortcode gives no link, and the element's own warning", async () => {
  setDefaults(null);
  const block = await publish('author', 'javascript: link, block', widgetBlock({ facilityName: 'Link Test', phone: '(555) 010-2345', ctaHref: JS_LINK }));
  const shortcode = await publish('author', 'javascript: link, shortcode', `[treatment_compare facility_name="Link Test" phone="(555) 010-2345" cta_href="${JS_LINK}"][/treatment_compare]`);
  for (const [post, where] of [[block, 'block'], [shortcode, 'shortcode']]) await assertInert(post.link, where, { linkWarning: true });
});
