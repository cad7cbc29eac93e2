import { html, nothing } from 'lit';
import type { Reason, Recommendation } from '../engine/index.js';
import { fill, type Strings } from '../content/index.js';
import type { Phone } from '../config/attributes.js';
import { renderCrisisNotice } from './safety.js';

export interface ResultContext {
  lovedOne: boolean;
  /** The help lines are the built-in US ones, so the US directory FindTreatment.gov applies. */
  us: boolean;
  facilityName: string | null;
  phone: Phone | null;
  ctaHref: string | null;
  ctaLabel: string | null;
  onCta(kind: 'phone' | 'link'): void;
  onStartOver(): void;
}

const reasonText = (s: Strings, r: Reason) =>
  (s.quiz.questions[r.question].options as Record<string, string>)[r.answer];

const list = (heading: string, items: string[], cls = '') =>
  html`<h4>${heading}</h4>
    <ul class=${cls}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;

const FIND_TREATMENT = 'https://findtreatment.gov/';

function renderReferral(s: Strings, us: boolean) {
  // The last help line is the referral line (the SAMHSA National Helpline in the US).
  const helpline = s.safety.lines[s.safety.lines.length - 1];
  return html`<ul>
    <li><strong>${helpline.label}:</strong> <a href=${helpline.href}>${helpline.number}</a>${helpline.note ? `. ${helpline.note}` : ''}</li>
    ${us ? html`<li><a href=${FIND_TREATMENT} target="_blank" rel="noopener noreferrer">${s.result.referralFindTreatment}</a></li>` : nothing}
  </ul>`;
}

function renderNextStep(s: Strings, ctx: ResultContext) {
  const hasContact = ctx.phone || ctx.ctaHref;
  const who = ctx.facilityName ?? s.result.thisFacility.toLowerCase();
  return html`<section class="next" aria-labelledby="next-heading">
    <h4 id="next-heading">${s.result.nextHeading}</h4>
    <p>${hasContact ? fill(s.result.nextText, { facility: who }) : s.result.nextTextNoContact}</p>
    <div class="actions">
      ${ctx.phone
        ? html`<a class="button primary" part="cta button" href=${ctx.phone.href} @click=${() => ctx.onCta('phone')}
            >${fill(s.result.call, { phone: ctx.phone.text })}</a
          >`
        : nothing}
      ${ctx.ctaHref
        ? html`<a class="button ${ctx.phone ? '' : 'primary'}" part="cta button" href=${ctx.ctaHref} @click=${() => ctx.onCta('link')}
            >${ctx.ctaLabel ?? s.result.ctaLabel}</a
          >`
        : nothing}
      <button type="button" part="button" @click=${() => print()}>${s.result.print}</button>
      <button type="button" class="link" part="button" @click=${ctx.onStartOver}>${s.quiz.startOver}</button>
    </div>
  </section>`;
}

export function renderResult(s: Strings, r: Recommendation, ctx: ResultContext) {
  const level = s.levels[r.level];
  const facility = ctx.facilityName ?? s.result.thisFacility;
  const referral = !r.offered || r.higherLevelNeeded;
  return html`<div class="result" part="result">
    ${r.crisis ? renderCrisisNotice(s) : nothing}
    <h3 id=${r.crisis ? nothing : 'quiz-heading'} tabindex="-1">${fill(s.result.heading, { level })}</h3>
    <p>${fill(s.result.intro, { level })}</p>
    ${r.reasons.some((x) => x.question === 'withdrawal' && x.kind === 'gate')
      ? html`<div class="callout urgent-callout">
          <h4>${s.result.urgentHeading}</h4>
          <p>${s.result.urgentText}</p>
        </div>`
      : nothing}
    ${referral
      ? html`<div class="callout referral-callout">
          ${r.higherLevelNeeded ? html`<p>${fill(s.result.higherLevel, { level })}</p>` : nothing}
          ${!r.offered ? html`<p>${fill(s.result.notOffered, { level, facility })}</p>` : nothing}
          ${renderReferral(s, ctx.us)}
        </div>`
      : nothing}
    <h4>${s.result.reasonsHeading}</h4>
    <ul class="reasons">
      ${r.reasons.map((reason) => html`<li class=${reason.kind}>${reasonText(s, reason)}</li>`)}
    </ul>
    ${r.tradeoffs.length ? list(s.result.tradeoffsHeading, r.tradeoffs.map((t) => reasonText(s, t)), 'tradeoffs') : nothing}
    ${ctx.lovedOne ? list(s.family.heading, s.family.steps) : nothing}
    ${list(s.checklist.heading, s.checklist.items, 'checklist')}
    ${renderNextStep(s, { ...ctx, ctaHref: referral && !r.offered ? null : ctx.ctaHref })}
  </div>`;
}
