import { expect, html } from '@open-wc/testing';
import { resolveConfig } from '../src/config/config.js';
import { asText, safeHref } from '../src/config/attributes.js';
import { own } from '../src/config/own.js';
import { en } from '../src/content/en.js';
import { LANGUAGES, helpLineRoles } from '../src/content/index.js';
import { drawSafety, renderHelpNow, renderSafety } from '../src/views/safety.js';
import { render } from 'lit';
import { recommend } from '../src/engine/index.js';
import { cleanAnswers } from '../src/quiz/state.js';
import { $, $$, CALM, captureWarnings, clickThrough, mount, text, type TreatmentCompare } from './helpers.js';

// Issue 9 at the source level: the hostile-page suite (test/reliability/hostile.test.ts) runs the same against
// the built bundles in whole pages.

/** Runs `check` with `values` on Object.prototype, then removes them whatever happens. */
async function polluted(values: Record<string, unknown>, check: () => Promise<void> | void) {
  const proto = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) Object.defineProperty(proto, key, { value, configurable: true, writable: true });
  try {
    await check();
  } finally {
    for (const key of Object.keys(values)) delete proto[key];
  }
}

const SCAM = [{ label: 'If you need help now', action: 'Call', number: '1-900-555-0199', href: 'tel:19005550199', sms: 'sms:19005550199' }];

describe('hardening: only own properties count', () => {
  // One name at a time (several at once also break the test harness's own page), each a value the widget reads.
  const POLLUTION: Record<string, unknown> = {
    strings: { en: { safety: { lines: SCAM, disclaimer: 'This is a clinical assessment.' } } },
    withdrawal: 'severe',
    'mental-health': 'crisis',
    substances: ['alcohol'],
    sms: 'sms:19005550199',
    lines: SCAM,
    hint: 'Polluted hint',
    reasons: { none: 'Polluted reason' },
    'prior-treatment': 'stepping-down',
  };
  for (const [name, value] of Object.entries(POLLUTION)) {
    it(`Object.prototype.${name} changes nothing: help lines, disclaimer, answers and result stay`, async () => {
      // Only the widget runs while the prototype is polluted; what it showed is checked afterwards.
      const seen: Record<string, unknown> = {};
      const el = document.createElement('treatment-compare') as TreatmentCompare;
      el.setAttribute('audience', 'self');
      const answers = { ...CALM, 'prior-treatment': 'none', substances: ['opioids'] } as const;
      await polluted({ [name]: value }, async () => {
        seen.lines = resolveConfig(undefined, () => {}).stringsFor('en').safety.lines;
        document.body.append(el);
        await el.updateComplete;
        seen.crisis = text(el, '[part=crisis]');
        seen.disclaimer = text(el, '[part=disclaimer]');
        seen.alert = $(el, '.crisis-alert.crisis-callout');
        $(el, '.intro button')!.click();
        await el.updateComplete;
        seen.checked = $$(el, '.options input:checked').length;
        seen.form = text(el, 'form');
        el.answers = answers;
        await el.updateComplete;
        seen.result = el.result;
        seen.hrefs = $$(el, '[part=result] a').map((a) => a.getAttribute('href'));
        seen.text = text(el, '[part=result]');
      });
      el.remove();
      expect(seen.lines).to.equal(en.safety.lines);
      expect(seen.crisis).to.not.include('1-900');
      expect(seen.disclaimer).to.equal(en.safety.disclaimer);
      expect(seen.alert, 'no crisis alert at the intro').to.equal(null);
      expect(seen.checked, 'nothing pre-answered').to.equal(0);
      expect(seen.form).to.not.include('Polluted');
      expect(seen.result).to.deep.equal(recommend(answers));
      expect(seen.hrefs).to.not.include('sms:19005550199');
      expect(seen.text).to.not.include('Polluted');
    });
  }

  it('own() never reads an inherited value, a getter on a prototype or a __proto__ key', () => {
    const base = { inherited: 1 };
    Object.defineProperty(base, 'getter', { get: () => 'boom' });
    const child = Object.create(base);
    child.mine = 2;
    expect([own(child, 'mine'), own(child, 'inherited'), own(child, 'getter'), own(JSON.parse('{"__proto__": {"x": 1}}'), '__proto__')]).to.deep.equal([2, undefined, undefined, undefined]);
  });

  it('a config whose getter throws never blanks the widget: defaults, one warning', async () => {
    const config = {};
    Object.defineProperty(config, 'strings', { enumerable: true, get: () => { throw new Error('hostile'); } });
    const warnings = await captureWarnings(async () => {
      const el = await mount();
      el.config = config as never;
      await el.updateComplete;
      expect(text(el, '[part=crisis]')).to.include('988');
    });
    expect(warnings.filter((w) => w.includes('could not be read'))).to.have.length(1);
  });
});

