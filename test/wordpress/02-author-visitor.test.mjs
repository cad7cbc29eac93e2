// An Author publishes the widget through the REST API, once with the block and once with the shortcode (as the
// Classic editor saves it: no block markup, the JSON config on its own lines); a logged-out visitor sees it with
// those settings at 1280 and 390 px and completes the quiz by clicking, with no console error, no warning from
// the widget and no request off the site.
import assert from 'node:assert/strict';
import { assertClean, completeQuiz, ctx, openPage, publish, setDefaults, test, waitForWidget, widgetBlock, widgetFacts, widgetWarnings } from './harness.mjs';

const SETTINGS = {
  facilityName: 'Harbor Light Recovery',
  phone: '(555) 010-2345',
  ctaHref: '/?page_id=2',
  ctaLabel: 'Book a visit',
  levels: 'outpatient iop inpatient',
  config: { facts: { iop: { schedule: 'Evenings, three days a week' }, inpatient: { length: 'About 28 days' } } },
};
const SHORTCODE = {
  facilityName: 'Riverside Recovery',
  phone: '+1 555 010 9876',
  ctaHref: '/?page_id=2',
  levels: 'iop php inpatient',
  config: { facts: { php: { schedule: 'Weekdays, 9 am to 3 pm' } } },
};

const posts = {};

async function visitorCompletes(post, expected, width) {
  const { page, log, close } = await openPage({ width, height: width < 500 ? 844 : 900 });
  try {
    await page.goto(post.link);
    const widget = await waitForWidget(page);
    const before = await widgetFacts(widget);
    assert.equal(before.attributes['facility-name'], expected.facilityName);
    assert.deepEqual(before.levels.length, expected.levels.split(' ').length, `level columns: ${before.levels.join(' | ')}`);
    assert.ok(before.text.includes(expected.fact), `the config's fact "${expected.fact}" is not shown`);
    assert.ok(before.text.includes(expected.facilityName), 'the facility name is not shown (facts heading)');
    assert.ok(before.box.width > 0 && before.box.width <= width, `widget width ${before.box.width} at ${width} px`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `the page scrolls sideways at ${width} px (${scrollWidth} px wide)`);

    const answered = await completeQuiz(page, widget);
    assert.equal(answered.length, 10, 'questions answered');
    assert.equal(answered.filter((t) => t === 'checkbox').length, 2, `"choose all that apply" groups: ${answered.join(' ')}`);
    assert.equal(answered.filter((t) => t === 'radio').length, 8, `radio groups: ${answered.join(' ')}`);
    const after = await widgetFacts(widget);
    const links = JSON.stringify(after.links);
    assert.ok(after.links.some((l) => l.href === expected.tel), `no phone link ${expected.tel} in the result: ${links}`);
    assert.ok(after.links.some((l) => l.href === expected.ctaHref), `no booking link ${expected.ctaHref} in the result: ${links}`);
    if (expected.ctaLabel) assert.ok(after.links.some((l) => l.text === expected.ctaLabel), `no link labelled "${expected.ctaLabel}": ${links}`);
    assert.ok(after.text.includes(expected.facilityName), 'the result does not name the facility');
    if (width < 500) await page.screenshot({ path: `${ctx.shots}/${expected.shot}-390.png`, fullPage: true });
    assert.deepEqual(log.errors, [], `${post.link} at ${width} px: console errors`);
    assert.deepEqual(log.offsite, [], `${post.link} at ${width} px: requests off the site`);
    assertClean(log, `${post.link} at ${width} px`);
    assert.deepEqual(widgetWarnings(log), [], 'the widget warned');
  } finally {
    await close();
  }
}

test('an Author publishes the block and the shortcode through the REST API', async () => {
  setDefaults(null);
  const { config, ...attributes } = SETTINGS;
  posts.block = await publish('author', 'block', widgetBlock({ ...attributes, config: JSON.stringify(config) }));
  assert.ok(posts.block.content.includes('wp:treatment-compare/widget'), 'the block comment was not stored');
  const shortcode = [
    'Compare the levels of care we offer.',
    '',
    `[treatment_compare facility_name="${SHORTCODE.facilityName}" phone="${SHORTCODE.phone}" cta_href="${SHORTCODE.ctaHref}" levels="${SHORTCODE.levels}"]`,
    JSON.stringify(SHORTCODE.config, null, 2),
    '[/treatment_compare]',
    '',
    'Call us any time.',
  ].join('\n');
  posts.shortcode = await publish('author', 'shortcode', shortcode);
  assert.equal(posts.shortcode.content, shortcode, 'the shortcode was not stored as written');
});

const expectBlock = { ...SETTINGS, fact: 'Evenings, three days a week', tel: 'tel:5550102345', shot: 'block' };
const expectShortcode = { ...SHORTCODE, fact: 'Weekdays, 9 am to 3 pm', tel: 'tel:+15550109876', shot: 'shortcode' };
for (const width of [1280, 390]) {
  test(`a visitor completes the quiz of the Author's block at ${width} px`, () => visitorCompletes(posts.block, expectBlock, width));
  test(`a visitor completes the quiz of the Author's shortcode at ${width} px`, () => visitorCompletes(posts.shortcode, expectShortcode, width));
}
