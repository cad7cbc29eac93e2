// Seeded fuzz of the built bundles in real Chromium: thousands of random steps (hostile attributes, random
// configs, detaching and moving the element, rapid clicks, answers and reset) on a plain host page, checking
// after every step that the widget is alive, safe and quiet. Replay a failure with TC_FUZZ_SEED=<seed>.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { expectAlive, load, random, removeFrames, type Widget } from './harness.js';
import {
  ATTRIBUTES,
  MEGABYTE,
  activeConfig,
  attributeValue,
  configJSON,
  expectedLanguage,
  hostileText,
  randomAnswers,
  replacesHelpLines,
  sizeOf,
  type Rng,
} from './generate.js';
import { en } from '../../src/content/en.js';
import { cleanAnswers } from '../../src/quiz/state.js';
import type { Answers } from '../../src/engine/index.js';
import { clearPwned, expectOwnElements, expectSafeLinks, pwned, watchedCounts } from './checks.js';

const DEFAULT_STEPS = 2500; // per bundle
const BIG_INPUTS = 4; // 1 MB strings and huge configs per bundle: they are slow, so only a handful

interface Recorded {
  type: string;
  detail: Record<string, unknown>;
  shared: boolean;
}

interface Stats {
  steps: number;
  clicks: number;
  warnings: number;
  big: number;
  events: number;
  prints: number;
  replays: number;
  /** What the checks saw on screen after each step, by kind (see expectReadsBySituation). */
  seen: Record<string, number>;
  /** The slowest step: milliseconds and what it did. */
  slowest: [number, string];
}

const settle = async (widgets: Widget[]) => {
  await null; // the element's MutationObserver (child config script, lang) runs first
  for (const w of widgets) await w.updateComplete;
};

