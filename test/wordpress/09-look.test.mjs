// "Look like the page" on the real theme (Twenty Twenty-Three): the site-wide checkbox on the settings page, a
// block's Look and a shortcode's look="page" / look="card", each overriding the site's default either way. With the
// look on, the widget's text takes the theme's font and text colour, with no padding and a transparent background
// (its heading lines up with the post's paragraphs); off, it is the card. axe passes on the real theme in both
// looks, before and after the quiz, at 1280 and 390 px, and on a dark section, where the look's script picks the
// widget's dark accents (without that script, axe fails there: the check can see the difference). The look is a
// class and two files, so it holds under a strict Content-Security-Policy; the reserve still holds the height (no
// layout shift); hostile values of the setting are refused; the block's sidebar drives the live preview.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import {
  assertClean,
  axe,
  completeQuiz,
  ctx,
  getDefaults,
  openPage,
  publish,
  saveSettings,
  setDefaults,
  test,
  url,
  waitForWidget,
  widgetBlock,
  wpEval,
} from './harness.mjs';

/** The widget's own font and card colours (src/treatment-compare.styles.ts), which the page's look replaces. */
const CARD = { font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', background: 'rgb(255, 255, 255)', color: 'rgb(27, 42, 50)' };
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const isError = (notice) => /(^|\s)(notice-error|error)(\s|$)/.test(notice.classes);
const around = (inner) => `<!-- wp:paragraph --><p>Compare the levels of care we offer.</p><!-- /wp:paragraph -->${inner}<!-- wp:paragraph --><p>Call us any time.</p><!-- /wp:paragraph -->`;
const shortcodePost = (attributes = '') => `Compare the levels of care we offer.\n\n[treatment_compare facility_name="Look Test"${attributes}]\n\nCall us any time.`;
/** A section of the post in the theme's own dark colours: its "contrast" (black) background and "base" (white) text. */
const darkSection = (inner) =>
  `<!-- wp:group {"backgroundColor":"contrast","textColor":"base"} --><div class="wp-block-group has-base-color has-contrast-background-color has-text-color has-background"><!-- wp:paragraph --><p>Compare the levels of care we offer.</p><!-- /wp:paragraph -->${inner}</div><!-- /wp:group -->`;

/**
 * How the widget looks where it is: its inner box's font, padding, background and text colour, the page's own font
 * and colour around it (its parent's), its theme, and the left edges of its heading and of the paragraph before it.
 */
function lookOf(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.root');
    const style = getComputedStyle(root);
    const around = getComputedStyle(el.parentElement);
    const container = el.closest('.wp-block-group, .wp-block-post-content, .entry-content');
    const paragraph = container?.querySelector(':scope > p');
    const left = (node) => Math.round(node.getBoundingClientRect().left);
    return {
      classes: [...el.classList],
      theme: el.getAttribute('theme'),
      font: style.fontFamily,
      padding: [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft],
      background: style.backgroundColor,
      color: style.color,
      pageFont: around.fontFamily,
      pageColor: around.color,
      headingLeft: left(el.shadowRoot.querySelector('h2')),
      paragraphLeft: paragraph ? left(paragraph) : null,
    };
  });
}

function assertPageLook(look, where) {
  assert.ok(look.classes.includes('tc-look-page'), `${where}: no tc-look-page class (${look.classes.join(' ')})`);
  assert.notEqual(look.pageFont, CARD.font, `${where}: the theme's font is the widget's own, so this proves nothing`);
  assert.equal(look.font, look.pageFont, `${where}: the widget's font is not the theme's`);
  assert.deepEqual(look.padding, ['0px', '0px', '0px', '0px'], `${where}: padding`);
  assert.equal(look.background, TRANSPARENT, `${where}: background`);
  assert.equal(look.color, look.pageColor, `${where}: the widget's text colour is not the page's`);
  assert.ok(look.paragraphLeft !== null && Math.abs(look.headingLeft - look.paragraphLeft) <= 1, `${where}: the heading does not line up with the page's text (${look.headingLeft} vs ${look.paragraphLeft})`);
}

