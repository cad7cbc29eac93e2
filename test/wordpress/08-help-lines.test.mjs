// The settings page refuses a help line that would dial something other than what it shows, before saving: every
// case of test/fixtures/help-lines.json (the file the widget's own tests read) saved through the settings' real
// sanitize callback, as a facility's safety line and as a note's line, is kept or refused as the widget keeps or
// drops it; a refused one leaves the last good configuration and names the line's path and why. Through the real
// form in Chromium, the notice says so (escaped), and the refused text comes back to be fixed. The fallback shown
// before the widget starts lists only the lines the widget keeps.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertClean, ctx, getDefaults, openPage, php, publish, saveSettings, setDefaults, test, waitForWidget, widgetBlock, widgetFacts, wpEval } from './harness.mjs';

const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/help-lines.json'), 'utf8'));
const GOOD_LINE = { label: 'Emergency', number: '112', href: 'tel:112' };
const BASELINE = { facts: { iop: { schedule: 'Evenings' } } };
const isError = (notice) => /(^|\s)(notice-error|error)(\s|$)/.test(notice.classes);

/** Each fixture case twice: second of a language's safety lines, and first of a situation note's lines. */
const SAVES = FIXTURE.cases.flatMap((item, index) => [
  { item, index, path: 'strings.en.safety.lines[1]', config: { strings: { en: { safety: { lines: [GOOD_LINE, item.line] } } } } },
  { item, index, path: 'strings.es.notes.unsafe-home.lines[0]', config: { strings: { es: { notes: { 'unsafe-home': { lines: [item.line] } } } } } },
]);

/**
 * Saves each configuration through the setting's real sanitize callback, in PHP with WordPress loaded, as
 * options.php does (update_option() runs the callback register_setting() gave), each over the same good baseline.
 * Returns, for each, the configuration stored before and after, and the settings errors.
 */
function saveThroughCallback(configs) {
  return JSON.parse(
    wpEval(`require_once ABSPATH . 'wp-admin/includes/admin.php';
      treatment_compare_register_settings();
      $admins = get_users(array('role' => 'administrator', 'number' => 1, 'fields' => 'ID'));
      wp_set_current_user((int) $admins[0]);
      $baseline = array('config' => ${php(JSON.stringify(BASELINE))});
      $results = array();
      foreach (json_decode(${php(JSON.stringify(configs.map((config) => JSON.stringify(config))))}) as $text) {
        delete_option('treatment_compare_defaults');
        update_option('treatment_compare_defaults', $baseline);
        $before = get_option('treatment_compare_defaults');
        $GLOBALS['wp_settings_errors'] = array();
        update_option('treatment_compare_defaults', array('config' => $text));
        $after = get_option('treatment_compare_defaults');
        $results[] = array(
          'before' => $before['config'],
          'stored' => $after['config'],
          'errors' => array_values(array_map(function ($e) { return array('type' => $e['type'], 'message' => $e['message']); }, get_settings_errors('treatment_compare_defaults'))),
        );
      }
      delete_option('treatment_compare_defaults');
      delete_transient(treatment_compare_draft_key());
      echo wp_json_encode($results);`),
  );
}

