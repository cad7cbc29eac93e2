// What the bench compares. Each contender says which files a page loads (paths on the loopback server, whose
// root is the repository), the markup of one instance, how to tell an instance has rendered, the space a
// site would reserve for it while its script loads, and how to answer one question in it.
// isRendered and the interaction checks are serialised into the page, so they must be self-contained functions.
import { readFileSync } from 'node:fs';

const SURVEY = '/bench/node_modules/survey-core';
const TYPEFORM = '/bench/node_modules/@typeform/embed/build';

// The peers' reserve: a fixed 640 px, the usual way to hold an embed's space (Typeform's own snippet gives its
// container a fixed height). The widget has its own reserve instead: the generated rules of
// dist/treatment-compare.reserve.css (src/reserve.ts), the height of its first render for the width it has.
export const RESERVE_PX = 640;

// The widget's reserve style as shipped (written by `npm run build`, or `node scripts/reserve-css.mjs`).
export const WIDGET_RESERVE_CSS = new URL('../dist/treatment-compare.reserve.css', import.meta.url);

// The answers of a question: radios, or checkboxes for a "choose all that apply" one (the quiz may start
// with one).
const CHOICE = 'input[type=radio], input[type=checkbox]';

// A timed click must have done its job, or its time is of nothing: after the answer, an answer is checked;
// after Next the following question shows, none of its answers checked yet. (root: the instance's shadow
// root, or the instance itself without one.) Serialised into the page: the selectors are written out.
const CHOICE_CHECKS = {
  answered: (root) => !!root.querySelector('input[type=radio]:checked, input[type=checkbox]:checked'),
  advanced: (root) =>
    !!root.querySelector('input[type=radio], input[type=checkbox]') && !root.querySelector('input[type=radio]:checked, input[type=checkbox]:checked'),
};

export const CONTENDERS = [
  {
    id: 'control',
    label: 'Control (no widget)',
    role: 'control',
    scripts: [],
    css: [],
    host: () => '',
    hostSelector: '.never-present',
    isRendered: () => true,
  },
  {
    id: 'widget',
    label: '<treatment-compare> IIFE',
    role: 'widget',
    scripts: ['/bench/out/treatment-compare.iife.js'], // dist/treatment-compare.iife.js, copied at the start
    css: [],
    // Defaults: the comparison table and the quiz's intro. Inside the README's wrapper, whose width the reserve's
    // container queries read (without the reserve style it is a plain div).
    host: () => '<div class="treatment-compare-reserve"><treatment-compare></treatment-compare></div>',
    hostSelector: 'treatment-compare',
    isRendered: (el) => !!el.shadowRoot?.querySelector('.root .intro button'),
    // The README's reserve, generated per widget width and language; read when the pages are written, so a
    // run uses the file as built at its start.
    get reserveCss() {
      return readFileSync(WIDGET_RESERVE_CSS, 'utf8');
    },
    interact: {
      setup: ['.intro button'], // "Start": the first question appears
      answer: CHOICE,
      next: 'button[type=submit]',
      ...CHOICE_CHECKS,
    },
  },
  {
    id: 'lit',
    label: 'Bare Lit element (floor)',
    role: 'floor',
    scripts: ['/bench/out/bare-lit.iife.js'],
    css: [],
    host: () => '<bare-lit></bare-lit>',
    hostSelector: 'bare-lit',
    isRendered: (el) => !!el.shadowRoot?.querySelector('button'),
    reserveCss: null, // a floor, not an embed: no snippet to follow
    // its one control: a button that toggles state and re-renders
    interact: { setup: [], answer: 'button', answered: (root) => root.querySelector('button').getAttribute('aria-pressed') === 'true' },
  },
  {
    id: 'vanilla',
    label: 'Bare custom element (no library)',
    role: 'floor',
    scripts: ['/bench/out/bare-vanilla.js'],
    css: [],
    host: () => '<bare-vanilla></bare-vanilla>',
    hostSelector: 'bare-vanilla',
    isRendered: (el) => !!el.shadowRoot?.querySelector('button'),
    reserveCss: null,
    interact: { setup: [], answer: 'button', answered: (root) => root.querySelector('button').getAttribute('aria-pressed') === 'true' },
  },
  {
    id: 'surveyjs',
    label: 'SurveyJS (survey-core + survey-js-ui)',
    role: 'peer',
    scripts: [`${SURVEY}/survey.core.min.js`, '/bench/node_modules/survey-js-ui/survey-js-ui.min.js', '/bench/out/surveyjs-quiz.js'],
    css: [`${SURVEY}/survey-core.min.css`], // the default theme
    host: () => '<div class="sv-host"></div>',
    hostSelector: '.sv-host',
    isRendered: (el) => !!el.querySelector('input[type=radio], input[type=checkbox]'),
    reserveCss: `.sv-host:empty { min-height: ${RESERVE_PX}px; }`,
    interact: { setup: [], answer: CHOICE, next: '.sd-navigation__next-btn', ...CHOICE_CHECKS },
  },
  {
    id: 'typeform',
    label: 'Typeform embed loader (@typeform/embed)',
    role: 'peer',
    scripts: [`${TYPEFORM}/embed.js`],
    css: [`${TYPEFORM}/css/widget.css`],
    // The form itself would load from Typeform's servers into an iframe; the bench blocks that, so this is
    // the loader's own cost only.
    host: () => '<div class="tf-host" data-tf-widget="bench0000" data-tf-medium="snippet"></div>',
    hostSelector: '.tf-host',
    isRendered: (el) => !!el.querySelector('iframe'),
    // Typeform's own snippet gives the container a fixed height; that is its way of reserving space.
    reserveCss: `.tf-host { height: ${RESERVE_PX}px; }`,
    interact: null, // no form without the network
  },
];