function assertCardLook(look, where, width) {
  assert.ok(!look.classes.includes('tc-look-page'), `${where}: tc-look-page class on a card`);
  assert.equal(look.font, CARD.font, `${where}: font`);
  const padding = width < 500 ? '14px' : '20px';
  assert.deepEqual(look.padding, [padding, padding, padding, padding], `${where}: padding`);
  assert.equal(look.background, CARD.background, `${where}: background`);
  assert.equal(look.color, CARD.color, `${where}: text colour`);
}

/** axe on the widget now and after the quiz: no violation, no contrast axe could not decide. */
async function assertAccessible(page, widget, where) {
  for (const state of ['before the quiz', 'with the result']) {
    if (state === 'with the result') await completeQuiz(page, widget);
    const found = await axe(page);
    assert.deepEqual(found.violations, [], `${where}, ${state}: axe`);
    assert.deepEqual(found.contrastUndecided, [], `${where}, ${state}: contrast axe could not decide`);
    assert.ok(found.contrastPassed > 20, `${where}, ${state}: axe checked the contrast of only ${found.contrastPassed} elements`);
  }
}

/** Visits a post at a width: returns the widget's look; with `check`, also runs axe through the quiz. */
async function visit(link, { width = 1280, shot, check = true } = {}) {
  const { page, log, close } = await openPage({ width, height: width < 500 ? 844 : 900 });
  try {
    await page.goto(link);
    const widget = await waitForWidget(page);
    const look = await lookOf(widget);
    if (shot) {
      await page.screenshot({ path: `${ctx.shots}/${shot}-${width}.png` });
    }
    if (check) await assertAccessible(page, widget, `${link} at ${width} px`);
    assertClean(log, link);
    return look;
  } finally {
    await close();
  }
}

const posts = {};

test('Look like the page, on the settings page: an empty block and a bare shortcode take the theme\u2019s font and text colour, no padding, no background; off, the card; axe passes in both at 1280 and 390 px', async () => {
  setDefaults(null);
  mkdirSync(ctx.shots, { recursive: true });
  posts.block = await publish('author', 'look, empty block', around(widgetBlock({ facilityName: 'Look Test' })));
  posts.shortcode = await publish('author', 'look, bare shortcode', shortcodePost());

  const admin = await openPage({ width: 1280, role: 'administrator' });
  try {
    const notices = await saveSettings(admin.page, { look: 'page' });
    assert.ok(!notices.some(isError), `error notice: ${JSON.stringify(notices)}`);
    assert.equal(getDefaults().look, 'page', 'the checkbox did not save "page"');
    const box = admin.page.locator('#treatment_compare_look');
    assert.equal(await box.isChecked(), true, 'the checkbox is not shown ticked after saving');
    assert.equal(await box.evaluate((el) => [...el.labels].map((l) => l.textContent.trim()).join(' | ')), 'Look like the page', 'the checkbox\u2019s label');
    assert.match(await admin.page.locator('#treatment_compare_look_help').innerText(), /font and text colour/i, 'no description under the checkbox');
    await admin.page.locator('#treatment_compare_look').scrollIntoViewIfNeeded();
    await admin.page.screenshot({ path: `${ctx.shots}/settings-look.png` });
    assertClean(admin.log, 'settings page');

    for (const width of [1280, 390]) {
      for (const [name, post] of [['block', posts.block], ['shortcode', posts.shortcode]]) {
        const look = await visit(post.link, { width, shot: `look-page-${name}` });
        assertPageLook(look, `site default on, ${name} at ${width} px`);
        assert.equal(look.theme, 'light', `${name}: the light accents on a light page`);
      }
    }

    const off = await saveSettings(admin.page, { look: '' });
    assert.ok(!off.some(isError), `error notice: ${JSON.stringify(off)}`);
    assert.equal(getDefaults().look, '', 'unticking did not save the card');
    for (const width of [1280, 390]) {
      for (const [name, post] of [['block', posts.block], ['shortcode', posts.shortcode]]) {
        assertCardLook(await visit(post.link, { width, shot: `look-card-${name}` }), `site default off, ${name} at ${width} px`, width);
      }
    }
  } finally {
    await admin.close();
    setDefaults(null);
  }
}, { timeout: 300_000 });

