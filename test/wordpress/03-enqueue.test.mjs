// The script and the reserve stylesheet load only on pages that show the widget, as files (a strict
// Content-Security-Policy needs no inline script for them), the script deferred, both marked data-no-optimize
// so the common optimizers leave them alone.
import assert from 'node:assert/strict';
import { publish, test, widgetBlock } from './harness.mjs';

const PLUGIN_ASSET = /\/wp-content\/plugins\/treatment-compare\//;
const tags = (html, name) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
const attr = (tag, name) => new RegExp(`\\s${name}(\\s|=|>|/)`, 'i').test(tag);

async function page(link) {
  const response = await fetch(link);
  assert.equal(response.status, 200, `${link}: HTTP ${response.status}`);
  return response.text();
}

test('script and reserve stylesheet are enqueued only with the widget, deferred, with data-no-optimize', async () => {
  const plain = await publish('author', 'no widget', '<!-- wp:paragraph --><p>A post without the widget.</p><!-- /wp:paragraph -->');
  const block = await publish('author', 'enqueue block', widgetBlock({ facilityName: 'Enqueue Test' }));
  const shortcode = await publish('author', 'enqueue shortcode', '[treatment_compare facility_name="Enqueue Test"][/treatment_compare]');

  const without = await page(plain.link);
  const loaded = [...tags(without, 'script'), ...tags(without, 'link'), ...tags(without, 'style')].filter((t) => /treatment-compare/i.test(t));
  assert.deepEqual(loaded, [], 'a post without the widget loads the plugin\'s script or style');
  assert.ok(!PLUGIN_ASSET.test(without), 'a post without the widget refers to the plugin\'s files');

  for (const post of [block, shortcode]) {
    const html = await page(post.link);
    assert.match(html, /<treatment-compare\b/, `${post.link}: no <treatment-compare> element`);
    const scripts = tags(html, 'script').filter((t) => /\ssrc=/.test(t) && PLUGIN_ASSET.test(t));
    assert.equal(scripts.length, 1, `${post.link}: expected one plugin script, found ${scripts.length}: ${scripts.join(' ')}`);
    const [script] = scripts;
    assert.ok(attr(script, 'defer'), `not deferred: ${script}`);
    assert.ok(attr(script, 'data-no-optimize'), `no data-no-optimize: ${script}`);
    const styles = tags(html, 'link').filter((t) => /rel=["']?stylesheet/i.test(t) && PLUGIN_ASSET.test(t));
    assert.equal(styles.length, 1, `${post.link}: expected one plugin stylesheet, found ${styles.length}`);
    assert.ok(attr(styles[0], 'data-no-optimize'), `no data-no-optimize: ${styles[0]}`);
    // The files are served, as JavaScript and CSS.
    for (const [tag, type] of [[script, /javascript/], [styles[0], /text\/css/]]) {
      const src = /\s(?:src|href)=["']([^"']+)["']/.exec(tag)[1].replace(/&#0?38;|&amp;/g, '&');
      const response = await fetch(src);
      assert.equal(response.status, 200, `${src}: HTTP ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', type, `${src}: ${response.headers.get('content-type')}`);
    }
  }
});
