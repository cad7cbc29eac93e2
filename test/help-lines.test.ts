import { expect, html } from '@open-wc/testing';
import { resolveConfig } from '../src/config/config.js';
import { en } from '../src/content/en.js';
import { $$, captureWarnings, mount } from './helpers.js';
import { helpLineCases, type HelpLineCase } from './help-line-cases.js';

// Issue 15, item 1: a help line dials exactly the number it shows. The cases live in test/fixtures/help-lines.json,
// which the WordPress plugin's tests read too, so the widget and the plugin's settings page agree line by line.

/** The lines kept from `lines`, and the warnings, when a facility gives them as its help lines in `language`. */
function resolveLines(lines: unknown[], where: 'safety' | 'note' = 'safety') {
  const warnings: string[] = [];
  const strings = where === 'safety' ? { en: { safety: { lines } } } : { en: { notes: { 'unsafe-home': { lines } } } };
  const resolved = resolveConfig({ strings }, (m) => warnings.push(m)).stringsFor('en');
  return { lines: where === 'safety' ? resolved.safety.lines : resolved.notes['unsafe-home'].lines!, warnings };
}

describe('help lines dial exactly what they show', () => {
  let cases: HelpLineCase[] = [];
  before(async () => {
    cases = await helpLineCases();
  });

  it('the fixture has kept and refused cases, among them every trick the last audit found', () => {
    expect(cases.filter((c) => c.ok).length).to.be.at.least(5);
    const refused = cases.filter((c) => !c.ok).map((c) => c.line.href + ' ' + (c.line.sms ?? ''));
    for (const trick of ['SCAM', '\u0669', '\uff19', ',911', ';911', '#911', 'p2', 'w2', ';ext=', ';phone-context=', '\u200b']) {
      expect(refused.some((href) => href.includes(trick)), trick).to.equal(true);
    }
  });

  for (const where of ['safety', 'note'] as const) {
    it(`each case is kept or refused as the fixture says (${where === 'safety' ? 'the help lines' : "a note's lines"}), a refused one with one warning naming it`, () => {
      for (const { why, ok, line } of cases) {
        const other = { label: 'Other line', number: '555-0100', href: 'tel:5550100' };
        const { lines, warnings } = resolveLines([other, line], where);
        const path = where === 'safety' ? 'config.strings.en.safety.lines[1]' : 'config.strings.en.notes.unsafe-home.lines[1]';
        if (ok) {
          expect(lines.length, `${why}: kept`).to.equal(2);
          expect(lines[1].number, why).to.equal(line.number);
          expect(warnings, why).to.deep.equal([]);
        } else {
          expect(lines.map((l) => l.number), `${why}: refused`).to.deep.equal([other.number]);
          expect(warnings.filter((w) => w.startsWith(path)), `${why}: one warning naming the line (${warnings})`).to.have.length(1);
        }
      }
    });
  }

  it('a kept link is stored as a browser reads it: ASCII spaces around it dropped', () => {
    const { lines } = resolveLines([{ label: 'Emergency', number: '911', href: ' tel:911\n', sms: '\tsms:911 ' }]);
    expect([lines[0].href, lines[0].sms]).to.deep.equal(['tel:911', 'sms:911']);
  });

  it('the warning says what the line shows and that it may dial something else', () => {
    const { warnings } = resolveLines([{ label: 'SAMHSA', number: '1-800-662-HELP', href: 'tel:1-800-662-SCAM' }]);
    expect(warnings[0]).to.include('config.strings.en.safety.lines[0] shows "1-800-662-HELP" but "tel:1-800-662-SCAM" may dial something else');
    expect(warnings[0]).to.include('digits 0-9');
  });

  it('a shown number may be written with any spaces a page uses between digit groups (no-break, thin)', () => {
    const { lines } = resolveLines([{ label: 'Urgences', number: '01\u00a023\u202f45\u200967\u00a089', href: 'tel:0123456789' }]);
    expect(lines).to.have.length(1);
  });

  it('when every line is refused, the built-in lines stay, and the widget shows them', async () => {
    // Ten of them: with every one, the per-element cap on warnings (20) would hide the last one.
    const refused = cases.filter((c) => !c.ok).map((c) => c.line).slice(0, 10);
    const warnings = await captureWarnings(async () => {
      const el = await mount(html`<treatment-compare></treatment-compare>`);
      el.config = { strings: { en: { safety: { lines: refused } } } };
      await el.updateComplete;
      const shown = $$(el, '.crisis ul.lines a').map((a) => [a.textContent, a.getAttribute('href')]);
      expect(shown).to.deep.equal(en.safety.lines.map((l) => [l.number, l.href]));
    });
    expect(warnings.filter((w) => w.includes('would remove the help lines'))).to.have.length(1);
  });
});
