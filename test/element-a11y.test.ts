import { expect, html } from '@open-wc/testing';
import { QUESTION_IDS, QUESTION_OPTIONS } from '../src/engine/index.js';
import { $, $$, CALM, mount, option, type TreatmentCompare } from './helpers.js';

async function answerUpTo(el: TreatmentCompare, steps: number) {
  el.answers = Object.fromEntries(QUESTION_IDS.slice(0, steps).map((q) => [q, QUESTION_OPTIONS[q][1]]));
  await el.updateComplete;
}

for (const theme of ['light', 'dark']) {
  describe(`<treatment-compare> accessibility (axe), ${theme} theme`, () => {
    it('start', async () => {
      const el = await mount(html`<treatment-compare theme=${theme} levels="outpatient iop php inpatient" offers="iop php"></treatment-compare>`);
      await expect(el).to.be.accessible();
    });

    for (let step = 0; step < QUESTION_IDS.length; step++) {
      it(`question ${step + 1}`, async () => {
        const el = await mount(html`<treatment-compare theme=${theme}></treatment-compare>`);
        await answerUpTo(el, step);
        if (step === 0) {
          $(el, '.intro button')!.click();
          await el.updateComplete;
        }
        expect($(el, 'legend')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('question with the "choose one" error shown', async () => {
      const el = await mount(html`<treatment-compare theme=${theme}></treatment-compare>`);
      await answerUpTo(el, 2);
      $(el, 'button[type=submit]')!.click();
      await el.updateComplete;
      expect($(el, '#q-error')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('result', async () => {
      const el = await mount(html`<treatment-compare theme=${theme} phone="555-0100" cta-href="/book"></treatment-compare>`);
      el.answers = CALM;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('urgent result (severe withdrawal)', async () => {
      const el = await mount(html`<treatment-compare theme=${theme}></treatment-compare>`);
      el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
      await el.updateComplete;
      expect($(el, '.urgent-callout')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('a checkbox question with two boxes ticked, and "None of these" ticked', async () => {
      const el = await mount(html`<treatment-compare theme=${theme} audience="self"></treatment-compare>`);
      $(el, '.intro button')!.click();
      await el.updateComplete;
      option(el, 'alcohol').click();
      option(el, 'opioids').click();
      await el.updateComplete;
      expect($$(el, 'input[type=checkbox]:checked')).to.have.length(2);
      await expect(el).to.be.accessible();
      el.answers = { substances: ['alcohol'], withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none' };
      await el.updateComplete;
      option(el, 'none').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('results by situation: day program not shown, opioids with severe withdrawal, pregnancy, unsafe home, all reasons shown', async () => {
      const el = await mount(html`<treatment-compare theme=${theme} phone="555-0100"></treatment-compare>`);
      const situations = [
        { ...CALM, withdrawal: 'mild', severity: 'moderate', environment: 'mixed', 'prior-treatment': 'none' },
        { ...CALM, substances: ['opioids'], withdrawal: 'severe', severity: 'moderate' },
        { ...CALM, health: ['pregnant', 'condition'] },
        { ...CALM, environment: 'unsafe' },
      ];
      for (const answers of situations) {
        el.answers = answers as never;
        await el.updateComplete;
        expect($(el, '[part=result] .note-callout, [part=result] #quiz-heading')).to.exist;
        await expect(el).to.be.accessible();
      }
      expect($$(el, '.note-callout .lines a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18007997233', 'sms:88788?&body=START']);
      el.answers = { ...CALM, withdrawal: 'mild', severity: 'moderate', relapse: 'once', 'mental-health': 'managed', environment: 'mixed', 'prior-treatment': 'outpatient-not-enough' };
      await el.updateComplete;
      $<HTMLDetailsElement>(el, 'details.more-reasons')!.open = true;
      await expect(el).to.be.accessible();
    });

    it('crisis: live region raised during the quiz, and the crisis result', async () => {
      const el = await mount(html`<treatment-compare theme=${theme}></treatment-compare>`);
      el.answers = { substances: ['alcohol'], withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'crisis' };
      await el.updateComplete;
      expect($(el, '.crisis-alert.crisis-callout [aria-live]')).to.exist;
      await expect(el).to.be.accessible();
      el.answers = { ...CALM, 'mental-health': 'crisis' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('referral result (level not offered, higher level needed)', async () => {
      const el = await mount(html`<treatment-compare theme=${theme} levels="outpatient iop" offers="outpatient" facility-name="Cedar"></treatment-compare>`);
      el.answers = { ...CALM, environment: 'unsafe' };
      await el.updateComplete;
      expect($(el, '.referral-callout')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('comparison of all four levels at 320 px', async () => {
      const wrapper = (await mount(
        html`<div style="width:320px"><treatment-compare theme=${theme} view="compare" levels="outpatient iop php inpatient"></treatment-compare></div>` as never,
      )) as unknown as HTMLElement;
      const el = wrapper.querySelector('treatment-compare')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}

describe('<treatment-compare> accessibility in Spanish', () => {
  it('every step of the quiz, and the result, pass axe in Spanish', async () => {
    const el = await mount(html`<treatment-compare lang="es"></treatment-compare>`);
    await expect(el).to.be.accessible();
    for (let step = 0; step <= QUESTION_IDS.length; step++) {
      await answerUpTo(el, step);
      if (step === 0) {
        $(el, '.intro button')!.click();
        await el.updateComplete;
      }
      expect($(el, '.root')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    }
    expect($(el, '[part=result] #quiz-heading')!.textContent).to.match(/^Lo más adecuado podría ser: |^Podría no ser suficiente: /);
  });
});

describe('<treatment-compare> accessibility details', () => {
  it('every option and button is at least 24 by 24 px', async () => {
    const el = await mount(html`<treatment-compare phone="555-0100" cta-href="/x"></treatment-compare>`);
    await answerUpTo(el, 3);
    for (const target of $$(el, '.option, button')) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).to.be.at.least(24);
      expect(box.height, target.textContent!).to.be.at.least(24);
    }
  });

  it('uses a fieldset and legend for each question, with native radios', async () => {
    const el = await mount();
    await answerUpTo(el, QUESTION_IDS.indexOf('mental-health'));
    expect($(el, 'fieldset > legend h3')).to.exist;
    expect($$(el, 'fieldset input[type=radio]')).to.have.length(QUESTION_OPTIONS['mental-health'].length);
    await answerUpTo(el, QUESTION_IDS.indexOf('health'));
    expect($(el, 'fieldset > legend h3')).to.exist;
    expect($$(el, 'fieldset input[type=checkbox]')).to.have.length(QUESTION_OPTIONS.health.length);
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('q-hint');
  });

  it('axe sees inside the shadow root: a host colour below AA contrast is reported', async () => {
    const el = await mount(html`<treatment-compare style="--tc-color-muted: #c8c8c8"></treatment-compare>`);
    await expect(el).not.to.be.accessible();
  });

  it('sizes text in px, unaffected by a 62.5% root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await mount();
      expect(getComputedStyle($(el, '.root')!).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
