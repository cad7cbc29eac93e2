// The configurator page (demo/configurator.html) in an iframe: the form drives the preview and the snippet,
// contrast is checked, and the snippet alone, pasted into a blank page, reproduces the preview.
import { expect } from '@open-wc/testing';
import { DEFAULT_LEVELS, HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS } from '../src/engine/ids.js';
import { ROW_IDS } from '../src/content/strings.js';
import { en } from '../src/content/en.js';
import { fill } from '../src/content/index.js';

type Win = Window & typeof globalThis;
type Widget = HTMLElement & { updateComplete: Promise<unknown>; answers: Record<string, unknown> };

const PAGE = '/demo/configurator.html';
const PLACEHOLDER = 'https://YOUR-SITE/treatment-compare.iife.js';
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
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.equal(true);
}

describe('configurator page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('starts with the minimal snippet, a preview that matches it, only requests for its own files, nothing stored', async () => {
    const win = await openConfigurator();
    expect(snippet(win)).to.equal(`<script src="${PLACEHOLDER}"></script>\n<treatment-compare\n  lang="en"\n></treatment-compare>\n`);
    expect(preview(win).getAttribute('lang')).to.equal('en');
    expect(byId(win, 'contrast-warning').hidden).to.equal(true);
    expect(byId(win, 'contrast-ok').hidden).to.equal(false);
    expect(byId(win, 'widget-problems').hidden).to.equal(true);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    const allowed = /^\/(dist\/(treatment-compare\.iife\.js|engine\.js|treatment-compare\.schema\.json)|demo\/configurator\.(css|js))$/;
    for (const path of requested) expect(path, 'no request beyond the page, the bundle, the engine and the schema').to.match(allowed);
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

    await edit(win, '#view', (el) => (el.value = 'quiz'));
    expect(snippet(win)).to.include('view="quiz"');
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
    expect(html).to.include(`<script src="${LOCAL_BUNDLE}"></script>`);
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
    expect(pastedWin.document.querySelectorAll('body > *').length, 'the script and the element, nothing else').to.equal(2);
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
