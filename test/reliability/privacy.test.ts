// Privacy: a visit that uses every feature makes no request beyond the page and its scripts, sets no cookie,
// writes no storage, and hands answers to the page only where the page asked for them (share-answers).
// Requests are read from the browser itself (every request of every frame), not from the page's own view.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { QUESTION_IDS, recommend, type Answers } from '../../src/engine/index.js';
import { CALM } from '../answers.js';
import { answerQuiz, clickThroughQuiz, expectAlive, expectClean, load, removeFrames, shadowOf, type Widget } from './harness.js';

const ALLOWED = [
  '/test/reliability/pages/csp-privacy.html',
  '/test/bundle/pages/probe.js',
  '/dist/treatment-compare.iife.js',
  '/dist/treatment-compare.js',
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A visit with two health boxes ticked and more reasons than are in view; the test checks that it gives a level
 * the facility offers (so the booking link shows), as the engine says.
 */
const VISIT: Answers = {
  ...CALM,
  withdrawal: 'mild',
  'mental-health': 'managed',
  health: ['pregnant', 'condition'],
  severity: 'moderate',
  relapse: 'once',
  'prior-treatment': 'none',
  responsibilities: 'some-flexibility',
  cost: 'unsure',
};

/** The settings the page gave the widget: levels, offers and the questions asked, as the engine takes them. */
function settingsOf(el: Widget) {
  const config = JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!) as { questions: string[] };
  const split = (name: string) => el.getAttribute(name)!.split(' ');
  return { levels: split('levels'), offers: split('offers'), questions: config.questions, hide: QUESTION_IDS.filter((q) => !config.questions.includes(q)) };
}

describe('privacy (built bundles, every feature)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('a full visit makes zero requests of its own, sets no cookie and writes no storage', async () => {
    await executeServerCommand('tc-network-start');
    let urls: string[] = [];
    try {
      const { win, widgets } = await load('csp-privacy.html', { width: 1280 });
      const [full, spanish, compareOnly] = widgets;
      const completed: CustomEvent[] = [];
      win.addEventListener('treatment-compare-complete', (e) => completed.push(e as CustomEvent));
      let printed = 0;
      win.print = () => void printed++; // the print dialog itself is the browser's

      // Widget 1: the whole quiz in the facility's order (a question hidden, boxes ticked), every result action,
      // then the quiz again to a crisis answer.
      const settings = settingsOf(full);
      const expected = recommend(VISIT, settings)!;
      expect(settings.offers, 'the visit ends on a level this facility offers').to.include(expected.level);
      expect(await answerQuiz(full, VISIT), 'the questions asked, in the page\'s order').to.deep.equal(settings.questions);
      expect(full.result).to.deep.equal(expected);
      const result = shadowOf(full).querySelector('[part=result]')!;
      const more = result.querySelector<HTMLDetailsElement>('details.more-reasons')!;
      expect(more, 'more reasons than are in view').to.exist;
      more.querySelector('summary')!.click(); // "Show all N reasons"
      expect(more.open, 'all reasons shown').to.equal(true);
      result.querySelector<HTMLAnchorElement>('a[href="#book"]')!.click();
      [...result.querySelectorAll<HTMLButtonElement>('button')].find((b) => /print/i.test(b.textContent ?? ''))!.click();
      expect(printed, 'the print button opened print').to.equal(1);
      result.querySelector<HTMLButtonElement>('button.link')!.click();
      await full.updateComplete;
      await answerQuiz(full, { ...VISIT, 'mental-health': 'crisis' });
      expect(full.result?.crisis).to.equal(true);
      expect(shadowOf(full).querySelector('.crisis-result > .crisis-callout:first-child'), 'the crisis result').to.exist;

      // Widget 2 (Spanish, for a loved one), widget 3 (comparison only), then the page changes language.
      await clickThroughQuiz(spanish);
      expect(spanish.result).to.not.equal(null);
      win.document.documentElement.lang = 'es';
      await pause(50);
      await Promise.all(widgets.map((w) => w.updateComplete));
      widgets.forEach((w) => expectAlive(w));
      expect(compareOnly.shadowRoot!.textContent).to.include('Comparer');

      // Only the page that asked (share-answers) receives answers.
      expect(completed.length).to.equal(3);
      const fromSpanish = completed.filter((e) => e.target === spanish);
      expect(fromSpanish).to.have.length(1);
      expect(fromSpanish[0].detail).to.deep.equal({});
      expect(completed.filter((e) => e.target === full).every((e) => 'answers' in e.detail)).to.equal(true);

      // Nothing kept anywhere.
      expect(win.document.cookie).to.equal('');
      expect(win.localStorage.length + win.sessionStorage.length, 'web storage').to.equal(0);
      expect(await win.indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
      expect(await win.caches.keys(), 'Cache Storage').to.deep.equal([]);
      expect((await executeServerCommand('tc-cookies')) as string[], 'cookies in the browser').to.deep.equal([]);
      expectClean(win);
      await pause(100); // anything late (a beacon, a lazy load) would show up in the log
    } finally {
      urls = (await executeServerCommand('tc-network-stop') as string[]) ?? [];
    }
    const origin = location.origin;
    // Left out: the page's own blank favicon, and the script the test server injects into every page it serves.
    const own = urls.filter((u) => u !== 'data:,' && !new URL(u).pathname.startsWith('/__web-dev-server__'));
    for (const url of own) {
      expect(url.startsWith(origin), `${url} stays on the page's origin`).to.equal(true);
      expect(ALLOWED, `${url} is the page or one of its scripts`).to.include(new URL(url).pathname);
    }
    expect(own.map((u) => new URL(u).pathname).sort(), 'each file once').to.deep.equal([...ALLOWED].sort());
  });

  it('the request log is real: a request made inside the page is seen', async () => {
    await executeServerCommand('tc-network-start');
    const { win } = await load('blank-iife.html');
    await win.fetch('/favicon.ico?seen').catch(() => undefined);
    await pause(50);
    const urls = (await executeServerCommand('tc-network-stop')) as string[];
    expect(urls.some((u) => u.endsWith('/favicon.ico?seen'))).to.equal(true);
    expect(urls.some((u) => u.endsWith('/dist/treatment-compare.iife.js'))).to.equal(true);
  });
});
