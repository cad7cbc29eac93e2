import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LEVEL_IDS, recommend } from './engine/index.js';
import type { Answers, LevelId, QuestionId, Recommendation } from './engine/index.js';
import { LANGUAGES, fill, resolveLanguage, type CompareRow, type RowId, type Strings } from './content/index.js';
import { FACT_IDS, localText, resolveConfig, type FacilityConfig, type OwnRow, type ResolvedConfig } from './config/config.js';
import { asText, checkTheme, parseAudience, parseLevels, parsePhone, parseShownLevels, parseView, safeHref, textOrNull } from './config/attributes.js';
import type { Audience, Phone, View } from './config/attributes.js';
import { styles } from './treatment-compare.styles.js';
import { bare } from './config/own.js';
import { renderComparison, type ComparisonModel } from './views/compare.js';
import { renderIntro, renderStep, type QuizHandlers } from './views/quiz.js';
import { renderResult } from './views/result.js';
import { drawSafety, renderCrisisAlert, renderHelpNow, renderSafety } from './views/safety.js';
import { choose, cleanAnswers, copyAnswers, firstUnanswered, isAnswered, resumeAt, type Stage } from './quiz/state.js';

export const TAG_NAME = 'treatment-compare';

/** Warnings per element; beyond this, one line says the rest are not reported. */
const MAX_WARNINGS = 20;

/** Masking hints of common session-replay and autocapture tools (see connectedCallback). */
const MASKING: ReadonlyArray<readonly [string, string]> = [
  ['data-hj-suppress', ''],
  ['data-clarity-mask', 'True'],
  ['data-private', ''],
  ['data-sl', 'mask'],
  ['data-heap-redact-text', ''],
];

/**
 * The level to mark "May fit best" in the comparison: the recommended one, unless the answers point to a level
 * that is not shown (more care than shown, or a day program between the levels shown), where a mark would
 * contradict the result. When duties lowered a close call, the level that may work for now is marked.
 */
const mayFitShown = (r: Recommendation) =>
  !r.higherLevelNeeded && (r.level === r.needed || r.reasons.some((x) => x.kind === 'preference')) ? r.level : null;



export interface TreatmentCompareEventMap {
  'treatment-compare-start': CustomEvent<Record<string, never>>;
  'treatment-compare-step': CustomEvent<{ step: number; total: number }>;
  'treatment-compare-complete': CustomEvent<{ answers?: Answers; result?: Recommendation }>;
  'treatment-compare-cta': CustomEvent<{ kind: 'phone' | 'link' }>;
}

/**
 * Compares levels of addiction treatment care and walks a visitor through a short quiz to the level
 * that may fit, with reasons, trade-offs, next steps and crisis lines.
 *
 * @fires treatment-compare-start - The visitor gave a first answer.
 * @fires treatment-compare-step - The visitor moved to another question. `detail: { step, total }`.
 * @fires treatment-compare-complete - The result was shown. `detail` has `answers` and `result` only with `share-answers`.
 * @fires treatment-compare-cta - The visitor used the phone or booking link. `detail: { kind }`.
 *
 * @cssprop [--tc-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text; `0` (no font) takes the page's font.
 * @cssprop [--tc-font-size=16px] - Base text size, in px.
 * @cssprop [--tc-color-primary=#0b6170] - Buttons, links and highlights (dark theme: #7fd0dc).
 * @cssprop [--tc-color-on-primary=#fff] - Text on primary buttons (dark theme: #062b31).
 * @cssprop [--tc-color-text=#1b2a32] - Body text (dark theme: #e7eef1).
 * @cssprop [--tc-color-muted=#4a5b64] - Secondary text (dark theme: #b3c3ca).
 * @cssprop [--tc-color-background=#fff] - Widget background (dark theme: #10191e).
 * @cssprop [--tc-color-surface=#f2f6f7] - Quiz card and table header background (dark theme: #1a262d).
 * @cssprop [--tc-color-border=#768a94] - Borders and table lines (dark theme: #6f848e).
 * @cssprop [--tc-color-focus=#1a56c9] - Focus outline (dark theme: #ffd166).
 * @cssprop [--tc-color-urgent=#a3262a] - Urgent and crisis notes (dark theme: #ff9e96).
 * @cssprop [--tc-radius=10px] - Corner radius.
 * @cssprop [--tc-padding=20px] - Space inside the widget's edge (14px in a narrow container); 0 lines its text up with the page.
 * @cssprop [--tc-max-width=1040px] - Largest width of the widget.
 *
 * @csspart comparison - The comparison section.
 * @csspart quiz - The quiz section (intro, steps and result).
 * @csspart question - The form of one question.
 * @csspart option - Each answer (a label around a radio, or a checkbox in a "choose all that apply" question).
 * @csspart progress - "Question N of M".
 * @csspart result - The result.
 * @csspart cta - The call and booking links.
 * @csspart button - Every button, and the call and booking links.
 * @csspart crisis - The help lines box, and the crisis notice that opens a crisis result.
 * @csspart crisis-alert - The notice raised during the quiz when a visitor says they are in crisis.
 * @csspart disclaimer - The disclaimer.
 */