test('a block and a shortcode choose their own look either way over the site default (look="page" / look="card")', async () => {
  const own = {
    blockPage: await publish('author', 'look, block page', around(widgetBlock({ facilityName: 'Look Test', look: 'page' }))),
    blockCard: await publish('author', 'look, block card', around(widgetBlock({ facilityName: 'Look Test', look: 'card' }))),
    shortcodePage: await publish('author', 'look, shortcode page', shortcodePost(' look="page"')),
    shortcodeCard: await publish('author', 'look, shortcode card', shortcodePost(' look="card"')),
    shortcodeLoose: await publish('author', 'look, shortcode Page', shortcodePost(" LOOK=' Page '")),
  };
  try {
    for (const site of ['', 'page']) {
      setDefaults(site ? { look: site } : null);
      const expected = { blockPage: 'page', blockCard: 'card', shortcodePage: 'page', shortcodeCard: 'card', shortcodeLoose: 'page', block: site || 'card', shortcode: site || 'card' };
      for (const [name, want] of Object.entries(expected)) {
        const post = own[name] ?? posts[name];
        const look = await visit(post.link, { check: false });
        const where = `${name} with the site default ${site || 'card'}`;
        if (want === 'page') assertPageLook(look, where);
        else assertCardLook(look, where, 1280);
      }
    }
  } finally {
    setDefaults(null);
  }
}, { timeout: 240_000 });

test('on a dark section of the theme the look takes its light text and the widget\u2019s dark accents, whatever the Theme setting; axe passes; without the look\u2019s script it would not', async () => {
  setDefaults({ theme: 'light' });
  const dark = await publish('author', 'look, dark section', darkSection(widgetBlock({ facilityName: 'Look Test', look: 'page' })));
  const darkShortcode = await publish('author', 'look, dark section shortcode', darkSection('<!-- wp:shortcode -->[treatment_compare facility_name="Look Test" look="page" theme="light"]<!-- /wp:shortcode -->'));
  // The opposite mistake: the dark theme chosen for a widget on the theme's light page.
  const lightDark = await publish('author', 'look, dark theme on a light page', around(widgetBlock({ facilityName: 'Look Test', look: 'page', theme: 'dark' })));
  try {
    for (const width of [1280, 390]) {
      for (const [post, where] of [[dark, 'dark section, block'], [darkShortcode, 'dark section, shortcode']]) {
        const look = await visit(post.link, { width, shot: where === 'dark section, block' ? 'look-page-dark-section' : undefined });
        assertPageLook(look, `${where} at ${width} px`);
        assert.equal(look.pageColor, 'rgb(255, 255, 255)', `${where}: the section's text is not the theme's light text`);
        assert.equal(look.theme, 'dark', `${where}: the widget kept theme="${look.theme}" on a dark section`);
      }
      const look = await visit(lightDark.link, { width, shot: 'look-page-theme-dark-on-light' });
      assertPageLook(look, `theme="dark" on a light page at ${width} px`);
      assert.equal(look.theme, 'light', `theme="dark" on a light page at ${width} px: the dark accents stayed on a light page`);
    }
    // The check can tell: with the script blocked, the light accents stay on the dark section and axe fails.
    const { page, context, close } = await openPage({ width: 1280 });
    try {
      await context.route(/treatment-compare-look\.js/, (route) => route.abort('blockedbyclient'));
      await page.goto(dark.link);
      await waitForWidget(page);
      const found = await axe(page);
      assert.ok(found.violations.some((v) => v.startsWith('color-contrast')), `axe found no contrast problem with the light accents on the dark section: ${JSON.stringify(found)}`);
    } finally {
      await close();
    }
  } finally {
    setDefaults(null);
  }
}, { timeout: 300_000 });