const describeValue = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${JSON.stringify(s.slice(0, 60))}…(${s.length} chars)` : JSON.stringify(s);
};

async function fuzz(page: string, bundle: string, seed: number, steps: number): Promise<Stats> {
  const rng: Rng = random(seed ^ (bundle === 'ESM' ? 0x9e3779b9 : 0));
  const { win, doc } = await load(page);
  clearPwned();

  // Warnings are expected for bad input: collect them (the log stays readable) and bound them.
  const warnings: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  let prints = 0;
  win.print = () => void prints++; // the result's print button
  // Links are clicked too (the cta event), but must not navigate the frame away.
  doc.addEventListener('click', (e) => e.composedPath().some((n) => (n as Element).localName === 'a') && e.preventDefault(), true);
  const events: Recorded[] = [];
  for (const type of ['start', 'step', 'complete', 'cta']) {
    doc.addEventListener(`treatment-compare-${type}`, (e) => {
      const target = e.target as Element;
      events.push({ type, detail: { ...(e as CustomEvent).detail }, shared: target.hasAttribute('share-answers') });
    });
  }

  const host = doc.getElementById('host')!;
  const parents: HTMLElement[] = [host];
  for (const [tag, attrs] of [['div', {}], ['section', { lang: 'es' }], ['div', { lang: '' }], ['article', { lang: 'ar', dir: 'rtl' }], ['div', { lang: 'fr-CA' }]] as const) {
    const p = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    host.append(p);
    parents.push(p);
  }
  const baseline = watchedCounts(doc);

  const create = () => doc.createElement('treatment-compare') as Widget;
  let el = create();
  rng.pick(parents).append(el);
  await settle([el]);

  let bigLeft = BIG_INPUTS;
  const stats: Stats = { steps: 0, clicks: 0, warnings: 0, big: 0, events: 0, prints: 0, replays: 0, seen: {}, slowest: [0, ''] };
  const saw = (kind: string | null) => kind && (stats.seen[kind] = (stats.seen[kind] ?? 0) + 1);
  const configCache = new Map<Widget, [unknown, unknown]>();
  const configOf = (w: Widget) => {
    const source = w.config ?? w.getAttribute('config') ?? w.querySelector(':scope > script[type="application/json"]')?.textContent;
    const cached = configCache.get(w);
    if (cached && cached[0] === source) return cached[1];
    const parsed = activeConfig(w);
    configCache.set(w, [source, parsed]);
    return parsed;
  };

  /** A value for the config property, and a name for it when JSON cannot describe it. */
  const randomWidgetConfig = (): [unknown, string?] => {
    switch (rng.int(12)) {
      case 0: return [rng.pick([null, undefined, '', 5, true, [], ['x'], () => 1, new Date(0), new Map()])];
      case 1: {
        const cyclic: Record<string, unknown> = { strings: { en: {} }, rows: [] };
        (cyclic.strings as Record<string, Record<string, unknown>>).en.compare = cyclic;
        (cyclic.rows as unknown[]).push(cyclic);
        return [cyclic, 'a cyclic object'];
      }
      case 2: return [Object.freeze(JSON.parse('{"strings":{"en":{"title":"Frozen title"}}}')), 'a frozen object'];
      case 3: return [configJSON(rng)]; // a JSON string in the property
      default: {
        const json = configJSON(rng);
        const parsed = safeParse(json); // own __proto__ keys survive, as a page's JSON.parse would give them
        return parsed === undefined ? [json] : [parsed, describeValue(json)];
      }
    }
  };

  for (let i = 0; i < steps; i++) {
    const stepStart = performance.now();
    const big = bigLeft > 0 && rng.chance(0.004);
    const warnedBefore = warnings.length;
    const eventsBefore = events.length;
    let budget = 40; // warnings this step may give
    let clicked = false;
    let desc: string;
    const r = rng.int(100);
    if (big) {
      // A 1 MB value in a text attribute or a config string, or a config with thousands of rows and keys.
      bigLeft--;
      stats.big++;
      const kind = rng.int(4);
      if (kind === 0) {
        const attribute = rng.pick(['facility-name', 'cta-label', 'lang', 'levels', 'phone', 'cta-href', 'config', 'view']);
        el.setAttribute(attribute, MEGABYTE);
        desc = `set ${attribute} to 1 MB`;
      } else if (kind === 1) {
        const where = rng.int(3);
        el.config = [{ strings: { [rng.pick(['en', 'es'])]: { title: MEGABYTE } } }, { strings: { en: { safety: { disclaimer: MEGABYTE } } } }, { rows: ['live', { label: 'Big', iop: MEGABYTE }] }][where];
        desc = `config with a 1 MB ${['title', 'disclaimer', 'row cell'][where]}`;
      } else if (kind === 2) {
        const where = rng.int(3);
        el.config = [{ [MEGABYTE]: 1 }, { strings: { [MEGABYTE]: { title: 'x' } } }, { facts: { iop: { [MEGABYTE]: 'x' } } }][where];
        desc = `config with a 1 MB key (${['top level', 'language', 'fact'][where]})`;
      } else {
        const json = configJSON(rng, true);
        budget += sizeOf(safeParse(json));
        el.config = rng.chance(0.5) ? json : safeParse(json);
        desc = `huge config (${json.length} chars)`;
      }
    } else if (r < 30) {
      const attribute = rng.pick(ATTRIBUTES);
      const value = attributeValue(rng, attribute);
      if (attribute === 'config') budget += sizeOf(safeParse(value));
      el.setAttribute(attribute, value);
      desc = `set ${attribute}=${describeValue(value)}`;
    } else if (r < 40) {
      const attribute = rng.pick(ATTRIBUTES);
      el.removeAttribute(attribute);
      desc = `remove ${attribute}`;
    } else if (r < 50) {
      const [config, name] = randomWidgetConfig();
      budget += sizeOf(typeof config === 'string' ? safeParse(config) : config);
      el.config = config;
      desc = `config property = ${name ?? describeValue(config)}`;
      const parsed = typeof config === 'string' ? safeParse(config) : undefined;
      if (parsed && typeof parsed === 'object' && rng.chance(0.3)) {
        // Once per problem: the same config again, written differently, warns nothing more.
        await settle([el]);
        const warned = warnings.length;
        el.config = JSON.stringify(parsed, null, 1);
        await settle([el]);
        const again = warnings.slice(warned);
        expect(again, `seed ${seed}, ${bundle} bundle, step ${i} (${desc}, set again): repeated warnings`).to.deep.equal([]);
        stats.replays++;
      }
    } else if (r < 53) {
      const existing = el.querySelector(':scope > script[type="application/json"]');
      if (existing && rng.chance(0.3)) {
        existing.remove();
        desc = 'remove child config script';
      } else {
        const json = rng.chance(0.85) ? configJSON(rng) : hostileText(rng);
        budget += sizeOf(safeParse(json));
        const script = existing ?? doc.createElement('script');
        script.setAttribute('type', 'application/json');
        script.textContent = json;
        if (!existing) el.append(script);
        desc = `child config script = ${describeValue(json)}`;
      }
    } else if (r < 58) {
      if (el.isConnected) {
        el.remove();
        desc = 'detach';
      } else {
        const parent = rng.pick(parents);
        parent.append(el);
        desc = `re-attach to ${parent.localName}[lang=${parent.getAttribute('lang')}]`;
      }
    } else if (r < 61) {
      const parent = rng.pick(parents);
      if (rng.chance(0.5)) parent.prepend(el);
      else parent.append(el);
      desc = `move to ${parent.localName}[lang=${parent.getAttribute('lang')}]`;
    } else if (r < 63) {
      const old = el;
      el = create();
      for (let n = rng.int(4); n > 0; n--) {
        const attribute = rng.pick(ATTRIBUTES);
        el.setAttribute(attribute, attributeValue(rng, attribute));
      }
      budget += 200; // every attribute above may be a bad one, each config part too
      if (rng.chance(0.3)) el.answers = randomAnswers(rng) as Answers; // before it is connected
      rng.pick(parents).append(el);
      // Keep at most two widgets on the page: the old one stays half of the time, as a second instance.
      const others = [...doc.querySelectorAll<Widget>('treatment-compare')].filter((w) => w !== el);
      if (others.length > 1 || rng.chance(0.5)) old.remove();
      for (const w of others.slice(0, -1)) w.remove();
      desc = 'fresh element';
    } else if (r < 85) {
      // Rapid answering: a burst of clicks on whatever is rendered, without waiting for updates.
      const burst = 1 + rng.int(6);
      const names: string[] = [];
      for (let n = 0; n < burst; n++) {
        const root = el.shadowRoot;
        // Radios and checkboxes, buttons, "Show all N reasons", and the call and booking links.
        const controls = root ? [...root.querySelectorAll<HTMLElement>('.options input, button, summary, a[part~=cta]')] : [];
        if (!controls.length) break;
        const control = rng.pick(controls);
        names.push(`${control.localName}${control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''}:${(control.textContent ?? '').trim().slice(0, 16)}`);
        // A link in a detached widget navigates without the event reaching the document: stop it here too.
        if (control.localName === 'a') control.addEventListener('click', (e) => e.preventDefault(), { once: true });
        control.click();
        stats.clicks++;
      }
      clicked = true;
      desc = `clicks ${names.join(', ')}`;
    } else if (r < 96) {
      const answers = randomAnswers(rng);
      el.answers = answers as Answers;
      desc = `answers = ${describeValue(answers)}`;
      // The widget keeps exactly the answers that count (SPEC §3: a set for a multi-choice question; an empty
      // set, an unknown id, a duplicate or "none" with another item does not count), as the sources do.
      expect(el.answers, `seed ${seed}, ${bundle} bundle, step ${i} (${desc}): the answers kept`).to.deep.equal(cleanAnswers(answers, () => {}));
    } else {
      el.reset();
      desc = 'reset()';
    }
    const widgets = [...doc.querySelectorAll<Widget>('treatment-compare')];
    if (!el.isConnected) widgets.push(el);
    // Let tasks run now and then (onerror handlers, javascript: URLs, navigations, layout), not only microtasks.
    if (i % 25 === 24) await new Promise((done) => setTimeout(done));
    const ctx = `seed ${seed}, ${bundle} bundle, step ${i} (${desc})`;
    try {
      await settle(widgets);
    } catch (error) {
      throw new Error(`${ctx}: an update failed: ${error}`);
    }
    stats.steps++;
    expect(win.__probe, `${ctx}: the host page is still there (${doc.defaultView?.location.href})`).to.exist;
    expect(win.__probe.errors, `${ctx}: uncaught errors`).to.deep.equal([]);
    expect(win.__probe.consoleErrors, `${ctx}: console errors`).to.deep.equal([]);
    expect(win.__probe.violations, `${ctx}: CSP violations`).to.deep.equal([]);
    expect(pwned(win), `${ctx}: a payload ran`).to.equal(undefined);
    expect(watchedCounts(doc), `${ctx}: elements added to the host page`).to.equal(baseline);
    for (const w of widgets.filter((x) => x.isConnected)) saw(checkWidget(w, configOf(w), ctx));

    const added = warnings.slice(warnedBefore);
    expect(added.length, `${ctx}: warnings this step (${added.slice(0, 3).join(' | ')})`).to.be.at.most(budget);
    for (const warning of added) {
      expect(warning.startsWith('<treatment-compare> '), `${ctx}: warning names the element: ${warning.slice(0, 120)}`).to.equal(true);
      expect(warning.length, `${ctx}: warning stays short: ${warning.slice(0, 120)}`).to.be.at.most(2000);
    }
    const fired = events.slice(eventsBefore);
    if (!clicked) expect(fired.map((e) => e.type), `${ctx}: events without a visitor's action`).to.deep.equal([]);
    for (const e of fired) {
      if (!(e.type === 'complete' && e.shared)) expect(Object.keys(e.detail), `${ctx}: ${e.type} event detail`).to.not.include.members(['answers', 'result']);
      if (e.type === 'complete' && !e.shared) expect(e.detail, `${ctx}: complete detail without share-answers`).to.deep.equal({});
    }
    const ms = performance.now() - stepStart;
    if (ms > stats.slowest[0]) stats.slowest = [Math.round(ms), desc.slice(0, 80)];
  }

  await new Promise((done) => setTimeout(done, 30)); // onerror handlers and javascript: URLs run a task later
  const ctx = `seed ${seed}, ${bundle} bundle, after ${steps} steps`;
  expect(win.__probe.errors, `${ctx}: uncaught errors`).to.deep.equal([]);
  expect(pwned(win), `${ctx}: a payload ran`).to.equal(undefined);
  stats.warnings = warnings.length;
  stats.events = events.length;
  stats.prints = prints;
  expect(stats.clicks, `${ctx}: the fuzz clicked`).to.be.greaterThan(steps / 10);
  expect(events.length, `${ctx}: the clicks reached the quiz`).to.be.greaterThan(0);
  return stats;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** What must hold for a connected widget after any step; returns what kind of view it checked, if one of note. */
