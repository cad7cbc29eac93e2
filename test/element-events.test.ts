import { expect, html } from '@open-wc/testing';
import { $, $$, CALM, clickThrough, mount, option, progress, recordEvents, text } from './helpers.js';
import { QUESTION_IDS } from '../src/engine/index.js';

describe('<treatment-compare> events, properties and privacy', () => {
  it('fires start on the first answer, step on each move, complete on the result, all bubbling and composed', async () => {
    const el = await mount();
    const events = recordEvents(document.body);
    await clickThrough(el);
    const types = events.map((e) => e.type.replace('treatment-compare-', ''));
    expect(types.filter((t) => t === 'start')).to.have.length(1);
    expect(types.indexOf('start')).to.equal(1); // step 1 (Start button), then the first answer
    expect(events.filter((e) => e.type.endsWith('step')).map((e) => e.detail)).to.deep.equal(
      QUESTION_IDS.map((_, i) => ({ step: i + 1, total: QUESTION_IDS.length })),
    );
    expect(types[types.length - 1]).to.equal('complete');
    for (const e of events) expect(e.bubbles && e.composed).to.equal(true);
  });

  it('complete carries no answers or result without share-answers', async () => {
    const el = await mount();
    const events = recordEvents(el);
    await clickThrough(el);
    const complete = events.find((e) => e.type === 'treatment-compare-complete')!;
    expect(complete.detail).to.deep.equal({});
    for (const e of events) expect(JSON.stringify(e.detail)).to.not.match(/withdrawal|cannabis|stepping-down|inpatient|iop|outpatient/);
  });

  it('complete carries answers and result with share-answers', async () => {
    const el = await mount(html`<treatment-compare share-answers></treatment-compare>`);
    const events = recordEvents(el);
    await clickThrough(el);
    const complete = events.find((e) => e.type === 'treatment-compare-complete')!;
    expect(complete.detail.answers).to.deep.equal(CALM);
    expect(complete.detail.result).to.deep.equal(el.result);
  });

  it('fires cta with kind phone or link when the visitor uses them', async () => {
    const el = await mount(html`<treatment-compare phone="555-0100" cta-href="#book"></treatment-compare>`);
    el.answers = CALM;
    await el.updateComplete;
    const events = recordEvents(el);
    const phone = $<HTMLAnchorElement>(el, '.next a[href^="tel:"]')!;
    phone.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no dialer in tests
    phone.click();
    $<HTMLAnchorElement>(el, '.next a[href="#book"]')!.click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'phone' }, { kind: 'link' }]);
  });

  it('fires nothing when properties are set or reset() is called', async () => {
    const el = await mount();
    const events = recordEvents(el);
    el.answers = { withdrawal: 'mild' };
    await el.updateComplete;
    el.answers = CALM;
    await el.updateComplete;
    el.setAttribute('levels', 'iop php inpatient');
    el.reset();
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('answers prefill: partial moves to the first unanswered question, complete shows the result', async () => {
    const el = await mount();
    el.answers = { substances: 'alcohol', withdrawal: 'none', severity: 'mild' };
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(4));
    expect(el.answers.substances, 'a single id is kept as a set of one').to.deep.equal(['alcohol']);
    expect(el.result).to.equal(null);
    el.answers = CALM;
    await el.updateComplete;
    expect($(el, '[part=result]')).to.exist;
    expect(el.result!.level).to.equal('iop');
  });

  it('answers set before the element is upgraded are kept', async () => {
    // An element made in a document without a browsing context is not upgraded until it is adopted.
    const inert = document.implementation.createHTMLDocument('').createElement('treatment-compare') as HTMLElement & { answers: unknown };
    inert.answers = { substances: ['opioids'], withdrawal: 'mild' };
    document.body.append(document.adoptNode(inert));
    const el = inert as unknown as Awaited<ReturnType<typeof mount>>;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ substances: ['opioids'], withdrawal: 'mild' });
    expect(text(el, '.progress-text')).to.equal(progress(3));
    el.remove();
  });

  it('answers returns a copy; result is read-only', async () => {
    const el = await mount();
    el.answers = CALM;
    const copy = el.answers;
    copy.withdrawal = 'severe';
    (copy.substances as string[]).push('alcohol');
    expect(el.answers.withdrawal).to.equal('none');
    expect(el.answers.substances).to.deep.equal(['cannabis']);
    expect(() => ((el as unknown as { result: null }).result = null)).to.throw();
  });

  it('reset() clears answers and returns to the start', async () => {
    const el = await mount();
    el.answers = CALM;
    await el.updateComplete;
    el.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(el.result).to.equal(null);
    expect($(el, '.intro')).to.exist;
  });

  it('Start over clears the answers and goes back to question 1', async () => {
    const el = await mount();
    el.answers = CALM;
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.end-actions button').find((b) => b.textContent!.includes('Start over'))!.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(text(el, '.progress-text')).to.equal(progress(1));
  });

  it('a crisis answer fills the assertive live region at once, before the quiz ends, saying to call or text 988', async () => {
    const el = await mount();
    el.answers = { substances: ['alcohol'], withdrawal: 'none', severity: 'mild', relapse: 'none' };
    await el.updateComplete;
    const region = $(el, '[aria-live=assertive]')!;
    expect(region.textContent!.trim()).to.equal('');
    option(el, 'crisis').click();
    await el.updateComplete;
    expect($(el, '[aria-live=assertive]')).to.equal(region); // the same region, so it is announced
    expect(region.textContent).to.include('Please reach out for help now');
    expect(region.textContent).to.match(/call or text 988/i);
    // Call 988, Text 988 and 911 sit beside the short announcement, at the top of the quiz.
    const alert = $(el, '[part=crisis-alert]')!;
    expect($$<HTMLAnchorElement>(el, '[part=crisis-alert] a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    expect(document.activeElement, 'focus stays with the radio group').to.not.equal(alert);
    expect(alert.compareDocumentPosition($(el, 'fieldset')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(el.result).to.equal(null);
  });

  it('a crisis result puts the crisis lines first, where focus lands', async () => {
    const el = await mount();
    el.answers = { ...CALM, 'mental-health': 'crisis' };
    await el.updateComplete;
    expect(el.result!.crisis).to.equal(true);
    const callout = $(el, '[part=result] > .crisis-callout')!;
    expect(callout.textContent).to.include('988');
    expect(callout.previousElementSibling, 'crisis lines come first in the result').to.equal(null);
    expect(callout.querySelector('#quiz-heading'), 'and their heading takes the focus').to.exist;
  });

  it('makes no network request, sets no cookie and writes no storage during a full quiz', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await mount(html`<treatment-compare share-answers phone="555-0100" cta-href="/x"></treatment-compare>`);
    await clickThrough(el);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });
});
