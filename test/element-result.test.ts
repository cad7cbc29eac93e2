import { expect, html } from '@open-wc/testing';
import { LEVEL_IDS, NOTE_IDS, recommend, type NoteId } from '../src/engine/index.js';
import { LANGUAGES, fill } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { $, $$, CALM, mount, text, type TreatmentCompare } from './helpers.js';

// SPEC §4, "How each kind of result reads", on the element (the engine's side is in test/engine).

const hrefs = (el: TreatmentCompare, selector: string) => $$<HTMLAnchorElement>(el, selector).map((a) => a.getAttribute('href'));
const facility = html`<treatment-compare facility-name="Harbor Light" phone="(555) 010-2345" cta-href="/book"></treatment-compare>`;

/** One answer set per note, found by the engine itself so the test does not restate the rules. */
const NOTE_ANSWERS: Record<NoteId, Record<string, unknown>> = {
  'medical-withdrawal': { ...CALM, substances: ['alcohol'], withdrawal: 'severe' },
  pregnancy: { ...CALM, health: ['pregnant'] },
  opioids: { ...CALM, substances: ['opioids'] },
  'unsafe-home': { ...CALM, environment: 'unsafe' },
  'health-condition': { ...CALM, health: ['condition'] },
  'step-down': { ...CALM, severity: 'severe', relapse: 'repeated' },
  'day-program': { ...CALM, withdrawal: 'mild', severity: 'moderate', relapse: 'once', environment: 'mixed', 'prior-treatment': 'none', responsibilities: 'some-flexibility' },
  paying: { ...CALM, cost: 'unsure' },
};

describe('<treatment-compare> result: a crisis comes first', () => {
  it('opens with "please reach out", Call 988, Text 988 and 911 as its first actions; level information after, "when you are safe"', async () => {
    const el = await mount(facility);
    el.answers = { ...CALM, 'mental-health': 'crisis' };
    await el.updateComplete;
    const result = $(el, '[part=result]')!;
    const first = result.firstElementChild!;
    expect(first.matches('.crisis-callout')).to.equal(true);
    expect(text(el, '#quiz-heading')).to.equal(en.result.crisisHeading);
    expect(first.contains($(el, '#quiz-heading'))).to.equal(true);
    const actions = $$<HTMLAnchorElement>(el, '[part=result] a');
    expect(actions.slice(0, 3).map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
      ['tel:988', 'Call 988'],
      ['sms:988', 'Text 988'],
      ['tel:911', 'Call 911'],
    ]);
    expect(actions.slice(0, 2).every((a) => a.classList.contains('primary'))).to.equal(true);
    expect(text(el, '[part=result]')).to.include(en.result.whenSafeHeading);
    expect(text(el, '[part=result]')).to.not.include('may be a better fit');
    // The facility is there, but secondary; the crisis answer is not a reason a level "fits".
    const call = $<HTMLAnchorElement>(el, '.next a[href^="tel:5550102345"]')!;
    expect(call.classList.contains('primary')).to.equal(false);
    expect(text(el, '[part=result] .reasons')).to.not.include(en.quiz.questions['mental-health'].options.crisis);
  });

  it('for someone the visitor cares about: crisis lines help families too, and the family steps are for a crisis', async () => {
    const el = await mount(html`<treatment-compare audience="loved-one" phone="555-0100"></treatment-compare>`);
    el.answers = { ...CALM, 'mental-health': 'crisis' };
    await el.updateComplete;
    expect(text(el, '.crisis-callout')).to.include(en.result.crisisLovedOne).and.include('In danger right now? Call 911.');
    const steps = text(el, '[part=result]');
    expect(steps).to.include('Stay with them if it is safe.').and.include('Call or text 988 together.');
    expect(steps).to.not.include(en.family.steps[0]);
    expect(text(el, '.next')).to.include('When they are ready, the team here can help plan next steps.');
    expect(text(el, '.next')).to.not.include('commits');
  });
});

describe('<treatment-compare> result: more care than the levels shown', () => {
  it('an outpatient-only clinic and severe alcohol withdrawal: its own heading, referral first, phone only, gate answers as why more care', async () => {
    const el = await mount(html`<treatment-compare levels="outpatient iop" facility-name="Cedar" phone="555-010-4410" cta-href="/book"></treatment-compare>`);
    el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
    await el.updateComplete;
    expect(el.result).to.include({ level: 'iop', higherLevelNeeded: true });
    expect(text(el, '#quiz-heading')).to.equal('More care than Intensive Outpatient (IOP) may be needed');
    const result = text(el, '[part=result]');
    expect(result).to.not.include('may be a better fit');
    expect(result).to.not.include(en.result.reasonsHeading);
    const order = [...$(el, '[part=result]')!.children];
    const referral = order.findIndex((c) => c.matches('.referral-callout'));
    const reasons = order.findIndex((c) => c.matches('.reasons'));
    expect(referral).to.be.within(1, reasons);
    expect(text(el, '.referral-callout')).to.include('1-800-662-4357');
    expect($(el, 'a[href="/book"]'), 'no booking link').to.equal(null);
    expect($(el, '.next a[href^="tel:5550104410"]'), 'the phone stays').to.exist;
    expect($$(el, '[part=result] h4').map((h) => h.textContent!.trim())).to.include(en.result.reasonsHeadingHigher);
    expect(text(el, '.reasons li:first-child')).to.equal(`${en.quiz.questions.withdrawal.options.severe}, with alcohol`);
  });
});

