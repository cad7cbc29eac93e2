import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { LANGUAGES, PLACEHOLDERS, fill, resolveLanguage } from '../src/content/index.js';
import { LEVEL_IDS, QUESTION_IDS, QUESTION_OPTIONS } from '../src/engine/index.js';

/** Every leaf path of a strings table, with its value. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}
const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g)?.sort() ?? [];

describe('content: strings tables', () => {
  it('every English string has a Spanish one, and no extra', () => {
    const enPaths = leaves(en).map(([p]) => p);
    const esPaths = leaves(es).map(([p]) => p);
    // Pronoun words are grammar, not copy: each language has its own (Spanish needs none).
    const copy = (paths: string[]) => paths.filter((p) => !p.startsWith('pronouns.'));
    expect(copy(esPaths)).to.have.members(copy(enPaths));
  });

  for (const [language, table] of Object.entries(LANGUAGES)) {
    it(`${language}: no empty strings, and only {placeholders} English fills there, keeping numbers and phones (pronouns are each language's own)`, () => {
      const english = new Map(leaves(en));
      const own = (words: Record<string, string>) => Object.keys(words).map((w) => `{${w}}`);
      const pronounsOf = (t: typeof en) => new Set([...own(t.pronouns.self), ...own(t.pronouns.lovedOne)]);
      const data = (text: unknown, t: typeof en) => placeholders(text).filter((p) => !pronounsOf(t).has(p));
      for (const [path, value] of leaves(table)) {
        if (path.startsWith('pronouns.')) continue;
        expect(value, path).to.be.a('string');
        expect((value as string).trim(), path).to.not.equal('');
        // A translation may leave out a name the sentence does not need (the heading already says the level),
        // never add one English does not fill there, and never drop a number or a phone.
        const mine = data(value, table);
        const theirs = data(english.get(path), en);
        expect(mine.filter((p) => !theirs.includes(p)), `${path}: placeholders English does not have`).to.deep.equal([]);
        for (const p of theirs.filter((p) => /^\{(phone|number|step|total|count|emergency|crisis)\}$/.test(p))) expect(mine, path).to.include(p);
        for (const p of placeholders(value)) expect((PLACEHOLDERS as readonly string[]).includes(p.slice(1, -1)) || pronounsOf(table).has(p), `${path} ${p}`).to.equal(true);
      }
    });

    it(`${language}: the pronoun words cover both audiences alike`, () => {
      expect(Object.keys(table.pronouns.lovedOne).sort()).to.deep.equal(Object.keys(table.pronouns.self).sort());
    });

    it(`${language}: names every level, question and option`, () => {
      for (const level of LEVEL_IDS) expect(table.levels[level]).to.be.a('string');
      for (const q of QUESTION_IDS) {
        for (const o of QUESTION_OPTIONS[q]) {
          expect((table.quiz.questions[q].options as Record<string, string>)[o], `${q}.${o}`).to.be.a('string');
        }
      }
    });
  }

  it('no copy names a help line itself: only the lines do, so a facility that replaces them never shows 911 or SAMHSA by accident', () => {
    for (const [language, table] of Object.entries(LANGUAGES)) {
      for (const [path, value] of leaves(table)) {
        if (/^safety\.lines\.|^notes\.unsafe-home\.lines\./.test(path)) continue;
        expect(String(value), `${language} ${path}`).to.not.match(/\b911\b|\b988\b|SAMHSA|662-4357/);
      }
    }
  });

  it('the English 988 note is wholly Spanish, and the help-now words label every built-in line', () => {
    const lifeline = en.safety.lines[1];
    expect(lifeline.note).to.equal('En español: llame y marque 2, o envíe AYUDA al 988.');
    expect(lifeline.sms).to.equal('sms:988');
    for (const table of Object.values(LANGUAGES)) for (const line of table.safety.lines) expect(line.short, line.label).to.be.a('string');
    expect(en.safety.lines.map((l) => `${l.number} ${l.short}`)).to.deep.equal(['911 emergency', '988 crisis call or text', '1-800-662-4357 treatment help']);
  });

  it('the mental-health crisis answer names suicide, in both languages', () => {
    expect(en.quiz.questions['mental-health'].options.crisis).to.match(/suicide/);
    expect(es.quiz.questions['mental-health'].options.crisis).to.match(/suicidio/);
  });

  it('Spanish keeps the Spanish crisis options: 988 press 2 or text AYUDA, and the SAMHSA helpline', () => {
    const lines = es.safety.lines.map((l) => `${l.label} ${l.action} ${l.number} ${l.note ?? ''}`).join(' ');
    expect(lines).to.include('911').and.include('988').and.include('AYUDA').and.include('marque 2');
    expect(lines).to.include('1-800-662-4357');
  });

  it('resolveLanguage: exact tag, then the primary subtag, then English', () => {
    expect(resolveLanguage('es')).to.equal('es');
    expect(resolveLanguage('es-MX')).to.equal('es');
    expect(resolveLanguage('ES_us')).to.equal('es');
    expect(resolveLanguage('fr-CA')).to.equal('en');
    expect(resolveLanguage('')).to.equal('en');
    expect(resolveLanguage(undefined)).to.equal('en');
  });

  it('fill: replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('Question {step} of {total}', { step: 2, total: 8 })).to.equal('Question 2 of 8');
    expect(fill('Call {phne}', { phone: '555' })).to.equal('Call {phne}');
  });
});
