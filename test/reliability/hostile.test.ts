// Hostile pages (issue 9, item 6): the built bundles on pages that fight them — prototypes polluted before the
// bundle loads (plain values, getters, throwing getters), patched built-ins, the webcomponents polyfills and
// zone.js, a second Lit, Trusted Types policies, React-style property values, adoption into another document,
// double activations, off-site links, floods of bad config, bidi overrides, help lines that dial another number.
// Every case checks what a visitor in trouble depends on: the help lines are exactly the built-in ones, the
// disclaimer is intact, the result for a known answer set is the engine's, and nothing throws.
import { expect } from '@open-wc/testing';
import { en } from '../../src/content/en.js';
import { LANGUAGES, fill, type Strings } from '../../src/content/index.js';
import { FACT_IDS } from '../../src/config/config.js';
import { LEVEL_IDS, QUESTION_IDS, QUESTION_OPTIONS, recommend, type Answers, type RecommendOptions } from '../../src/engine/index.js';
import { policyFor } from '../bundle/csp-headers.mjs';
import { CALM, optionsOf } from '../answers.js';
import { findAnswers } from './answer-sets.js';
import { expectAlive, PAGES, questionShown, removeFrames, resultHeading, shadowOf, textOf, type Frame, type Probe, type Widget } from './harness.js';
import { hasBidiOverride } from './payloads.js';
import { helpLineCases } from '../help-line-cases.js';

type Win = Frame & { __probe: Probe & { warnings: string[]; errorFiles: string[] }; __lit2?: { litHtmlVersions: string[] } };
type Prepare = (win: Win) => void;
type Hooked = Window & { __tcHostile?: Prepare };

interface Opened {
  win: Win;
  doc: Document;
  frame: HTMLIFrameElement;
  el: Widget;
}

const BUNDLES = [
  ['IIFE', 'iife'],
  ['ESM', 'esm'],
] as const;
const TAG = 'treatment-compare';
const IIFE_PATH = '/dist/treatment-compare.iife.js';
const ESM_PATH = '/dist/treatment-compare.js';

/**
 * Opens a page in an iframe; `prepare` runs in it before any script but the probe (hostile.html calls the hook
 * from hostile-setup.js). Never waits for the element to be defined: on some pages the bundle cannot start.
 */
async function open(page: string, prepare?: Prepare, { width = 1024, height = 800 } = {}): Promise<Opened> {
  const hooked = window as Hooked;
  hooked.__tcHostile = prepare;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  document.body.append(frame);
  try {
    await new Promise<void>((done, fail) => {
      frame.addEventListener('load', () => done(), { once: true });
      frame.addEventListener('error', () => fail(new Error(`could not load ${page}`)), { once: true });
      frame.src = PAGES + page;
    });
  } finally {
    delete hooked.__tcHostile;
  }
  const win = frame.contentWindow as Win;
  const el = win.document.querySelector<Widget>(TAG)!;
  if (win.customElements.get(TAG)) await el.updateComplete;
  return { win, doc: win.document, frame, el };
}

const hostile = (bundle: string, extra = '') => `hostile.html?bundle=${bundle}${extra}`;

/** The widget's own warnings (a page's other scripts may warn too), from `since` on. */
const widgetWarnings = (win: Win, since = 0) => win.__probe.warnings.slice(since).filter((w) => w.startsWith(`<${TAG}>`));