describe('<treatment-compare> result: a needed level that is not shown is named', () => {
  it('default levels and a day-program need: the heading names partial hospitalization and says to ask about it', async () => {
    const el = await mount(facility);
    el.answers = NOTE_ANSWERS['day-program'] as never;
    await el.updateComplete;
    expect(el.result).to.include({ needed: 'php', level: 'inpatient' });
    expect(text(el, '#quiz-heading')).to.equal('Partial Hospitalization (PHP) may fit best');
    expect(text(el, '[part=result]')).to.include('so ask Harbor Light or the SAMHSA National Helpline about it');
    expect(text(el, '[part=result]'), 'what a day program is, in plain words').to.include(`${en.compare.rows.live.cells.php}; ${en.compare.rows.schedule.cells.php}`);
    expect($$(el, 'thead th.recommended'), 'inpatient is not marked "May fit best"').to.have.length(0);
  });

  it('the same answers with partial hospitalization shown: the ordinary hedged heading', async () => {
    const el = await mount(html`<treatment-compare levels="iop php inpatient"></treatment-compare>`);
    el.answers = NOTE_ANSWERS['day-program'] as never;
    await el.updateComplete;
    expect(text(el, '#quiz-heading')).to.equal('Partial Hospitalization (PHP) may be a better fit');
    expect(text(el, '[part=result] > p')).to.equal(fill(en.result.intro, { level: en.levels.php }));
  });
});