function checkWidget(w: Widget, config: unknown, ctx: string) {
  expectAlive(w, ctx);
  const root = w.shadowRoot!;
  const shown = root.querySelector('.root')!.getAttribute('lang')!;
  expect(shown, `${ctx}: language shown`).to.equal(expectedLanguage(w, config));
  if (!replacesHelpLines(config, shown)) {
    const crisis = root.querySelector('[part=crisis]')!.textContent!;
    for (const number of ['911', '988']) expect(crisis, `${ctx}: help line ${number} (lang ${shown})`).to.include(number);
  }
  expectOwnElements(root, ctx);
  expectSafeLinks(root, ctx);
  return expectReadsBySituation(w, ctx);
}

/** The result on screen reads as its situation says (SPEC §4), and a crisis answer raises the alert during the quiz. */
function expectReadsBySituation(w: Widget, ctx: string): string | null {
  const root = w.shadowRoot!;
  const shown = root.querySelector('[part=result]');
  if (!shown) {
    if (root.querySelector('[part=quiz]') && w.answers['mental-health'] === 'crisis') {
      expect(root.querySelector('.crisis-alert.crisis-callout [aria-live]')?.textContent?.trim(), `${ctx}: the crisis alert during the quiz`).to.not.equal('');
      return 'crisis alert';
    }
    return root.querySelector('.options input[type=checkbox]:checked') ? 'boxes ticked' : null;
  }
  const r = w.result;
  expect(r, `${ctx}: a result on screen is the widget's result`).to.not.equal(null);
  expect(shown.classList.contains('crisis-result'), `${ctx}: crisis result iff crisis`).to.equal(r!.crisis);
  if (r!.crisis) expect(shown.firstElementChild?.matches('.crisis-callout'), `${ctx}: a crisis result opens with the crisis lines`).to.equal(true);
  expect(!!shown.querySelector('.referral-callout'), `${ctx}: referral help iff more care than shown or not offered`).to.equal(r!.higherLevelNeeded || !r!.offered);
  expect(shown.querySelectorAll(':scope > ul.reasons > li').length, `${ctx}: at most three reasons in view`).to.be.at.most(3);
  return r!.crisis ? 'crisis result' : r!.higherLevelNeeded ? 'more care than shown' : !r!.offered ? 'not offered' : 'result';
}