describe('hardening: any value, never a throw', () => {
  it('asText reads lists, numbers and URLs as text, and refuses the rest with one warning', () => {
    const seen: string[] = [];
    const warn = (attribute: string, value: string, instead: string) => seen.push(`${attribute} ${value} ${instead}`);
    expect(asText('levels', ['iop', 'php'], warn)).to.equal('iop php');
    expect(asText('phone', 5550102345, warn)).to.equal('5550102345');
    expect(asText('cta-href', new URL('https://example.org/x'), warn)).to.equal('https://example.org/x');
    expect(asText('facility-name', {}, warn)).to.equal(null);
    expect(asText('facility-name', { toString: () => { throw new Error('x'); } }, warn)).to.equal(null);
    expect(asText('view', 'quiz', warn)).to.equal('quiz');
    expect(seen).to.have.length(2);
  });

  it('properties set by a framework with non-text values render, with one warning each', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount();
      Object.assign(el, { levels: ['iop', 'php', 'inpatient'], phone: 5550102345, ctaHref: new URL('https://example.org/book'), facilityName: Symbol('x'), theme: 7, view: null });
      el.answers = CALM;
      await el.updateComplete;
      expect($$(el, 'thead th')).to.have.length(3);
      expect($(el, '.next a[href="tel:5550102345"]')).to.exist;
      expect($(el, '.next a[href="https://example.org/book"]')).to.exist;
    });
    // Read as text and valid: no warning. Refused (a Symbol) or read as text and invalid (theme 7): one warning.
    for (const name of ['levels', 'phone', 'cta-href']) expect(warnings.filter((w) => w.includes(`${name}=`)), name).to.have.length(0);
    for (const name of ['facility-name', 'theme']) expect(warnings.filter((w) => w.includes(`${name}=`)), name).to.have.length(1);
  });

  it('cleanAnswers never throws: a value that cannot be read is refused whole, an item that cannot be text is described by its type', () => {
    const fail = () => {
      throw new Error('trap');
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwingGetter = Object.defineProperty({ ...CALM }, 'withdrawal', { get: fail, enumerable: true });
    const cases: Array<[string, unknown, string[], number]> = [
      ['a throwing getter', throwingGetter, ['object'], 0],
      ['a revoked Proxy', revoked.proxy, ['object'], 0],
      ['a Proxy whose traps throw', new Proxy({ ...CALM }, { ownKeys: fail }), ['object'], 0],
      ['a Symbol item', { ...CALM, substances: [Symbol('x')] }, ['substances: symbol'], Object.keys(CALM).length - 1],
      ['an item whose toString throws', { ...CALM, substances: ['alcohol', { toString: fail }] }, ['substances: alcohol object'], Object.keys(CALM).length - 1],
      ['a revoked Proxy as an answer (reading it throws)', { ...CALM, health: revoked.proxy }, ['object'], 0],
    ];
    for (const [name, value, reports, kept] of cases) {
      const seen: string[] = [];
      const answers = cleanAnswers(value, (entry) => seen.push(entry));
      expect(seen, name).to.deep.equal(reports);
      expect(Object.keys(answers).length, name).to.equal(kept);
    }
  });

  it('setting answers never throws, before or after the element is defined, and the element still starts', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const warnings = await captureWarnings(async () => {
      const el = await mount();
      expect(() => (el.answers = revoked.proxy as never)).to.not.throw();
      expect(() => (el.answers = { ...CALM, substances: [Symbol('x')] } as never)).to.not.throw();
      await el.updateComplete;
      expect(text(el)).to.include(en.safety.disclaimer);
      // Set on an element before its definition exists (a subclass under a name of its own stands in for the bundle
      // loading late): a getter that throws and cannot be deleted.
      const name = `tc-late-${Math.random().toString(36).slice(2)}`;
      const before = document.createElement(name) as TreatmentCompare;
      Object.defineProperty(before, 'answers', { get: () => { throw new Error('getter'); }, configurable: false, enumerable: true });
      document.body.append(before);
      customElements.define(name, class extends (customElements.get('treatment-compare') as typeof TreatmentCompare) {});
      expect(before).to.be.instanceOf(customElements.get(name)!);
      await before.updateComplete;
      expect(text(before)).to.include(en.safety.disclaimer);
      before.remove();
    });
    expect(warnings.filter((w) => w.includes('answers')), warnings.join('\n')).to.have.length(3);
  });

  it('a list of 2^32 - 1 empty places as an answer is refused at once, never walked', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount();
      el.answers = { ...CALM, substances: new Array(2 ** 32 - 1) } as never;
      await el.updateComplete;
      expect(Object.keys(el.answers)).to.not.include('substances');
    });
    expect(warnings.filter((w) => w.includes('answers'))).to.have.length(1);
  });

  it('an answers getter the page left on the element before it was defined never breaks the end of the quiz; share-answers still shares the real ones', async () => {
    const name = `tc-getter-${Math.random().toString(36).slice(2)}`;
    const el = document.createElement(name) as TreatmentCompare;
    el.setAttribute('share-answers', '');
    Object.defineProperty(el, 'answers', { get: () => { throw new Error('getter'); }, set: () => {}, configurable: false, enumerable: true });
    document.body.append(el);
    const warnings = await captureWarnings(async () => {
      customElements.define(name, class extends (customElements.get('treatment-compare') as typeof TreatmentCompare) {});
      await el.updateComplete;
    });
    expect(warnings.some((w) => w.includes('answers'))).to.equal(true);
    const details: unknown[] = [];
    el.addEventListener('treatment-compare-complete', (e) => details.push((e as CustomEvent).detail));
    try {
      await clickThrough(el);
      expect(details, 'one complete event').to.have.length(1);
      expect(details[0]).to.deep.equal({ answers: CALM, result: recommend(CALM) });
    } finally {
      el.remove();
    }
  });

  it('two activations of Start over in one task start over once (one step event)', async () => {
    const el = await mount();
    await clickThrough(el);
    const steps: number[] = [];
    el.addEventListener('treatment-compare-step', (e) => steps.push((e as CustomEvent).detail.step));
    const again = $$<HTMLButtonElement>(el, '[part=result] button').find((b) => b.textContent!.trim() === en.quiz.startOver)!;
    again.click();
    again.click();
    await el.updateComplete;
    expect(steps).to.deep.equal([1]);
  });

  it('a render that fails shows the help lines and the disclaimer, reported once', async () => {
    const el = await mount();
    const original = Intl.ListFormat;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    (Intl as { ListFormat: unknown }).ListFormat = function broken() {
      throw new Error('broken built-in');
    };
    try {
      el.answers = { ...CALM, substances: ['alcohol'], withdrawal: 'severe' };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, '[part=crisis]')).to.include('911').and.include('988').and.include('1-800-662-4357');
      expect(text(el, '[part=disclaimer]')).to.equal(en.safety.disclaimer);
      expect(errors).to.have.length(1);
    } finally {
      (Intl as { ListFormat: unknown }).ListFormat = original;
      console.error = consoleError;
    }
  });
});