describe('<treatment-compare> result: reasons, notes and considerations', () => {
  it('trade-offs say which way they point: to less care beside a higher level, to more care beside the least intensive', async () => {
    const el = await mount();
    el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
    await el.updateComplete;
    expect(el.result!.level).to.equal('inpatient');
    expect($$(el, '[part=result] h4').map((h) => h.textContent!.trim())).to.include(en.result.pointsLess);
    el.answers = { ...CALM, severity: 'moderate', 'prior-treatment': 'none', health: ['pregnant'] };
    await el.updateComplete;
    expect(el.result!.level).to.equal('iop');
    expect($$(el, '[part=result] h4').map((h) => h.textContent!.trim())).to.include(en.result.pointsMore);
  });

  it('at most three reasons in view; the rest behind a "Show all" disclosure', async () => {
    const el = await mount();
    el.answers = { ...CALM, withdrawal: 'mild', severity: 'moderate', relapse: 'once', 'mental-health': 'managed', environment: 'mixed', 'prior-treatment': 'outpatient-not-enough' };
    await el.updateComplete;
    const total = el.result!.reasons.length;
    expect(total).to.be.greaterThan(3);
    expect($$(el, '[part=result] > ul.reasons li')).to.have.length(3);
    const details = $<HTMLDetailsElement>(el, 'details.more-reasons')!;
    expect(text(el, 'details.more-reasons summary')).to.equal(`Show all ${total} reasons`);
    expect(details.open).to.equal(false);
    expect($$(el, 'details.more-reasons li')).to.have.length(total - 3);
  });

  it('preferences are considerations, never why a level fits: "covered" and "can step away" are not reasons', async () => {
    const el = await mount();
    el.answers = { ...CALM, severity: 'severe', environment: 'mixed', responsibilities: 'can-pause', cost: 'covered' };
    await el.updateComplete;
    const reasons = $$(el, '.reasons li').map((li) => li.textContent!.trim());
    expect(reasons).to.not.include(en.quiz.questions.cost.options.covered);
    expect(reasons).to.not.include(en.quiz.questions.responsibilities.options['can-pause']);
    expect($$(el, '.considerations li').map((li) => li.textContent!.trim())).to.deep.equal([
      en.quiz.questions.responsibilities.options['can-pause'],
      en.quiz.questions.cost.options.covered,
    ]);
    expect(text(el, '[part=result]')).to.include(en.result.considerationsText);
  });

  it('when duties that must go on lower a close call, the result says so plainly', async () => {
    const el = await mount(html`<treatment-compare levels="outpatient iop php inpatient"></treatment-compare>`);
    el.answers = { ...CALM, severity: 'moderate', environment: 'mixed', 'mental-health': 'struggling', 'prior-treatment': 'none', responsibilities: 'must-continue' };
    await el.updateComplete;
    expect(el.result).to.include({ needed: 'php', level: 'iop' });
    expect(text(el, '#quiz-heading')).to.equal(fill(en.result.headingDuties, { level: en.levels.iop }));
    expect(text(el, '[part=result] > p')).to.equal(fill(en.result.dutiesLowered, { level: en.levels.iop, needed: en.levels.php, you: 'you' }));
    expect(text(el, '[part=result]')).to.include(en.result.reasonsHeadingHigher);
    expect(text(el, '[part=result]')).to.not.include(en.result.considerationsText);
  });

  for (const [language, table] of [['en', en], ['es', es]] as const) {
    it(`${language}: every situation note of SPEC §4 renders, hedged, with its facts`, async () => {
      for (const note of NOTE_IDS) {
        const el = await mount(html`<treatment-compare lang=${language} facility-name="Harbor Light"></treatment-compare>`);
        el.answers = NOTE_ANSWERS[note] as never;
        await el.updateComplete;
        expect(el.result!.notes, note).to.include(note);
        const shown = text(el, '[part=result]');
        const heading = fill(table.notes[note].heading, { you: 'you', needed: table.levels[el.result!.needed], quien: 'usted' });
        expect(shown, `${language} ${note}`).to.include(heading);
        expect(shown, `${language} ${note}: no placeholder left`).to.not.match(/\{\w+\}/);
      }
    });
  }

  it('the notes carry the facts of CONTENT-SOURCES: naloxone and medicines for opioids, the DV hotline for an unsafe home, Medicaid for paying', async () => {
    const el = await mount();
    el.answers = { ...CALM, substances: ['opioids'], environment: 'unsafe', cost: 'tight', health: ['pregnant'] };
    await el.updateComplete;
    const shown = text(el, '[part=result]');
    expect(shown).to.include('buprenorphine').and.include('methadone').and.include('naloxone').and.include('overdose');
    expect(shown).to.include('sober living').and.include('1-800-799-7233').and.include('START').and.include('88788');
    expect(hrefs(el, '.note-callout a')).to.include.members(['tel:+18007997233', 'sms:88788?&body=START']);
    expect(shown).to.include('Medicaid');
    expect(shown).to.include('give pregnant women priority');
  });

  it('severe opioid withdrawal: the opioids note is urgent and comes before the reasons; no detox-only warning', async () => {
    const el = await mount();
    el.answers = { ...CALM, substances: ['opioids'], withdrawal: 'severe' };
    await el.updateComplete;
    const urgent = $(el, '.urgent-callout')!;
    expect(urgent.textContent).to.include(en.notes.opioids.heading);
    expect(urgent.compareDocumentPosition($(el, '.reasons')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text(el, '[part=result]')).to.not.include(en.notes['medical-withdrawal'].heading.replace('{you}', 'you'));
  });

  it('a facility that replaces the help lines never shows 911 or SAMHSA in the notes', async () => {
    const lines = [
      { label: 'Emergency', action: 'Call', number: '112', href: 'tel:112' },
      { label: 'Crisis line', action: 'Call', number: '116 123', href: 'tel:116123' },
      { label: 'National Drugs Helpline', action: 'Call', number: '0300 123 6600', href: 'tel:03001236600' },
    ];
    const el = await mount();
    el.config = { strings: { en: { safety: { lines } } } };
    el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe', cost: 'tight', environment: 'mixed' };
    await el.updateComplete;
    const shown = text(el, '[part=result]');
    expect(shown).to.include('Call 112 for a seizure');
    expect(shown).to.include('The National Drugs Helpline can help');
    expect(shown).to.not.match(/911|SAMHSA|FindTreatment/);
    el.answers = { ...CALM, environment: 'unsafe' };
    await el.updateComplete;
    expect(text(el, '[part=result]'), 'no US hotline in a note once the lines are replaced').to.not.match(/799-7233|88788/);
    expect(hrefs(el, '.note-callout a')).to.deep.equal(['tel:116123']);
  });

  it('the comparison has a medications row in every language', async () => {
    for (const language of Object.keys(LANGUAGES)) {
      const el = await mount(html`<treatment-compare lang=${language} levels=${LEVEL_IDS.join(' ')}></treatment-compare>`);
      const row = $$(el, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === LANGUAGES[language].compare.rows.medications.label);
      expect(row, language).to.exist;
      // The same words for every level: said once, across all the level columns.
      const cells = row!.querySelectorAll('td');
      expect(cells).to.have.length(1);
      expect(cells[0].getAttribute('colspan')).to.equal(String(LEVEL_IDS.length));
    }
  });

  it('answers shared with the page carry needed, considerations and notes (share-answers)', async () => {
    const el = await mount(html`<treatment-compare share-answers></treatment-compare>`);
    const answers = NOTE_ANSWERS.opioids;
    el.answers = answers as never;
    await el.updateComplete;
    expect(el.result).to.deep.equal(recommend(answers));
    expect(el.result!.considerations.map((c) => c.question)).to.deep.equal(['responsibilities', 'cost']);
  });
});
