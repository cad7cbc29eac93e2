// Checks shared by the reliability suites: nothing injected into the shadow root or the host page, no link that
// runs code, and how many lines each word of a text takes.
import { expect } from '@open-wc/testing';
import { UNSAFE_SCHEMES, schemeOf } from './payloads.js';

/** Every tag the widget's templates use: anything else in the shadow root was injected. */
export const WIDGET_TAGS = new Set(
  'div h2 h3 h4 p a section table thead tbody tr td th span form fieldset legend input label button ul li strong aside details summary'.split(' '),
);

/** Tags that must never appear in the host page beyond what it had. */
const WATCHED = 'script, img, iframe, svg, object, embed, style, link, meta, base, b, i, form, input, video, audio, math, template, frame, slot';

/** Counts of the watched tags in the light DOM (leaving out the widgets' own JSON config scripts), as a string. */
export function watchedCounts(doc: Document): string {
  const counts: Record<string, number> = {};
  for (const el of doc.querySelectorAll(WATCHED)) {
    if (el.matches('treatment-compare > script[type="application/json"]')) continue;
    counts[el.localName] = (counts[el.localName] ?? 0) + 1;
  }
  return JSON.stringify(Object.entries(counts).sort());
}

/** Only the widget's own elements in its shadow root. */
export function expectOwnElements(root: ShadowRoot, ctx: string) {
  const foreign = [...root.querySelectorAll('*')].map((node) => node.localName).filter((tag) => !WIDGET_TAGS.has(tag));
  expect(foreign, `${ctx}: unexpected elements in the shadow root`).to.deep.equal([]);
}

/** No rendered link runs code or loads a document of its own, read as written and as the browser resolved it. */
export function expectSafeLinks(root: ShadowRoot, ctx: string) {
  const unsafe = [...root.querySelectorAll('a')]
    .filter((a) => UNSAFE_SCHEMES.includes(schemeOf(a.getAttribute('href') ?? '') ?? '') || UNSAFE_SCHEMES.includes(a.protocol.replace(':', '')))
    .map((a) => (a.getAttribute('href') ?? '').slice(0, 80));
  expect(unsafe, `${ctx}: unsafe links`).to.deep.equal([]);
}

type Pwned = { __pwned?: unknown };

/** The flag a payload sets when it runs: on the top window, the test page (the frame's parent) or the host page. */
export const pwned = (win: Window) => [window.top, window, win].map((w) => (w as Pwned | null)?.__pwned).find((v) => v !== undefined);

export const clearPwned = () => {
  for (const w of [window.top, window]) delete (w as Pwned | null)?.__pwned;
};

/**
 * Each word of the text inside `node` with the number of lines its boxes sit on: a word split across two lines has
 * a box on each, a word not rendered has none.
 */
export function* wordLines(node: Node): Generator<[word: string, lines: number]> {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    for (const match of text.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index!);
      range.setEnd(text, match.index! + match[0].length);
      yield [match[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
    }
  }
}

