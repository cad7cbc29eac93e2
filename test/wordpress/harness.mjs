// The small test harness of the real-WordPress tests: a registry the test files add to, the site made by
// scripts/wordpress/setup.sh (its address, users and application passwords), and helpers for the REST API,
// PHP with WordPress loaded, logged-out visitors and logged-in users in Chromium, and the widget's quiz.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE_DIR = process.env.TC_WP_DIR || '/tmp/treatment-compare-wordpress';

/** @type {{ name: string, fn: Function, timeout: number }[]} */
export const tests = [];

/** Registers a test; run.mjs runs them in file order, one at a time. */
export function test(name, fn, { timeout = 120_000 } = {}) {
  tests.push({ name, fn, timeout });
}

/** Filled by run.mjs before the test files run: the browser and the site's state.json. */
export const ctx = { browser: null, site: null };

const site = () => ctx.site;
export const url = (path = '/') => new URL(path, site().url).href;

// ---------------------------------------------------------------------------------------------------------
// Server side: PHP with WordPress loaded, and the REST API with application passwords.

/** Runs PHP code with WordPress loaded (scripts/wordpress/wp-cli.php eval); returns what it prints. */
export function wpEval(code) {
  return execFileSync('php', ['-d', 'display_errors=stderr', '-d', 'sendmail_path=/bin/true', `${ROOT}scripts/wordpress/wp-cli.php`, 'eval', code], {
    env: { ...process.env, TC_WP_DIR: SITE_DIR },
    encoding: 'utf8',
  });
}

/** A PHP string literal for any JS string (single-quoted: only \ and ' need escaping). */
export const php = (value) => `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** Calls the REST API as one of the users (administrator, editor, author) with their application password. */
export async function rest(role, method, route, body) {
  const user = site().users[role];
  const response = await fetch(url(`/?rest_route=${encodeURIComponent(route)}`), {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user.login}:${user.application_password}`).toString('base64')}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${route} as ${role}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok) throw new Error(`${method} ${route} as ${role}: HTTP ${response.status} ${json.code}: ${json.message}`);
  return json;
}

/** Publishes a post as `role` through the REST API; returns { id, link, content } (content as stored). */
export async function publish(role, title, content) {
  const post = await rest(role, 'POST', '/wp/v2/posts', { title: `TC test: ${title}`, content, status: 'publish' });
  if (post.status !== 'publish') throw new Error(`post ${post.id} by ${role} is ${post.status}, not published`);
  return { id: post.id, link: post.link, content: post.content.raw };
}

/**
 * A block comment as the block editor writes it: the attributes as JSON with -- < > & and \" escaped as
 * \u sequences (serializeAttributes in @wordpress/blocks), so no attribute value can end the comment.
 */
export function blockComment(name, attributes = {}) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:${name} ${Object.keys(attributes).length ? `${json} ` : ''}/-->`;
}
export const widgetBlock = (attributes) => blockComment('treatment-compare/widget', attributes);

/** Sets the plugin's site-wide defaults directly (no form, no sanitizing); null deletes them. */
export function setDefaults(defaults) {
  if (defaults == null) wpEval(`delete_option('treatment_compare_defaults');`);
  else wpEval(`update_option('treatment_compare_defaults', json_decode(${php(JSON.stringify(defaults))}, true));`);
}

export function getDefaults() {
  return JSON.parse(wpEval(`echo wp_json_encode(get_option('treatment_compare_defaults', null));`));
}

// ---------------------------------------------------------------------------------------------------------
// Browser side.

/**
 * A fresh browser context (a logged-out visitor unless `role` is given) and a page that records console
 * errors, page errors, the widget's warnings and every request that leaves 127.0.0.1 (those are aborted).
 */
export async function openPage({ width = 1280, height = 900, role } = {}) {
  const context = await ctx.browser.newContext({ viewport: { width, height } });
  const log = { errors: [], warnings: [], offsite: [], failed: [] };
  const siteHost = new URL(site().url).host;
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.host !== siteHost) {
      log.offsite.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') log.errors.push(`console.error: ${text} (${message.location()?.url ?? ''})`);
    if (message.type() === 'warning') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    log.errors.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.status()} ${response.url()}`);
  });
  if (role) await login(page, role);
  return { context, page, log, close: () => context.close() };
}

