// The configurator page (demo/configurator.html) in an iframe: the form drives the preview and the snippet,
// contrast is checked, and the snippet alone, pasted into a blank page, reproduces the preview; pasted where the
// widget cannot run, its fallback shows the help lines, the phone and the disclaimer.
import { expect } from '@open-wc/testing';
import { DEFAULT_LEVELS, HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS } from '../src/engine/ids.js';
import { ROW_IDS, type CrisisLine } from '../src/content/strings.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fill, helpLineRoles, type Strings } from '../src/content/index.js';
import { parsePhone } from '../src/config/attributes.js';
import { reservedHeight } from '../src/reserve.js';

type Win = Window & typeof globalThis;
type Widget = HTMLElement & { updateComplete: Promise<unknown>; answers: Record<string, unknown> };

const PAGE = '/demo/configurator.html';
const PLACEHOLDER = 'https://YOUR-SITE.example/PATH-TO/treatment-compare.iife.js';
const SNIPPET = '/demo/snippet.js';
type SnippetModule = { pageSnippet: (markup: string, css: string | null) => string; fetchReserveCss: () => Promise<string> };
const snippetModule = () => import(/* @vite-ignore */ SNIPPET) as Promise<SnippetModule>;

/** The element's markup in a snippet, as written before the wrapper indented it. */
function elementMarkupOf(text: string) {
  const start = text.lastIndexOf('\n', text.indexOf('<treatment-compare')) + 1;
  const block = text.slice(start, text.indexOf('</treatment-compare>') + '</treatment-compare>'.length);
  const indent = /^ */.exec(block)![0].length;
  return block.split('\n').map((line) => line.slice(Math.min(indent, /^ */.exec(line)![0].length))).join('\n');
}
const LOCAL_BUNDLE = '/dist/treatment-compare.iife.js';

function frameFor(width: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  document.body.append(frame);
  return frame;
}

function loaded(frame: HTMLIFrameElement, start: () => void) {
  return new Promise<void>((done, fail) => {
    frame.addEventListener('load', () => done(), { once: true });
    frame.addEventListener('error', () => fail(new Error('the frame did not load')), { once: true });
    start();
  });
}

async function openConfigurator(width = 1200): Promise<Win> {
  const frame = frameFor(width);
  await loaded(frame, () => (frame.src = PAGE));
  const win = frame.contentWindow as Win;
  await win.customElements.whenDefined('treatment-compare');
  // The page sets itself up once the engine and the schema have arrived, which may be after its load event.
  await until(() => !!preview(win) && snippet(win) !== '', 'the configurator shows a preview and a snippet');
  await preview(win).updateComplete;
  return win;
}

const preview = (win: Win) => win.document.querySelector('#preview-host treatment-compare') as Widget;
const byId = <T extends HTMLElement = HTMLElement>(win: Win, id: string) => win.document.getElementById(id) as T;
const snippet = (win: Win) => byId<HTMLTextAreaElement>(win, 'snippet').value;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Widget) => squash(el.shadowRoot!.textContent);

/** Changes a field as a person would (value, then input and change events) and waits for the page to update. */
async function edit(win: Win, selector: string, change: (el: HTMLInputElement) => void) {
  const el = win.document.querySelector<HTMLInputElement>(selector);
  expect(el, selector).to.exist;
  const updated = new Promise((done) => win.document.addEventListener('configurator-update', done, { once: true }));
  change(el!);
  el!.dispatchEvent(new win.Event('input', { bubbles: true }));
  el!.dispatchEvent(new win.Event('change', { bubbles: true }));
  await updated;
  await preview(win).updateComplete;
}
const type = (win: Win, selector: string, value: string) => edit(win, selector, (el) => (el.value = value));
const tick = (win: Win, selector: string, on: boolean) => edit(win, selector, (el) => (el.checked = on));

/** The attributes and the child JSON config of an element, for comparing two of them. */
function describeElement(el: Element) {
  const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  const script = el.querySelector(':scope > script[type="application/json"]');
  return { attributes, config: script ? JSON.parse(script.textContent!) : null };
}

/** The element a snippet writes, parsed inert (its scripts do not run). */
function snippetElement(text: string) {
  const template = document.createElement('template');
  template.innerHTML = text;
  const elements = template.content.querySelectorAll('treatment-compare');
  expect(elements.length, 'one element in the snippet').to.equal(1);
  return elements[0];
}

/** The fallback: the element's children other than its JSON config. */
const fallbackOf = (el: Element) => [...el.children].filter((child) => !child.matches('script[type="application/json"]'));