export class TreatmentCompare extends LitElement {
  static override styles = styles;
  // Bare (see bare()): attachShadow reads optional fields of its options, which a polluted prototype would answer.
  static override shadowRootOptions = bare({ mode: 'open' }) as ShadowRootInit;

  // Declared without decorators: the helpers decorators compile to cost bundle bytes for nothing.
  static override properties = {
    view: {},
    levels: {},
    offers: {},
    requestedLang: { attribute: 'lang' },
    facilityName: { attribute: 'facility-name' },
    phone: {},
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    // Reflected for the stylesheet: only text is written back, so a Symbol or an object cannot make it throw.
    theme: { reflect: true, converter: { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) } },
    shareAnswers: { type: Boolean, attribute: 'share-answers' },
    audience: {},
    _chosenAudience: { state: true },
    configAttribute: { attribute: 'config' },
    config: { attribute: false },
    _stage: { state: true },
    _step: { state: true },
    _currentAnswers: { state: true },
    _showError: { state: true },
    _allRows: { state: true },
  };

  /** `compare`, `quiz` or `both`. */
  declare view?: string | null;
  /** Space-separated levels shown, e.g. `iop inpatient`. */
  declare levels?: string | null;
  /** Space-separated levels this facility provides (default: all shown). */
  declare offers?: string | null;
  /** Language tag (the `lang` attribute); inherited from the page when absent. */
  declare requestedLang?: string | null;
  /** Facility name for the call to action and referral copy. */
  declare facilityName?: string | null;
  /** Admissions phone number, rendered as a `tel:` link. */
  declare phone?: string | null;
  /** Booking or contact page (https, http, mailto, tel or relative). */
  declare ctaHref?: string | null;
  /** Text of the call-to-action link. */
  declare ctaLabel?: string | null;
  /** `light`, `dark` or `auto`; read by the stylesheet from the attribute. */
  declare theme?: string | null;
  /** When set, the complete event carries the answers and the result. */
  declare shareAnswers?: boolean;
  /** `self` or `loved-one`: who the visitor is looking for help for. When absent, the quiz asks first. */
  declare audience?: string | null;
  /** The `config` attribute: facility configuration as a JSON string. */
  declare configAttribute?: string | null;
  /**
   * Facility configuration (an object, or a JSON string). Wins over the `config` attribute, which wins
   * over a child `<script type="application/json">`.
   */
  declare config?: FacilityConfig | string | null;

  private _stage: Stage = 'intro';
  private _step = 0;
  private _currentAnswers: Answers = cleanAnswers(null, () => {});
  private _showError = false;
  private _allRows = false;
  private _chosenAudience: Audience | null = null;

  private _warned = new Set<string>();
  private _focusAfterRender = false;
  private _startFired = false;
  private _reportedFailure = false;
  private _alertShown = false;

  // Parsed, validated settings (re-derived in willUpdate when attributes change).
  private _viewMode: View = 'both';
  private _shownLevels: LevelId[] = [];
  private _offeredLevels: LevelId[] = [];
  private _phoneLink: Phone | null = null;
  private _ctaLink: string | null = null;
  private _fixedAudience: Audience | null = null;
  private _facilityName: string | null = null;
  private _ctaLabel: string | null = null;
  private _lang: string | null | undefined = null;
  /** Set when the settings could not be read: render then shows the help lines and the disclaimer only. */
  private _broken: unknown = null;
  /** What went wrong in this update, if anything: update() then shows the help lines and the disclaimer only. */
  private _failure: unknown = null;
  private _failSafeShown = false;
  private _stylesFor?: Document;
  private _configKey: unknown = {};
  private _resolved: ResolvedConfig = resolveConfig(undefined, () => {});

  constructor() {
    super();
    bare(this.renderOptions);
    // A page may set .answers before the element is defined; run that value through the setter. Whatever it is (a
    // getter that throws, a property that cannot be deleted), the element still starts.
    if (Object.prototype.hasOwnProperty.call(this, 'answers')) {
      let early: unknown;
      try {
        early = this.answers;
      } catch {
        this._warnConfig('answers set before the element was defined could not be read; ignored');
      }
      try {
        delete (this as { answers?: Answers }).answers;
        this.answers = early as Answers;
      } catch {
        // A property the page made undeletable: the widget works without it (it never reads answers through it).
      }
    }
  }

  // Re-renders when the child JSON script arrives or changes (it may be parsed after the element upgrades,
  // or edited by a CMS preview), and when the page's language changes on an ancestor or <html>.
  private _childWatch = new MutationObserver(() => this.requestUpdate());

  override connectedCallback() {
    try {
      super.connectedCallback();
    } catch (error) {
      // No root to draw into (the page attached a closed one first): the page's own content stays; said, not thrown.
      console.error(`<${TAG_NAME}> could not start here.`, error);
      return;
    }
    this.requestUpdate(); // moved under another lang, or its config script changed while it was detached
    this._childWatch.observe(this, bare({ childList: true, subtree: true, characterData: true }));
    try {
      this._childWatch.observe(this.ownerDocument.documentElement, bare<MutationObserverInit>({ attributeFilter: ['lang'], subtree: true }));
      this._followDocument();
      // Session-replay and autocapture tools record what is on screen: these are the masking hints of the common
      // ones (Hotjar, Microsoft Clarity, LogRocket, Smartlook, Heap, FullStory, PostHog), set unless the page set them.
      for (const [name, value] of MASKING) if (!this.hasAttribute(name)) this.setAttribute(name, value);
      this.classList.add('fs-mask', 'ph-no-capture');
    } catch (error) {
      // Extras only: the widget renders without them (and says why once).
      console.error(`<${TAG_NAME}> could not watch the page's language or mark itself for session-replay tools.`, error);
    }
  }

  /**
   * Lit adopts the stylesheets made by the document that loaded the script. First connected in another document (an
   * iframe's), that throws (NotAllowedError) once the shadow root exists, and the widget would stay blank: the root
   * is kept, and _followDocument gives it a sheet of its own document.
   */
  protected override createRenderRoot() {
    try {
      return super.createRenderRoot();
    } catch (error) {
      if (!this.shadowRoot) throw error; // no root of ours (a closed one was already there): nothing to draw into
      return this.shadowRoot;
    }
  }

  /**
   * Styles follow the element into another document (an iframe's): a constructed stylesheet belongs to the document
   * that made it, so a shadow root in another document than the script's gets one made by its own document.
   */
  private _followDocument() {
    const root = this.renderRoot as ShadowRoot | undefined;
    const doc = this.ownerDocument;
    if (!root || this._stylesFor === doc) return;
    if (this._stylesFor || doc !== document) {
      try {
        const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
        sheet.replaceSync(styles.cssText);
        root.adoptedStyleSheets = [sheet];
      } catch {
        // A document without constructable stylesheets keeps what it has; the content still renders.
      }
    }
    this._stylesFor = doc;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._childWatch.disconnect();
  }

  /**
   * The visitor's answers so far (a copy): an option id per question, an array of them for `substances` and
   * `health`. Set it to prefill or restore; unknown ids are ignored with a warning.
   */
  get answers(): Answers {
    return copyAnswers(this._currentAnswers);
  }
  set answers(value: Answers | null | undefined) {
    try {
      this._readConfig(); // the questions asked decide where the quiz resumes, so read a config set just before
      const answers = cleanAnswers(value, (entry) => this._warn('answers', entry, 'unknown question or option; ignored'));
      ({ stage: this._stage, step: this._step } = resumeAt(this._resolved.questions, answers));
      this._currentAnswers = answers;
      this._showError = false;
    } catch {
      // Never thrown at the page (a setter runs in its code): the answers stay as they were.
      this._warnConfig('answers could not be read; ignored');
    }
  }

  /** The recommendation for the current answers, or null until every question is answered. */
  get result(): Recommendation | null {
    this._parseSettings();
    return this._recommend();
  }

  /** The recommendation from the settings as last parsed (render uses it once, right after willUpdate). */
  private _recommend() {
    return recommend(this._currentAnswers, { levels: this._shownLevels, offers: this._offeredLevels, hide: this._resolved.hidden });
  }

  /** Clears the answers and returns to the start. Fires no event. */
  reset(): void {
    this.answers = {};
    this._startFired = false;
    this._chosenAudience = null;
  }

  private _words(s: Strings) {
    return this._audience() === 'loved-one' ? s.pronouns.lovedOne : s.pronouns.self;
  }

  /** The audience in effect: the attribute if valid, else the visitor's choice, else self. */
  private _audience(): Audience {
    return this._fixedAudience ?? this._chosenAudience ?? 'self';
  }

  private _warn = (attribute: string, value: string, instead: string) =>
    this._warnConfig(`${attribute}=${JSON.stringify(value.slice(0, 80))} is not valid: ${instead}`);

  private _firstUnanswered(): number {
    return firstUnanswered(this._resolved.questions, this._currentAnswers);
  }

  private _warnConfig = (message: string) => {
    if (this._warned.has(message) || this._warned.size > MAX_WARNINGS) return;
    this._warned.add(message);
    // 20,000 bad entries must not mean 20,000 warnings (or seconds of a blocked page): say so once and stop.
    if (this._warned.size > MAX_WARNINGS) message = `more than ${MAX_WARNINGS} problems; the rest are not reported`;
    console.warn(`<${TAG_NAME}> ${message.slice(0, 300)}.`); // a path may name any key, even a huge one
  };

  /** Reads the configuration (property, then attribute, then child JSON script), once per change of source. */
  private _readConfig() {
    // Anywhere inside: a CMS may wrap the script in a paragraph (WordPress's Classic editor does).
    const script = this.querySelector('script[type="application/json"]');
    const [source, where] =
      this.config != null ? [this.config, 'config property'] : this.configAttribute != null ? [this.configAttribute, 'config attribute'] : [script?.textContent, 'config in <script type="application/json">'];
    if (source === this._configKey) return;
    this._configKey = source;
    this._findStrayConfig();
    let parsed: unknown = source;
    if (typeof source === 'string') {
      try {
        parsed = source.trim() ? JSON.parse(source) : undefined;
      } catch (error) {
        // A page may replace JSON.parse with one that throws anything, even null: describe it without trusting it.
        let why = 'parse error';
        try {
          why = String((error as Error | null)?.message ?? error);
        } catch {
          // keep "parse error"
        }
        this._warnConfig(`${where} is not valid JSON (${why}); using the defaults`);
        parsed = undefined;
      }
    }
    this._resolved = resolveConfig(parsed, this._warnConfig);
    // Answers to questions the facility no longer asks stay, but the engine ignores them.
    const first = this._firstUnanswered();
    if (this._stage === 'result' && first !== -1) [this._stage, this._step] = ['quiz', first];
    if (this._step >= this._resolved.questions.length) this._step = 0;
  }

  /**
   * Text inside the element that looks like a configuration but is not in a <script type="application/json">
   * (a CMS that strips scripts leaves the JSON as text, with curly quotes) is never read: say so, once.
   * Fallback HTML inside the element (help lines, a phone) is expected and not reported.
   */
  private _findStrayConfig() {
    let text = '';
    const walker = this.ownerDocument.createTreeWalker(this, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script')) text += node.textContent;
    }
    if (/[{,]\s*["“”]?(strings|rows|questions|facts|levels|safety|quiz)["“”]?\s*:/.test(text)) {
      this._warnConfig('has text inside it that looks like a configuration; it is not read: put it in a <script type="application/json"> (a CMS may have removed that tag)');
    }
  }

  private _parseSettings() {
    this._readConfig();
    // Any value may arrive through a property (React sets properties): each is read as text first.
    const text = (attribute: string, value: unknown) => asText(attribute, value, this._warn);
    this._viewMode = parseView(text('view', this.view), this._warn);
    this._shownLevels = parseShownLevels(text('levels', this.levels), this._warn);
    this._offeredLevels = parseLevels('offers', text('offers', this.offers), this._shownLevels, this._shownLevels, this._warn);
    this._phoneLink = parsePhone(text('phone', this.phone), this._warn);
    this._ctaLink = safeHref(text('cta-href', this.ctaHref), 'cta-href', this._warn);
    this._fixedAudience = parseAudience(text('audience', this.audience), this._warn);
    checkTheme(text('theme', this.theme), this._warn);
    this._facilityName = textOrNull(text('facility-name', this.facilityName));
    this._ctaLabel = textOrNull(text('cta-label', this.ctaLabel));
    this._lang = text('lang', this.requestedLang);
  }

  private _strings(): { language: string; s: Strings } {
    const own = this._lang;
    // An empty lang="" means unknown, so the search goes on past it.
    const tag = own?.trim() || this.closest('[lang]:not([lang=""])')?.getAttribute('lang') || this.ownerDocument.documentElement.lang;
    const language = resolveLanguage(tag, this._resolved.languages);
    const asked = own?.trim().toLowerCase().replace('_', '-');
    if (asked && language !== asked && language !== asked.split('-')[0]) {
      this._warn('lang', own!, `no strings for it; using "${language}"`);
    }
    return { language, s: this._resolved.stringsFor(language) };
  }

  protected override willUpdate(_changed: PropertyValues) {
    try {
      this._parseSettings();
      this._broken = null;
    } catch (error) {
      this._broken = error;
    }
  }

  private _emit<K extends keyof TreatmentCompareEventMap>(type: K, detail: TreatmentCompareEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, bare({ detail, bubbles: true, composed: true })));
  }

  private _goTo(stage: Stage, step = 0) {
    this._stage = stage;
    this._step = step;
    this._showError = false;
    this._focusAfterRender = true;
    if (stage === 'quiz') this._emit('treatment-compare-step', { step: step + 1, total: this._resolved.questions.length });
  }

  private _quizHandlers: QuizHandlers = {
    start: (audience) => {
      if (this._stage !== 'intro') return; // a second activation in the same task
      if (audience) this._chosenAudience = audience;
      this._goTo('quiz', 0);
    },
    select: (question: QuestionId, option: string, checked: boolean) => {
      this._currentAnswers = choose(this._currentAnswers, question, option, checked);
      this._showError = false;
      if (!this._startFired) {
        this._startFired = true;
        this._emit('treatment-compare-start', {});
      }
    },
    next: (event: Event, step: number) => {
      event.preventDefault();
      // A second activation of a Next button that is no longer the current one (two clicks in one task) does nothing.
      if (this._stage !== 'quiz' || step !== this._step + 1) return;
      const questions = this._resolved.questions;
      if (!isAnswered(this._currentAnswers, questions[this._step])) {
        this._showError = true;
        this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.options input')?.focus());
        return;
      }
      if (this._step < questions.length - 1) this._goTo('quiz', this._step + 1);
      else this._finish();
    },
    // Guarded like next: two activations of one Back button in one task go back one step.
    back: (step: number) => this._stage === 'quiz' && step === this._step + 1 && (step > 1 ? this._goTo('quiz', step - 2) : this._goTo('intro')),
    startOver: () => {
      // A second activation in the same task finds the quiz already at its start.
      if (this._stage === 'quiz' && !this._step && !Object.keys(this._currentAnswers).length) return;
      this._currentAnswers = cleanAnswers(null, () => {});
      this._startFired = false;
      this._goTo('quiz', 0); // keeps the chosen audience: the same visitor is starting over
    },
  };

  private _finish() {
    this._goTo('result');
    // From the widget's own state, not this.answers or this.result: a page may have put its own on the element.
    this._parseSettings();
    const result = this._recommend();
    const detail = this.shareAnswers && result ? { answers: copyAnswers(this._currentAnswers), result } : {};
    this._emit('treatment-compare-complete', detail);
  }

  protected override updated() {
    const root = this.renderRoot;
    // The crisis notice raised during the quiz comes into view when it appears, without taking the focus.
    const alert = root.querySelector<HTMLElement>('.crisis-alert.crisis-callout');
    if (alert && !this._alertShown) alert.scrollIntoView(bare({ block: 'nearest' }));
    this._alertShown = !!alert;
    if (!this._focusAfterRender) return;
    this._focusAfterRender = false;
    // A new step: its progress line and question both in view (the line sits above the heading), then the focus.
    const heading = root.querySelector<HTMLElement>('#quiz-heading');
    (root.querySelector<HTMLElement>('.progress-text') ?? heading)?.scrollIntoView(bare({ block: 'nearest' }));
    heading?.focus(bare({ preventScroll: true }));
  }

  private _renderQuiz(s: Strings, language: string, result: Recommendation | null) {
    const total = this._resolved.questions.length;
    let body;
    if (result) {
      body = renderResult(s, result, {
        language,
        leastShown: this._shownLevels[0],
        words: this._words(s),
        lovedOne: this._audience() === 'loved-one',
        us: Object.values(LANGUAGES).some((t) => t.safety.lines === s.safety.lines),
        facilityName: this._facilityName,
        phone: this._phoneLink,
        ctaHref: this._ctaLink,
        ctaLabel: this._ctaLabel,
        onCta: (kind) => this._emit('treatment-compare-cta', { kind }),
        onStartOver: this._quizHandlers.startOver,
      });
    } else if (this._stage === 'quiz') {
      const question = this._resolved.questions[this._step];
      body = renderStep(
        s,
        this._words(s),
        { question, step: this._step + 1, total, selected: this._currentAnswers[question], showError: this._showError },
        this._quizHandlers,
      );
    } else {
      body = renderIntro(s, this._words(s), total, !!this.shareAnswers, !this._fixedAudience, this._quizHandlers);
    }
    // The live region stays in place across steps; on the result page the result carries the crisis lines.
    const alert = this._currentAnswers['mental-health'] === 'crisis' && this._stage !== 'result';
    return html`<section class="quiz" part="quiz" aria-labelledby="quiz-heading">${renderCrisisAlert(s, alert)}${body}</section>`;
  }

  private _comparison(s: Strings, language: string, recommended: LevelId | null): ComparisonModel {
    const { rows, facts } = this._resolved;
    const rowText = (row: string | OwnRow): CompareRow => {
      if (typeof row === 'string') return s.compare.rows[row as RowId];
      const cells: CompareRow['cells'] = Object.create(null);
      for (const level of LEVEL_IDS) cells[level] = localText(row[level], language);
      return { label: localText(row.label, language)!, cells };
    };
    const offered = this._offeredLevels.filter((l) => this._shownLevels.includes(l) && facts?.[l]);
    const factRows = FACT_IDS.map((fact) => {
      const cells: CompareRow['cells'] = Object.create(null);
      for (const level of offered) {
        const value = facts![level]![fact];
        if (typeof value === 'boolean') cells[level] = value ? s.facts.yes : s.facts.no;
        else if (value !== undefined) cells[level] = localText(value, language);
      }
      return { label: s.facts[fact], cells };
    }).filter((r) => Object.keys(r.cells).length);
    return {
      levels: this._shownLevels,
      offers: this._offeredLevels,
      allRows: this._allRows,
      toggleRows: () => (this._allRows = !this._allRows),
      recommended,
      rows: rows.map(rowText),
      facts: factRows.length
        ? { heading: fill(s.facts.heading, { facility: this._facilityName ?? s.result.thisFacility.toLowerCase() }), rows: factRows }
        : null,
    };
  }

  protected override update(changed: PropertyValues) {
    this._failure = null;
    if (this._failSafeShown) {
      // Drawn by _failSafe, not Lit: cleared before Lit draws afresh (and shown again below if it cannot).
      this.renderRoot.replaceChildren();
      this._failSafeShown = false;
    }
    try {
      super.update(changed);
    } catch (error) {
      // Lit draws the template after render() returns it: a failure there (a page that breaks what Lit reads)
      // would leave a half-drawn widget.
      this._failure = error;
    }
    if (this._failure) this._failSafe(this._failure);
  }

  override render() {
    // A failure here is kept for update(), which shows the help lines in place of the widget. Not thrown: Lit must
    // finish its update, or it would never start another.
    try {
      if (this._broken) throw this._broken;
      return this._render();
    } catch (error) {
      this._failure = error;
      return nothing;
    }
  }

  /**
   * What a visitor sees if anything fails (a hostile page, a broken built-in), in render() or while Lit draws what
   * it returned: the help lines and the disclaimer in the built-in words of the page's language, never a blank box
   * or a half-drawn one. Made with the DOM alone, so it shows even when Lit cannot draw. Reported once.
   */
  private _failSafe(error: unknown) {
    if (!this._reportedFailure) {
      this._reportedFailure = true;
      console.error(`<${TAG_NAME}> could not render; showing the help lines only.`, error);
    }
    const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
    const s = LANGUAGES[resolveLanguage(this.ownerDocument?.documentElement?.lang)] ?? LANGUAGES.en;
    root.replaceChildren(drawSafety(this.ownerDocument, s));
    this._failSafeShown = true;
    // Lit's record of what it drew there is gone with it: the next update that works draws afresh.
    delete root._$litPart$;
  }

  private _render() {
    const { language, s } = this._strings();
    const showQuiz = this._viewMode !== 'compare';
    const result = this._stage === 'result' ? this._recommend() : null;
    const total = this._resolved.questions.length;
    const progress = this._stage === 'quiz' ? fill(s.quiz.progress, { step: this._step + 1, total }) : '';
    return html`<div class="root" lang=${language}>
      <h2>${this._shownLevels.join() === 'iop,inpatient' ? s.title : s.titleMany}</h2>
      ${renderHelpNow(s)}
      ${this._viewMode !== 'quiz' ? renderComparison(s, this._comparison(s, language, result && mayFitShown(result))) : nothing}
      ${showQuiz ? this._renderQuiz(s, language, result) : nothing}
      ${showQuiz ? html`<p class="visually-hidden" role="status">${progress}</p>` : nothing}
      ${renderSafety(s)}
    </div>`;
  }
}

// Lit reads optional fields of each property's declaration (noAccessor, reflect, converter, …): bare ones, so a
// polluted prototype cannot stop an attribute being read or make every property reflect.
for (const declaration of Object.values(TreatmentCompare.properties) as Array<{ converter?: object }>) {
  bare(declaration);
  if (declaration.converter) bare(declaration.converter);
}

declare global {
  interface HTMLElementTagNameMap {
    'treatment-compare': TreatmentCompare;
  }
  interface GlobalEventHandlersEventMap extends TreatmentCompareEventMap {}
}