test(`each of the ${FIXTURE.cases.length} help lines of test/fixtures/help-lines.json is kept or refused by the settings page\u2019s real sanitize callback, as the widget does`, () => {
  assert.ok(FIXTURE.cases.length >= 37, `the fixture has ${FIXTURE.cases.length} cases`);
  assert.ok(FIXTURE.cases.some((c) => c.ok) && FIXTURE.cases.some((c) => !c.ok), 'the fixture should hold lines kept and lines refused');
  const results = saveThroughCallback(SAVES.map((save) => save.config));
  assert.equal(results.length, SAVES.length);
  const wrong = [];
  SAVES.forEach((save, i) => {
    const { item, path, config } = save;
    const result = results[i];
    const where = `case ${save.index} (${item.why}) at ${path}`;
    assert.deepEqual(JSON.parse(result.before), BASELINE, `${where}: the baseline was not saved`);
    const stored = JSON.parse(result.stored);
    const errors = result.errors.filter((e) => e.type === 'error').map((e) => e.message);
    if (item.ok) {
      if (JSON.stringify(stored) !== JSON.stringify(config)) wrong.push(`${where}: kept by the widget, but the settings did not save it (stored ${result.stored})`);
      if (errors.length) wrong.push(`${where}: kept by the widget, but the settings said: ${errors.join(' ')}`);
      return;
    }
    if (JSON.stringify(stored) !== JSON.stringify(BASELINE)) wrong.push(`${where}: refused by the widget, but the settings saved it`);
    const message = errors.join(' ');
    if (!message.includes(path)) wrong.push(`${where}: the notice does not name ${path}: ${message}`);
    if (!/not saved/.test(message)) wrong.push(`${where}: the notice does not say the configuration was not saved: ${message}`);
    // A line whose link is tel: or sms: (around it, a browser trims ASCII whitespace only) is refused for what it
    // dials, and the notice gives the rule.
    if (/^[\t\n\f\r ]*(tel|sms):/i.test(item.line.href) && !/digits 0–9 and dial exactly those digits/.test(message)) {
      wrong.push(`${where}: the notice does not give the rule: ${message}`);
    }
    if (/[<>]/.test(message)) wrong.push(`${where}: the notice holds unescaped markup: ${message}`);
  });
  assert.deepEqual(wrong, [], `${wrong.length} of ${SAVES.length} saves differ from the widget`);
  const sample = results[SAVES.findIndex((s) => /SCAM/.test(s.item.line.href))].errors[0].message;
  console.log(`    e.g. ${sample.slice(0, 400)}`);
});

test('a help-line list that is empty or not a list is refused too, named by its path (the widget would keep the US lines); other parts are left to the widget', () => {
  const configs = [
    { strings: { en: { safety: { lines: [] } } } },
    { strings: { en: { safety: { lines: GOOD_LINE } } } },
    { strings: { es: { notes: { 'unsafe-home': { lines: 'tel:911' } } } } },
    // Not help lines: an unknown question and a note without lines are the widget's to report, not refused here.
    { questions: ['substances', 'no-such-question'], strings: { en: { notes: { opioids: { heading: 'Opioids' } } } } },
  ];
  const [empty, object, text, other] = saveThroughCallback(configs);
  for (const [result, path] of [[empty, 'strings.en.safety.lines'], [object, 'strings.en.safety.lines'], [text, 'strings.es.notes.unsafe-home.lines']]) {
    assert.deepEqual(JSON.parse(result.stored), BASELINE, `${path}: saved`);
    const message = result.errors.map((e) => e.message).join(' ');
    assert.match(message, new RegExp(`${path.replace(/[.[\]]/g, '\\$&')} is (an empty list|not a list)`), `${path}: ${message}`);
  }
  assert.deepEqual(JSON.parse(other.stored), configs[3], 'a configuration without help lines was refused');
  assert.deepEqual(other.errors, []);
});