function expectNoErrors(win: Win, ctx: string) {
  expect(win.__probe.errors, `${ctx}: uncaught errors`).to.deep.equal([]);
  expect(win.__probe.consoleErrors, `${ctx}: console errors`).to.deep.equal([]);
  expect(win.__probe.violations, `${ctx}: CSP violations`).to.deep.equal([]);
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A list of help lines is exactly the built-in lines of `s`: label, action, number, link and note of each. */
function expectLines(list: Element, s: Strings, ctx: string) {
  const shown = [...list.querySelectorAll(':scope > li')].map((li) => {
    const a = li.querySelector('a');
    return {
      label: norm(li.querySelector('strong')?.textContent),
      text: norm(li.textContent),
      number: a?.textContent,
      href: a?.getAttribute('href'),
      note: li.querySelector('.note')?.textContent ?? null,
    };
  });
  const builtIn = s.safety.lines.map((l) => ({
    label: `${l.label}:`,
    text: norm(`${l.label}: ${l.action} ${l.number}${l.note ? `. ${l.note}` : ''}`),
    number: l.number,
    href: l.href,
    note: l.note ?? null,
  }));
  expect(shown, `${ctx}: the help lines`).to.deep.equal(builtIn);
}

/**
 * The help lines are exactly the built-in ones of `s`: every list of them (the help lines box, and on a crisis
 * result the crisis notice's own), the line at the top (number, link, short words), the heading and the disclaimer.
 */
function expectBuiltInLines(el: Element, s: Strings, ctx: string) {
  const root = el.shadowRoot!;
  const lists = [...root.querySelectorAll('[part=crisis] ul.lines')];
  expect(lists.length, `${ctx}: lists of help lines`).to.be.at.least(1);
  for (const list of lists) expectLines(list, s, ctx);
  const top = [...root.querySelectorAll('.help-now a')].map((a) => [a.textContent, a.getAttribute('href')]);
  expect(top, `${ctx}: the help lines at the top`).to.deep.equal(s.safety.lines.map((l) => [l.number, l.href]));
  const topText = norm(root.querySelector('.help-now')?.textContent);
  expect(topText, `${ctx}: the line at the top`).to.equal(norm(`${s.safety.heading}: ${s.safety.lines.map((l) => `${l.number} ${l.short ?? l.label}`).join(' · ')}`));
  expect(norm(root.querySelector('#crisis-heading')?.textContent), `${ctx}: the help lines' heading`).to.equal(s.safety.heading);
  expect(norm(root.querySelector('[part=disclaimer]')?.textContent), `${ctx}: the disclaimer`).to.equal(s.safety.disclaimer);
}

/** The intro, as a fresh visitor sees it: no crisis alert, no answer kept, the built-in title and question count. */
function expectCleanIntro(el: Widget, ctx: string) {
  const root = shadowOf(el);
  expect(root.querySelector('.intro'), `${ctx}: the intro`).to.exist;
  expect(root.querySelector('[part=result]'), `${ctx}: no result`).to.equal(null);
  expect(norm(root.querySelector('[part=crisis-alert]')?.textContent), `${ctx}: no crisis alert`).to.equal('');
  expect(root.querySelector('.crisis-callout'), `${ctx}: no crisis callout`).to.equal(null);
  expect(Object.keys(el.answers), `${ctx}: no answers`).to.deep.equal([]);
  expect(el.result, `${ctx}: no result`).to.equal(null);
  expect(norm(root.querySelector('h2')?.textContent), `${ctx}: the title`).to.equal(en.title);
  expect(textOf(el, '.intro'), `${ctx}: the question count`).to.include(String(QUESTION_IDS.length));
}

/**
 * Answers the quiz by clicking, checking on every question that nothing is chosen before the visitor chooses and
 * that the progress counts every question; then the result must be the engine's for `answers`.
 */
async function expectEngineResult(el: Widget, answers: Answers, ctx: string, options: RecommendOptions = {}) {
  const root = shadowOf(el);
  root.querySelector<HTMLButtonElement>('.intro button')?.click();
  await el.updateComplete;
  const asked: string[] = [];
  for (let question = questionShown(el); question; question = questionShown(el)) {
    asked.push(question);
    const inputs = () => [...root.querySelectorAll<HTMLInputElement>('.options input')];
    expect(inputs().filter((i) => i.checked).map((i) => i.value), `${ctx}: ${question} not answered before the visitor`).to.deep.equal([]);
    expect(norm(root.querySelector('[part=progress]')?.textContent), `${ctx}: progress`).to.equal(fill(en.quiz.progress, { step: asked.length, total: QUESTION_IDS.length }));
    for (const option of optionsOf(question, answers[question])) {
      inputs().find((i) => i.value === option)!.click();
      await el.updateComplete;
    }
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  }
  expect(asked, `${ctx}: every question asked, in order`).to.deep.equal(QUESTION_IDS);
  expect(JSON.parse(JSON.stringify(el.answers)), `${ctx}: the answers given`).to.deep.equal(answers);
  const expected = recommend(answers, options);
  expect(JSON.parse(JSON.stringify(el.result)), `${ctx}: the result is the engine's`).to.deep.equal(JSON.parse(JSON.stringify(expected)));
  expect(norm(root.querySelector('[part=result] #quiz-heading')?.textContent), `${ctx}: the result heading`).to.equal(resultHeading(el, 'en'));
}

/**
 * A known answer set with a result that says something (inpatient care, with reasons, not a crisis), with two
 * substances ticked (in SPEC order), so an answer lost on the way changes what the widget holds.
 */
const KNOWN: Answers = {
  ...findAnswers('inpatient with reasons, not a crisis', (r) => r.level === 'inpatient' && !r.crisis && r.reasons.length > 1),
  substances: QUESTION_OPTIONS.substances.filter((o) => o === 'alcohol' || o === 'opioids'),
};

/** Everything a visitor depends on, on a page where the widget started: alive, lines, intro, result, reset. */
async function expectWidgetHolds(el: Widget, win: Win, ctx: string) {
  expectAlive(el, ctx);
  expectBuiltInLines(el, en, `${ctx}, intro`);
  expectCleanIntro(el, `${ctx}, intro`);
  await expectEngineResult(el, KNOWN, ctx);
  expectBuiltInLines(el, en, `${ctx}, result`);
  // "Start over" on the result: question 1 again, nothing chosen, no alert.
  const root = shadowOf(el);
  root.querySelector<HTMLButtonElement>('[part=result] button.link')!.click();
  await el.updateComplete;
  expect(questionShown(el), `${ctx}: start over shows question 1`).to.equal(QUESTION_IDS[0]);
  expect([...root.querySelectorAll<HTMLInputElement>('.options input')].filter((i) => i.checked).length, `${ctx}: start over, nothing chosen`).to.equal(0);
  expect(norm(root.querySelector('[part=crisis-alert]')?.textContent), `${ctx}: start over, no crisis alert`).to.equal('');
  el.reset();
  await el.updateComplete;
  expectCleanIntro(el, `${ctx}, after reset()`);
  expectNoErrors(win, ctx);
}

/** Links a visitor can see and tap, in the widget's shadow root or in the page's fallback inside the element. */
function visibleLinks(el: Element) {
  const anchors = [...(el.shadowRoot?.querySelectorAll('a') ?? []), ...el.querySelectorAll('a')];
  return anchors.filter((a) => a.checkVisibility() && a.getBoundingClientRect().width > 0).map((a) => a.getAttribute('href'));
}

// ---------------------------------------------------------------------------------------------------------------
// Prototype pollution

/** A scam line: what a polluted prototype would show in place of 988 if the widget read it. */
const SCAM = { number: '1-900-555-0199', href: 'tel:19005550199', sms: 'sms:19005550199' };
const POLLUTED_MARKS = ['Polluted', SCAM.number, '19005550199'];
const scamLine = () => ({ label: 'Polluted line', short: 'polluted', action: 'Call', number: SCAM.number, href: SCAM.href, sms: SCAM.sms, note: 'Polluted note' });
const scamStrings = () => ({
  title: 'Polluted title',
  titleMany: 'Polluted title',
  safety: { heading: 'Polluted heading', lines: [scamLine(), scamLine()], disclaimer: 'Polluted: this is a clinical assessment.' },
  quiz: { start: 'Polluted start', questions: { withdrawal: { text: 'Polluted question', hint: 'Polluted hint' } } },
});
/**
 * Answers a polluted prototype would give every question: severe withdrawal and a crisis among them, and the
 * substances as one id (a single id counts as a set of one), the first of KNOWN's two.
 */
const POLLUTED_ANSWERS: Record<string, unknown> = { ...CALM, substances: 'alcohol', withdrawal: 'severe', 'mental-health': 'crisis', 'prior-treatment': 'stepping-down' };
const OPTION_IDS = [...new Set(Object.values(QUESTION_OPTIONS).flat() as string[])];

/**
 * Names read outside the widget's own code: by Lit on the global object (its version lists, metadata and optional
 * hooks) and in each property's declaration, and by the browser in the option objects it is given (an event
 * listener's, the shadow root's, the language observer's, scrolling, focus, an event's, a list format's). Each value
 * would break what reads it: a string to push to, a number to call, a listener that fires once or never, an
 * attribute never read, an enum value that throws.
 */
const LIT_AND_BROWSER: Record<string, unknown> = {
  litHtmlVersions: 'polluted',
  reactiveElementVersions: 'polluted',
  litElementVersions: 'polluted',
  litPropertyMetadata: {},
  litHtmlPolyfillSupport: 1,
  reactiveElementPolyfillSupport: 1,
  litElementPolyfillSupport: 1,
  litElementHydrateSupport: 1,
  attribute: false,
  noAccessor: true,
  reflect: true,
  state: true,
  hasChanged: 'polluted',
  useDefault: true,
  wrapped: true,
  once: true,
  capture: true,
  passive: true,
  signal: 'polluted',
  slotAssignment: 'polluted',
  delegatesFocus: true,
  attributeFilter: ['polluted'],
  behavior: 'polluted',
  inline: 'polluted',
  focusVisible: true,
  cancelable: true,
  localeMatcher: 'polluted',
  style: 'polluted',
  // Read by defineProperty in every descriptor Lit makes (an accessor with a value is refused), and by
  // trustedTypes.createPolicy in Lit's policy options (a callback that is not a function is refused).
  value: 1,
  writable: true,
  get: 'polluted',
  set: 'polluted',
  createScript: 1,
  createScriptURL: 'polluted',
  // Read by Lit before it sets them (its initializers, controllers and render root, by their production names), by
  // Lit while it loads (Symbol.metadata, the styling polyfill), and by the widget's own guard of Lit's part classes.
  l: 'polluted',
  _$EO: 'polluted',
  renderRoot: 'polluted',
  metadata: 'polluted',
  ShadyCSS: 'polluted',
  prototype: 'polluted',
};

/**
 * Indexes past the end of every list: Lit's template clone loop read them (a template without parts read
 * `parts[0]`, the last part `parts[n + 1]`), and walked the DOM for ever. Plain values and things shaped like
 * Lit's template parts.
 */
const INDEXES: Record<string, unknown> = {
  0: 'polluted',
  1: 'polluted',
  2: { index: 0, type: 2 },
  3: { index: 1, type: 1, name: 'href', strings: ['', ''] },
  4: 'polluted',
  5: { index: 0, type: 6 },
};

/**
 * Every name the widget reads from configs, strings, help lines, answers and engine options, with the value a
 * hostile page would put there: the config's parts, a help line's fields, the question ids (answers), the level ids
 * (rows' cells, facts), the facts' fields, and the element's own settings.
 */
const POLLUTION: Record<string, unknown> = {
  strings: { en: scamStrings(), es: scamStrings() },
  rows: [{ label: 'Polluted row', iop: 'Polluted cell', inpatient: 'Polluted cell' }],
  questions: ['withdrawal', 'mental-health', 'health', 'environment'],
  facts: Object.fromEntries(LEVEL_IDS.map((l) => [l, { schedule: 'Polluted schedule' }])),
  lines: [scamLine()],
  sms: SCAM.sms,
  short: 'Polluted short',
  note: 'Polluted note',
  action: 'Polluted action',
  hint: 'Polluted hint',
  reasons: Object.fromEntries(OPTION_IDS.map((o) => [o, 'Polluted reason'])),
  label: 'Polluted label',
  number: SCAM.number,
  href: SCAM.href,
  levels: ['outpatient'],
  offers: ['outpatient'],
  hide: ['withdrawal', 'mental-health'],
  config: JSON.stringify({ strings: { en: scamStrings() } }),
  answers: POLLUTED_ANSWERS,
  ...POLLUTED_ANSWERS,
  ...Object.fromEntries(LEVEL_IDS.map((l) => [l, { schedule: 'Polluted schedule', en: 'Polluted cell' }])),
  ...Object.fromEntries(FACT_IDS.map((f) => [f, f === 'detox' || f === 'moud' ? true : 'Polluted fact'])),
  ...LIT_AND_BROWSER,
  ...INDEXES,
};
const POLLUTED_NAMES = Object.keys(POLLUTION);

/** The names by what they would attack, so a failure says which reads let the pollution in. */
const GROUPS: Array<[string, string[]]> = [
  ['config, strings and help lines', 'strings rows questions facts lines sms short note action hint reasons label number href config'.split(' ')],
  ['answers (every question id, answers)', [...QUESTION_IDS, 'answers']],
  ["the comparison's cells and facts (level ids, facts' fields)", [...LEVEL_IDS, ...FACT_IDS]],
  ['engine options (levels, offers, hide)', ['levels', 'offers', 'hide']],
  ["Lit's globals and declarations, the browser's option objects", Object.keys(LIT_AND_BROWSER)],
  ['indexes past the end of every list (0 to 5)', Object.keys(INDEXES)],
  ['every name at once', POLLUTED_NAMES],
];

type Mode = 'values' | 'getters' | 'throwing getters';

/** Pollutes Object.prototype and Array.prototype of `win` with `names`; getters count their reads in `reads`. */
function pollute(win: Win, mode: Mode, reads: Record<string, number>, names = POLLUTED_NAMES) {
  // Values made in the page's own realm, as the page's own code would make them.
  const fresh = (name: string) => win.JSON.parse(JSON.stringify(POLLUTION[name]));
  for (const target of [win.Object.prototype, win.Array.prototype]) {
    for (const name of names) {
      // A name the prototype has natively (Array.prototype.length) is not the page's to replace.
      if (Object.prototype.hasOwnProperty.call(target, name)) continue;
      if (mode === 'values') {
        (target as Record<string, unknown>)[name] = fresh(name);
        continue;
      }
      win.Object.defineProperty(target, name, {
        configurable: true,
        enumerable: true,
        get() {
          reads[name] = (reads[name] ?? 0) + 1;
          if (mode === 'throwing getters') throw new win.Error(`read of an inherited "${name}"`);
          return fresh(name);
        },
        set(value) {
          // An assignment on an object without its own property lands here; keep it on that object.
          win.Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  }
}

/** Nothing of the pollution shows anywhere in the widget (text or attributes). */
function expectNothingPolluted(el: Element, ctx: string) {
  const html = el.shadowRoot!.innerHTML;
  for (const mark of POLLUTED_MARKS) expect(html.includes(mark), `${ctx}: "${mark}" shown`).to.equal(false);
}

/**
 * Answers a page may set that cannot be read as they are, made in the page's realm, with the warnings each gives: the
 * entry that cannot be read is refused, the rest kept.
 */
function hostileAnswers(win: Win): Array<[string, () => unknown, number]> {
  const cannotBeText = () => win.Object.assign(new win.Object(), { toString: () => { throw new win.Error('no text'); } });
  const revoked = () => {
    const { proxy, revoke } = win.Proxy.revocable(new win.Object(), {});
    revoke();
    return proxy;
  };
  const fail = () => {
    throw new win.Error('trap');
  };
  const known = () => win.Object.assign(new win.Object(), JSON.parse(JSON.stringify(KNOWN)));
  return [
    ['a Symbol', () => win.Symbol('answers'), 1],
    ['a Symbol among the substances', () => win.Object.assign(known(), { substances: win.Array.of<unknown>(win.Symbol('x')) }), 1],
    ['an item whose toString throws', () => win.Object.assign(known(), { substances: win.Array.of<unknown>('alcohol', cannotBeText()) }), 1],
    ['an answer whose toString throws', () => win.Object.assign(known(), { withdrawal: cannotBeText() }), 1],
    ['a throwing getter', () => win.Object.defineProperty(known(), 'withdrawal', { get: fail, enumerable: true }), 1],
    ['a Proxy whose traps throw', () => new win.Proxy(known(), { ownKeys: fail, get: fail, getOwnPropertyDescriptor: fail }), 1],
    ['a Proxy whose get trap throws', () => new win.Proxy(known(), { get: fail }), 1],
    ['a revoked Proxy', revoked, 1],
    ['a revoked Proxy as one answer', () => win.Object.assign(known(), { health: revoked() }), 1],
    ['a Proxy of good answers', () => new win.Proxy(known(), {}), 0],
  ];
}

describe('hostile pages (built bundles)', function () {
  this.timeout(30000);
  afterEach(removeFrames);

  describe('prototype pollution before the bundle loads', () => {
    it(`pollutes ${POLLUTED_NAMES.length} names, among them every question id, level id and fact`, () => {
      for (const name of [...QUESTION_IDS, ...LEVEL_IDS, ...FACT_IDS]) expect(POLLUTED_NAMES, name).to.include(name);
      for (const name of 'strings rows questions facts lines sms short note action hint reasons label number href levels offers hide config answers'.split(' ')) {
        expect(POLLUTED_NAMES, name).to.include(name);
      }
    });

    for (const [bundle, id] of BUNDLES) {
      for (const mode of ['values', 'getters', 'throwing getters'] as const) {
        for (const [group, names] of GROUPS) {
          it(`${bundle}, ${mode}: ${group}`, async () => {
            const reads: Record<string, number> = {};
            const { win, el } = await open(hostile(id), (w) => pollute(w, mode, reads, names));
            const ctx = `${bundle}, ${mode}, ${group}`;
            expect(win.customElements.get(TAG), `${ctx}: defined (${win.__probe.errors})`).to.be.a('function');
            // The page really is polluted (asked without reading: a read would count).
            expect(names.filter((n) => !(n in win.Object.prototype)), `${ctx}: names not in place`).to.deep.equal([]);
            expectNothingPolluted(el, `${ctx}, intro`);
            await expectWidgetHolds(el, win, ctx);
            expectNothingPolluted(el, `${ctx}, after the quiz`);
            // A widget made after load, as a page's script would, with rows and facts of the facility's own: an own
            // row leaves cells out, and facts are given for one level only.
            const late = win.document.createElement(TAG) as Widget;
            late.config = { rows: ['live', { label: 'Family program', iop: 'Weekly' }], facts: { iop: { schedule: 'Evenings' } } };
            win.document.getElementById('host')!.append(late);
            await late.updateComplete;
            expectNothingPolluted(late, `${ctx}, a widget added later`);
            const own = [...late.shadowRoot!.querySelectorAll('[part=comparison] tbody tr')].map((tr) => norm(tr.textContent)).filter((t) => /Family program|Evenings/.test(t));
            expect(own, `${ctx}: the own row and the one fact, cells left out stay empty`).to.deep.equal(['Family program Weekly', `${en.facts.schedule} Evenings`]);
            await expectWidgetHolds(late, win, `${ctx}, a widget added later`);
            expect(widgetWarnings(win), `${ctx}: warnings`).to.deep.equal([]);
            if (mode !== 'values') expect(reads, `${ctx}: inherited names read`).to.deep.equal({});
          });
        }
      }
    }

    it('control: the same values as the facility’s own config do replace the lines, and the checks see it', async () => {
      const { win, el } = await open(hostile('iife'));
      el.config = { strings: { en: scamStrings() } };
      await el.updateComplete;
      expect(() => expectBuiltInLines(el, en, 'own config')).to.throw(/help lines/);
      expect(() => expectNothingPolluted(el, 'own config')).to.throw(/shown/);
      el.config = null;
      el.answers = { withdrawal: 'severe' };
      await el.updateComplete;
      expect(() => expectCleanIntro(el, 'own answers')).to.throw();
      expect(win.__probe.errors).to.deep.equal([]);
    });

    it('control: with Object.prototype.hasOwnProperty broken before the bundle loads, the polluted lines get through, and the check sees it', async () => {
      const { el } = await open(hostile('iife'), (w) => {
        pollute(w, 'values', {}, ['strings']);
        // A page that "fixes" hasOwnProperty to say every object has its own `strings`: the widget's own-property
        // reads (which took the native one when the bundle loaded... or not) now take the inherited strings, as a
        // widget without them would. (Lit's part classes, which have a setter, still get the native answer: with
        // their own `strings` guard gone too, Lit could not draw the page at all and the fail-safe would show.)
        const native = w.Object.prototype.hasOwnProperty;
        w.Object.prototype.hasOwnProperty = function (this: object, key: PropertyKey) {
          return (key === 'strings' && !('_$AI' in this)) || native.call(this, key);
        };
      });
      expect(() => expectBuiltInLines(el, en, 'broken hasOwnProperty')).to.throw(/help lines/);
      expect(el.shadowRoot!.innerHTML, 'the scam number shown').to.include(SCAM.href);
    });
  });

  describe('patched built-ins before the bundle loads', () => {
    for (const [bundle, id] of BUNDLES) {
      it(`${bundle}: Object.hasOwn deleted (Safari before 15.4)`, async () => {
        const { win, el } = await open(hostile(id), (w) => {
          delete (w.Object as { hasOwn?: unknown }).hasOwn;
        });
        expect('hasOwn' in win.Object).to.equal(false);
        await expectWidgetHolds(el, win, `${bundle}, no Object.hasOwn`);
      });

      for (const [name, thrown] of [
        ['null', null],
        ['a string', 'nope'],
        ['undefined', undefined],
      ] as const) {
        it(`${bundle}: JSON.parse throws ${name}; a broken config attribute gives one warning`, async () => {
          let calls = 0;
          const { win, el } = await open(hostile(id), (w) => {
            w.JSON.parse = () => {
              calls++;
              throw thrown;
            };
          });
          const ctx = `${bundle}, JSON.parse throws ${name}`;
          await expectWidgetHolds(el, win, ctx);
          const since = win.__probe.warnings.length;
          const broken = win.document.createElement(TAG) as Widget;
          broken.setAttribute('config', '{"strings": {"en": ');
          win.document.getElementById('host')!.append(broken);
          await broken.updateComplete;
          expect(calls, `${ctx}: the page's JSON.parse was called`).to.be.greaterThan(0);
          expectAlive(broken, ctx);
          expectBuiltInLines(broken, en, ctx);
          const warnings = widgetWarnings(win, since);
          expect(warnings, `${ctx}: one warning`).to.have.length(1);
          expect(warnings[0], ctx).to.include('config attribute');
          expectNoErrors(win, ctx);
        });
      }

      it(`${bundle}: Lit cannot draw (a throwing getter for Lit's own _$litType$ on every object): the help lines and the disclaimer instead, said once, and the widget again once it can`, async () => {
        const { win, el } = await open(hostile(id));
        const ctx = `${bundle}, Lit cannot draw`;
        win.Object.defineProperty(win.Object.prototype, '_$litType$', {
          configurable: true,
          get() {
            throw new win.Error('hostile _$litType$');
          },
        });
        try {
          for (const name of ['Riverbend', 'Harbor Light']) {
            el.setAttribute('facility-name', name); // an update Lit cannot draw
            await el.updateComplete;
            expectAlive(el, ctx);
            expectBuiltInLines(el, en, ctx);
            expect(shadowOf(el).querySelector('.intro'), `${ctx}: the help lines only`).to.equal(null);
          }
        } finally {
          delete (win.Object.prototype as Record<string, unknown>)._$litType$;
        }
        expect(win.__probe.consoleErrors.filter((e) => e.includes('could not render')), `${ctx}: said once`).to.have.length(1);
        expect(win.__probe.errors, `${ctx}: nothing thrown at the page`).to.deep.equal([]);
        win.__probe.consoleErrors.length = 0;
        el.setAttribute('facility-name', 'Riverbend');
        await el.updateComplete;
        expect(shadowOf(el).querySelectorAll('[part=crisis]').length, `${ctx}: one help lines box once drawn again`).to.equal(1);
        await expectWidgetHolds(el, win, `${ctx}, drawn again`);
      });

      it(`${bundle}: a browser without Trusted Types (Safari, Firefox: removed here) whose Object.prototype has a trustedTypes: the widget starts and holds`, async () => {
        const { win, el } = await open(hostile(id), (w) => {
          delete (w.Window.prototype as unknown as Record<string, unknown>).trustedTypes;
          (w.Object.prototype as Record<string, unknown>).trustedTypes = { createPolicy: 'polluted' };
        });
        const ctx = `${bundle}, no Trusted Types, a polluted trustedTypes`;
        expect(Object.prototype.hasOwnProperty.call(win.Window.prototype, 'trustedTypes'), `${ctx}: the browser's own removed`).to.equal(false);
        expect(win.customElements.get(TAG), `${ctx}: defined (${win.__probe.errors})`).to.be.a('function');
        await expectWidgetHolds(el, win, ctx);
        expectNoErrors(win, ctx);
      });

      it(`${bundle}: Array.prototype[1] a getter with no setter before the bundle loads (no list can grow past one item): the help lines and the disclaimer, said once, nothing thrown at the page`, async () => {
        const { win, el } = await open(hostile(id), (w) => {
          w.Object.defineProperty(w.Array.prototype, 1, { configurable: true, get: () => 'polluted' });
        });
        const ctx = `${bundle}, a read-only Array.prototype[1]`;
        expect(win.customElements.get(TAG), `${ctx}: defined`).to.be.a('function');
        expectAlive(el, ctx);
        expectBuiltInLines(el, en, ctx);
        expect(win.__probe.consoleErrors.filter((e) => e.includes('could not render')), `${ctx}: said once`).to.have.length(1);
        expect(win.__probe.errors, `${ctx}: nothing thrown at the page`).to.deep.equal([]);
      });

      it(`${bundle}: Array.prototype methods, Object.keys and Object.entries replaced by correct polyfills`, async () => {
        const used: Record<string, number> = {};
        const { win, el } = await open(hostile(id), (w) => polyfillBuiltIns(w, used));
        const ctx = `${bundle}, polyfilled built-ins`;
        await expectWidgetHolds(el, win, ctx);
        for (const name of ['includes', 'keys', 'entries']) expect(used[name] ?? 0, `${ctx}: the page's ${name} was used`).to.be.greaterThan(0);
      });
    }
  });

  describe('polyfills, zone.js and a second Lit loaded first', () => {
    for (const [bundle, id] of BUNDLES) {
      for (const [name, extra] of [
        ['the webcomponents loader', '&before=wc-loader'],
        ['the webcomponents bundle', '&before=wc-bundle'],
        ['zone.js', '&before=zone'],
        ['the webcomponents bundle and zone.js', '&before=wc-bundle,zone'],
        ['the webcomponents bundle with the custom elements polyfill forced', '&before=wc-force-ce'],
      ] as const) {
        it(`${bundle}: ${name}`, async () => {
          const { win, el } = await open(hostile(id, extra));
          const ctx = `${bundle}, ${name}`;
          if (extra.includes('zone')) expect((win as unknown as { Zone?: unknown }).Zone, `${ctx}: zone.js loaded`).to.be.a('function');
          if (extra.includes('wc-')) expect((win as unknown as { WebComponents?: unknown }).WebComponents, `${ctx}: the polyfills loaded`).to.exist;
          await expectWidgetHolds(el, win, ctx);
        });
      }

      it(`${bundle}: a Lit 2 element of the page's own, defined first`, async () => {
        const { win, el, doc } = await open(hostile(id, '&lit2'));
        const ctx = `${bundle}, Lit 2 first`;
        expect(win.__lit2?.litHtmlVersions, `${ctx}: Lit 2 loaded before the widget`).to.satisfy((v: string[]) => v.length === 1 && v[0].startsWith('2.'));
        const versions = (win as unknown as { litHtmlVersions: string[] }).litHtmlVersions;
        expect(versions.some((v) => v.startsWith('3.')), `${ctx}: the widget's Lit 3 beside it (${versions})`).to.equal(true);
        const other = doc.querySelector('other-lit-app')! as HTMLElement & { updateComplete: Promise<unknown> };
        await other.updateComplete;
        expect(norm(other.shadowRoot?.textContent), `${ctx}: the other app renders`).to.equal('Lit 2 says: before the widget');
        await expectWidgetHolds(el, win, ctx);
        expect(norm(other.shadowRoot?.textContent), `${ctx}: the other app still renders`).to.equal('Lit 2 says: before the widget');
      });
    }
  });
  describe('Trusted Types', () => {
    it('each page is really served with its policy, and the policy really bites', async () => {
      for (const page of ['csp-ttlit-iife-first.html', 'csp-ttlit-esm-first.html', 'csp-ttnone-both.html', 'csp-ttother-both.html', 'csp-ttfirst-both.html']) {
        const response = await fetch(PAGES + page);
        expect(response.headers.get('content-security-policy'), page).to.equal(policyFor(page));
        expect(policyFor(page), page).to.match(/require-trusted-types-for 'script'; trusted-types /);
      }
      const { win } = await open('csp-ttlit-iife-first.html');
      expect(() => {
        win.document.createElement('div').innerHTML = '<b>not trusted</b>';
      }, 'a plain string into innerHTML').to.throw(/TrustedHTML/);
      const tt = (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
      expect(() => tt.createPolicy('not-listed', {}), 'a policy name not listed').to.throw();
    });

    for (const [first, page] of [
      ['IIFE', 'csp-ttlit-iife-first.html'],
      ['ESM', 'csp-ttlit-esm-first.html'],
    ] as const) {
      it(`trusted-types lit-html 'allow-duplicates', both bundles, the ${first} one first: the widget works, no violation`, async () => {
        const { win, el } = await open(page);
        const ctx = `lit-html 'allow-duplicates', ${first} first`;
        expect(win.__probe.errorFiles, `${ctx}: errors`).to.deep.equal([]);
        expect(el.querySelector('.fallback')!.checkVisibility(), `${ctx}: the fallback hidden once the widget runs`).to.equal(false);
        await expectWidgetHolds(el, win as Win, ctx);
      });
    }

    for (const [name, page] of [
      ["trusted-types 'none'", 'csp-ttnone-both.html'],
      ['an allow-list without lit-html', 'csp-ttother-both.html'],
      ['a policy named lit-html created first by the page, no duplicates allowed', 'csp-ttfirst-both.html'],
    ] as const) {
      it(`${name}: neither bundle can start, and the page's fallback shows the help lines and the phone`, async () => {
        const { win, el } = await open(page);
        const ctx = name;
        if (page.includes('first')) expect((win as unknown as { __pagePolicies: unknown[] }).__pagePolicies, `${ctx}: the page's policies`).to.have.length(2);
        // Each bundle failed on its own, at the policy.
        expect([...win.__probe.errorFiles].sort(), `${ctx}: which scripts failed (${win.__probe.errors})`).to.deep.equal([ESM_PATH, IIFE_PATH].sort());
        for (const error of win.__probe.errors) expect(error, ctx).to.match(/policy/i);
        expect(win.__probe.violations.some((v) => v.startsWith('trusted-types')), `${ctx}: reported as a violation (${win.__probe.violations})`).to.equal(true);
        expect(win.customElements.get(TAG), `${ctx}: not defined`).to.equal(undefined);
        // Never blank: the fallback inside the element is on screen, with the crisis numbers and the facility's phone.
        const fallback = el.querySelector<HTMLElement>('.fallback')!;
        expect(fallback.checkVisibility(), `${ctx}: the fallback is shown`).to.equal(true);
        expect(fallback.getBoundingClientRect().height, `${ctx}: the fallback takes room`).to.be.greaterThan(10);
        expect(visibleLinks(el), `${ctx}: links a visitor can tap`).to.include.members(['tel:911', 'tel:988', 'tel:5550102345']);
        expect(norm(fallback.innerText), ctx).to.match(/911.*988.*\(555\) 010-2345/);
      });
    }
  });

  describe('properties set as React 19 sets them (any value)', () => {
    /** The element's properties that take text (and the config), by the attribute their warnings name. */
    const PROPERTIES: Array<[string, string]> = [
      ['view', 'view'],
      ['levels', 'levels'],
      ['offers', 'offers'],
      ['requestedLang', 'lang'],
      ['facilityName', 'facility-name'],
      ['phone', 'phone'],
      ['ctaHref', 'cta-href'],
      ['ctaLabel', 'cta-label'],
      ['theme', 'theme'],
      ['audience', 'audience'],
      ['config', 'config'],
      ['answers', 'answers'],
    ];
    /** Values of every kind, made in the page's realm (as the page's React would make them). */
    const values = (win: Win): Array<[string, () => unknown]> => [
      ['a number', () => 5550102345],
      ['a boolean', () => true],
      ['a list', () => win.Array.of('iop', 'php', 'inpatient')],
      ['an object', () => new win.Object()],
      ['a URL', () => new win.URL('https://example.org/x')],
      ['a Symbol', () => win.Symbol('x')],
      ['a BigInt', () => BigInt(5)],
      ['a function', () => new win.Function()],
      ['an object whose toString throws', () => win.Object.assign(new win.Object(), { toString: () => { throw new win.Error('no text'); } })],
      ['a list holding such an object', () => win.Array.of<unknown>('iop', win.Object.assign(new win.Object(), { toString: () => { throw new win.Error('no text'); } }))],
      ['null', () => null],
      ['undefined', () => undefined],
    ];

    for (const [bundle, id] of BUNDLES) {
      it(`${bundle}: ${PROPERTIES.length} properties × 12 kinds of value: each renders, never blank, at most one warning`, async () => {
        const { win, doc } = await open(hostile(id));
        const host = doc.getElementById('host')!;
        const failures: string[] = [];
        let tried = 0;
        for (const [property, attribute] of PROPERTIES) {
          for (const [kind, make] of values(win)) {
            const ctx = `${bundle}, ${property} = ${kind}`;
            const since = win.__probe.warnings.length;
            const [errors, consoleErrors] = [win.__probe.errors.length, win.__probe.consoleErrors.length];
            const el = doc.createElement(TAG) as unknown as Widget & Record<string, unknown>;
            try {
              el[property] = make();
              host.replaceChildren(el);
              await el.updateComplete.catch((error) => expect.fail(`the update failed (${error})`));
              // Answers that show the result, where the phone and the booking link are.
              el.answers = KNOWN;
              await el.updateComplete.catch((error) => expect.fail(`the update failed (${error})`));
              expectAlive(el, ctx);
              expectBuiltInLines(el, en, ctx);
              expect(el.shadowRoot!.querySelector('[part=result]'), `${ctx}: the result`).to.exist;
              // The levels decide the engine's options; any other property leaves the result the engine's own.
              if (property !== 'levels' && property !== 'offers') {
                expect(JSON.parse(JSON.stringify(el.result)), `${ctx}: the engine's result`).to.deep.equal(JSON.parse(JSON.stringify(recommend(KNOWN))));
              }
              const warnings = widgetWarnings(win, since);
              expect(warnings.length, `${ctx}: at most one warning (${warnings})`).to.be.at.most(1);
              if (warnings.length && attribute !== 'config') expect(warnings[0], ctx).to.include(`${attribute}=`);
              expect(textOf(el), `${ctx}: no object shown as text`).to.not.match(/\[object |Symbol\(|function /);
              expect(win.__probe.errors.slice(errors), `${ctx}: uncaught errors`).to.deep.equal([]);
              expect(win.__probe.consoleErrors.slice(consoleErrors), `${ctx}: console errors`).to.deep.equal([]);
            } catch (error) {
              // Every combination is tried, so one run names every failing one.
              failures.push(`${ctx}: ${(error as Error).message.split('\n')[0]} (${textOf(el).length} characters shown)`);
            }
            tried++;
          }
        }
        expect(tried).to.equal(PROPERTIES.length * 12);
        expect(failures, 'combinations that failed').to.deep.equal([]);
      });

      it(`${bundle}: answers that cannot be read (Symbols, items whose toString throws, throwing getters, Proxies, revoked Proxies) are refused with one warning, before and after the element is defined; nothing throws`, async () => {
        const made: Array<[string, Widget & Record<string, unknown>, number]> = [];
        // Before: elements made and given their answers while the bundle has not run yet (prepare runs first).
        const { win, doc } = await open(hostile(id), (w) => {
          for (const [kind, make, warnings] of hostileAnswers(w)) {
            const early = w.document.createElement(TAG) as unknown as Widget & Record<string, unknown>;
            early.answers = make() as Answers;
            made.push([`before, ${kind}`, early, warnings]);
          }
        });
        expect(made.length, 'values tried before the element is defined').to.equal(hostileAnswers(win).length);
        const host = doc.getElementById('host')!;
        const failures: string[] = [];
        const check = async (ctx: string, el: Widget & Record<string, unknown>, set: () => void, warningsExpected: number) => {
          const since = win.__probe.warnings.length;
          const errors = win.__probe.errors.length;
          try {
            set();
            host.replaceChildren(el);
            await el.updateComplete;
            expect(el.shadowRoot, `${ctx}: upgraded`).to.exist;
            expectAlive(el, ctx);
            expectBuiltInLines(el, en, ctx);
            const warnings = widgetWarnings(win, since);
            expect(warnings.length, `${ctx}: warnings (${warnings})`).to.equal(warningsExpected);
            if (warningsExpected) expect(warnings[0], ctx).to.include('answers');
            expect(win.__probe.errors.slice(errors), `${ctx}: uncaught errors`).to.deep.equal([]);
            // The element still takes answers afterwards.
            el.answers = KNOWN;
            await el.updateComplete;
            expect(el.shadowRoot!.querySelector('[part=result]'), `${ctx}: the result afterwards`).to.exist;
          } catch (error) {
            failures.push(`${ctx}: ${(error as Error).message.split('\n')[0]}`);
          }
        };
        for (const [kind, make, warnings] of hostileAnswers(win)) {
          const el = doc.createElement(TAG) as unknown as Widget & Record<string, unknown>;
          await check(`after, ${kind}`, el, () => (el.answers = make() as Answers), warnings);
        }
        for (const [ctx, el, warnings] of made) await check(ctx, el, () => {}, warnings);
        expect(failures, 'values that failed').to.deep.equal([]);
        expectNoErrors(win, `${bundle}, hostile answers`);
      });

      it(`${bundle}: the values React apps pass are read as text, or refused with one warning`, async () => {
        const { win, doc } = await open(hostile(id));
        const host = doc.getElementById('host')!;
        const make = async (props: Record<string, unknown>) => {
          const since = win.__probe.warnings.length;
          const el = doc.createElement(TAG) as unknown as Widget & Record<string, unknown>;
          Object.assign(el, props);
          host.replaceChildren(el);
          el.answers = KNOWN;
          await el.updateComplete;
          return { el, root: el.shadowRoot!, warnings: widgetWarnings(win, since) };
        };
        const levels = await make({ levels: win.Array.of('iop', 'php', 'inpatient') });
        expect([...levels.root.querySelectorAll('[part=comparison] thead th[scope=col]')].map((th) => th.classList.contains('recommended') ? th.firstChild!.textContent!.trim() : norm(th.childNodes[0]?.textContent ?? th.textContent)), 'levels shown').to.have.length(3);
        expect(norm(levels.root.querySelector('[part=comparison] thead')!.textContent), 'levels shown').to.include(en.levels.php);
        expect(levels.warnings.length, `levels as a list: at most one warning (${levels.warnings})`).to.be.at.most(1);
        const phone = await make({ phone: 5550102345 });
        expect(phone.root.querySelector('a[part~=cta][href="tel:5550102345"]'), 'a numeric phone, called').to.exist;
        expect(phone.warnings.length, `phone as a number: at most one warning (${phone.warnings})`).to.be.at.most(1);
        const url = await make({ ctaHref: new win.URL('https://example.org/x') });
        expect(url.root.querySelector('a[part~=cta][href="https://example.org/x"]'), 'a URL object, linked').to.exist;
        expect(url.warnings.length, `a URL: at most one warning (${url.warnings})`).to.be.at.most(1);
        const name = await make({ facilityName: new win.Object() });
        expect(name.warnings, 'an object as the facility name: refused with one warning').to.have.length(1);
        expect(name.warnings[0]).to.include('facility-name=');
        expect(textOf(name.el)).to.not.include('[object');
        expectNoErrors(win, `${bundle}, React values`);
      });
    }
  });

  describe('moved, double-clicked, submitted', () => {
    for (const [bundle, id] of BUNDLES) {
      it(`${bundle}: adopted into an iframe's document and back: styles apply, the language follows that document`, async () => {
        const { win, doc, el } = await open(hostile(id));
        // A widget that never moves, for the styles the moved one must keep.
        const still = doc.createElement(TAG) as Widget;
        doc.body.append(still);
        await still.updateComplete;
        const primary = (w: Window, widget: Widget) => w.getComputedStyle(widget.shadowRoot!.querySelector('.intro button.primary')!).backgroundColor;
        const expected = primary(win, still);
        expect(expected, 'a primary colour').to.not.match(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
        expect(primary(win, el), 'before the move').to.equal(expected);
        const inner = doc.createElement('iframe');
        doc.body.append(inner);
        const innerDoc = inner.contentDocument!;
        innerDoc.documentElement.lang = 'es';
        innerDoc.body.append(innerDoc.adoptNode(el));
        await el.updateComplete;
        expect(el.ownerDocument, 'moved').to.equal(innerDoc);
        expect(primary(inner.contentWindow!, el), 'in the iframe: the primary colour').to.equal(expected);
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang'), "the iframe's language").to.equal('es');
        expectBuiltInLines(el, LANGUAGES.es, 'in the iframe');
        doc.getElementById('host')!.append(doc.adoptNode(el));
        await el.updateComplete;
        expect(primary(win, el), 'back home: the primary colour').to.equal(expected);
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang'), "back home: the page's language").to.equal('en');
        await expectWidgetHolds(el, win, `${bundle}, adopted and back`);
      });

      it(`${bundle}: first connected inside an iframe's document (made by the page, never shown in it): it renders, with its styles`, async () => {
        const { win, doc } = await open(hostile(id));
        const still = doc.createElement(TAG) as Widget;
        doc.body.append(still);
        await still.updateComplete;
        const primary = (w: Window, widget: Widget) => w.getComputedStyle(widget.shadowRoot!.querySelector('.intro button.primary')!).backgroundColor;
        const padding = (w: Window, widget: Widget) => w.getComputedStyle(widget.shadowRoot!.querySelector('.root')!).paddingTop;
        const inner = doc.createElement('iframe');
        inner.style.cssText = 'width:1000px;height:600px;border:0'; // as wide as the page: the same padding
        doc.body.append(inner);
        const innerWin = inner.contentWindow!;
        for (const [how, make] of [
          ['made by the page, appended there', () => doc.createElement(TAG)],
          ['made by the page, adopted first', () => inner.contentDocument!.adoptNode(doc.createElement(TAG))],
          ['parsed from the page\'s HTML', () => doc.createRange().createContextualFragment(`<${TAG} lang="es"></${TAG}>`).firstElementChild!],
        ] as const) {
          const el = make() as Widget;
          inner.contentDocument!.body.replaceChildren(el);
          const ctx = `${bundle}, ${how}`;
          // A widget that cannot start never completes an update: fail in seconds, not at the suite's timeout.
          const started = await Promise.race([el.updateComplete.then(() => true), new Promise((done) => setTimeout(() => done(false), 10_000))]);
          expect(started, `${ctx}: the widget started`).to.equal(true);
          expect(el.ownerDocument, `${ctx}: in the iframe`).to.equal(inner.contentDocument);
          expect(el.shadowRoot?.querySelector('.root'), `${ctx}: rendered`).to.exist;
          expect(primary(innerWin, el), `${ctx}: the primary colour`).to.equal(primary(win, still));
          expect(padding(innerWin, el), `${ctx}: the card's padding`).to.equal(padding(win, still));
          expectBuiltInLines(el, el.getAttribute('lang') === 'es' ? LANGUAGES.es : en, ctx);
          // Moved on into the page: its styles still apply there.
          doc.getElementById('host')!.replaceChildren(el);
          await el.updateComplete;
          expect(primary(win, el), `${ctx}: moved into the page`).to.equal(primary(win, still));
        }
        expectNoErrors(win, `${bundle}, first connected in an iframe`);
      });

      it(`${bundle}: two clicks on Next in one task move one question on`, async () => {
        const { win, el } = await open(hostile(id));
        const root = shadowOf(el);
        root.querySelector<HTMLButtonElement>('.intro button')!.click();
        await el.updateComplete;
        for (let step = 1; step < 4; step++) {
          const question = questionShown(el)!;
          expect(question, `step ${step}`).to.equal(QUESTION_IDS[step - 1]);
          root.querySelector<HTMLInputElement>(`.options input[value="${optionsOf(question, CALM[question])[0]}"]`)!.click();
          await el.updateComplete;
          const next = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
          next.click();
          next.click(); // the same task: no render between the two
          await el.updateComplete;
          expect(questionShown(el), `after two clicks on step ${step}`).to.equal(QUESTION_IDS[step]);
          expect(root.querySelector('#q-error'), `no error shown on step ${step + 1}`).to.equal(null);
        }
        expectNoErrors(win, `${bundle}, double clicks`);
      });

      it(`${bundle}: two clicks on Back in one task move one question back; two on Start begin once`, async () => {
        const { win, el } = await open(hostile(id));
        const root = shadowOf(el);
        const steps: number[] = [];
        el.addEventListener('treatment-compare-step', (e) => steps.push((e as CustomEvent).detail.step));
        const start = root.querySelector<HTMLButtonElement>('.intro button')!;
        start.click();
        start.click(); // the same task
        await el.updateComplete;
        expect(steps, 'one step event for two clicks on Start').to.deep.equal([1]);
        el.answers = Object.fromEntries(QUESTION_IDS.slice(0, 4).map((q) => [q, CALM[q]]));
        await el.updateComplete;
        expect(questionShown(el), 'resumed at question 5').to.equal(QUESTION_IDS[4]);
        for (let step = 5; step >= 1; step--) {
          const back = [...root.querySelectorAll<HTMLButtonElement>('form .actions button[type=button]')].find((b) => b.textContent!.trim() === en.quiz.back)!;
          back.click();
          back.click(); // the same task: no render between the two
          await el.updateComplete;
          if (step > 1) expect(questionShown(el), `after two clicks on Back at question ${step}`).to.equal(QUESTION_IDS[step - 2]);
          else expect(root.querySelector('.intro'), 'back from question 1: the start, once').to.exist;
        }
        expectNoErrors(win, `${bundle}, double Back`);
      });

      it(`${bundle}: a form submitted with no handler never changes the URL`, async () => {
        const { win, el, frame } = await open(hostile(id));
        const root = shadowOf(el);
        root.querySelector<HTMLButtonElement>('.intro button')!.click();
        await el.updateComplete;
        root.querySelector<HTMLInputElement>('.options input')!.click();
        await el.updateComplete;
        const form = root.querySelector('form')!;
        expect(form.getAttribute('method'), 'method').to.equal('dialog');
        const href = win.location.href;
        const doc = win.document;
        /** Whether the frame loads another document within `ms` (a page on this server loads in well under a second). */
        const navigated = (run: () => void, ms: number) =>
          new Promise<boolean>((done) => {
            frame.addEventListener('load', () => done(true), { once: true });
            run();
            setTimeout(() => done(false), ms);
          });
        expect(await navigated(() => form.submit(), 1500), 'the widget form navigated the page').to.equal(false);
        expect(frame.contentDocument, 'the same document').to.equal(doc);
        expect(win.location.href).to.equal(href);
        expect(questionShown(el), 'still on the question').to.equal(QUESTION_IDS[0]);
        // Control: a form of the page's own, method=get, does navigate, with the answer in the URL.
        const own = win.document.createElement('form');
        own.innerHTML = '<input name="answer" value="severe">';
        win.document.body.append(own);
        expect(await navigated(() => own.submit(), 10000), "the page's own form navigated").to.equal(true);
        expect(frame.contentWindow!.location.search).to.equal('?answer=severe');
      });
    }
  });

  describe('links, floods, bidi overrides, help lines, masking', () => {
    for (const [bundle, id] of BUNDLES) {
      it(`${bundle}: off-site cta-href values that look relative give no link and one warning`, async () => {
        const { win, doc } = await open(hostile(id));
        const booking = async (href: string) => {
          const since = win.__probe.warnings.length;
          const el = doc.createElement(TAG) as Widget;
          el.setAttribute('cta-href', href);
          el.setAttribute('cta-label', 'Book now');
          doc.getElementById('host')!.replaceChildren(el);
          el.answers = KNOWN;
          await el.updateComplete;
          const link = [...el.shadowRoot!.querySelectorAll('a[part~=cta]')].find((a) => a.textContent!.includes('Book now'));
          return { link, warnings: widgetWarnings(win, since), el };
        };
        const control = await booking('/book');
        expect(control.link?.getAttribute('href'), 'control: a relative link on this site is kept').to.equal('/book');
        for (const href of ['//evil.example', '\\\\evil.example', '/\\evil.example', ' //evil.example/book']) {
          const { link, warnings, el } = await booking(href);
          expect(link, `${JSON.stringify(href)}: no link`).to.equal(undefined);
          expect([...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.href.includes('evil')), `${JSON.stringify(href)}: no link anywhere`).to.deep.equal([]);
          expect(warnings, `${JSON.stringify(href)}: one warning`).to.have.length(1);
          expect(warnings[0]).to.include('cta-href=');
        }
        expectNoErrors(win, `${bundle}, off-site links`);
      });

      it(`${bundle}: 20,000 bad config entries give at most 21 warnings, and the page stays responsive`, async () => {
        const { win, doc } = await open(hostile(id));
        const since = win.__probe.warnings.length;
        const bad = 20000;
        const config = {
          rows: Array.from({ length: bad / 2 }, (_, i) => i),
          strings: { en: Object.fromEntries(Array.from({ length: bad / 4 }, (_, i) => [`unknown${i}`, 'x'])) },
          facts: Object.fromEntries(Array.from({ length: bad / 4 }, (_, i) => [`level${i}`, { schedule: 'x' }])),
        };
        const el = doc.createElement(TAG) as Widget;
        el.config = win.JSON.parse(JSON.stringify(config));
        const started = performance.now();
        doc.getElementById('host')!.replaceChildren(el);
        await el.updateComplete;
        const took = performance.now() - started;
        // Responsive: a timer set now runs soon, and the widget answers a click.
        const timer = performance.now();
        await new Promise((done) => win.setTimeout(done, 0));
        const waited = performance.now() - timer;
        const warnings = widgetWarnings(win, since);
        console.log(`hostile: ${bad} bad config entries on the ${bundle} bundle: ${warnings.length} warnings, rendered in ${took.toFixed(0)} ms, a timer ran ${waited.toFixed(0)} ms later`);
        expect(warnings.length, 'warnings').to.be.within(2, 21);
        expect(took, 'render time (ms)').to.be.below(5000);
        expect(waited, 'timer delay (ms)').to.be.below(2000);
        expectAlive(el, 'flooded');
        expectBuiltInLines(el, en, 'flooded');
        await expectEngineResult(el, KNOWN, `${bundle}, flooded`);
        expectNoErrors(win, `${bundle}, flood`);
      });

      it(`${bundle}: U+202E in facility-name and in a help line's label never reorders 911 or 988`, async () => {
        const { win, doc } = await open(hostile(id));
        const rlo = '\u202e';
        const el = doc.createElement(TAG) as Widget;
        el.setAttribute('facility-name', `${rlo}Hope Center`);
        el.setAttribute('phone', '(555) 010-2345');
        el.config = {
          strings: {
            en: {
              safety: {
                lines: [
                  { label: `${rlo}Emergency`, short: `${rlo}emergency`, action: `${rlo}Call`, number: '911', href: 'tel:911' },
                  { label: `${rlo}Crisis line`, short: `${rlo}crisis`, action: 'Call or text', number: '988', href: 'tel:988', sms: 'sms:988', note: `${rlo}Any time` },
                ],
              },
            },
          },
        };
        doc.getElementById('host')!.replaceChildren(el);
        // A crisis result: the numbers in links, buttons and sentences.
        el.answers = { ...KNOWN, 'mental-health': 'crisis' };
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(hasBidiOverride(root.textContent!), 'an override shown').to.equal(false);
        expect(textOf(el)).to.include('Hope Center');
        const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href="tel:911"], a[href="tel:988"]')];
        for (const a of links.filter((a) => !a.matches('.button'))) expect(a.textContent, a.getAttribute('href')!).to.equal(a.getAttribute('href')!.slice(4));
        const measured = digitsInOrder(root, ['911', '988']);
        expect(measured.reversed, `numbers shown reversed: ${measured.reversed}`).to.deep.equal([]);
        expect(measured.count, 'numbers measured on screen').to.be.at.least(6);
        expectNoErrors(win, `${bundle}, bidi`);
      });

      it(`${bundle}: a help line that dials other digits than it shows is refused with a warning, every case of test/fixtures/help-lines.json; the built-in lines stay`, async () => {
        const { win, doc } = await open(hostile(id));
        const refused = (await helpLineCases()).filter((c) => !c.ok);
        expect(refused.length, 'refused cases').to.be.at.least(20);
        for (const [name, line] of [
          ['tel:', { label: 'Emergency', action: 'Call', number: '911', href: `tel:${SCAM.href.slice(4)}` }],
          ['sms:', { label: 'Crisis line', action: 'Text', number: '911', href: 'tel:911', sms: SCAM.sms }],
          ['tel: with a query', { label: 'Emergency', action: 'Call', number: '911', href: 'tel:1900?911' }],
          ...refused.map((c) => [c.why, c.line] as const),
        ] as const) {
          const since = win.__probe.warnings.length;
          const el = doc.createElement(TAG) as Widget;
          el.config = { strings: { en: { safety: { lines: [line] } } } };
          doc.getElementById('host')!.replaceChildren(el);
          el.answers = { ...KNOWN, 'mental-health': 'crisis' };
          await el.updateComplete;
          expectBuiltInLines(el, en, name);
          expect(el.shadowRoot!.innerHTML, `${name}: the other number`).to.not.include('1900');
          const warnings = widgetWarnings(win, since);
          expect(warnings.filter((w) => w.includes('config.strings.en.safety.lines[0] ')), `${name}: the line refused, by its path (${warnings})`).to.have.length(1);
          expect(warnings.filter((w) => w.includes('config.strings.en.safety.lines would remove the help lines')), `${name}: the built-in lines kept`).to.have.length(1);
        }
        // Control: the same line dialling the number it shows is the facility's to give.
        const el = doc.createElement(TAG) as Widget;
        el.config = { strings: { en: { safety: { lines: [{ label: 'Local emergency', action: 'Call', number: '911', href: 'tel:911' }] } } } };
        doc.getElementById('host')!.replaceChildren(el);
        await el.updateComplete;
        expect(() => expectBuiltInLines(el, en, 'control')).to.throw(/help lines/);
        expectNoErrors(win, `${bundle}, help lines`);
      });

      it(`${bundle}: the session-replay masking hints are on the host, and a value the page set stays`, async () => {
        const { win, doc, el } = await open(hostile(id));
        const late = doc.createElement(TAG) as Widget;
        doc.body.append(late);
        await late.updateComplete;
        for (const [widget, ctx] of [
          [late, 'a widget the page added'],
          [el, 'the page’s widget'],
        ] as const) {
          for (const [name, value] of MASKING) {
            const expected = widget === el && name === 'data-hj-suppress' ? 'page-set' : value;
            expect(widget.getAttribute(name), `${ctx}: ${name}`).to.equal(expected);
          }
          for (const name of ['fs-mask', 'ph-no-capture']) expect(widget.classList.contains(name), `${ctx}: class ${name}`).to.equal(true);
        }
        expect(el.classList.contains('page-own'), "the page's own class").to.equal(true);
        expectNoErrors(win, `${bundle}, masking`);
      });
    }

    it('control: the digit-order check sees a number an override turns around', () => {
      const p = document.createElement('p');
      p.textContent = '\u202eCall 911 now';
      document.body.append(p);
      try {
        const measured = digitsInOrder(p, ['911']);
        expect(measured.count).to.equal(1);
        expect(measured.reversed).to.deep.equal(['911']);
      } finally {
        p.remove();
      }
    });
  });
});

/**
 * Spec-following replacements of the built-ins the widget uses, as a page's polyfill library installs them over
 * the native ones (each counts its calls in `used`).
 */
function polyfillBuiltIns(win: Win, used: Record<string, number>) {
  const count = (name: string) => (used[name] = (used[name] ?? 0) + 1);
  const ArrayProto = win.Array.prototype as unknown as Record<string, unknown>;
  const define = (target: object, name: string, value: unknown) =>
    win.Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const toLength = (o: { length: number }) => Math.min(Math.max(Math.trunc(Number(o.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
  define(ArrayProto, 'includes', function (this: ArrayLike<unknown>, search: unknown, from = 0) {
    count('includes');
    const o = win.Object(this) as ArrayLike<unknown>;
    const n = toLength(o);
    let k = Math.trunc(Number(from)) || 0;
    if (k < 0) k = Math.max(n + k, 0);
    for (; k < n; k++) {
      const v = o[k];
      if (v === search || (v !== v && search !== search)) return true; // SameValueZero
    }
    return false;
  });
  for (const name of ['some', 'every', 'find', 'findIndex'] as const) {
    define(ArrayProto, name, function (this: ArrayLike<unknown>, test: (v: unknown, i: number, o: unknown) => unknown, self?: unknown) {
      count(name);
      if (typeof test !== 'function') throw new win.TypeError(`${String(test)} is not a function`);
      const o = win.Object(this) as ArrayLike<unknown>;
      const n = toLength(o);
      for (let k = 0; k < n; k++) {
        // some and every skip holes; find and findIndex visit them as undefined.
        if ((name === 'some' || name === 'every') && !(k in o)) continue;
        const hit = !!test.call(self, o[k], k, o);
        if (name === 'some' && hit) return true;
        if (name === 'every' && !hit) return false;
        if (name === 'find' && hit) return o[k];
        if (name === 'findIndex' && hit) return k;
      }
      return name === 'every' ? true : name === 'some' ? false : name === 'find' ? undefined : -1;
    });
  }
  const keys = win.Object.keys;
  define(win.Object, 'keys', function (o: object) {
    count('keys');
    return keys(o);
  });
  define(win.Object, 'entries', function (o: object) {
    count('entries');
    const object = win.Object(o) as Record<string, unknown>;
    const out = new win.Array() as [string, unknown][];
    for (const key of keys(object)) if (win.Object.prototype.propertyIsEnumerable.call(object, key)) out.push([key, object[key]]);
    return out;
  });
}

/**
 * The masking hints of common session-replay and autocapture tools, as each tool documents them (Hotjar, Microsoft
 * Clarity, LogRocket, Smartlook, Heap); FullStory and PostHog use the classes fs-mask and ph-no-capture.
 */
const MASKING: Array<[string, string]> = [
  ['data-hj-suppress', ''],
  ['data-clarity-mask', 'True'],
  ['data-private', ''],
  ['data-sl', 'mask'],
  ['data-heap-redact-text', ''],
];

/**
 * Every occurrence of each number in the text under `root` that is on screen, measured glyph by glyph: its digits
 * must run left to right (a bidi override would lay them out right to left, 911 read as 119).
 */
function digitsInOrder(root: Node, numbers: string[]) {
  const reversed: string[] = [];
  let count = 0;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const number of numbers) {
      for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
        const lefts = [...number].map((_, i) => {
          const range = node!.ownerDocument!.createRange();
          range.setStart(node!, at + i);
          range.setEnd(node!, at + i + 1);
          const box = range.getBoundingClientRect();
          return box.width ? box.left : null;
        });
        if (lefts.some((x) => x === null)) continue; // not on screen (hidden, or a closed disclosure)
        count++;
        if (!lefts.every((x, i) => i === 0 || x! > lefts[i - 1]!)) reversed.push(number);
      }
    }
  }
  return { reversed, count };
}
