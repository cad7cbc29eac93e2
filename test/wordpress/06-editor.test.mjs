// The block through the editor's interface, once, as an Author: open the block editor, insert "Treatment
// compare" from the inserter, see the preview render the real element, set the facility name in the sidebar and
// watch the preview follow, publish, and find the widget on the published post. No console error throughout.
import assert from 'node:assert/strict';
import { assertClean, ctx, openPage, test, url, waitForWidget, widgetFacts } from './harness.mjs';

/**
 * WordPress 6.1's block editor asks, for every Author, for things only an Editor or Administrator may read (the
 * theme's template, categories in the edit context, the site settings) and gets 403: core's own requests, logged
 * by Chromium as console errors, with or without this plugin.
 */
const CORE_AUTHOR_403 = [
  /(403|Forbidden).*rest_route=%2Fwp%2Fv2%2F(templates|settings|categories)\b/,
];

/** The frame that holds the editor's canvas (WordPress 6.1's post editor has none; later ones may iframe it). */
async function canvas(page) {
  const frame = page.frames().find((f) => f.name() === 'editor-canvas');
  return frame ?? page.mainFrame();
}

test('an Author inserts the block from the inserter; the preview renders the real element; no console error', async () => {
  const { page, log, close } = await openPage({ width: 1440, height: 1000, role: 'author' });
  try {
    await page.goto(url('/wp-admin/post-new.php'));
    const inserter = page.locator('button[aria-label="Toggle block inserter"], button[aria-label="Add block"]').first();
    await inserter.waitFor({ timeout: 30_000 });
    // The welcome guide is off for the test users (setup.sh); close it should it show anyway.
    const guide = page.locator('.edit-post-welcome-guide');
    if (await guide.isVisible().catch(() => false)) await guide.locator('button[aria-label="Close"]').click();

    const title = page.locator('.editor-post-title__input, [aria-label="Add title"]').first();
    await title.click();
    await page.keyboard.type('TC test: inserted in the editor');

    await inserter.click();
    const search = page.locator('.block-editor-inserter__search input, input[placeholder="Search"]').first();
    await search.fill('Treatment compare');
    const item = page.getByRole('option', { name: /treatment compare/i }).first();
    await item.waitFor({ timeout: 10_000 });
    await item.click();

    // The preview: the real element, defined and rendered, inside the block.
    const frame = await canvas(page);
    await frame.waitForFunction(() => {
      const el = document.querySelector('[data-type="treatment-compare/widget"] treatment-compare');
      return !!(el && customElements.get('treatment-compare') && el.shadowRoot?.querySelector('h2'));
    }, null, { timeout: 20_000 });
    const preview = frame.locator('[data-type="treatment-compare/widget"] treatment-compare').first();

    // The sidebar's controls drive the preview.
    const settingsButton = page.locator('button[aria-label="Settings"]').first();
    if ((await settingsButton.getAttribute('aria-pressed')) === 'false') await settingsButton.click();
    const sidebar = page.locator('.interface-complementary-area, .edit-post-sidebar').first();
    const facility = sidebar.getByLabel(/facility name/i).first();
    await facility.waitFor({ timeout: 10_000 });
    // Every panel open: a labelled control for every attribute of the element, and the configuration.
    const closed = sidebar.locator('.components-panel__body:not(.is-opened) > h2 > button');
    for (let i = 0; i < 10 && (await closed.count()); i++) await closed.first().click();
    const controls = await sidebar.locator('input, textarea, select').evaluateAll((nodes) =>
      nodes.map((n) => ({
        label: (n.labels?.[0]?.textContent ?? n.getAttribute('aria-label') ?? '').trim(),
        group: n.type === 'checkbox' ? (n.closest('fieldset')?.querySelector('legend')?.textContent ?? '').trim() : '',
        html: n.outerHTML.slice(0, 100),
      })),
    );
    console.log(`    sidebar controls: ${controls.map((c) => (c.group ? `${c.group}: ${c.label}` : c.label)).join(' | ')}`);
    assert.deepEqual(controls.filter((c) => !c.label).map((c) => c.html), [], 'controls without a label');
    const labels = controls.map((c) => c.label);
    for (const expected of [/facility name/i, /phone/i, /link$/i, /link label/i, /what to show/i, /^theme$/i, /^look$/i, /quiz speaks to/i, /language/i, /configuration/i]) {
      assert.ok(labels.some((l) => expected.test(l)), `no sidebar control labelled ${expected}: ${labels.join(' | ')}`);
    }
    for (const group of ['Levels compared', 'Levels your facility offers']) {
      assert.ok(controls.some((c) => c.group === group), `no group of checkboxes named "${group}"`);
    }
    await facility.fill('Editor Made Recovery');
    await frame.waitForFunction(() => {
      const el = document.querySelector('[data-type="treatment-compare/widget"] treatment-compare');
      return el?.getAttribute('facility-name') === 'Editor Made Recovery' || el?.facilityName === 'Editor Made Recovery';
    }, null, { timeout: 10_000 });
    await page.screenshot({ path: `${ctx.shots}/editor-block-sidebar.png` });
    assert.equal(await preview.count(), 1);

    // Publish (an Author can), then the visitor's view of the saved block.
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    await page.locator('.components-snackbar, .post-publish-panel__postpublish').filter({ hasText: /published|is now live/i }).first().waitFor({ timeout: 20_000 });
    const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert.match(saved, /<!-- wp:treatment-compare\/widget \{[^}]*"facilityName":"Editor Made Recovery"/, `saved content: ${saved}`);

    // Reopened, the block is valid (no "unexpected or invalid content" warning).
    await page.goto(url(`/wp-admin/post.php?post=${id}&action=edit`));
    const reopened = await canvas(page);
    await reopened.locator('[data-type="treatment-compare/widget"]').first().waitFor({ timeout: 30_000 });
    assert.equal(await reopened.locator('[data-type="treatment-compare/widget"] .block-editor-warning').count(), 0, 'the saved block is invalid when reopened');
    assertClean(log, 'block editor', { allow: CORE_AUTHOR_403 });

    const visitor = await openPage({ width: 1280 });
    try {
      await visitor.page.goto(url(`/?p=${id}`));
      const facts = await widgetFacts(await waitForWidget(visitor.page));
      assert.equal(facts.attributes['facility-name'], 'Editor Made Recovery');
      assertClean(visitor.log, 'the published post');
    } finally {
      await visitor.close();
    }
  } finally {
    await close();
  }
}, { timeout: 180_000 });