test('the look is a class and two files: it holds under a strict Content-Security-Policy (no inline style or script)', async () => {
  const post = posts.shortcode;
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'";
  setDefaults({ look: 'page' });
  const html = await (await fetch(post.link)).text();
  const { page, context, log, close } = await openPage({ width: 1280 });
  try {
    const violations = [];
    await page.exposeFunction('__tcViolation', (v) => violations.push(v));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => window.__tcViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)),
    );
    await context.route(/\/\?p=\d+$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    await page.goto(post.link);
    const look = await lookOf(await waitForWidget(page));
    assert.ok(look.classes.includes('tc-look-page'), 'no tc-look-page class');
    assert.deepEqual(look.padding, ['0px', '0px', '0px', '0px'], 'under the policy, padding');
    assert.equal(look.background, TRANSPARENT, 'under the policy, background');
    assert.equal(look.font, look.pageFont, 'under the policy, font');
    assert.equal(look.theme, 'light', 'under the policy, the look\u2019s script did not run');
    const ours = violations.filter((v) => /treatment-compare/.test(v));
    assert.deepEqual(ours, [], 'the policy blocked something of the plugin');
    assert.ok(violations.length > 0, 'the policy blocked nothing at all: was it applied? (WordPress prints inline styles and scripts)');
    assert.ok(!/<treatment-compare\b[^>]*\sstyle=/.test(html), 'the element has a style attribute');
    assertClean({ ...log, errors: log.errors.filter((e) => !/Content Security Policy/i.test(e)) }, 'page under the policy');
  } finally {
    await close();
    setDefaults(null);
  }
});

test('the look\u2019s files load only with a widget that looks like the page, deferred, data-no-optimize; the reserve still holds the height, no layout shift', async () => {
  setDefaults(null);
  const files = (html) => [...html.matchAll(/<(?:script|link)\b[^>]*treatment-compare-look\.(?:js|css)[^>]*>/g)].map((m) => m[0]);
  const card = await (await fetch(posts.shortcode.link)).text();
  assert.deepEqual(files(card), [], 'a card loads the look\u2019s files');
  const pagePost = await publish('author', 'look, files', shortcodePost(' look="page"'));
  const html = await (await fetch(pagePost.link)).text();
  const found = files(html);
  assert.equal(found.length, 2, `expected the look stylesheet and script: ${found.join(' ')}`);
  const script = found.find((t) => t.startsWith('<script'));
  assert.match(script, /\sdefer(\s|=|>)/, `not deferred: ${script}`);
  for (const tag of found) assert.match(tag, /data-no-optimize/, `no data-no-optimize: ${tag}`);
  // Before the widget's script, so that it has chosen light or dark before the widget first draws.
  assert.ok(html.indexOf('treatment-compare-look.js') < html.indexOf('treatment-compare.iife.js'), 'the look script does not come before the widget\u2019s');

  const { page, context, close } = await openPage({ width: 390, height: 844 });
  try {
    await context.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(pagePost.link);
    const widget = await waitForWidget(page);
    await page.waitForTimeout(500);
    const state = await widget.evaluate((el) => ({
      shift: window.__shift,
      minHeight: parseFloat(getComputedStyle(el).minHeight) || 0,
      height: el.getBoundingClientRect().height,
      content: el.shadowRoot.querySelector('.root').getBoundingClientRect().height,
    }));
    assert.equal(state.shift, 0, `layout shift ${state.shift}`);
    assert.ok(state.minHeight >= 1000 && state.content <= state.minHeight && state.height === state.minHeight, `the reserve does not hold the widget: ${JSON.stringify(state)}`);
  } finally {
    await close();
  }
});

test('hostile or unknown values of the look are refused: the site\u2019s default applies, and nothing of them reaches the page', async () => {
  const HOSTILE = `page" onmouseover="window.__pwned='look'"><script>window.__pwned='look'</script>`;
  const values = [HOSTILE, 'tc-look-page', 'page card', 'pages', '1', 'true'];
  const blocks = [];
  for (const value of values) {
    blocks.push(await publish('administrator', `look hostile block ${blocks.length}`, around(widgetBlock({ facilityName: 'Look Test', look: value }))));
  }
  const shortcode = await publish('administrator', 'look hostile shortcode', shortcodePost(` look="page <b onmouseover=window.__pwned=1>x</b>"`));
  const all = [...blocks, shortcode];
  for (const post of all) {
    const html = await (await fetch(post.link)).text();
    const tag = /<treatment-compare\b[^>]*>/.exec(html)?.[0] ?? '';
    assert.ok(tag, `${post.link}: no element`);
    assert.doesNotMatch(tag, /tc-look-page|onmouseover|__pwned/, `${post.link}: ${tag}`);
    assert.doesNotMatch(html, /window\.__pwned='look'<\/script>/, `${post.link}: the hostile script is in the page`);
  }
  // Raw, as another plugin or an import could store it: neither the page's look nor anything of the value.
  setDefaults({ look: HOSTILE });
  try {
    const look = await visit(blocks[0].link, { check: false });
    assertCardLook(look, 'raw hostile site default', 1280);
  } finally {
    setDefaults(null);
  }
  // Through the settings form, with the checkbox's value changed as a crafted request could.
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    await page.goto(url('/wp-admin/options-general.php?page=treatment-compare'));
    await page.locator('#treatment_compare_look').evaluate((box, value) => {
      box.value = value;
      box.checked = true;
    }, HOSTILE);
    await Promise.all([page.waitForURL(/settings-updated=/), page.locator('form[action*="options.php"] [type="submit"]').first().click()]);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a hostile script ran on the settings page');
    assert.equal(getDefaults().look, '', `the form saved the look ${JSON.stringify(getDefaults().look)}`);
    assertClean(log, 'settings page');
  } finally {
    await close();
    setDefaults(null);
  }
  const stored = JSON.parse(wpEval(`echo wp_json_encode(treatment_compare_clean_value('look', ${JSON.stringify(' PAGE ')}));`));
  assert.equal(stored, 'page', 'a look written " PAGE " is not read as page');
});

