import { expect } from '@open-wc/testing';
import { STRICT_CSP } from './csp-headers.mjs';
import { answerQuiz, clickThroughQuiz, expectClean, load, questionShown, resultHeading, removeFrames, type Frame, type Widget } from '../reliability/harness.js';
import { findAnswers } from '../reliability/answer-sets.js';
import { EXCLUSIVE_OPTIONS, LEVEL_IDS, MULTI_CHOICE_QUESTION_IDS, QUESTION_IDS, QUESTION_OPTIONS, recommend, type Answers, type Recommendation } from '../../src/engine/index.js';
import { helpLineRoles } from '../../src/content/index.js';
import { en } from '../../src/content/en.js';
import { CALM } from '../answers.js';

const PAGES = '/test/bundle/pages/';
const loadPage = (name: string, width = 1024) => load(PAGES + name, { width, height: 800 });
const shadow = (win: Frame) => win.document.querySelector('treatment-compare')!.shadowRoot!;

/** Answers every question by clicking, as a visitor would; returns the widget. */
async function clickThrough(win: Frame) {
  const el = win.document.querySelector<Widget>('treatment-compare')!;
  await clickThroughQuiz(el);
  return el;
}

function expectOnlyScripts(win: Frame) {
  const requested = win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server__')); // the test server's own reload script
  expect(requested.length).to.be.greaterThan(0);
  for (const path of requested) expect(path, 'no request beyond the scripts').to.match(/\/(dist\/treatment-compare(\.iife)?\.js|test\/bundle\/pages\/(probe\.js|hostile\.css))$/);
}

function expectPrivate(win: Frame) {
  expect(win.document.cookie).to.equal('');
  expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
}

