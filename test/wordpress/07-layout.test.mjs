// Layout on the page: the block and the shortcode print the element inside the reserve's wrapper,
// <div class="treatment-compare-reserve">, which the reserve stylesheet needs; the block supports wide and full
// alignment and keeps its alignment class on its outermost element, a <div> around that wrapper (the wrapper is
// 100% wide, which a full-width alignment's negative margins cannot use). The widget lines up with the theme's
// content column (Twenty Twenty-Three), wide is wider and full spans the window, and the reserve stylesheet holds
// the widget's height while its script has not run.
import assert from 'node:assert/strict';
import { assertClean, openPage, publish, test, waitForWidget, widgetBlock, wpEval } from './harness.mjs';

/** Each widget's reserve wrapper, directly around the element, and the classes of the <div> right around that. */
function wrappers(html) {
  return [...html.matchAll(/(?:<div\b([^>]*)>\s*)?<div class="treatment-compare-reserve">\s*<treatment-compare\b/g)].map((m) => ({
    tag: m[0],
    outer: (/\sclass="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '').split(/\s+/).filter(Boolean),
  }));
}

const posts = {};

test('the block supports wide and full alignment; its classes are on a <div> around the reserve wrapper', async () => {
  const supports = JSON.parse(wpEval(`echo wp_json_encode(WP_Block_Type_Registry::get_instance()->get_registered('treatment-compare/widget')->supports);`));
  assert.deepEqual([...(supports.align ?? [])].sort(), ['full', 'wide'], `supports.align: ${JSON.stringify(supports.align)}`);

  posts.none = await publish('author', 'align none', widgetBlock({ facilityName: 'Align Test' }));
  posts.wide = await publish('author', 'align wide', widgetBlock({ facilityName: 'Align Test', align: 'wide', className: 'my-extra' }));
  posts.full = await publish('author', 'align full', widgetBlock({ facilityName: 'Align Test', align: 'full' }));
  posts.shortcode = await publish('author', 'layout shortcode', 'Before.\n\n[treatment_compare facility_name="Align Test" class="my-extra"]\n\nAfter.');
  const expected = { none: [], wide: ['alignwide', 'my-extra'], full: ['alignfull'], shortcode: ['my-extra'] };
  for (const [name, post] of Object.entries(posts)) {
    const html = await (await fetch(post.link)).text();
    const found = wrappers(html);
    assert.equal(found.length, 1, `${name}: expected one <div class="treatment-compare-reserve"><treatment-compare>, found ${found.length}`);
    const { outer, tag } = found[0];
    if (name !== 'shortcode') assert.ok(outer.includes('wp-block-treatment-compare-widget'), `${name}: the block's class is not on the <div> around the reserve: ${tag}`);
    for (const cls of expected[name]) assert.ok(outer.includes(cls), `${name}: ${cls} is not on the <div> around the reserve: ${tag}`);
    if (name === 'none') assert.ok(!outer.some((c) => /^align/.test(c)), `${name}: an alignment class without alignment: ${tag}`);
    assert.ok(!/<p>\s*<div\b[^>]*>\s*(<div class="treatment-compare-reserve">)?\s*<treatment-compare/.test(html), `${name}: the widget is inside a paragraph`);
  }
  // A bare shortcode is the reserve's <div> alone.
  const bare = await publish('author', 'layout bare shortcode', '[treatment_compare facility_name="Align Test"]');
  assert.match(await (await fetch(bare.link)).text(), /<div class="treatment-compare-reserve"><treatment-compare\b/);
});

test('the widget lines up with the theme content; wide is wider, full spans the window; no console error', async () => {
  const { page, log, close } = await openPage({ width: 1400, height: 900 });
  try {
    const boxes = {};
    for (const [name, post] of Object.entries(posts)) {
      await page.goto(post.link);
      const widget = await waitForWidget(page);
      boxes[name] = await widget.evaluate((el) => {
        const box = (node) => (({ left, right, width }) => ({ left: Math.round(left), right: Math.round(right), width: Math.round(width) }))(node.getBoundingClientRect());
        // A paragraph of the post's content, or the title: where the theme puts text.
        const text = document.querySelector('.wp-block-post-content > p, .entry-content > p, .wp-block-post-title');
        return { widget: box(el), text: text ? box(text) : null, window: document.documentElement.clientWidth };
      });
    }
    const { none, wide, full, shortcode } = boxes;
    const near = (a, b) => Math.abs(a - b) <= 2;
    assert.ok(none.text, 'no paragraph or title to compare with');
    assert.ok(near(none.widget.left, none.text.left) && near(none.widget.right, none.text.right), `the block is not in the content column: ${JSON.stringify(none)}`);
    assert.ok(near(shortcode.widget.left, shortcode.text.left) && near(shortcode.widget.right, shortcode.text.right), `the shortcode is not in the content column: ${JSON.stringify(shortcode)}`);
    assert.ok(wide.widget.width > none.widget.width + 100, `wide is not wider: ${wide.widget.width} vs ${none.widget.width}`);
    assert.ok(wide.widget.width < wide.window, `wide spans the window: ${JSON.stringify(wide)}`);
    assert.ok(near(wide.widget.left + wide.widget.right, wide.window), `wide is not centred: ${JSON.stringify(wide)}`);
    assert.ok(near(full.widget.left, 0) && near(full.widget.right, full.window), `full does not span the window: ${JSON.stringify(full)}`);
    assertClean(log, 'layout pages');
  } finally {
    await close();
  }
});

test('before its script runs, the reserve holds the widget\u2019s height (block and shortcode)', async () => {
  const { page, context, close } = await openPage({ width: 390, height: 844 });
  try {
    await context.route(/treatment-compare\.iife\.js/, (route) => route.abort('blockedbyclient'));
    for (const name of ['none', 'shortcode']) {
      await page.goto(posts[name].link);
      const state = await page.locator('treatment-compare').first().evaluate((el) => ({
        defined: !!customElements.get('treatment-compare'),
        height: el.getBoundingClientRect().height,
        minHeight: parseFloat(getComputedStyle(el).minHeight) || 0,
        fallback: el.textContent.includes('If you need help now'),
      }));
      assert.equal(state.defined, false, 'the script ran although it was blocked');
      assert.ok(state.minHeight >= 1000 && state.height >= state.minHeight, `${name}: no reserve before the script (${JSON.stringify(state)})`);
      assert.ok(state.fallback, `${name}: the fallback text is not shown`);
    }
  } finally {
    await close();
  }
});