test('the block\u2019s sidebar has a Look select (site default, Look like the page, Card) that the live preview follows', async () => {
  setDefaults({ look: 'page' });
  const { page, log, close } = await openPage({ width: 1440, height: 1000, role: 'administrator' });
  try {
    const post = await publish('administrator', 'look, editor', around(widgetBlock({ facilityName: 'Look Test' })));
    await page.goto(url(`/wp-admin/post.php?post=${new URL(post.link).searchParams.get('p')}&action=edit`));
    const guide = page.locator('.edit-post-welcome-guide');
    if (await guide.isVisible().catch(() => false)) await guide.locator('button[aria-label="Close"]').click();
    const block = page.locator('[data-type="treatment-compare/widget"]').first();
    await block.waitFor({ timeout: 30_000 });
    const preview = block.locator('treatment-compare');
    const padding = () => preview.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.root')).paddingTop);
    const hasLook = () => preview.evaluate((el) => el.classList.contains('tc-look-page'));
    await page.waitForFunction(() => document.querySelector('[data-type="treatment-compare/widget"] treatment-compare')?.shadowRoot?.querySelector('h2'), null, { timeout: 20_000 });
    assert.equal(await hasLook(), true, 'the preview does not follow the site default (the page\u2019s look)');
    assert.equal(await padding(), '0px');

    await block.click({ position: { x: 5, y: 5 } });
    const settingsButton = page.locator('button[aria-label="Settings"]').first();
    if ((await settingsButton.getAttribute('aria-pressed')) === 'false') await settingsButton.click();
    const sidebar = page.locator('.interface-complementary-area, .edit-post-sidebar').first();
    const display = sidebar.locator('.components-panel__body').filter({ hasText: 'Display' }).first();
    if (!(await display.evaluate((n) => n.classList.contains('is-opened')))) await display.locator(':scope > h2 > button').click();
    const select = sidebar.getByLabel(/^look$/i);
    await select.waitFor({ timeout: 10_000 });
    const options = await select.locator('option').evaluateAll((nodes) => nodes.map((n) => [n.value, n.textContent.trim()]));
    assert.deepEqual(options.map(([value]) => value), ['', 'page', 'card'], `options: ${JSON.stringify(options)}`);
    assert.match(options[0][1], /site default.*look like the page/i, `the first option does not say what the site default is: ${options[0][1]}`);

    await select.selectOption('card');
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-type="treatment-compare/widget"] treatment-compare');
      return el && !el.classList.contains('tc-look-page') && getComputedStyle(el.shadowRoot?.querySelector('.root') ?? el).paddingTop === '20px';
    }, null, { timeout: 15_000 });
    await page.screenshot({ path: `${ctx.shots}/editor-look-card.png` });
    await select.selectOption('page');
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-type="treatment-compare/widget"] treatment-compare');
      return el?.classList.contains('tc-look-page') && getComputedStyle(el.shadowRoot?.querySelector('.root') ?? el).paddingTop === '0px';
    }, null, { timeout: 15_000 });
    await page.screenshot({ path: `${ctx.shots}/editor-look-page.png` });
    assertClean(log, 'block editor');
  } finally {
    await close();
    setDefaults(null);
  }
}, { timeout: 180_000 });