test('through the real settings form: a line that shows 1-800-662-HELP and dials other digits is refused with a notice naming strings.en.safety.lines[1]; the last good configuration stays; fixed, it saves', async () => {
  const good = { strings: { en: { safety: { lines: [GOOD_LINE, { label: 'Samaritans', number: '116 123', href: 'tel:116123' }] } } } };
  setDefaults({ config: JSON.stringify(good) });
  const kept = getDefaults().config;
  const bad = {
    strings: {
      en: {
        safety: {
          lines: [GOOD_LINE, { label: `SAMHSA <img src=x onerror="window.__pwned='notice'">`, number: '1-800-662-HELP', href: 'tel:1-800-662-SCAM' }],
        },
      },
    },
  };
  const text = JSON.stringify(bad, null, 2);
  const { page, log, close } = await openPage({ width: 1280, role: 'administrator' });
  try {
    const notices = await saveSettings(page, { config: text });
    await page.waitForTimeout(200); // time for an injected onerror, if there were one
    const errors = notices.filter(isError).map((n) => n.text).join(' ');
    assert.ok(errors, `no error notice: ${JSON.stringify(notices)}`);
    console.log(`    notice: ${errors.slice(0, 330)}`);
    assert.match(errors, /strings\.en\.safety\.lines\[1\]/, 'the notice does not name the line');
    assert.match(errors, /1-800-662-HELP/, 'the notice does not quote what the line shows');
    assert.match(errors, /letters/, 'the notice does not say what is wrong (letters in the number it dials)');
    assert.match(errors, /digits 0–9 and dial exactly those digits/, 'the notice does not give the rule');
    assert.match(errors, /not saved/, 'the notice does not say the configuration was not saved');
    assert.match(errors, /<img src=x/, 'the label\u2019s markup is not shown as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'markup in the refused line ran on the settings page');
    assert.equal(getDefaults().config, kept, 'the last good configuration was not kept');
    // The form gives the refused text back, with the reason next to it, to be fixed.
    const field = page.locator('[name="treatment_compare_defaults[config]"]');
    assert.deepEqual(JSON.parse(await field.inputValue()), bad, 'the refused text is not in the field');
    const inline = await page.locator('.notice.inline').first().innerText();
    assert.match(inline, /was not saved[\s\S]*strings\.en\.safety\.lines\[1\]/, `the note above the field: ${inline}`);
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ctx.shots}/settings-help-line-refused.png`, fullPage: true });

    // Fixed (the number written in digits, dialled as shown), it saves.
    bad.strings.en.safety.lines[1] = { label: 'SAMHSA', number: '1-800-662-4357', href: 'tel:+18006624357' };
    const saved = await saveSettings(page, { config: JSON.stringify(bad) });
    assert.ok(!saved.some(isError), `error after fixing: ${JSON.stringify(saved)}`);
    assert.deepEqual(JSON.parse(getDefaults().config), bad, 'the fixed configuration was not saved');
    assertClean(log, 'settings page');
  } finally {
    await close();
  }
  // The visitor sees the facility's lines, the fixed one included.
  const post = await publish('author', 'help lines saved', widgetBlock({ facilityName: 'Lines Test' }));
  const visitor = await openPage({ width: 1280 });
  try {
    await visitor.page.goto(post.link);
    const facts = await widgetFacts(await waitForWidget(visitor.page));
    assert.ok(facts.links.some((l) => l.href === 'tel:+18006624357' && l.text.includes('1-800-662-4357')), `the saved line is not shown: ${JSON.stringify(facts.links)}`);
    assertClean(visitor.log, post.link);
  } finally {
    await visitor.close();
    setDefaults(null);
  }
});

test('the fallback shown before the widget starts lists only the help lines the widget keeps (block and shortcode), else the US lines', async () => {
  setDefaults(null);
  const scam = { label: 'SAMHSA', number: '1-800-662-HELP', href: 'tel:1-800-662-SCAM' };
  const samaritans = { label: 'Samaritans', number: '116 123', href: 'tel:116123' };
  const mixed = JSON.stringify({ strings: { en: { safety: { lines: [samaritans, scam] } } } });
  const onlyBad = JSON.stringify({ strings: { en: { safety: { lines: [scam, { label: 'Emergency', number: '911', href: '\u00a0tel:911' }] } } } });
  const posts = [
    [await publish('author', 'fallback lines, block', widgetBlock({ config: mixed, lang: 'en' })), 'mixed'],
    [await publish('author', 'fallback lines, shortcode', `[treatment_compare lang="en"]${mixed}[/treatment_compare]`), 'mixed'],
    [await publish('author', 'fallback lines, block, none good', widgetBlock({ config: onlyBad, lang: 'en' })), 'bad'],
  ];
  for (const [post, kind] of posts) {
    const html = await (await fetch(post.link)).text();
    const fallback = /<(p|span) class="treatment-compare-fallback">([\s\S]*?)<\/\1>/.exec(html)?.[2] ?? '';
    assert.ok(fallback, `${post.link}: no fallback`);
    assert.doesNotMatch(fallback, /SCAM|HELP/, `${post.link}: the fallback shows a line the widget drops: ${fallback}`);
    if (kind === 'mixed') {
      assert.match(fallback, /Samaritans: <a href="tel:116123">116 123<\/a>/, `${post.link}: the good line is missing: ${fallback}`);
      assert.doesNotMatch(fallback, /tel:911/, `${post.link}: the US lines show beside the facility's own`);
    } else {
      assert.match(fallback, /tel:911[\s\S]*tel:988/, `${post.link}: without a good line, the US lines should show: ${fallback}`);
    }
  }
});