/** The links of the fallback, in order, as [href, text]. */
const fallbackLinks = (el: Element) => fallbackOf(el).flatMap((child) => [...child.querySelectorAll('a')].map((a) => [a.getAttribute('href'), squash(a.textContent)]));

/**
 * The links the fallback must hold, from the strings the widget uses: each help line's number (what the line
 * links), the crisis line's text-message link when it takes texts, then the facility's phone when one is given.
 */
function expectedLinks(t: Strings, lines: readonly CrisisLine[], phone?: string) {
  const { crisis } = helpLineRoles(lines);
  const links = lines.flatMap((line) => [
    [line.href, line.number],
    ...(line === crisis && line.sms ? [[line.sms, fill(t.result.crisisTextButton, { number: line.number })]] : []),
  ]);
  const call = phone ? parsePhone(phone, () => expect.fail(`${phone} is a phone number`)) : null;
  if (call) links.push([call.href, fill(t.result.call, { phone: call.text })]);
  return links;
}

/** The words the fallback must say, from the same strings: the opening, what each number is for, the disclaimer. */
const expectedWords = (t: Strings, lines: readonly CrisisLine[]) => [t.safety.heading, ...lines.map((line) => line.short ?? line.label), t.safety.disclaimer];

/** Help lines of a facility outside the US (the UK's), replacing the built-in ones in config. */
const OWN_LINES: CrisisLine[] = [
  { label: 'Emergency', short: 'emergency', action: 'Call', number: '999', href: 'tel:999' },
  { label: 'Samaritans', short: 'talk it through, any time', action: 'Call', number: '116 123', href: 'tel:116123' },
  { label: 'Shout', short: 'text SHOUT', action: 'Text SHOUT to', number: '85258', href: 'sms:85258' },
];

/**
 * A snippet pasted into the main content of a page of its own (where a site's pages put it), the bundle's
 * placeholder address replaced by `script`, or the script left out.
 */
