import { expect } from '@open-wc/testing';
import { LEVEL_IDS } from '../src/engine/ids.js';
import { RESERVE_CLASS, RESERVE_COUNTS, reserveCss, reservedHeight, type LevelCount } from '../src/reserve.js';
import { removeFrames } from './reliability/harness.js';

/*
 * The reserve style (src/reserve.ts) holds the widget's space while its script loads. These tests load the built
 * IIFE late into a page laid out like the README's embed and check that the page below does not move, that the
 * reserve still covers the first render at every width (and is not far taller than it), and that the README, the
 * shipped CSS file and the WordPress plugin's stylesheet carry the same rules.
 */

const CSS = reserveCss();
const SNIPPET = '/demo/snippet.js';
const MAX_EXTRA = 200; // px: more blank space than this under the start view means `npm run reserve` is due

interface Embed {
  win: Window & typeof globalThis & { __shift: number };
  el: HTMLElement & { updateComplete: Promise<boolean> };
  below: HTMLElement;
}

/**
 * A page with a heading, the widget and text below it, as the README shows, in an iframe as wide as a screen.
 * The script arrives `delay` ms after the page has been drawn, as a slow network would deliver it, and the visitor
 * scrolls while waiting; layout shifts are summed. (Counted from the first drawn frame, not from parsing: on a busy
 * machine a timer from parsing could add the script before anything was drawn, and then there is no shift to see.)
 */
async function embed({ width, column = 0, lang = 'en', levels = '', reserve = true, scroll = true, delay = 150 }: { width: number; column?: number; lang?: string; levels?: string; reserve?: boolean; scroll?: boolean; delay?: number }): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0;display:block`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>body{margin:16px;font:16px/1.5 system-ui,sans-serif}</style>${reserve ? `<style>${CSS}</style>` : ''}
<script>window.__shift=0;new PerformanceObserver((list)=>{for(const e of list.getEntries())window.__shift+=e.value}).observe({type:'layout-shift',buffered:true});
const drawn=(f,ms)=>${delay ? 'requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(f,ms)))' : 'setTimeout(f,ms)'};
${scroll ? `drawn(()=>scrollTo(0,400),${delay / 2});` : ''}
drawn(()=>{const s=document.createElement('script');s.src='/dist/treatment-compare.iife.js';document.head.append(s)},${delay});</script>
</head><body><main${column ? ` style="max-width:${column}px;margin:auto"` : ''}><h1>Treatment options</h1>
<div class="${RESERVE_CLASS}"><treatment-compare${levels ? ` levels="${levels}"` : ''}></treatment-compare></div>
<section id="below">${'<p>Choosing a program is a big step. This page explains the options in plain words and what to ask.</p>'.repeat(12)}</section></main></body></html>`;
  document.body.append(frame);
  await new Promise((done) => frame.addEventListener('load', done, { once: true }));
  const win = frame.contentWindow as Embed['win'];
  await win.customElements.whenDefined('treatment-compare');
  const el = win.document.querySelector('treatment-compare') as Embed['el'];
  await el.updateComplete;
  // Two frames: layout and the shift entries it produces have landed.
  await new Promise((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(done)));
  return { win, el, below: win.document.getElementById('below')! };
}

/** Every way to pick `size` of the levels; the reserve's rules for three levels take any three. */
const combinations = <T>(items: readonly T[], size: number): T[][] =>
  size === 0 ? [[]] : items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
/** The `levels` attributes each count of levels is checked with: the default for two (no attribute), every set of more. */
const levelSets = (count: LevelCount) => (count === RESERVE_COUNTS[0] ? [''] : combinations(LEVEL_IDS, count).map((set) => set.join(' ')));

