import { expect, html } from '@open-wc/testing';
import { $, $$, CALM, captureWarnings, mount, text } from './helpers.js';
import type { TreatmentCompare } from './helpers.js';
import { recommend } from '../src/engine/index.js';

async function warningsFor(attribute: string, value: string) {
  let el!: TreatmentCompare;
  const warnings = await captureWarnings(async () => {
    el = await mount(html`<treatment-compare></treatment-compare>`);
    el.setAttribute(attribute, value);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete; // a second render must not warn again
  });
  return { el, warnings };
}

describe('<treatment-compare> attributes and invalid values', () => {
  const INVALID: Array<[string, string]> = [
    ['view', 'tabs'],
    ['levels', 'detox rehab'],
    ['offers', 'outpatient'], // not among the levels shown
    ['theme', 'purple'],
    ['phone', 'call us!'],
    ['cta-href', 'javascript:alert(1)'],
  ];
  for (const [attribute, value] of INVALID) {
    it(`${attribute}="${value}" gives one warning naming the element, attribute and value`, async () => {
      const { warnings } = await warningsFor(attribute, value);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.include('<treatment-compare>');
      expect(warnings[0]).to.include(attribute);
      expect(warnings[0]).to.include(value);
    });
  }

  it('an invalid view falls back to both', async () => {
    const { el } = await warningsFor('view', 'tabs');
    expect($(el, '[part=comparison]')).to.exist;
    expect($(el, '[part=quiz]')).to.exist;
  });

  it('levels keeps the known ids, in intensity order, and warns about the rest', async () => {
    const { el, warnings } = await warningsFor('levels', 'inpatient detox iop');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('detox');
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Intensive Outpatient (IOP)', 'Inpatient / Residential']);
  });

  it('levels and offers written with commas or capitals read as the ids, with no warning, and the result is the engine’s for them', async () => {
    for (const [levels, offers] of [
      ['iop,php,inpatient', 'IOP,PHP'],
      ['IOP PHP Inpatient', 'iop php'],
      ['iop/php/inpatient,', 'IOP; PHP'],
    ]) {
      const warnings = await captureWarnings(async () => {
        const el = await mount(html`<treatment-compare levels=${levels} offers=${offers}></treatment-compare>`);
        expect($$(el, 'thead th[scope=col]'), levels).to.have.length(3);
        el.answers = { ...CALM, severity: 'severe', relapse: 'repeated', 'prior-treatment': 'none' };
        await el.updateComplete;
        expect(el.result, levels).to.deep.equal(recommend(el.answers, { levels: ['iop', 'php', 'inpatient'], offers: ['iop', 'php'] }));
        expect(el.result!.offered, `${levels}: inpatient is not offered`).to.equal(false);
      });
      expect(warnings, levels).to.deep.equal([]);
    }
  });

  it('levels with no known id falls back to iop inpatient', async () => {
    const { el } = await warningsFor('levels', 'detox');
    expect($$(el, 'thead th')).to.have.length(2);
  });

  it('offers outside the levels shown falls back to all shown levels', async () => {
    const { el } = await warningsFor('offers', 'outpatient');
    expect(text(el, 'thead')).to.not.include('Not offered here');
  });

  const UNSAFE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '   javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
  ];
  for (const href of UNSAFE) {
    it(`refuses cta-href ${JSON.stringify(href)}`, async () => {
      const { el, warnings } = await warningsFor('cta-href', href);
      el.answers = CALM;
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      for (const a of $$<HTMLAnchorElement>(el, 'a')) {
        expect(a.protocol, a.href).to.be.oneOf(['http:', 'https:', 'tel:', 'mailto:', 'sms:']);
      }
    });
  }

  for (const href of ['https://example.org/book', 'http://example.org', 'mailto:intake@example.org', 'tel:+15550100', '/contact', 'contact.html', '#book']) {
    it(`accepts cta-href ${href}`, async () => {
      const { el, warnings } = await warningsFor('cta-href', href);
      el.answers = CALM;
      await el.updateComplete;
      expect(warnings).to.have.length(0);
      expect($<HTMLAnchorElement>(el, '.next a[part~=cta]')!.getAttribute('href')).to.equal(href);
    });
  }

  it('phone becomes a tel: link of its digits, shown as written', async () => {
    const el = await mount(html`<treatment-compare phone="+1 (555) 010-2345"></treatment-compare>`);
    el.answers = CALM;
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '.next a[part~=cta]')!;
    expect(link.getAttribute('href')).to.equal('tel:+15550102345');
    expect(link.textContent).to.include('+1 (555) 010-2345');
  });

  it('cta-label replaces the button text; facility-name appears in the next step', async () => {
    const el = await mount(html`<treatment-compare cta-href="/book" cta-label="Book a call" facility-name="Cedar Path"></treatment-compare>`);
    el.answers = CALM;
    await el.updateComplete;
    expect($(el, 'a[href="/book"]')!.textContent!.trim()).to.equal('Book a call');
    expect(text(el, '.next')).to.include('Cedar Path');
  });

  it('theme="dark" and theme="auto" are accepted without warnings; dark changes the colours', async () => {
    const warnings = await captureWarnings(async () => {
      const light = await mount();
      const dark = await mount(html`<treatment-compare theme="dark"></treatment-compare>`);
      await mount(html`<treatment-compare theme="auto"></treatment-compare>`);
      const bg = (el: TreatmentCompare) => getComputedStyle($(el, '.root')!).backgroundColor;
      expect(bg(dark)).to.not.equal(bg(light));
    });
    expect(warnings).to.have.length(0);
  });

  it('share-answers is a boolean attribute', async () => {
    const el = await mount(html`<treatment-compare share-answers></treatment-compare>`);
    expect(el.shareAnswers).to.equal(true);
  });

  it('lang: an inherited es-MX resolves to Spanish, marked on the content', async () => {
    const wrapper = await mount(html`<div lang="es-MX"><treatment-compare></treatment-compare></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
    await el.updateComplete;
    expect($(el, '.root')!.getAttribute('lang')).to.equal('es');
    expect(text(el, 'h2')).to.include('¿cuál podría ser más adecuado?');
  });

  it('lang: <html lang="es"> is used when no ancestor says otherwise; an element lang wins', async () => {
    document.documentElement.lang = 'es';
    try {
      const page = await mount();
      expect($(page, '.root')!.getAttribute('lang')).to.equal('es');
      const own = await mount(html`<treatment-compare lang="en-US"></treatment-compare>`);
      expect($(own, '.root')!.getAttribute('lang')).to.equal('en');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('lang: a change of the page language after the first render is followed', async () => {
    const wrapper = await mount(html`<div lang="en"><treatment-compare></treatment-compare></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
    (wrapper as unknown as HTMLElement).setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, '.root')!.getAttribute('lang')).to.equal('es');
  });

  it('lang: pt-BR on the page falls back to English without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await mount(html`<div lang="pt-BR"><treatment-compare></treatment-compare></div>` as never);
      const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
      await el.updateComplete;
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    });
    expect(warnings).to.have.length(0);
  });

  it('lang on the element with no strings for it warns once and uses English', async () => {
    const { el, warnings } = await warningsFor('lang', 'fr');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('lang');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
  });

  it('answers: unknown questions and options are ignored with a warning', async () => {
    const el = await mount();
    const warnings = await captureWarnings(() => {
      el.answers = { withdrawal: 'mild', mood: 'ok', severity: 'extreme' } as never;
    });
    expect(el.answers).to.deep.equal({ withdrawal: 'mild' });
    expect(warnings).to.have.length(2);
    expect(warnings.join()).to.include('mood').and.include('extreme');
  });

  it('a phone number written with letters is refused rather than dialled wrongly', async () => {
    const { el, warnings } = await warningsFor('phone', '1-800-NEW-LIFE');
    el.answers = CALM;
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect($(el, '.next a[href^="tel:"]')).to.equal(null);
  });

  it('an empty lang="" is skipped on the way up to the page language', async () => {
    const wrapper = await mount(html`<div lang="en-GB"><treatment-compare lang=""></treatment-compare></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('treatment-compare')!;
    const warnings = await captureWarnings(() => el.updateComplete);
    expect(warnings).to.have.length(0);
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
  });

  it('odd answers values (symbols, arrays, strings) never throw', async () => {
    const el = await mount();
    const warnings = await captureWarnings(() => {
      el.answers = { withdrawal: Symbol('x') } as never;
      el.answers = ['mild'] as never;
      el.answers = 'mild' as never;
      el.answers = Object.create(null);
    });
    expect(warnings.length).to.be.greaterThan(0);
    expect(el.answers).to.deep.equal({});
  });
});