async function pasteInFrame(text: string, { script, head = '', lang = 'en' }: { script: string | null; head?: string; lang?: string }) {
  const html = text.replace(`<script src="${PLACEHOLDER}" defer></script>`, script === null ? '' : `<script src="${script}"></script>`);
  expect(html, 'the placeholder script was replaced').to.not.include(PLACEHOLDER);
  const frame = frameFor(1200);
  await loaded(frame, () => (frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}<title>Pasted</title></head><body><main>${html}</main></body></html>`));
  return frame.contentWindow as Win;
}

/** `#rrggbb` → the `rgb(r, g, b)` that getComputedStyle returns. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The boxes of a group of checkboxes in the form, in page order: value, ticked, usable, and label text. */
const boxes = (win: Win, container: string) =>
  [...win.document.querySelectorAll<HTMLInputElement>(`#${container} input[type=checkbox]`)].map((box) => ({
    value: box.value,
    checked: box.checked,
    disabled: box.disabled,
    label: squash(box.labels![0].textContent),
  }));

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type AxeContext = Element | { include: string[][]; exclude: string[][] };
type AxeWin = Win & { axe?: { run(context: AxeContext): Promise<AxeResults> } };

/**
 * Runs axe inside the page's own frame (axe cannot check another document from the test page, so
 * chai-a11y-axe's `accessible()` does not work here). Returns one line per violation.
 */
async function axeViolations(win: AxeWin, context: AxeContext = win.document.body) {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((done, fail) => {
      script.onload = done;
      script.onerror = () => fail(new Error('could not load axe-core'));
      win.document.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(context);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.equal(true);
}

describe('configurator page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("starts with the minimal snippet (the README's shape: reserve, deferred script; no lang, the fallback, no config), a preview that matches it, only requests for its own files, nothing stored", async () => {
    const win = await openConfigurator();
    const { pageSnippet, fetchReserveCss } = await snippetModule();
    const markup = elementMarkupOf(snippet(win));
    expect(markup).to.match(/^<treatment-compare>\n[^]*\n<\/treatment-compare>$/);
    expect(snippet(win), 'the reserve style, the script deferred, the wrapper').to.equal(pageSnippet(markup, await fetchReserveCss()));
    const el = snippetElement(snippet(win));
    expect(describeElement(el), 'no lang: the page decides').to.deep.equal({ attributes: {}, config: null });
    expect(fallbackOf(el).map((child) => child.localName), 'the help-now line and the disclaimer').to.deep.equal(['p', 'p']);
    expect(preview(win).hasAttribute('lang')).to.equal(false);
    expect(byId(win, 'contrast-warning').hidden).to.equal(true);
    expect(byId(win, 'contrast-ok').hidden).to.equal(false);
    expect(byId(win, 'widget-problems').hidden).to.equal(true);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    const allowed = /^\/(dist\/(treatment-compare\.iife\.js|engine\.js|treatment-compare\.schema\.json|treatment-compare\.reserve\.css)|demo\/(configurator\.(css|js)|snippet\.js))$/;
    for (const path of requested) expect(path, 'no request beyond the page, the bundle, the engine, the schema and the reserve').to.match(allowed);
    expect(requested).to.include.members(['/dist/engine.js', '/dist/treatment-compare.schema.json']);
    await type(win, '#facility-name', 'Cedar Path');
    await tick(win, 'input[name=ask][value=cost]', false);
    expect([win.localStorage.length, win.sessionStorage.length, win.document.cookie]).to.deep.equal([0, 0, '']);
  });

  it("offers the engine's levels, with the default levels shown and all offered", async () => {
    const win = await openConfigurator();
    const names = LEVEL_IDS.map((id) => en.levels[id]);
    expect(boxes(win, 'levels-choices')).to.deep.equal(LEVEL_IDS.map((value, i) => ({ value, checked: DEFAULT_LEVELS.includes(value), disabled: false, label: names[i] })));
    const offers = boxes(win, 'offers-choices');
    expect(offers.map((b) => [b.value, b.checked, b.label])).to.deep.equal(LEVEL_IDS.map((value, i) => [value, true, names[i]]));
    expect(offers.filter((b) => !b.disabled).map((b) => b.value), 'only shown levels can be offered').to.deep.equal(DEFAULT_LEVELS);
  });

  it('lists every question in the order asked: substances may be left out, health is always asked', async () => {
    const win = await openConfigurator();
    const questions = boxes(win, 'ask-choices');
    expect(questions.map((q) => q.value)).to.deep.equal(QUESTION_IDS);
    expect(questions.every((q) => q.checked), 'all asked at first').to.equal(true);
    expect(questions.filter((q) => !q.disabled).map((q) => q.value), 'the boxes that can be unticked').to.deep.equal(HIDEABLE_QUESTION_IDS);
    const byValue = Object.fromEntries(questions.map((q) => [q.value, q]));
    expect(byValue.substances.disabled).to.equal(false);
    expect(byValue.health).to.include({ checked: true, disabled: true });
    expect(byValue.health.label).to.include('always asked');
    for (const q of questions) expect(q.label, q.value).to.include(fill(en.quiz.questions[q.value as keyof typeof en.quiz.questions].text, en.pronouns.self)).and.include(q.value);

    await tick(win, 'input[name=ask][value=substances]', false);
    expect(describeElement(preview(win)).config).to.deep.equal({ questions: QUESTION_IDS.filter((id) => id !== 'substances') });
    expect(byId(win, 'widget-problems').hidden, 'the widget takes it').to.equal(true);
    preview(win).shadowRoot!.querySelector<HTMLButtonElement>('.intro button')!.click();
    await preview(win).updateComplete;
    const root = preview(win).shadowRoot!;
    expect(squash(root.querySelector('.progress-text')!.textContent)).to.equal(`Question 1 of ${QUESTION_IDS.length - 1}`);
    expect(squash(root.querySelector('#quiz-heading')!.textContent)).to.equal(fill(en.quiz.questions.withdrawal.text, en.pronouns.self));
  });

  it('offers every built-in row, medications included, all shown at first', async () => {
    const win = await openConfigurator();
    expect(boxes(win, 'rows-choices')).to.deep.equal(ROW_IDS.map((value) => ({ value, checked: true, disabled: false, label: en.compare.rows[value].label })));
    expect(ROW_IDS).to.include('medications');
    const rows = () => [...preview(win).shadowRoot!.querySelectorAll('tbody th')].map((th) => squash(th.textContent));
    expect(rows()).to.include(en.compare.rows.medications.label);
    await tick(win, 'input[name=rows][value=medications]', false);
    expect(describeElement(preview(win)).config.rows).to.deep.equal(ROW_IDS.filter((id) => id !== 'medications'));
    expect(rows()).to.not.include(en.compare.rows.medications.label);
  });

  it("the form's default colours are the widget's, in both themes", async () => {
    const win = await openConfigurator();
    // As the widget paints them: its text and background, its primary button, the quiz card and its muted lines.
    const colorsOf = () => {
      const style = (selector: string) => win.getComputedStyle(preview(win).shadowRoot!.querySelector(selector)!);
      const [root, button] = [style('.root'), style('button.primary')];
      return {
        text: root.color,
        background: root.backgroundColor,
        primary: button.backgroundColor,
        'on-primary': button.color,
        surface: style('.quiz').backgroundColor,
        muted: style('.quiz .muted').color,
      };
    };
    const field = (name: string) => byId<HTMLInputElement>(win, `color-${name}`).value;
    const fields = () => Object.fromEntries(Object.keys(colorsOf()).map((name) => [name, rgb(field(name))]));
    expect(colorsOf()).to.deep.equal(fields());

    await edit(win, '#theme', (el) => (el.value = 'dark'));
    expect(field('text')).to.equal('#e7eef1');
    expect(snippet(win)).to.include('theme="dark"').and.not.include('style=');
    expect(colorsOf()).to.deep.equal(fields());
    expect(byId(win, 'contrast-warning').hidden, 'the dark defaults pass AA').to.equal(true);
  });

  it('each field changes the preview and the snippet', async () => {
    const win = await openConfigurator();

    await type(win, '#facility-name', 'Harbor Light "Recovery"');
    expect(preview(win).getAttribute('facility-name')).to.equal('Harbor Light "Recovery"');
    expect(snippet(win)).to.include('facility-name="Harbor Light &quot;Recovery&quot;"');

    await type(win, '#phone', '(555) 010-2345');
    await type(win, '#cta-href', 'https://example.org/admissions');
    await type(win, '#cta-label', 'Book a call');
    expect(preview(win).getAttribute('phone')).to.equal('(555) 010-2345');
    expect(snippet(win)).to.include('cta-href="https://example.org/admissions"').and.include('cta-label="Book a call"');

    const headers = () => preview(win).shadowRoot!.querySelectorAll('thead th').length;
    const before = headers();
    await tick(win, 'input[name=levels][value=outpatient]', true);
    expect(snippet(win)).to.include('levels="outpatient iop inpatient"');
    expect(preview(win).getAttribute('levels')).to.equal('outpatient iop inpatient');
    expect(headers(), 'one more level column').to.equal(before + 1);

    await tick(win, 'input[name=offers][value=inpatient]', false);
    expect(snippet(win)).to.include('offers="outpatient iop"');
    await tick(win, 'input[name=levels][value=outpatient]', false);
    expect(byId<HTMLInputElement>(win, 'config-form').querySelector<HTMLInputElement>('input[name=offers][value=outpatient]')!.disabled).to.equal(true);
    expect(snippet(win)).to.include('offers="iop"').and.not.include('levels=');

    const title = () => squash(preview(win).shadowRoot!.querySelector('h2')!.textContent);
    const english = title();
    await edit(win, '#lang', (el) => (el.value = 'es'));
    expect(snippet(win)).to.include('lang="es"');
    expect(preview(win).getAttribute('lang')).to.equal('es');
    expect(title()).to.not.equal(english);
    await edit(win, '#lang', (el) => (el.value = 'en'));
    expect(snippet(win)).to.include('lang="en"');

    await edit(win, '#view', (el) => (el.value = 'quiz'));
    expect(snippet(win)).to.include('view="quiz"');
    expect(snippet(win), 'the quiz alone needs no reserve').to.not.include('<style>').and.not.include('treatment-compare-reserve');
    expect(snippet(win)).to.include(`<script src="${PLACEHOLDER}" defer></script>`);
    expect(preview(win).shadowRoot!.querySelector('table'), 'no comparison in quiz view').to.equal(null);

    await edit(win, '#audience', (el) => (el.value = 'self'));
    await type(win, '#start-text', 'Find the right care');
    expect(snippet(win)).to.include('audience="self"');
    expect(squash(preview(win).shadowRoot!.querySelector('.intro button')!.textContent)).to.equal('Find the right care');

    await tick(win, 'input[name=ask][value=cost]', false);
    const config = describeElement(preview(win)).config;
    expect(config.questions).to.deep.equal(QUESTION_IDS.filter((id) => id !== 'cost'));
    expect(config.strings).to.deep.equal({ en: { quiz: { start: 'Find the right care' } } });
    expect(snippet(win)).to.include('<script type="application/json">').and.include('"questions": [');
    const asked = QUESTION_IDS.length - 1;
    expect(squash(preview(win).shadowRoot!.querySelector('.intro')!.textContent)).to.match(new RegExp(`\\b${asked}\\b`)).and.not.match(new RegExp(`\\b${asked + 1}\\b`));

    await edit(win, '#view', (el) => (el.value = 'both'));
    const rows = () => preview(win).shadowRoot!.querySelectorAll('tbody tr').length;
    const allRows = rows();
    await tick(win, 'input[name=rows][value=cost]', false);
    expect(rows()).to.equal(allRows - 1);
    expect(describeElement(preview(win)).config.rows).to.not.include('cost');
  });

  it('answers given in the preview survive a change to the form', async () => {
    const win = await openConfigurator();
    const answers = { substances: ['alcohol', 'opioids'], withdrawal: 'none', severity: 'mild', health: ['none'] };
    preview(win).answers = answers;
    await type(win, '#facility-name', 'Cedar Path');
    expect(preview(win).getAttribute('facility-name')).to.equal('Cedar Path');
    expect(preview(win).answers).to.deep.equal(answers);
  });

  it('warns about low contrast while it lasts, and puts only changed colours in the snippet', async () => {
    const win = await openConfigurator();
    const warning = byId(win, 'contrast-warning');

    await type(win, '#color-primary', '#ffff00');
    expect(warning.hidden, 'white on yellow fails').to.equal(false);
    expect(byId(win, 'contrast-ok').hidden).to.equal(true);
    expect(squash(byId(win, 'contrast-list').textContent)).to.include('Button text on primary buttons');
    expect(snippet(win)).to.include('style="--tc-color-primary: #ffff00"');

    await type(win, '#color-primary', '#5B2A86');
    expect(warning.hidden, 'white on purple passes').to.equal(true);
    expect(byId(win, 'contrast-ok').hidden).to.equal(false);
    expect(snippet(win)).to.include('style="--tc-color-primary: #5b2a86"');
    const button = preview(win).shadowRoot!.querySelector('button.primary')!;
    expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(91, 42, 134)');

    await type(win, '#color-text', '#bbbbbb');
    expect(warning.hidden, 'light grey text on white fails').to.equal(false);
    expect(squash(byId(win, 'contrast-list').textContent)).to.include('Text on the background');
    await type(win, '#color-text', '#1b2a32');
    expect(warning.hidden).to.equal(true);
    expect(snippet(win), 'a colour back at its default leaves the snippet').to.include('style="--tc-color-primary: #5b2a86"');

    await type(win, '#color-surface', 'teal-ish');
    expect(byId(win, 'color-surface-error').hidden).to.equal(false);
    expect(byId(win, 'color-surface').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(win)).to.not.include('--tc-color-surface');
  });

  it('extra JSON: a validity message, merged when valid, widget warnings shown', async () => {
    const win = await openConfigurator();
    const status = byId(win, 'extra-config-status');
    const clean = snippet(win);

    await type(win, '#extra-config', '{"facts": {"iop": ');
    expect(status.textContent).to.match(/Not valid JSON/);
    expect(byId(win, 'extra-config').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(win), 'bad JSON is left out').to.equal(clean);

    await type(win, '#extra-config', '{"facts": {"iop": {"schedule": "Mon–Thu, 6–9 pm"}}}');
    expect(status.textContent).to.match(/^Valid JSON/);
    expect(describeElement(preview(win)).config).to.deep.equal({ facts: { iop: { schedule: 'Mon–Thu, 6–9 pm' } } });
    expect(shadowText(preview(win))).to.include('Mon–Thu, 6–9 pm');
    expect(byId(win, 'widget-problems').hidden).to.equal(true);

    await type(win, '#extra-config', '{"bogus": true}');
    expect(byId(win, 'widget-problems').hidden).to.equal(false);
    expect(byId(win, 'widget-problems-list').textContent).to.include('config.bogus is not a known setting');

    await type(win, '#extra-config', '[1, 2]');
    expect(status.textContent).to.match(/must be a JSON object/);
  });

  it('the snippet pasted into a blank page reproduces the preview', async () => {
    const win = await openConfigurator();
    await type(win, '#facility-name', 'Riverbend & Co');
    await type(win, '#phone', '555-010-4410');
    await type(win, '#cta-href', '/contact');
    await tick(win, 'input[name=levels][value=php]', true);
    await tick(win, 'input[name=offers][value=inpatient]', false);
    await edit(win, '#audience', (el) => (el.value = 'loved-one'));
    await type(win, '#start-text', 'Start <now>');
    await tick(win, 'input[name=ask][value=responsibilities]', false);
    await tick(win, 'input[name=rows][value=life]', false);
    await type(win, '#color-primary', '#5b2a86');
    await type(win, '#color-surface', '#f6f2fa');
    // Text that would end a script element early if the snippet did not escape it.
    await type(win, '#extra-config', '{"strings": {"en": {"titleMany": "Care </script><b>compared</b>"}}, "facts": {"php": {"detox": true}}}');
    expect(snippet(win)).to.include('\\u003c/script>').and.not.include('</script><b>');
    expect(byId(win, 'widget-problems').hidden, 'a valid config').to.equal(true);

    const source = preview(win);
    const frame = frameFor(1200);
    const html = snippet(win).replace(PLACEHOLDER, LOCAL_BUNDLE);
    expect(html).to.include(`<script src="${LOCAL_BUNDLE}" defer></script>`);
    await loaded(frame, () => (frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${html}</body></html>`));
    const pastedWin = frame.contentWindow as Win;
    await pastedWin.customElements.whenDefined('treatment-compare');
    const pasted = pastedWin.document.querySelector('treatment-compare') as Widget;
    await pasted.updateComplete;

    expect(describeElement(pasted)).to.deep.equal(describeElement(source));
    expect(shadowText(pasted)).to.equal(shadowText(source));
    expect(shadowText(pasted)).to.include('Care </script><b>compared</b>');
    const primary = (el: Widget) => el.ownerDocument.defaultView!.getComputedStyle(el.shadowRoot!.querySelector('button.primary')!).backgroundColor;
    expect(primary(pasted)).to.equal('rgb(91, 42, 134)');
    expect(primary(pasted)).to.equal(primary(source));
    expect([...pastedWin.document.querySelectorAll('body > *')].map((n) => n.localName), 'the reserve, the script and the wrapped element, nothing else').to.deep.equal(['style', 'script', 'div']);
  });

  it("the snippet's fallback: the help lines as links, the phone, the disclaimer, in the snippet's language, before the config", async () => {
    const win = await openConfigurator();
    let el = snippetElement(snippet(win));
    expect(fallbackLinks(el), 'the built-in lines, no phone yet').to.deep.equal(expectedLinks(en, en.safety.lines));
    for (const words of expectedWords(en, en.safety.lines)) expect(squash(el.textContent)).to.include(words);

    await type(win, '#phone', '(555) 010-2345');
    await tick(win, 'input[name=ask][value=cost]', false);
    el = snippetElement(snippet(win));
    expect(fallbackLinks(el), 'and the phone').to.deep.equal(expectedLinks(en, en.safety.lines, '(555) 010-2345'));
    const config = el.querySelector(':scope > script[type="application/json"]')!;
    expect(config, 'a config child').to.exist;
    for (const child of fallbackOf(el)) expect(child.compareDocumentPosition(config) & Node.DOCUMENT_POSITION_FOLLOWING, `${child.outerHTML} comes before the config`).to.not.equal(0);
    expect(el.querySelectorAll('[style], style, script:not([type="application/json"]), link').length, 'plain HTML: no style, no script').to.equal(0);
    const handlers = [...el.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'));
    expect(handlers, 'no event handler attributes').to.deep.equal([]);

    await edit(win, '#lang', (field) => (field.value = 'es'));
    el = snippetElement(snippet(win));
    expect(el.getAttribute('lang')).to.equal('es');
    expect(fallbackLinks(el), 'in Spanish').to.deep.equal(expectedLinks(es, es.safety.lines, '(555) 010-2345'));
    for (const words of expectedWords(es, es.safety.lines)) expect(squash(el.textContent)).to.include(words);
    expect(squash(el.textContent)).to.not.include(en.safety.disclaimer);

    await type(win, '#extra-config', JSON.stringify({ strings: { es: { safety: { lines: OWN_LINES } } } }));
    el = snippetElement(snippet(win));
    expect(fallbackLinks(el), "the facility's own lines instead of the built-in ones").to.deep.equal(expectedLinks(es, OWN_LINES, '(555) 010-2345'));
    for (const line of es.safety.lines) expect(snippet(win).split('<script type="application/json">')[0], 'no built-in line before the config').to.not.include(line.href);
  });

  it('the preview is the exact snippet, fallback included, and shows the widget, not the fallback', async () => {
    const win = await openConfigurator();
    await type(win, '#phone', '555-010-4410');
    await type(win, '#extra-config', '{"facts": {"iop": {"schedule": "Evenings"}}}');
    const el = preview(win);
    const pasted = snippetElement(snippet(win));
    expect(el.innerHTML, "the preview's children are the snippet's").to.equal(pasted.innerHTML);
    const fallback = fallbackOf(el);
    expect(fallback.length, 'the fallback is in the light DOM').to.be.greaterThan(1);
    expect(fallbackLinks(el)).to.deep.equal(expectedLinks(en, en.safety.lines, '555-010-4410'));
    expect(el.shadowRoot!.querySelector('slot'), 'the shadow root has no slot for it').to.equal(null);
    for (const node of [...fallback, ...el.querySelectorAll('a')]) {
      expect(node.getClientRects().length, `${node.outerHTML.slice(0, 60)} has no layout box`).to.equal(0);
      expect(node.checkVisibility(), `${node.outerHTML.slice(0, 60)} is not shown`).to.equal(false);
    }
    expect(squash(el.shadowRoot!.querySelector('.help-now')!.textContent), 'the widget shows its own help lines').to.include(en.safety.heading);
    expect(shadowText(el)).to.include('Evenings');
  });

  it("the default snippet pasted into a Spanish page speaks Spanish (it has no lang of its own), in its reserved space", async () => {
    const win = await openConfigurator();
    const pastedWin = await pasteInFrame(snippet(win), { script: LOCAL_BUNDLE, lang: 'es' });
    await pastedWin.customElements.whenDefined('treatment-compare');
    const el = pastedWin.document.querySelector('treatment-compare') as Widget;
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal(squash(es.title));
    expect(el.parentElement!.className).to.equal('treatment-compare-reserve');
    const width = el.getBoundingClientRect().width;
    const reserved = reservedHeight('es', 2, width);
    expect(pastedWin.getComputedStyle(el).minHeight, 'the Spanish reserve for its width').to.equal(`${reserved}px`);
  });

  it('with four levels chosen, the pasted snippet reserves the four-level height for its width', async () => {
    const win = await openConfigurator();
    for (const level of ['outpatient', 'php']) await tick(win, `input[name=levels][value=${level}]`, true);
    const pastedWin = await pasteInFrame(snippet(win), { script: LOCAL_BUNDLE });
    await pastedWin.customElements.whenDefined('treatment-compare');
    const el = pastedWin.document.querySelector('treatment-compare') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('thead th[scope=col]').length, 'four level columns').to.equal(4);
    const reserved = reservedHeight('en', 4, el.getBoundingClientRect().width);
    expect(pastedWin.getComputedStyle(el).minHeight, 'the four-level reserve for its width').to.equal(`${reserved}px`);
  });

  it('pasted where the widget script is blocked (CSP), the fallback shows the help lines as links, the phone and the disclaimer', async () => {
    const win = await openConfigurator();
    await type(win, '#facility-name', 'Riverbend');
    await type(win, '#phone', '(555) 010-2345');
    await tick(win, 'input[name=ask][value=cost]', false);
    const pastedWin = await pasteInFrame(snippet(win), {
      script: LOCAL_BUNDLE,
      head: `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
    });
    const doc = pastedWin.document;
    expect(doc.querySelector(`script[src="${LOCAL_BUNDLE}"]`), "the widget's script is on the page").to.exist;
    expect(pastedWin.customElements.get('treatment-compare'), 'and blocked: the element never starts').to.equal(undefined);
    const el = doc.querySelector('treatment-compare')!;
    expect(el.shadowRoot).to.equal(null);
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), squash(a.textContent)])).to.deep.equal(expectedLinks(en, en.safety.lines, '(555) 010-2345'));
    for (const a of links) {
      expect(a.checkVisibility(), `${a.outerHTML} is shown`).to.equal(true);
      expect(a.getClientRects().length, `${a.outerHTML} has a layout box`).to.be.greaterThan(0);
    }
    const shown = squash(el instanceof pastedWin.HTMLElement ? el.innerText : '');
    for (const words of expectedWords(en, en.safety.lines)) expect(shown, 'shown on screen').to.include(words);
    expect(shown, 'the config is not shown').to.not.include('questions');
  });

  it("pasted where the widget script is not loaded, with the facility's own help lines: those show, not the US ones; the fallback passes axe", async () => {
    const win = await openConfigurator();
    await type(win, '#phone', '020 7946 0000');
    await type(win, '#extra-config', JSON.stringify({ strings: { en: { safety: { lines: OWN_LINES } } } }));
    expect(byId(win, 'widget-problems').hidden, 'the widget takes the lines').to.equal(true);
    const pastedWin = await pasteInFrame(snippet(win), { script: null });
    expect(pastedWin.customElements.get('treatment-compare')).to.equal(undefined);
    const el = pastedWin.document.querySelector('treatment-compare') as HTMLElement;
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), squash(a.textContent)])).to.deep.equal(expectedLinks(en, OWN_LINES, '020 7946 0000'));
    expect(links.every((a) => a.checkVisibility())).to.equal(true);
    const shown = squash(el.innerText);
    for (const words of expectedWords(en, OWN_LINES)) expect(shown).to.include(words);
    for (const line of en.safety.lines) {
      expect(links.map((a) => a.getAttribute('href')), `no link to the built-in ${line.label}`).to.not.include(line.href);
      expect(shown, `no built-in ${line.label}`).to.not.include(line.number);
    }
    expect(await axeViolations(pastedWin)).to.deep.equal([]);
  });

  it('a help line that shows one number and dials other digits is named among the problems before the snippet is copied, and left out of its fallback', async () => {
    const win = await openConfigurator();
    const vanity = { label: 'Samaritans', action: 'Call', number: '116 HELP', href: 'tel:116-HELP' };
    await type(win, '#extra-config', JSON.stringify({ strings: { en: { safety: { lines: [OWN_LINES[0], vanity, OWN_LINES[2]] } } } }));
    expect(byId(win, 'widget-problems').hidden, 'the problem shows').to.equal(false);
    const problems = byId(win, 'widget-problems-list').textContent!;
    expect(problems).to.include('config.strings.en.safety.lines[1] shows "116 HELP"');
    expect(problems).to.include('digits 0-9');
    const pasted = (await pasteInFrame(snippet(win), { script: null })).document.querySelector('treatment-compare') as HTMLElement;
    const hrefs = [...pasted.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs, 'the other lines stay').to.include.members(['tel:999', 'sms:85258']);
    expect(hrefs.some((h) => /HELP/i.test(h ?? '')), 'the vanity line is left out').to.equal(false);
  });

  it('"Start again with the defaults" brings back the first snippet and the light colours', async () => {
    const win = await openConfigurator();
    const first = snippet(win);
    await type(win, '#facility-name', 'Cedar Path');
    await edit(win, '#theme', (el) => (el.value = 'dark'));
    await type(win, '#color-primary', '#ffff00');
    expect(snippet(win)).to.not.equal(first);
    const updated = new Promise((done) => win.document.addEventListener('configurator-update', done, { once: true }));
    win.document.querySelector<HTMLButtonElement>('button[type=reset]')!.click();
    await updated;
    expect(snippet(win)).to.equal(first);
    expect(byId<HTMLInputElement>(win, 'color-primary').value).to.equal('#0b6170');
    expect(byId(win, 'contrast-warning').hidden).to.equal(true);
  });

  it('says so when the built files are missing, instead of a form that does nothing', async () => {
    const page = await (await fetch(PAGE)).text();
    const frame = frameFor(1200);
    // The same page, its script missing: as when the script's imports (../dist/engine.js) are, the module fails to load.
    // (A srcdoc page resolves links against the test page's address: the stylesheet's is made absolute.)
    const broken = page.replace('href="configurator.css"', 'href="/demo/configurator.css"').replace('src="configurator.js"', 'src="/no-build-here/configurator.js"');
    expect(broken).to.include('/no-build-here/');
    await loaded(frame, () => (frame.srcdoc = broken));
    const win = frame.contentWindow as Win;
    await until(() => !byId(win, 'load-error').hidden, 'the load error is shown');
    expect(squash(byId(win, 'load-error').textContent)).to.include('npm run build');
  });

  it('Copy puts the snippet on the clipboard and says "Copied"', async () => {
    const win = await openConfigurator();
    await type(win, '#facility-name', 'Northstar Health');
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    byId(win, 'copy').click();
    const status = byId(win, 'copy-status');
    await until(() => status.textContent === 'Copied', 'announces Copied');
    expect(copied).to.equal(snippet(win));
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('Copy without clipboard access selects the snippet instead', async () => {
    const win = await openConfigurator();
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    byId(win, 'copy').click();
    const status = byId(win, 'copy-status');
    await until(() => status.textContent !== '', 'says what happened');
    const area = byId<HTMLTextAreaElement>(win, 'snippet');
    expect(win.document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('is accessible (axe) with the contrast warning and a JSON error showing', async () => {
    const win = await openConfigurator();
    expect(await axeViolations(win)).to.deep.equal([]);
    await type(win, '#color-primary', '#ffff00');
    await type(win, '#extra-config', '{');
    await type(win, '#color-surface', 'nope');
    expect(byId(win, 'contrast-warning').hidden).to.equal(false);
    // The preview now shows the poor colours on purpose (that is what the warning is about): the page around it must not.
    expect(await axeViolations(win, { include: [['body']], exclude: [['#preview-host']] })).to.deep.equal([]);
  });

  it('at 320 px: no sideways scrolling, every field labelled', async () => {
    const win = await openConfigurator(320);
    const root = win.document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    for (const control of win.document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labelled = control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
      expect(labelled, `a label for ${control.outerHTML}`).to.be.ok;
    }
  });
});