describe('fuzz: random steps on the built bundles', function () {
  this.timeout(120000);
  let seed = 0;
  let steps = DEFAULT_STEPS;

  before(async () => {
    const given = (await executeServerCommand('tc-fuzz-seed')) as { seed: number; steps?: number };
    seed = given.seed;
    steps = given.steps ?? DEFAULT_STEPS;
  });
  afterEach(() => {
    removeFrames();
    clearPwned();
  });

  for (const [bundle, page] of [['IIFE', 'blank-iife.html'], ['ESM', 'blank-esm.html']] as const) {
    it(`${bundle} bundle: ${DEFAULT_STEPS} random steps (or TC_FUZZ_STEPS) keep the widget alive, safe and quiet`, async () => {
      const started = performance.now();
      const stats = await fuzz(page, bundle, seed, steps);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz: ${stats.steps} steps on the ${bundle} bundle, seed ${seed}: ${stats.clicks} clicks, ${stats.events} events, ` +
          `${stats.prints} prints, ${stats.big} big inputs, ${stats.replays} replayed configs, ${stats.warnings} warnings collected; ` +
          `seen (widget-steps): ${Object.entries(stats.seen).map(([k, v]) => `${v} ${k}`).join(', ')}; ` +
          `${seconds} s, slowest step ${stats.slowest[0]} ms (${stats.slowest[1]})`,
      );
      expect(stats.steps, `seed ${seed}: steps run`).to.equal(steps);
      // The situation checks ran: a result, a crisis result, ticked boxes and the crisis alert were on screen (in a
      // full run; the rarer kinds, which need random levels and offers too, are only counted).
      if (steps >= DEFAULT_STEPS) {
        for (const kind of ['result', 'crisis result', 'boxes ticked', 'crisis alert']) {
          expect(stats.seen[kind] ?? 0, `seed ${seed}: steps that showed ${kind}`).to.be.greaterThan(0);
        }
      }
    });
  }
});

// Bugs the fuzz found, pinned down on their own (both fixed in src).
describe('fuzz findings (regressions)', () => {
  afterEach(() => removeFrames());

  for (const [bundle, page] of [['IIFE', 'blank-iife.html'], ['ESM', 'blank-esm.html']] as const) {
    it(`${bundle}: moved under a parent with another lang, or re-attached after its config script changed, the widget follows`, async () => {
      const { win, doc } = await load(page);
      const host = doc.getElementById('host')!;
      const el = doc.createElement('treatment-compare') as Widget;
      host.append(el);
      await el.updateComplete;
      const lang = () => el.shadowRoot!.querySelector('.root')!.getAttribute('lang');
      expect(lang()).to.equal('en');
      const spanish = doc.createElement('section');
      spanish.lang = 'es';
      host.append(spanish);
      spanish.append(el); // a move: disconnected and connected again, no property changed
      await el.updateComplete;
      expect(lang(), 'language after the move').to.equal('es');
      expect(el.shadowRoot!.querySelector('[part=disclaimer]')!.textContent, 'Spanish text').to.match(/Esta herramienta/);
      el.remove();
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ strings: { es: { title: 'Título del centro' } } });
      el.append(script); // while detached: no observer is watching
      spanish.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent, 'config read on re-attach').to.equal('Título del centro');
      expect(win.__probe.errors).to.deep.equal([]);
    });

    it(`${bundle}: a config key of 1 MB gives a short warning, not a 1 MB one`, async () => {
      const { win, doc } = await load(page);
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const el = doc.createElement('treatment-compare') as Widget;
      el.config = { [MEGABYTE]: 1, strings: { [MEGABYTE]: { title: 'x' } }, facts: { iop: { [MEGABYTE]: 'x' } } };
      doc.getElementById('host')!.append(el);
      await el.updateComplete;
      expectAlive(el);
      expect(warnings.length, 'one warning per problem').to.be.at.least(2);
      for (const w of warnings) expect(w.length, w.slice(0, 60)).to.be.at.most(400);
      expect(warnings.some((w) => w.startsWith('<treatment-compare> config.facts.iop.שלום')), 'still names the path').to.equal(true);
    });

    it(`${bundle}: a config language named constructor, __proto__ or prototype is ignored with one warning; the built-in language is used`, async () => {
      const { win, doc } = await load(page);
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const show = async (key: string, lang: string | null) => {
        const el = doc.createElement('treatment-compare') as Widget;
        el.config = JSON.parse(`{"strings":{"${key}":{"title":"Own title"}}}`); // an own "__proto__" key, as JSON.parse makes it
        if (lang !== null) el.setAttribute('lang', lang);
        warnings.length = 0;
        doc.getElementById('host')!.replaceChildren(el);
        await el.updateComplete; // rejected when the render threw
        const ctx = `${key}, lang=${lang}`;
        expectAlive(el, ctx);
        for (const number of ['911', '988']) expect(el.shadowRoot!.querySelector('[part=crisis]')!.textContent, ctx).to.include(number);
        return { el, ctx, title: el.shadowRoot!.querySelector('h2')!.textContent };
      };
      const ignored = (key: string) => (w: string) => w.includes(`config.strings.${key} is not a language; ignored`);
      for (const key of ['constructor', '__proto__', 'prototype']) {
        // Without a lang: the page's English, and the one warning is about the key.
        const plain = await show(key, null);
        expect(plain.title, plain.ctx).to.equal(en.title);
        expect(warnings, `${plain.ctx}: one warning`).to.have.length(1);
        expect(warnings.filter(ignored(key)), `${plain.ctx}: the warning names the key`).to.have.length(1);
        // Asked for with lang: still English (with the lang's own warning), never the table under that key.
        const asked = await show(key, key);
        expect(asked.title, asked.ctx).to.equal(en.title);
        expect(asked.el.shadowRoot!.querySelector('.root')!.getAttribute('lang'), asked.ctx).to.equal('en');
        expect(warnings.filter(ignored(key)), `${asked.ctx}: the key warned about once`).to.have.length(1);
        expect(warnings.filter((w) => !ignored(key)(w)).every((w) => w.includes('lang=')), `${asked.ctx}: any other warning is the lang's (${warnings})`).to.equal(true);
        expect(warnings.length, `${asked.ctx}: at most the key's and the lang's warnings`).to.be.at.most(2);
      }
      // A tag that only contains or case-folds to one of those words is a language like any other (the tables have no
      // prototype, so nothing of Object's can be found under it).
      for (const key of ['constructor-x', 'CONSTRUCTOR']) {
        const { title, ctx } = await show(key, key);
        expect(title, ctx).to.equal('Own title');
        expect(warnings, `${ctx}: no warning`).to.deep.equal([]);
      }
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.consoleErrors).to.deep.equal([]);
    });
  }
});