/**
 * Logs in through wp-login.php, as a person would: waits for the form's own focus on the username (WordPress
 * focuses and selects it 200 ms after the page parses; typing the password while that fires would put it in
 * the username), types both, checks they are there, submits. A login that does not reach wp-admin is tried
 * once more, and said so; a second failure throws with WordPress's own error message.
 */
export async function login(page, role) {
  const user = site().users[role];
  for (let attempt = 1; ; attempt++) {
    await page.goto(url('/wp-login.php'));
    await page
      .waitForFunction(() => document.activeElement?.id === 'user_login', null, { timeout: 5_000 })
      .catch(() => {}); // a login page without the autofocus: nothing to wait for
    await page.fill('#user_login', user.login);
    await page.fill('#user_pass', user.password);
    const typed = await page.evaluate(() => [document.querySelector('#user_login').value, document.querySelector('#user_pass').value]);
    const arrived = await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]).then(
      () => true,
      () => false,
    );
    if (arrived) return;
    const error = await page.locator('#login_error').innerText({ timeout: 1_000 }).catch(() => '(no #login_error)');
    const field = (value, wanted) => (value === wanted ? 'as given' : `not as given (${value.length} characters)`);
    const why = `the ${role}'s login ended on ${page.url()}: ${error.trim()} (username ${field(typed[0], user.login)}, password ${field(typed[1], user.password)})`;
    if (attempt >= 2) throw new Error(why);
    console.log(`    [login] ${why}; trying once more`);
  }
}

/** The widget's own warnings (console.warn lines that start with "<treatment-compare>"). */
export const widgetWarnings = (log) => log.warnings.filter((w) => w.startsWith('<treatment-compare>'));

/** Waits until the element is defined and has rendered its shadow root. */
export async function waitForWidget(page, selector = 'treatment-compare') {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!(customElements.get('treatment-compare') && el?.shadowRoot?.querySelector('h2'));
    },
    selector,
    { timeout: 20_000 },
  );
  return page.locator(selector).first();
}

/** What a visitor sees in one widget: its title, level columns, facts, links; from the shadow root. */
export async function widgetFacts(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot;
    const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      title: text(root.querySelector('h2')),
      levels: [...root.querySelectorAll('thead th[scope="col"]')].map((th) => text(th.firstChild) || text(th)),
      text: text(root),
      links: [...root.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), text: text(a) })),
      primary: getComputedStyle(el).getPropertyValue('--tc-color-primary').trim(),
      box: (({ width, height }) => ({ width, height }))(el.getBoundingClientRect()),
    };
  });
}

/**
 * Completes the quiz by clicking, as a visitor would: "For myself" (when asked), then each of the questions
 * (radios: the first option; "choose all that apply": alcohol for substances, "none of these" for health),
 * then "See my result". Returns the kind of each question answered, in order ("radio" or "checkbox").
 */
export async function completeQuiz(page, widget) {
  const start = widget.locator('.intro button.primary').first();
  await start.click();
  const answered = [];
  for (let guard = 0; guard < 20; guard++) {
    const form = widget.locator('form[part="question"]');
    if (!(await form.count())) break;
    const step = await form.evaluate((f) => {
      const inputs = [...f.querySelectorAll('.options input')];
      return {
        progress: f.querySelector('.progress-text')?.textContent.trim(),
        type: inputs[0]?.type,
        values: inputs.map((i) => i.value),
        question: f.querySelector('legend')?.textContent.trim(),
      };
    });
    let value = step.values[0];
    if (step.type === 'checkbox') value = step.values.includes('alcohol') ? 'alcohol' : 'none';
    const index = step.values.indexOf(value);
    if (index < 0) throw new Error(`no option ${value} in ${JSON.stringify(step)}`);
    await form.locator('label.option').nth(index).click();
    const before = step.progress;
    await form.locator('button[type="submit"]').click();
    answered.push(step.type);
    // The next step (or the result) has rendered once the progress line changed or the form is gone.
    await page.waitForFunction(
      ([el, prev]) => {
        const f = el.shadowRoot.querySelector('form[part="question"]');
        return !f || f.querySelector('.progress-text')?.textContent.trim() !== prev;
      },
      [await widget.elementHandle(), before],
    );
  }
  await widget.locator('[part="result"]').waitFor({ timeout: 10_000 });
  return answered;
}

/**
 * Runs axe-core (the test suite's own copy) on the widgets of a page, shadow roots included, for WCAG 2.2 A and AA.
 * Returns one line per violation, and the colour-contrast checks axe could not decide (it needs a person to look),
 * which a test may also want to be none.
 */
