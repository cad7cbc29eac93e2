// The page snippet a facility pastes, in one place: the README's, the demo's and the configurator's are all this
// shape (test/reserve.test.ts checks the README's). The reserve style and its wrapper come with the default view
// only; a `view` attribute needs neither (the quiz or the comparison alone is far shorter).

/** Where the script will be: a placeholder, obviously not a real path, for the facility's own copy. */
export const SCRIPT_URL = 'https://YOUR-SITE.example/PATH-TO/treatment-compare.iife.js';

export const RESERVE_COMMENT = "/* Holds the widget's space while the script loads, so the page below it does not jump. */";

/** The reserve style as the build writes it (dist/treatment-compare.reserve.css), fetched from the same origin. */
export async function fetchReserveCss(base = import.meta.url) {
  const response = await fetch(new URL('../dist/treatment-compare.reserve.css', base));
  if (!response.ok) throw new Error(`dist/treatment-compare.reserve.css: ${response.status}`);
  return (await response.text()).trim();
}

const indent = (text) => text.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n');

/** The reserve as it sits in a page: a <style> with its comment. */
export const reserveStyle = (css) => `<style>\n${indent(`${RESERVE_COMMENT}\n${css.trim()}`)}\n</style>`;

/** The whole snippet around the element's markup; `reserveCss` null leaves the reserve out. */
export function pageSnippet(elementMarkup, reserveCss) {
  const script = `<script src="${SCRIPT_URL}" defer></script>`;
  if (!reserveCss) return `${script}\n\n${elementMarkup}\n`;
  return `${reserveStyle(reserveCss)}\n${script}\n\n<div class="treatment-compare-reserve">\n${indent(elementMarkup)}\n</div>\n`;
}
