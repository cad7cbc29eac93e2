import { expect, html } from '@open-wc/testing';
import { $, $$, CALM, clickThrough, mount, option, progress, text } from './helpers.js';
import { ROW_IDS } from '../src/content/index.js';
import { en } from '../src/content/en.js';

const HELP_LINES = ['911', '988', '1-800-662-4357'];

function expectSafety(el: Parameters<typeof text>[0]) {
  const crisis = text(el, '[part~=crisis]');
  for (const line of HELP_LINES) expect(crisis).to.include(line);
  expect(text(el, '[part=disclaimer]')).to.match(/not a diagnosis/);
}

describe('<treatment-compare> views', () => {
  it('by default shows the comparison of IOP and inpatient, the quiz start, crisis lines and disclaimer', async () => {
    const el = await mount();
    const headers = $$(el, 'thead th').map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Intensive Outpatient (IOP)', 'Inpatient / Residential']);
    expect($$(el, 'tbody tr')).to.have.length(ROW_IDS.length);
    expect($(el, '[part=quiz] .intro button')).to.exist;
    expectSafety(el);
  });

  it('view="compare" shows only the comparison (with crisis lines and disclaimer)', async () => {
    const el = await mount(html`<treatment-compare view="compare"></treatment-compare>`);
    expect($(el, '[part=comparison]')).to.exist;
    expect($(el, '[part=quiz]')).to.equal(null);
    expectSafety(el);
  });

  it('view="quiz" shows only the quiz (with crisis lines and disclaimer)', async () => {
    const el = await mount(html`<treatment-compare view="quiz"></treatment-compare>`);
    expect($(el, '[part=comparison]')).to.equal(null);
    expect($(el, '[part=quiz]')).to.exist;
    expectSafety(el);
  });

  it('levels="outpatient iop php inpatient" compares all four levels, each row filled in', async () => {
    const el = await mount(html`<treatment-compare levels="inpatient php iop outpatient"></treatment-compare>`);
    expect($$(el, 'thead th')).to.have.length(4);
    expect($$(el, 'thead th')[0].textContent).to.include('Standard Outpatient');
    for (const cell of $$(el, 'tbody td')) expect(cell.textContent!.trim()).to.not.equal('');
  });

  it('marks levels the facility does not offer', async () => {
    const el = await mount(html`<treatment-compare levels="iop php inpatient" offers="iop php"></treatment-compare>`);
    const headers = $$(el, 'thead th');
    expect(headers[2].textContent).to.include('Not offered here');
    expect(headers[0].textContent).to.not.include('Not offered here');
  });

  it('says nothing leaves the page, unless the page asked for the answers', async () => {
    const own = await mount();
    expect(text(own, '.intro')).to.include(en.quiz.privacy);
    const shared = await mount(html`<treatment-compare share-answers></treatment-compare>`);
    expect(text(shared, '.intro')).to.include('When you finish, your answers are shared with this website.');
    expect(text(shared, '.intro')).to.not.include('saved');
  });

  it('shows one question at a time with "Question N of M", Back and Start over', async () => {
    const el = await mount();
    $(el, '.intro button')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(1));
    expect($$(el, 'fieldset')).to.have.length(1);
    expect($$(el, 'input[type=checkbox]')).to.have.length(7);
    option(el, 'alcohol').click();
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(2));
    expect($$(el, 'input[type=radio]')).to.have.length(3);
    expect(text(el, '.actions')).to.include('Back');
    expect(text(el, '.actions')).to.include('Start over');
  });

  it('asks for an answer instead of moving on when none is chosen', async () => {
    const el = await mount();
    $(el, '.intro button')!.click();
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(1));
    expect($(el, '#q-error')).to.exist;
    expect(text(el, '#q-error')).to.equal(en.quiz.chooseAtLeastOne);
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.include('q-error');
  });

  it('Back returns to the previous question with its answer kept', async () => {
    const el = await mount();
    el.answers = { substances: ['opioids'], withdrawal: 'mild' };
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(3));
    $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.trim() === 'Back')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(2));
    expect($$<HTMLInputElement>(el, 'input[type=radio]').find((r) => r.checked)!.value).to.equal('mild');
    $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.trim() === 'Back')!.click();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[type=checkbox]').filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['opioids']);
  });

  it('shows the result with the level, reasons, trade-offs, next step and Start over', async () => {
    const el = await mount(html`<treatment-compare phone="(555) 010-2345" cta-href="/book" facility-name="Harbor Light"></treatment-compare>`);
    await clickThrough(el, { ...CALM, severity: 'moderate', 'prior-treatment': 'none' });
    const result = text(el, '[part=result]');
    expect(el.result).to.include({ needed: 'iop', level: 'iop' });
    expect(text(el, '#quiz-heading')).to.equal('Intensive Outpatient (IOP) may be a better fit');
    expect($$(el, '.reasons li').length).to.be.greaterThan(0);
    expect(result).to.include('Harbor Light');
    const call = $<HTMLAnchorElement>(el, 'a[href^="tel:5550102345"]');
    expect(call, 'phone as a tel: link').to.exist;
    expect($<HTMLAnchorElement>(el, 'a[href="/book"]')!.textContent!.trim()).to.equal('Contact admissions');
    expect(result).to.include('Start over');
    expectSafety(el);
  });

  it('highlights the recommended level in the comparison', async () => {
    const el = await mount();
    el.answers = { ...CALM, environment: 'unsafe' };
    await el.updateComplete;
    const marked = $$(el, 'thead th.recommended');
    expect(marked).to.have.length(1);
    expect(marked[0].textContent).to.include('Inpatient / Residential').and.include('May fit best');
  });

  it('severe withdrawal gives an urgent result that says not to stop alone', async () => {
    const el = await mount();
    el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
    await el.updateComplete;
    expect(el.result!.urgent).to.equal(true);
    expect(text(el, '.urgent-callout')).to.match(/get medical help to stop safely.*dangerous.*feeling very sick.*911/i);
    expect(text(el, '.reasons li:first-child')).to.include('withdrawal').and.include('alcohol');
  });

  it('when the facility does not offer the level, it says so and points to referral help instead of booking', async () => {
    const el = await mount(
      html`<treatment-compare offers="iop" facility-name="Riverbend" phone="555-010-4410" cta-href="/book"></treatment-compare>`,
    );
    el.answers = { ...CALM, environment: 'unsafe' };
    await el.updateComplete;
    const referral = text(el, '.referral-callout');
    expect(referral).to.include('Riverbend does not offer Inpatient / Residential');
    expect(referral).to.include('1-800-662-4357');
    expect($(el, 'a[href="https://findtreatment.gov/"]')).to.exist;
    expect($(el, 'a[href="/book"]'), 'no booking link for a level not offered').to.equal(null);
    expect($(el, '[part~=cta][href^="tel:"]'), 'the facility phone stays for help finding care').to.exist;
  });

  it('when a higher level than any shown may be needed, it says so', async () => {
    const el = await mount(html`<treatment-compare levels="outpatient iop"></treatment-compare>`);
    el.answers = { ...CALM, substances: ['sedatives'], withdrawal: 'severe' };
    await el.updateComplete;
    expect(el.result!.higherLevelNeeded).to.equal(true);
    expect(text(el, '#quiz-heading')).to.equal('More care than Intensive Outpatient (IOP) may be needed');
    expect(text(el, '.referral-callout')).to.include('The answers point to Inpatient / Residential');
  });

  it('calm answers where standard outpatient is not shown: the result names it and says to ask about it', async () => {
    const el = await mount();
    el.answers = CALM;
    await el.updateComplete;
    expect(el.result).to.include({ needed: 'outpatient', level: 'iop' });
    expect(text(el, '#quiz-heading')).to.equal('Standard Outpatient may fit best');
    expect(text(el, '[part=result]')).to.include(`${en.compare.rows.schedule.cells.outpatient}. It is not compared here`);
    expect($$(el, 'thead th.recommended'), 'no "May fit best" mark on a level the result does not name').to.have.length(0);
  });

  it('with no phone or link, the next step still points somewhere', async () => {
    const el = await mount();
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '.next')).to.include(en.result.nextTextNoContact);
  });

  it('renders text attributes as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount(html`<treatment-compare facility-name=${payload} cta-label=${payload} cta-href="/x" phone="555-0100"></treatment-compare>`);
    el.answers = CALM;
    await el.updateComplete;
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'script')).to.equal(null);
    expect(text(el, '[part=result]')).to.include('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes the available width inside a flex row instead of collapsing', async () => {
    const wrapper = await mount(html`<div style="display:flex;width:900px"><treatment-compare></treatment-compare></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(900);
  });

  it('stays within 320 px without horizontal scrolling', async () => {
    const wrapper = await mount(html`<div style="width:320px"><treatment-compare levels="outpatient iop php inpatient"></treatment-compare></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
    await el.updateComplete;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});