describe('built bundles in plain pages', () => {
  afterEach(removeFrames);

  for (const page of ['iife.html', 'esm.html', 'twice.html', 'csp-strict.html', 'hostile.html']) {
    it(`${page}: loads, completes the quiz, no errors, no requests, nothing stored`, async () => {
      const { win } = await loadPage(page);
      const el = await clickThrough(win);
      expect(el.result, 'a result after a full quiz').to.not.equal(null);
      const root = shadow(win);
      expect(root.querySelector('[part=result] #quiz-heading')!.textContent!.trim()).to.equal(resultHeading(el, 'en'));
      for (const line of ['911', '988', '1-800-662-4357']) expect(root.querySelector('[part=crisis]')!.textContent).to.include(line);
      expectClean(win);
      expectOnlyScripts(win);
      expectPrivate(win);
    });
  }

  it('the strict page really is served with the policy', async () => {
    const response = await fetch(`${PAGES}csp-strict.html`);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('the strict policy blocks inline script, so a clean run is meaningful', async () => {
    const { win } = await loadPage('csp-strict.html');
    const script = win.document.createElement('script');
    script.textContent = 'window.__inline = 1';
    win.document.body.append(script);
    // The violation is reported a task later: wait for it (up to 5 s on a busy machine), then check nothing ran.
    for (let i = 0; i < 250 && !win.__probe.violations.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(win.__probe.violations.length).to.be.greaterThan(0);
    expect((win as unknown as { __inline?: number }).__inline).to.equal(undefined);
  });

  it('twice.html: one definition survives both bundles, each loaded twice', async () => {
    const { win } = await loadPage('twice.html');
    expect(win.customElements.get('treatment-compare')).to.be.a('function');
    expectClean(win);
  });

  it('hostile.html: the host CSS does not reach inside the widget', async () => {
    const { win } = await loadPage('hostile.html');
    const root = shadow(win);
    const style = win.getComputedStyle(root.querySelector('.root')!);
    expect(style.fontSize).to.equal('16px');
    expect(style.color).to.not.equal('rgb(255, 0, 0)');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    const start = root.querySelector<HTMLButtonElement>('.intro button')!;
    expect(start.getBoundingClientRect().height).to.be.at.least(44);
    expect(win.getComputedStyle(root.querySelector('table')!).display).to.equal('table');
  });

  it('iife.html at 320 px: no horizontal scrolling of the page', async () => {
    const { win } = await loadPage('iife.html', 320);
    await clickThrough(win);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

/** Each kind of result of SPEC §4, the levels it is shown among, and the answers that give it (found by the engine). */
const SITUATIONS: [string, readonly string[], (r: Recommendation) => boolean][] = [
  ['a crisis', ['iop', 'inpatient'], (r) => r.crisis],
  ['more care than shown', ['outpatient', 'iop'], (r) => r.higherLevelNeeded && !r.crisis],
  ['a needed level not shown', ['iop', 'inpatient'], (r) => r.notes.includes('day-program') && !r.higherLevelNeeded && !r.crisis],
  ['a level lowered by duties', LEVEL_IDS, (r) => r.reasons.some((x) => x.kind === 'preference')],
  ['the level that may fit', ['iop', 'inpatient'], (r) => r.level === r.needed && !r.crisis],
];

describe('version 2 of the rules in the built bundles', () => {
  afterEach(removeFrames);

  for (const page of ['iife.html', 'esm.html']) {
    it(`${page}: every question asked by clicking (boxes ticked), and the result is the engine's`, async () => {
      const { win } = await loadPage(page);
      const el = win.document.querySelector<Widget>('treatment-compare')!;
      // Two boxes of each multi-choice question (none of them the exclusive one), a mid answer elsewhere.
      const answers = Object.fromEntries(
        QUESTION_IDS.map((q) => {
          const options = QUESTION_OPTIONS[q] as readonly string[];
          const exclusive = EXCLUSIVE_OPTIONS[q as keyof typeof EXCLUSIVE_OPTIONS];
          return [q, (MULTI_CHOICE_QUESTION_IDS as readonly string[]).includes(q) ? options.filter((o) => o !== exclusive).slice(0, 2) : options[1]];
        }),
      ) as Answers;
      expect(await answerQuiz(el, answers), 'the questions, in the default order').to.deep.equal(QUESTION_IDS);
      expect(el.result).to.deep.equal(recommend(answers));
      expect(el.answers).to.deep.equal(answers);
      expectClean(win);
    });

    it(`${page}: each kind of result reads by situation (SPEC §4), with the engine's result`, async () => {
      const { win } = await loadPage(page);
      const el = win.document.querySelector<Widget>('treatment-compare')!;
      const root = el.shadowRoot!;
      const booking = el.getAttribute('cta-href')!;
      for (const [name, levels, test] of SITUATIONS) {
        const answers = findAnswers(name, test, { levels });
        el.setAttribute('levels', levels.join(' '));
        el.answers = answers;
        await el.updateComplete;
        const r = el.result!;
        expect(r, name).to.deep.equal(recommend(answers, { levels }));
        expect(root.querySelector('[part=result] #quiz-heading')!.textContent!.trim(), `${name}: heading`).to.equal(resultHeading(el, 'en'));
        const result = root.querySelector('[part=result]')!;
        const hrefs = [...result.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        if (r.crisis) {
          // Call 988, Text 988 and Call 911 come first.
          const { crisis, emergency } = helpLineRoles(en.safety.lines);
          expect(result.firstElementChild!.matches('.crisis-callout'), `${name}: opens with the crisis lines`).to.equal(true);
          expect(hrefs.slice(0, 3), `${name}: first actions`).to.deep.equal([crisis.href, crisis.sms, emergency.href]);
        }
        if (r.higherLevelNeeded) {
          expect(result.querySelector('.referral-callout'), `${name}: referral help`).to.exist;
          expect(hrefs, `${name}: no booking link`).to.not.include(booking);
        } else if (!r.crisis) {
          expect(hrefs, `${name}: the booking link`).to.include(booking);
        }
        expect(result.querySelectorAll(':scope > ul.reasons > li').length, `${name}: at most three reasons in view`).to.be.at.most(3);
      }
      expectClean(win);
    });

    it(`${page}: a set that does not count ("none" with another item, a duplicate, an empty set) leaves the quiz at that question`, async () => {
      const { win } = await loadPage(page);
      const el = win.document.querySelector<Widget>('treatment-compare')!;
      for (const question of MULTI_CHOICE_QUESTION_IDS) {
        const options = QUESTION_OPTIONS[question] as readonly string[];
        const exclusive = EXCLUSIVE_OPTIONS[question as keyof typeof EXCLUSIVE_OPTIONS];
        const item = options.find((o) => o !== exclusive)!;
        const bad: unknown[] = [[], [item, item], ...(exclusive ? [[exclusive, item]] : [])];
        for (const answer of bad) {
          el.answers = { ...CALM, [question]: answer } as Answers;
          await el.updateComplete;
          const ctx = `${question}: ${JSON.stringify(answer)}`;
          expect(el.result, ctx).to.equal(null);
          expect(el.answers, ctx).to.not.have.property(question);
          expect(questionShown(el), ctx).to.equal(question);
        }
      }
      expectClean(win);
    });
  }
});
