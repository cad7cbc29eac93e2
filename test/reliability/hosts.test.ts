// Hostile hosts: the built bundles on pages that make life hard — a strict CSP with Trusted Types, global CSS
// that fights everything with a 62.5 % root, right-to-left pages, and 100 instances on one page.
import { expect } from '@open-wc/testing';
import { TRUSTED_TYPES_CSP } from '../bundle/csp-headers.mjs';
import { QUESTION_IDS } from '../../src/engine/index.js';
import { clickThroughQuiz, expectAlive, expectClean, load, PAGES, resultHeading, removeFrames, shadowOf, textOf, type Widget } from './harness.js';

/** No horizontal scrolling of the page, and every control inside the widget lies within the viewport. */
function expectFits(win: Window, el: Widget, width: number) {
  expect(win.document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
  for (const control of shadowOf(el).querySelectorAll('button, a, input, summary')) {
    const box = control.getBoundingClientRect();
    if (!box.width) continue; // not rendered in this state
    expect(box.left, `${control.textContent?.trim()} starts inside`).to.be.at.least(-1);
    expect(box.right, `${control.textContent?.trim()} ends inside`).to.be.at.most(width + 1);
  }
}

/** Every aria-labelledby and aria-describedby id resolves inside the same widget. */
function expectOwnReferences(el: Widget) {
  const root = shadowOf(el);
  for (const node of root.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      for (const id of (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        expect(root.getElementById(id), `#${id} referenced by ${attr}`).to.exist;
      }
    }
  }
}

/**
 * From the question shown, answers question after question (the first option) until a checkbox group and a radio
 * group were both on screen, whichever the facility asks first; `check` sees every option of each.
 */
async function eachKindOfGroup(el: Widget, check: (input: HTMLInputElement) => void) {
  const root = shadowOf(el);
  const kinds = new Set<string>();
  for (let step = 0; step < QUESTION_IDS.length && kinds.size < 2; step++) {
    const inputs = [...root.querySelectorAll<HTMLInputElement>('.options input')];
    expect(inputs.length, `question ${step + 1}: options`).to.be.greaterThan(0);
    inputs.forEach(check);
    kinds.add(inputs[0].type);
    inputs[0].click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  }
  expect([...kinds].sort(), 'both kinds of group seen').to.deep.equal(['checkbox', 'radio']);
}

describe('hostile hosts (built bundles)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  describe('strict CSP with Trusted Types enforced, both bundles loaded twice', () => {
    it('is really served with the policy, and the policy really bites', async () => {
      const response = await fetch(`${PAGES}csp-tt-both.html`);
      expect(response.headers.get('content-security-policy')).to.equal(TRUSTED_TYPES_CSP);
      const { win } = await load('csp-tt-both.html');
      expect(() => {
        win.document.createElement('div').innerHTML = '<b>not trusted</b>';
      }, 'a plain string into innerHTML').to.throw(/TrustedHTML/);
      const script = win.document.createElement('script');
      expect(() => {
        script.src = 'data:text/javascript,parent.__ran=1';
      }, 'a plain string as a script URL').to.throw(/TrustedScriptURL/);
      expect(() => win.eval('parent.__ran = 1'), 'eval without unsafe-eval').to.throw();
      // The violation is reported a task later: wait for it (up to 5 s on a busy machine), then check nothing ran.
      for (let i = 0; i < 250 && !win.__probe.violations.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(win.__probe.violations.length, 'the blocked script was reported').to.be.greaterThan(0);
      expect((window as unknown as { __ran?: number }).__ran).to.equal(undefined);
    });

    it('renders, completes the quiz in both widgets, starts over, with zero violations', async () => {
      const { win, widgets } = await load('csp-tt-both.html');
      expect(widgets).to.have.length(2);
      expect(win.customElements.get('treatment-compare')).to.be.a('function');
      for (const el of widgets) {
        await clickThroughQuiz(el);
        expect(el.result, 'a result').to.not.equal(null);
        expect(textOf(el, '[part=result]')).to.not.equal('');
        expectAlive(el);
      }
      expect(textOf(widgets[0], '[part=result] #quiz-heading')).to.equal(resultHeading(widgets[0], 'en'));
      expect(textOf(widgets[1], '[part=result] #quiz-heading')).to.equal(resultHeading(widgets[1], 'es'));
      expect(textOf(widgets[0])).to.include('Family program');
      expect(textOf(widgets[0])).to.include('Do you accept my insurance?');
      shadowOf(widgets[0]).querySelector<HTMLButtonElement>('[part=result] button.link')!.click();
      await widgets[0].updateComplete;
      expect(widgets[0].result).to.equal(null);
      expectClean(win);
    });
  });

  describe('aggressive global CSS and a 62.5 % root font size', () => {
    for (const width of [320, 1280]) {
      it(`at ${width} px: keeps its own type and touch targets, fits, and completes the quiz`, async () => {
        const { win, widgets } = await load('/test/bundle/pages/hostile.html', { width });
        const [el] = widgets;
        const root = shadowOf(el);
        expect(win.getComputedStyle(win.document.documentElement).fontSize).to.equal('10px');
        const style = win.getComputedStyle(root.querySelector('.root')!);
        expect(style.fontSize).to.equal('16px');
        expect(style.textAlign).to.not.equal('right');
        expectFits(win, el, width);
        // Checkboxes and radios keep their size and a comfortable target (the host hides every input it can reach).
        root.querySelector<HTMLButtonElement>('.intro button')!.click();
        await el.updateComplete;
        await eachKindOfGroup(el, (input) => {
          const box = input.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${input.type} ${input.value} is visible`).to.be.at.least(16);
          expect(input.closest('[part=option]')!.getBoundingClientRect().height, `${input.type} ${input.value}: a comfortable target`).to.be.at.least(44);
          expect(box.right, `${input.type} ${input.value} inside`).to.be.at.most(width + 1);
        });
        await clickThroughQuiz(el);
        expect(el.result).to.not.equal(null);
        for (const control of root.querySelectorAll<HTMLElement>('[part~=button]')) {
          const box = control.getBoundingClientRect();
          expect(box.height, `${control.textContent?.trim()} is a comfortable target`).to.be.at.least(44);
        }
        expectFits(win, el, width);
        expectAlive(el);
        expectClean(win);
      });
    }
  });

  describe('a right-to-left page', () => {
    for (const width of [320, 1280]) {
      it(`at ${width} px: follows the page's direction, uses the facility's own language, fits`, async () => {
        const { win, widgets } = await load('rtl.html', { width });
        const [hebrew, english, fallback] = widgets;
        expectAlive(fallback);
        const root = shadowOf(hebrew);
        expect(win.getComputedStyle(root.querySelector('.root')!).direction).to.equal('rtl');
        expect(win.getComputedStyle(shadowOf(english).querySelector('.root')!).direction).to.equal('ltr');
        // No Hebrew strings configured: the built-in English reads left to right inside the right-to-left page.
        expect(win.getComputedStyle(shadowOf(fallback).querySelector('.root')!).direction, 'built-in English').to.equal('ltr');
        expect(textOf(hebrew)).to.include('השוואה בין סוגי טיפול');
        expectFits(win, hebrew, width);
        await clickThroughQuiz(hebrew);
        expect(hebrew.result).to.not.equal(null);
        hebrew.reset();
        await hebrew.updateComplete;
        root.querySelector<HTMLButtonElement>('.intro button')!.click();
        await hebrew.updateComplete;
        // The box (a checkbox or a radio) sits at the inline start of its option: the right-hand side in a
        // right-to-left page.
        await eachKindOfGroup(hebrew, (input) => {
          const option = input.closest('[part=option]')!.getBoundingClientRect();
          const box = input.getBoundingClientRect();
          expect(option.right - box.right, `${input.type} near the right edge`).to.be.lessThan(option.width / 4);
        });
        expectFits(win, hebrew, width);
        expectAlive(hebrew);
        expectAlive(english);
        expectClean(win);
      });
    }
  });

  describe('100 instances on one page (strict CSP)', () => {
    it('all render with help lines, keep their own state and references, with zero errors', async () => {
      const { win } = await load('csp-many.html', { width: 1280, height: 900 });
      await win.customElements.whenDefined('treatment-compare');
      const widgets = [...win.document.querySelectorAll<Widget>('treatment-compare')];
      expect(widgets).to.have.length(100);
      await Promise.all(widgets.map((w) => w.updateComplete));
      widgets.forEach((el, i) => {
        expectAlive(el, `instance ${i + 1}`);
        expectOwnReferences(el);
      });
      // Answering in one instance leaves its neighbours alone.
      const [first, second] = widgets; // 'both' and 'quiz' views
      await clickThroughQuiz(first);
      expect(first.result).to.not.equal(null);
      expect(second.result).to.equal(null);
      expect(Object.keys(second.answers)).to.have.length(0);
      expect(shadowOf(second).querySelector('[part=result]'), 'no result shown in the neighbour').to.equal(null);
      expectClean(win);
    });
  });
});