describe('hardening: smaller findings', () => {
  it('cta-href: links that look relative but open another site are refused with a warning', () => {
    for (const href of ['//evil.example', '\\\\evil.example', '/\\evil.example', ' //evil.example']) {
      const seen: string[] = [];
      expect(safeHref(href, 'cta-href', (...args) => seen.push(args.join(' '))), href).to.equal(null);
      expect(seen, href).to.have.length(1);
    }
    expect(safeHref('/contact', 'cta-href', () => {})).to.equal('/contact');
  });

  it('a help line that shows one number and dials another is refused; bidi overrides are dropped', () => {
    const seen: string[] = [];
    const lines = [
      { label: 'Emergency', action: 'Call', number: '911', href: 'tel:19005550199' },
      { label: '\u202eCrisis', action: 'Call', number: '988', href: 'tel:988' },
    ];
    const resolved = resolveConfig({ strings: { en: { safety: { lines } } } }, (m) => seen.push(m));
    expect(resolved.stringsFor('en').safety.lines.map((l) => [l.label, l.href])).to.deep.equal([['Crisis', 'tel:988']]);
    expect(seen.some((m) => m.includes('safety.lines[0]'))).to.equal(true);
  });

  it('at most 20 warnings per element, then one saying the rest are not reported', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount();
      el.config = { rows: Array.from({ length: 500 }, (_, i) => `row-${i}`) };
      await el.updateComplete;
    });
    expect(warnings.length).to.be.at.most(21);
    expect(warnings[warnings.length - 1]).to.include('the rest are not reported');
  });

  it('a second activation of a Next that is no longer current skips nothing; forms are method=dialog', async () => {
    const el = await mount(html`<treatment-compare audience="self"></treatment-compare>`);
    el.answers = { substances: ['alcohol'], withdrawal: 'none' };
    await el.updateComplete;
    const next = $<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect($(el, 'form')!.getAttribute('method')).to.equal('dialog');
    $$<HTMLInputElement>(el, '.options input')[0].click();
    next.click();
    next.click(); // the same (old) button again, in the same task
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal('Question 4 of 10');
  });

  it('the host carries the masking marks of common session-replay tools, without overwriting the page', async () => {
    const el = await mount(html`<treatment-compare data-clarity-mask="False"></treatment-compare>`);
    expect(el.hasAttribute('data-hj-suppress')).to.equal(true);
    expect(el.getAttribute('data-clarity-mask')).to.equal('False');
    expect(el.classList.contains('fs-mask') && el.classList.contains('ph-no-capture')).to.equal(true);
  });
});

