// Privacy: a visit that uses every feature makes no request beyond the page and its scripts, sets no cookie,
// writes no storage, and hands answers to the page only where the page asked for them (share-answers).
// Requests are read from the browser itself (every request of every frame), not from the page's own view.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clickThroughQuiz, expectAlive, expectClean, load, removeFrames, shadowOf } from './harness.js';

const ALLOWED = [
  '/test/reliability/pages/csp-privacy.html',
  '/test/bundle/pages/probe.js',
  '/dist/treatment-compare.iife.js',
  '/dist/treatment-compare.js',
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

      // Widget 1: the whole quiz, every result action, then a crisis answer and its alert.
      await clickThroughQuiz(full, () => 1); // the second answer everywhere: a level this facility offers
      expect(full.result?.level).to.be.oneOf(['iop', 'php']);
      const result = shadowOf(full).querySelector('[part=result]')!;
      result.querySelector<HTMLAnchorElement>('a[href="#book"]')!.click();
      [...result.querySelectorAll<HTMLButtonElement>('button')].find((b) => /print/i.test(b.textContent ?? ''))!.click();
      expect(printed, 'the print button opened print').to.equal(1);
      result.querySelector<HTMLButtonElement>('button.link')!.click();
      await full.updateComplete;
      await clickThroughQuiz(full, (i, n) => (i === 1 ? n - 1 : 0)); // mental-health: crisis
      expect(full.result?.crisis).to.equal(true);

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
