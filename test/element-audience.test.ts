import { expect, html } from '@open-wc/testing';
import { $, $$, CALM, captureWarnings, mount, recordEvents, text } from './helpers.js';
import type { Answers } from '../src/engine/index.js';

// The questions before withdrawal and before the home question, answered, so those two questions show.
const BEFORE_WITHDRAWAL: Answers = { substances: ['alcohol'] };
const BEFORE_HOME: Answers = { ...BEFORE_WITHDRAWAL, withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none', health: ['none'] };

describe('<treatment-compare> audience: for myself or for someone I care about', () => {
  it('asks who it is for when the page does not say', async () => {
    const el = await mount();
    expect(text(el, '.intro')).to.include('Who are you looking for help for?');
    expect($$(el, '.intro button').map((b) => b.textContent!.trim())).to.deep.equal(['For myself', 'For someone I care about']);
  });

  it('"For someone I care about" asks every question in the third person', async () => {
    const el = await mount();
    const events = recordEvents(el);
    $$(el, '.intro button')[1].click();
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['treatment-compare-step']);
    expect(text(el, 'legend')).to.equal('Which substances are involved?');
    el.answers = BEFORE_WITHDRAWAL;
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal('When they stop or cut back, do they get withdrawal symptoms?');
    expect(text(el, '#q-hint')).to.include('Heavy daily use that never stopped counts too.');
    el.answers = { ...BEFORE_WITHDRAWAL, withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none' };
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal('Do any of these apply to them?');
    el.answers = BEFORE_HOME;
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal('How is life at home and with the people around them?');
  });

  it('"For myself" asks in the second person', async () => {
    const el = await mount();
    $$(el, '.intro button')[0].click();
    await el.updateComplete;
    el.answers = BEFORE_WITHDRAWAL;
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal('When you stop or cut back, do you get withdrawal symptoms?');
    el.answers = { ...BEFORE_WITHDRAWAL, withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none' };
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal('Do any of these apply to you?');
  });

  it('audience="loved-one" fixes it: one Start button, third-person questions, family next steps in the result', async () => {
    const el = await mount(html`<treatment-compare audience="loved-one"></treatment-compare>`);
    expect($$(el, '.intro button')).to.have.length(1);
    expect(text(el, '.intro')).to.include('about their situation');
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '[part=result]')).to.include('What you can do as a family member').and.include('Offer to make the first call together');
  });

  it('audience="self" has no family section; an invalid audience warns once and asks instead', async () => {
    const self = await mount(html`<treatment-compare audience="self"></treatment-compare>`);
    self.answers = CALM;
    await self.updateComplete;
    expect(text(self, '[part=result]')).to.not.include('family member');
    const warnings = await captureWarnings(async () => {
      const bad = await mount(html`<treatment-compare audience="partner"></treatment-compare>`);
      expect($$(bad, '.intro button')).to.have.length(2);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('audience').and.include('partner');
  });

  it('in Spanish, the questions read naturally for either audience', async () => {
    const el = await mount(html`<treatment-compare lang="es" audience="loved-one"></treatment-compare>`);
    expect(text(el, '.intro button')).to.equal('Comenzar');
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '[part=result]')).to.include('Lo que puede hacer como familiar');
  });

  it('reset() forgets the chosen audience; Start over keeps it', async () => {
    const el = await mount();
    $$(el, '.intro button')[1].click();
    await el.updateComplete;
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '[part=result]')).to.include('family member');
    $$(el, '.end-actions button').find((b) => b.textContent!.includes('Start over'))!.click();
    await el.updateComplete;
    el.answers = BEFORE_WITHDRAWAL; // the first question reads the same for both audiences
    await el.updateComplete;
    expect(text(el, 'legend')).to.include('they');
    el.reset();
    await el.updateComplete;
    expect($$(el, '.intro button')).to.have.length(2);
  });
});

describe('<treatment-compare> take it with you', () => {
  it('the result has a "Print or save as PDF" button and a checklist of questions to ask any program', async () => {
    const el = await mount();
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '.checklist')).to.include('licensed and accredited').and.include('medicines').and.include('opioid or alcohol use').and.include('mental-health').and.include('families').and.include('cost');
    const printed: number[] = [];
    const original = window.print;
    window.print = () => printed.push(1);
    try {
      $$(el, '.end-actions button').find((b) => b.textContent!.includes('Print or save as PDF'))!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.have.length(1);
  });

  it('the checklist is configurable like any copy', async () => {
    const el = await mount();
    el.config = { strings: { en: { checklist: { items: ['Do you take my insurance?', 'Is there an evening group?'] } } } };
    el.answers = CALM;
    await el.updateComplete;
    expect($$(el, '.checklist li').map((li) => li.textContent!.trim())).to.deep.equal(['Do you take my insurance?', 'Is there an evening group?']);
  });

  it('in print, buttons are hidden and the comparison, result and checklist stay', async () => {
    const el = await mount(html`<treatment-compare phone="555-0100"></treatment-compare>`);
    el.answers = CALM;
    await el.updateComplete;
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).find((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule;
    expect(sheet, 'a print stylesheet').to.exist;
    const printRules = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    expect(printRules).to.match(/button[^{]*\{[^}]*display: none/);
    expect($(el, '[part=comparison]')).to.exist;
    expect($(el, '.checklist')).to.exist;
  });
});