export async function axe(page, selector = 'treatment-compare') {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: `${ROOT}node_modules/axe-core/axe.min.js` });
  return page.evaluate(async (sel) => {
    const results = await window.axe.run(
      { include: [[sel]] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations', 'incomplete', 'passes'] },
    );
    const line = (v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' > ')} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ').trim()).join(' | ')})`;
    const contrast = (list) => list.filter((v) => v.id === 'color-contrast');
    return {
      violations: results.violations.map(line),
      contrastUndecided: contrast(results.incomplete).map(line),
      contrastPassed: contrast(results.passes).reduce((n, v) => n + v.nodes.length, 0),
    };
  }, selector);
}

/**
 * Fails with every recorded console error, page error, off-site request and HTTP error, except those matching
 * one of `allow` (each a RegExp, with the reason next to it at the call).
 */
export function assertClean(log, where, { allow = [] } = {}) {
  const problems = [...log.errors, ...log.offsite.map((u) => `request off the site: ${u}`), ...log.failed.map((f) => `HTTP ${f}`)].filter(
    (p) => !allow.some((re) => re.test(p)),
  );
  if (problems.length) throw new Error(`${where}:\n  ${problems.join('\n  ')}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---------------------------------------------------------------------------------------------------------
// The settings page (Settings → Treatment compare), as an Administrator.

export const SETTINGS_PAGE = '/wp-admin/options-general.php?page=treatment-compare';

/**
 * Fills the settings form's fields named treatment_compare_defaults[key] (text, textarea, select, colour, or a
 * group of checkboxes given a space-separated list), then saves. Returns the notices shown after saving.
 */
export async function saveSettings(page, values, { validate = true } = {}) {
  await page.goto(url(SETTINGS_PAGE));
  for (const [key, value] of Object.entries(values)) {
    const fields = page.locator(`[name="treatment_compare_defaults[${key}]"], [name="treatment_compare_defaults[${key}][]"]`);
    const count = await fields.count();
    if (!count) throw new Error(`the settings page has no field named treatment_compare_defaults[${key}]`);
    const kind = await fields.first().evaluate((el) => (el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase()));
    if (kind === 'checkbox') {
      const wanted = String(value).split(/[\s,]+/).filter(Boolean);
      for (let i = 0; i < count; i++) {
        const box = fields.nth(i);
        const on = wanted.includes(await box.getAttribute('value'));
        if ((await box.isChecked()) !== on) await box.setChecked(on, { force: true });
      }
    } else if (kind === 'select') {
      await fields.first().selectOption(String(value));
    } else if ((await fields.first().isVisible()) && kind !== 'color' && kind !== 'hidden') {
      await fields.first().fill(String(value));
    } else {
      // A colour input, or one a colour picker hides until opened: set like a script would, with the events.
      await fields.first().evaluate((el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, String(value));
    }
  }
  const form = page.locator('form[action*="options.php"]').first();
  if (validate) {
    // What the browser would refuse to send (type="url", pattern…), said plainly rather than as a timeout.
    const invalid = await form.evaluate((f) =>
      [...f.elements].filter((el) => el.willValidate && !el.checkValidity()).map((el) => `${el.name} = ${JSON.stringify(el.value)}: ${el.validationMessage}`),
    );
    if (invalid.length) throw new Error(`the browser refuses to submit the settings form:\n  ${invalid.join('\n  ')}`);
  } else {
    // As a script or a crafted request could: the server's checks are what count.
    await form.evaluate((f) => (f.noValidate = true));
  }
  await Promise.all([page.waitForURL(/settings-updated=/, { timeout: 15_000 }), form.locator('[type="submit"]').first().click()]);
  return page.locator('.notice, .updated, .error, .settings-error').evaluateAll((nodes) =>
    nodes.map((n) => ({ classes: n.className, text: n.textContent.replace(/\s+/g, ' ').trim() })).filter((n) => n.text),
  );
}

/** Deletes the posts earlier runs made (titles starting "TC test:") and the editor's auto-drafts. */
export function deleteTestPosts() {
  return wpEval(`global $wpdb;
    $ids = $wpdb->get_col("SELECT ID FROM $wpdb->posts WHERE post_title LIKE 'TC test:%' OR post_status = 'auto-draft'");
    foreach ($ids as $id) { wp_delete_post((int) $id, true); }
    echo count($ids);`);
}
