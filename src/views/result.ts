import { html, nothing, type TemplateResult } from 'lit';
import type { LevelId, NoteId, Reason, Recommendation } from '../engine/index.js';
import { LANGUAGES, fill, helpLineRoles, type NoteCopy, type Strings } from '../content/index.js';
import { bare, own } from '../config/own.js';
import type { Phone } from '../config/attributes.js';
import { renderCrisisActions, renderLines } from './safety.js';
import { listener } from '../lit-hardening.js';

export interface ResultContext {
  language: string;
  /** The least intensive level shown: above it, the reasons are what pushed the level up. */
  leastShown: LevelId;
  lovedOne: boolean;
  /** Audience words ({you}, {your}, {them} or {quien}). */
  words: Record<string, string>;
  /** The help lines are the built-in US ones, so the US directory FindTreatment.gov applies. */
  us: boolean;
  facilityName: string | null;
  phone: Phone | null;
  ctaHref: string | null;
  ctaLabel: string | null;
  onCta(kind: 'phone' | 'link'): void;
  onStartOver(): void;
}

/** Reasons in view before "Show all" (SPEC §4: at most three). */
const REASONS_IN_VIEW = 3;
/** Notes shown as urgent callouts near the top (opioids too when withdrawal is severe); the others follow. */
const URGENT_NOTES: readonly NoteId[] = ['medical-withdrawal', 'pregnancy'];
const FIND_TREATMENT = 'https://findtreatment.gov/';

type Fill = (template: string) => string;

/** Prints with every reason in view: a closed disclosure would leave the rest out of the page. */
function printAll(event: Event) {
  const root = (event.target as Element).closest('.result');
  root?.querySelectorAll('details').forEach((d) => (d.open = true));
  print();
}

const answerText = (s: Strings, r: Reason) => {
  const copy = s.quiz.questions[r.question];
  return own<string>(own(copy, 'reasons'), r.answer) ?? own<string>(copy.options, r.answer) ?? '';
};

/**
 * "A, B and C" in the widget's language. A facility may name a language anything (`config.strings`), and Intl
 * throws on a name that is not a language tag: then the browser's own locale joins the list.
 */
function listFormat(language: string): Intl.ListFormat {
  // Bare options: Intl reads `style` and `localeMatcher` too, and a polluted prototype's would make it throw.
  try {
    return new Intl.ListFormat(language, bare({ type: 'conjunction' }));
  } catch {
    return new Intl.ListFormat(undefined, bare({ type: 'conjunction' }));
  }
}

/** The clinical reasons as lines of text; the substances behind the withdrawal gate join its line. */
function reasonLines(s: Strings, reasons: Reason[], language: string): string[] {
  const substances = reasons.filter((r) => r.question === 'substances').map((r) => answerText(s, r));
  return reasons
    .filter((r) => r.kind !== 'preference' && r.question !== 'substances')
    .map((r) =>
      r.question === 'withdrawal' && r.kind === 'gate' && substances.length
        ? fill(s.result.withdrawalWith, { reason: answerText(s, r), list: listFormat(language).format(substances) })
        : answerText(s, r),
    );
}