describe('reserve: the page does not jump while the script loads', () => {
  afterEach(removeFrames);

  const cases: Array<[lang: 'en' | 'es', width: number, column: number, levels: string]> = [
    ['en', 390, 0, ''],
    ['en', 1280, 0, ''],
    ['en', 1280, 650, ''],
    ['es', 390, 0, ''],
    ['es', 1280, 0, ''],
    ['es', 1280, 650, ''],
    ['en', 390, 0, 'iop php inpatient'],
    ['es', 390, 0, LEVEL_IDS.join(' ')],
    ['en', 1280, 650, LEVEL_IDS.join(' ')],
  ];
  for (const [lang, width, column, levels] of cases) {
    it(`${lang} at ${width} px${column ? ` in a ${column} px column` : ''}${levels ? ` with levels="${levels}"` : ''}: no layout shift with the reserve though the visitor scrolls, a measurable one without`, async () => {
      const held = await embed({ width, column, lang, levels });
      expect(held.win.scrollY, 'scrolled while waiting').to.be.greaterThan(0);
      expect(held.win.__shift, 'layout shift with the reserve').to.equal(0);
      removeFrames();
      // Without the reserve, a visitor who has not scrolled sees the text jump. (One who has may not: Chromium
      // anchors the scroll to the text in view, which hides the shift.)
      const bare = await embed({ width, column, lang, levels, reserve: false, scroll: false });
      expect(bare.win.__shift, 'layout shift without the reserve (the check can fail)').to.be.greaterThan(0.05);
    });
  }

  const allWidths = [300, 320, 340, 360, 375, 390, 414, 430, 480, 540, 600, 640, 700, 768, 820, 900, 1024, 1100, 1280];
  // More levels mean more pages per width (every set of three): fewer widths, still on both sides of each layout change.
  const someWidths = [300, 340, 390, 430, 480, 600, 700, 790, 820, 1024, 1280];
  for (const count of RESERVE_COUNTS) {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang}, ${count} levels: in screens from 300 to 1280 px wide the reserve covers the first render and is not far taller`, async () => {
        const misses: string[] = [];
        for (const width of count === RESERVE_COUNTS[0] ? allWidths : someWidths) {
          let tallest = 0;
          let reserved = 0;
          for (const levels of levelSets(count)) {
            const { el } = await embed({ width, lang, levels, delay: 0 });
            const height = el.getBoundingClientRect().height;
            // The reserve stays once the widget runs, so the element is its own measure: what it would be without it.
            el.style.minHeight = '0';
            const natural = el.getBoundingClientRect().height;
            reserved = reservedHeight(lang, count, el.getBoundingClientRect().width);
            expect(height, `${width} px, levels="${levels}": the reserve in force`).to.equal(Math.max(natural, reserved));
            if (natural > reserved) misses.push(`${width} px, levels="${levels}": renders ${natural} px, reserve ${reserved} px`);
            tallest = Math.max(tallest, natural);
            removeFrames();
          }
          if (reserved - tallest > MAX_EXTRA) misses.push(`${width} px: reserve ${reserved} px is ${Math.round(reserved - tallest)} px taller than the render`);
        }
        expect(misses, 'run `npm run reserve` after changing the start view').to.deep.equal([]);
      });
    }
  }

  it('levels written with commas or capitals get the height of the same levels written as the README writes them', async () => {
    for (const [levels, count] of [
      ['iop,php,inpatient', 3],
      ['IOP PHP Inpatient', 3],
      ['Outpatient, IOP, PHP, Inpatient', 4],
      ['iop,inpatient', 2],
    ] as const) {
      for (const width of [390, 1024]) {
        const { el } = await embed({ width, levels, delay: 0 });
        el.style.minHeight = '';
        expect(getComputedStyle(el).minHeight, `levels="${levels}" at ${width} px`).to.equal(`${reservedHeight('en', count, el.getBoundingClientRect().width)}px`);
        expect(el.shadowRoot!.querySelectorAll('[part=comparison] thead th[scope=col]').length, `levels="${levels}": the levels shown`).to.equal(count);
        removeFrames();
      }
    }
  });

  it('a widget with a view attribute gets no reserve', async () => {
    const { el } = await embed({ width: 390, delay: 0 });
    el.setAttribute('view', 'quiz');
    expect(getComputedStyle(el).minHeight).to.equal('0px');
  });
});

describe('reserve: one text everywhere', () => {
  const text = async (path: string) => (await fetch(path)).text();

  it('dist/treatment-compare.reserve.css is the reserve', async () => {
    expect((await text('/dist/treatment-compare.reserve.css')).trim()).to.equal(CSS);
  });

  it("the README's snippet is the page snippet the demo and the configurator write, reserve and all", async () => {
    const readme = await text('/README.md');
    const block = readme.slice(readme.indexOf('```html\n') + 8, readme.indexOf('\n```', readme.indexOf('```html\n')) + 1);
    const element = block.slice(block.indexOf('  <treatment-compare'), block.indexOf('</treatment-compare>') + '</treatment-compare>'.length);
    const markup = element.split('\n').map((line) => line.replace(/^ {2}/, '')).join('\n');
    const { pageSnippet } = (await import(/* @vite-ignore */ SNIPPET)) as { pageSnippet: (markup: string, css: string | null) => string };
    expect(block).to.equal(pageSnippet(markup, CSS));
  });

  it("the demo's snippets are in the same shape: the reserve for the default view, none with a view", async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:600px;border:0';
    document.body.append(frame);
    await new Promise((done) => {
      frame.addEventListener('load', done, { once: true });
      frame.src = '/demo/index.html';
    });
    const doc = frame.contentDocument!;
    for (let i = 0; i < 500 && !doc.querySelector('.example details code'); i++) await new Promise((r) => setTimeout(r, 20));
    const { pageSnippet } = (await import(/* @vite-ignore */ SNIPPET)) as { pageSnippet: (markup: string, css: string | null) => string };
    const codes = [...doc.querySelectorAll('.example treatment-compare')].map((el) => [el, el.nextElementSibling!.querySelector('code')!.textContent!] as const);
    expect(codes.length).to.be.greaterThan(3);
    for (const [el, code] of codes) {
      const withView = el.hasAttribute('view');
      expect(code.startsWith('<style>'), `${el.outerHTML.slice(0, 60)}: reserve style`).to.equal(!withView);
      expect(code, 'the script deferred').to.include('" defer></script>');
      const block = code.slice(code.lastIndexOf('\n', code.indexOf('<treatment-compare')) + 1, code.indexOf('</treatment-compare>') + 20);
      const indent = withView ? '' : '  '; // the wrapper's
      const markup = block.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
      expect(code, 'written by demo/snippet.js').to.equal(pageSnippet(markup, withView ? null : CSS));
    }
    frame.remove();
  });

  it("the WordPress plugin's stylesheet is the reserve", async () => {
    expect((await text('/wordpress/assets/treatment-compare.css')).includes(CSS), 'the reserve, whole').to.be.true;
  });

  it('the benchmark reserves the same', async () => {
    expect((await text('/bench/contenders.mjs')).includes("'../dist/treatment-compare.reserve.css'"), 'read from the built file').to.be.true;
  });
});
