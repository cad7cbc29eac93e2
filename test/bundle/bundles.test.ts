import { expect } from '@open-wc/testing';
import { STRICT_CSP } from './csp-headers.mjs';
import { clickThroughQuiz, expectClean, load, removeFrames, type Frame, type Widget } from '../reliability/harness.js';

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
      expect(root.querySelector('[part=result]')!.textContent).to.match(/may be a better fit/);
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
    await new Promise((r) => setTimeout(r, 50));
    expect((win as unknown as { __inline?: number }).__inline).to.equal(undefined);
    expect(win.__probe.violations.length).to.be.greaterThan(0);
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