const list = (items: string[], cls = '') => html`<ul class=${cls}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/** At most three reasons in view; the rest behind a native disclosure (keyboard and screen-reader friendly). */
function renderReasons(s: Strings, heading: string, lines: string[]) {
  if (!lines.length) return nothing;
  const rest = lines.slice(REASONS_IN_VIEW);
  return html`<h4>${heading}</h4>
    ${list(lines.slice(0, REASONS_IN_VIEW), 'reasons')}
    ${rest.length
      ? html`<details class="more-reasons">
          <summary>${fill(s.result.showAllReasons, { count: lines.length })}</summary>
          ${list(rest, 'reasons')}
        </details>`
      : nothing}`;
}

/**
 * A situation note. Its own lines (the US domestic violence hotline) show only with the built-in US help lines,
 * or when the facility wrote its own; a facility that replaced the help lines gets its crisis line instead.
 */
function renderNote(s: Strings, note: NoteCopy, t: Fill, urgent: boolean, us: boolean) {
  const given = own<NoteCopy['lines']>(note, 'lines');
  const lines = given && !us && Object.values(LANGUAGES).some((table) => table.notes['unsafe-home'].lines === given) ? [helpLineRoles(s.safety.lines).crisis] : given;
  return html`<div class="callout note-callout ${urgent ? 'urgent-callout' : ''}">
    <h4>${t(note.heading)}</h4>
    <p>${t(note.text)}</p>
    ${lines ? renderLines(lines) : nothing}
  </div>`;
}

function renderReferral(s: Strings, us: boolean, intro: string) {
  // The last help line is the referral line (the SAMHSA National Helpline in the US).
  const { helpline } = helpLineRoles(s.safety.lines);
  return html`<div class="callout referral-callout">
    <p>${intro}</p>
    <ul>
      <li><strong>${helpline.label}:</strong> <a href=${helpline.href} dir="ltr">${helpline.number}</a>${own(helpline, 'note') ? `. ${own(helpline, 'note')}` : ''}</li>
      ${us ? html`<li><a href=${FIND_TREATMENT} target="_blank" rel="noopener noreferrer">${s.result.referralFindTreatment}</a></li>` : nothing}
    </ul>
  </div>`;
}

/** Responsibilities and cost, as planning facts (when "duties must go on" changed the level, the opening says so). */
function renderConsiderations(s: Strings, r: Recommendation, lowered: boolean) {
  if (!r.considerations.length) return nothing;
  return html`<h4>${s.result.considerationsHeading}</h4>
    ${list(r.considerations.map((x) => answerText(s, x)), 'considerations')}
    ${lowered ? nothing : html`<p>${s.result.considerationsText}</p>`}`;
}

/**
 * The facility's next step. Otherwise it comes right after the heading, so a visitor on a phone sees how to act
 * without scrolling past every reason; in a crisis it comes after the crisis lines, secondary, with no sales line.
 */
function renderNextStep(s: Strings, ctx: ResultContext, t: Fill, crisis: boolean, bookingLink: boolean) {
  const hasContact = ctx.phone || ctx.ctaHref;
  const primary = crisis ? '' : 'primary';
  const text = !hasContact ? (crisis ? '' : s.result.nextTextNoContact) : t(crisis ? s.result.nextTextCrisis : s.result.nextText);
  const link = ctx.ctaHref && bookingLink;
  // In a crisis with no contact of the facility's, the crisis lines above are the next step.
  if (!text && !ctx.phone && !link) return nothing;
  return html`<section class="next" aria-labelledby="next-heading">
    <h4 id="next-heading">${s.result.nextHeading}</h4>
    ${text ? html`<p>${text}</p>` : nothing}
    ${ctx.phone || link ? html`<div class="actions">
      ${ctx.phone
        ? html`<a class="button ${primary}" part="cta button" href=${ctx.phone.href} @click=${listener(() => ctx.onCta('phone'))}
            >${fill(s.result.call, { phone: ctx.phone.text })}</a
          >`
        : nothing}
      ${link
        ? html`<a class="button ${ctx.phone ? '' : primary}" part="cta button" href=${ctx.ctaHref} @click=${listener(() => ctx.onCta('link'))}
            >${ctx.ctaLabel ?? t(s.result.ctaLabel)}</a
          >`
        : nothing}
    </div>` : nothing}
  </section>`;
}

/** At the end, after what a visitor may want on paper: print it, or start again. */
function renderEndActions(s: Strings, ctx: ResultContext) {
  return html`<div class="actions end-actions">
    <button type="button" part="button" @click=${listener(printAll)}>${s.result.print}</button>
    <button type="button" class="link" part="button" @click=${listener(ctx.onStartOver)}>${s.quiz.startOver}</button>
  </div>`;
}

/**
 * The result, read by situation (SPEC §4, "How each kind of result reads"): a crisis opens with the crisis
 * lines; more care than shown says so, referral first; a needed level that is not shown is named; otherwise the
 * level that may fit, in hedged words.
 */
export function renderResult(s: Strings, r: Recommendation, ctx: ResultContext) {
  const rows = s.compare.rows;
  const words = {
    ...ctx.words,
    ...helpLineRoles(s.safety.lines).words,
    level: s.levels[r.level],
    needed: s.levels[r.needed],
    // What the needed level is, for a visitor who has not seen it compared: where you live, and the hours.
    about: `${rows.live.cells[r.needed]}; ${rows.schedule.cells[r.needed]}`,
    facility: ctx.facilityName ?? s.result.thisFacility,
    team: ctx.facilityName ?? s.result.teamHere,
  };
  const t: Fill = (template) => fill(template, words);
  const higher = r.higherLevelNeeded;
  const lowered = r.reasons.some((x) => x.kind === 'preference');
  const namesNeeded = !higher && !lowered && r.notes.includes('day-program');
  const gates = r.reasons.filter((x) => x.kind === 'gate' && x.question !== 'mental-health');
  // In a crisis, and when more care than shown is needed, the safety answers (if any) say why; the crisis answer
  // itself has its own opening.
  const reasons = reasonLines(s, r.crisis || (higher && gates.length) ? gates : r.reasons, ctx.language);
  // Above the least intensive level shown, the reasons pushed up and the trade-offs point to less care.
  const towardMore = r.reasons.some((x) => x.kind === 'gate') || r.level !== ctx.leastShown;
  const urgent = (n: NoteId) => URGENT_NOTES.includes(n) || (n === 'opioids' && r.urgent);
  const otherNotes = r.notes.filter((n) => !urgent(n) && n !== 'day-program');

  let opening: TemplateResult;
  if (r.crisis) {
    opening = html`<div class="callout crisis-callout" part="crisis">
        <h3 id="quiz-heading" tabindex="-1">${s.result.crisisHeading}</h3>
        <p>${t(s.result.crisisText)}${ctx.lovedOne ? ` ${s.result.crisisLovedOne}` : ''}</p>
        ${renderCrisisActions(s)} ${renderLines(s.safety.lines)}
      </div>
      <h3>${s.result.whenSafeHeading}</h3>
      <p>${t(s.result.whenSafeText)}</p>`;
  } else if (higher) {
    opening = html`<h3 id="quiz-heading" tabindex="-1">${t(s.result.headingHigher)}</h3>`;
  } else if (lowered) {
    opening = html`<h3 id="quiz-heading" tabindex="-1">${t(s.result.headingDuties)}</h3>
      <p>${t(s.result.dutiesLowered)}</p>`;
  } else if (namesNeeded) {
    // The needed level is not shown, but a shown level is at or above it (or below it): the result names it.
    opening = html`<h3 id="quiz-heading" tabindex="-1">${t(s.notes['day-program'].heading)}</h3>
      <p>${t(s.notes['day-program'].text)}</p>`;
  } else {
    opening = html`<h3 id="quiz-heading" tabindex="-1">${t(s.result.heading)}</h3>
      <p>${t(s.result.intro)}</p>`;
  }

  const next = renderNextStep(s, ctx, t, r.crisis, r.offered && !higher);
  return html`<div class="result ${r.crisis ? 'crisis-result' : ''}" part="result">
    ${opening}
    ${higher ? renderReferral(s, ctx.us, t(s.result.introHigher)) : !r.offered ? renderReferral(s, ctx.us, t(s.result.notOffered)) : nothing}
    ${r.crisis ? nothing : next}
    ${r.notes.filter(urgent).map((n) => renderNote(s, s.notes[n], t, true, ctx.us))}
    ${renderReasons(s, r.crisis || higher || lowered ? s.result.reasonsHeadingHigher : s.result.reasonsHeading, reasons)}
    ${r.crisis ? next : nothing}
    ${r.tradeoffs.length && !r.crisis
      ? html`<h4>${towardMore ? s.result.pointsLess : s.result.pointsMore}</h4>${list(reasonLines(s, r.tradeoffs, ctx.language), 'tradeoffs')}`
      : nothing}
    ${otherNotes.map((n) => renderNote(s, s.notes[n], t, false, ctx.us))}
    ${r.crisis ? nothing : renderConsiderations(s, r, lowered)}
    ${ctx.lovedOne ? html`<h4>${s.family.heading}</h4>${list((r.crisis ? s.family.crisisSteps : s.family.steps).map(t))}` : nothing}
    <h4>${s.checklist.heading}</h4>
    ${list(s.checklist.items, 'checklist')}
    ${renderEndActions(s, ctx)}
  </div>`;
}