describe('hardening: when Lit cannot draw', () => {
  /** Markup without Lit's comment markers and the white space between tags, to compare two ways of drawing it. */
  const markup = (node: Node) => {
    const copy = node.cloneNode(true) as Element;
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments: ChildNode[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n as ChildNode);
    comments.forEach((c) => c.remove());
    // White space at the edges of a paragraph does not show; Lit's template has some.
    return copy.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').replace(/(<p[^>]*>) /g, '$1').replace(/ <\/p>/g, '</p>').trim();
  };

  for (const [language, s] of Object.entries(LANGUAGES)) {
    it(`${language}: drawSafety makes the markup renderHelpNow and renderSafety make`, () => {
      const lit = document.createElement('div');
      render(html`<div class="root">${renderHelpNow(s)}${renderSafety(s)}</div>`, lit);
      const dom = document.createElement('div');
      dom.append(drawSafety(document, s));
      expect(markup(dom)).to.equal(markup(lit));
    });
  }

  it('a failure while drawing shows the help lines and the disclaimer, says so once, and the widget draws again once it can', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await mount();
      const failing = el as unknown as { _render: () => unknown };
      const ownRender = failing._render;
      failing._render = () => {
        throw new Error('hostile');
      };
      for (const audience of ['self', 'loved-one']) {
        el.audience = audience;
        await el.updateComplete;
        expect(text(el, '[part=crisis]')).to.include('988');
        expect(text(el, '[part=disclaimer]')).to.equal(en.safety.disclaimer);
        expect($(el, '.help-now a[href="tel:988"]')).to.exist;
        expect($(el, '.intro'), 'nothing else').to.equal(null);
      }
      expect(errors.filter((e) => String(e[0]).includes('could not render')), 'reported once').to.have.length(1);
      failing._render = ownRender;
      el.audience = 'self';
      await el.updateComplete;
      expect($(el, '.intro'), 'drawn again').to.exist;
      expect($$(el, '[part=crisis]'), 'one help lines box').to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});

describe('hardening: indexes past the end of a list', () => {
  /** Runs `check` with Array.prototype[0] and [1] set, as a page with a prototype-pollution bug may have them. */
  function withPollutedIndexes(check: () => void) {
    const proto = Array.prototype as unknown as Record<number, unknown>;
    proto[0] = { question: 'withdrawal', answer: 'severe', kind: 'gate' };
    proto[1] = { label: 'Polluted line', number: '1-900-555-0199', href: 'tel:19005550199' };
    try {
      check();
    } finally {
      delete proto[0];
      delete proto[1];
    }
  }

  it("a facility's single help line is its crisis line too, never Array.prototype[1]", () => {
    const line = { label: 'Our line', number: '555-0100', href: 'tel:5550100' };
    withPollutedIndexes(() => expect(helpLineRoles([line]).crisis).to.equal(line));
  });

  it('no gate, no medical-withdrawal note, whatever Array.prototype[0] holds', () => {
    const answers = { ...CALM, withdrawal: 'severe', substances: ['cannabis'] };
    const expected = recommend(answers);
    expect(expected!.notes).to.not.include('medical-withdrawal');
    withPollutedIndexes(() => expect(recommend(answers)).to.deep.equal(expected));
  });
});
